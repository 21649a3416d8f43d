# hyperv.network bridge v1
# Host side of the bridge protocol: docs/bridge-protocol.md, docs/bridge-internals.md and
# protocol.schema.json. Windows PowerShell 5.1, ASCII only. The bootstrap calls this text as a
# script block with the request line and its own text as arguments. No request value ever becomes script
# text: names, IDs and HCN documents are data, objects are found by Id or exact name and passed
# to the cmdlets that change them.
# Shape: the refusals, the loader of the embedded C# helper, and the call sites. Every decision
# (request handling, preconditions, ledger, jobs, IP repair, errors) is in the helper's Bridge class,
# which tests execute under Mono; PowerShell only runs the one cmdlet a call site names.
param([string]$RequestLine, [string]$BridgeText)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
# Non-interactive: no ShouldProcess confirmation may ever wait for an answer.
$ConfirmPreference = 'None'

# ---- Refusals (fixed responses, before anything else runs) ----
if ([IntPtr]::Size -ne 8) {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"PROCESS_32BIT","message":"the hyperv.network bridge runs in a 32-bit PowerShell process; Hyper-V and HNS need the 64-bit Windows PowerShell (use the Microsoft.PowerShell endpoint, not Microsoft.PowerShell32)"}}##hvnet-response-end##'
    exit 3
}
if ($PSVersionTable.PSEdition -ne 'Desktop') {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"UNSUPPORTED_POWERSHELL","message":"the hyperv.network bridge needs Windows PowerShell 5.1 (Desktop edition); this endpoint runs another PowerShell (PowerShell 7 or older than 5.1): connect to the Microsoft.PowerShell endpoint"}}##hvnet-response-end##'
    exit 3
}
# JEA / restricted endpoints (PSRP only; over WinRM's cmd shell $PSSenderInfo is not set):
# a session configuration other than Microsoft.PowerShell (PSSenderInfo.ConfigurationName, where
# this PowerShell has it), a RunAs endpoint (JEA virtual account, RunAsCredential: the process
# runs as someone other than the connecting user), or a session that hides the cmdlets we need.
$hvnetJea = $false
if ($null -ne $PSSenderInfo) {
    $hvnetCfg = [string]$PSSenderInfo.ConfigurationName
    if ($hvnetCfg -ne '' -and $hvnetCfg -ne 'Microsoft.PowerShell') { $hvnetJea = $true }
    $hvnetWho = $PSSenderInfo.UserInfo.WindowsIdentity
    if ($null -ne $hvnetWho -and $null -ne $hvnetWho.User -and $hvnetWho.User -ne [Security.Principal.WindowsIdentity]::GetCurrent().User) { $hvnetJea = $true }
}
foreach ($hvnetCmd in @('Add-Type', 'New-Object', 'Where-Object', 'ForEach-Object', 'Get-Module')) {
    try {
        if ($null -eq (Get-Command -Name $hvnetCmd -CommandType Cmdlet -ErrorAction SilentlyContinue)) { $hvnetJea = $true }
    } catch { $hvnetJea = $true }
}
if ($hvnetJea) {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"JEA_ENDPOINT","message":"the hyperv.network bridge runs on a JEA or restricted endpoint (a session configuration other than Microsoft.PowerShell, or Add-Type/New-Object are not available): connect as an administrator to the default Microsoft.PowerShell endpoint"}}##hvnet-response-end##'
    exit 3
}
# ---- Call sites: each runs exactly one cmdlet with the parameters the helper chose, by name ----
# The helper builds $A (a Dictionary[string,object] keyed by parameter name) and splats it; results come
# back as PSObjects (the helper reads properties as PowerShell shows them). No branching here: a test checks.
$HvNetCalls = @{
    'Get-Module' = { param($A) ,[psobject[]]@(Get-Module @A) }
    'Get-Service' = { param($A) ,[psobject[]]@(Get-Service @A) }
    'Get-CimInstance' = { param($A) ,[psobject[]]@(Get-CimInstance @A) }
    'Get-NetAdapter' = { param($A) ,[psobject[]]@(Get-NetAdapter @A) }
    'Get-NetIPInterface' = { param($A) ,[psobject[]]@(Get-NetIPInterface @A) }
    'Get-NetIPAddress' = { param($A) ,[psobject[]]@(Get-NetIPAddress @A) }
    'Get-NetRoute' = { param($A) ,[psobject[]]@(Get-NetRoute @A) }
    'Get-DnsClientServerAddress' = { param($A) ,[psobject[]]@(Get-DnsClientServerAddress @A) }
    'Get-DnsClient' = { param($A) ,[psobject[]]@(Get-DnsClient @A) }
    'Get-NetConnectionProfile' = { param($A) ,[psobject[]]@(Get-NetConnectionProfile @A) }
    'Get-NetNat' = { param($A) ,[psobject[]]@(Get-NetNat @A) }
    'Hyper-V\Get-VMSwitch' = { param($A) ,[psobject[]]@(Hyper-V\Get-VMSwitch @A) }
    'Hyper-V\New-VMSwitch' = { param($A) ,[psobject[]]@(Hyper-V\New-VMSwitch @A) }
    'Hyper-V\Set-VMSwitch' = { param($A) ,[psobject[]]@(Hyper-V\Set-VMSwitch @A) }
    'Hyper-V\Rename-VMSwitch' = { param($A) ,[psobject[]]@(Hyper-V\Rename-VMSwitch @A) }
    'Hyper-V\Set-VMSwitchTeam' = { param($A) ,[psobject[]]@(Hyper-V\Set-VMSwitchTeam @A) }
    'Hyper-V\Remove-VMSwitch' = { param($A) ,[psobject[]]@(Hyper-V\Remove-VMSwitch @A) }
    'Hyper-V\Get-VM' = { param($A) ,[psobject[]]@(Hyper-V\Get-VM @A) }
    'Hyper-V\Get-VMNetworkAdapter' = { param($A) ,[psobject[]]@(Hyper-V\Get-VMNetworkAdapter @A) }
    'Hyper-V\Get-VMNetworkAdapterVlan' = { param($A) ,[psobject[]]@(Hyper-V\Get-VMNetworkAdapterVlan @A) }
    'Hyper-V\Connect-VMNetworkAdapter' = { param($A) ,[psobject[]]@(Hyper-V\Connect-VMNetworkAdapter @A) }
    'Hyper-V\Disconnect-VMNetworkAdapter' = { param($A) ,[psobject[]]@(Hyper-V\Disconnect-VMNetworkAdapter @A) }
    'Hyper-V\Set-VMNetworkAdapterVlan' = { param($A) ,[psobject[]]@(Hyper-V\Set-VMNetworkAdapterVlan @A) }
    'Hyper-V\Set-VMNetworkAdapter' = { param($A) ,[psobject[]]@(Hyper-V\Set-VMNetworkAdapter @A) }
    'Set-NetIPInterface' = { param($A) ,[psobject[]]@(Set-NetIPInterface @A) }
    'Remove-NetIPAddress' = { param($A) ,[psobject[]]@(Remove-NetIPAddress @A) }
    'New-NetIPAddress' = { param($A) ,[psobject[]]@(New-NetIPAddress @A) }
    'New-NetRoute' = { param($A) ,[psobject[]]@(New-NetRoute @A) }
    'Set-DnsClientServerAddress' = { param($A) ,[psobject[]]@(Set-DnsClientServerAddress @A) }
    'Set-DnsClient' = { param($A) ,[psobject[]]@(Set-DnsClient @A) }
    'Set-NetConnectionProfile' = { param($A) ,[psobject[]]@(Set-NetConnectionProfile @A) }
    'Remove-NetRoute' = { param($A) ,[psobject[]]@(Remove-NetRoute @A) }
    'Get-NetFirewallRule' = { param($A) ,[psobject[]]@(Get-NetFirewallRule @A) }
    'Get-NetFirewallPortFilter' = { param($A) ,[psobject[]]@(Get-NetFirewallPortFilter @A) }
    'Get-NetFirewallAddressFilter' = { param($A) ,[psobject[]]@(Get-NetFirewallAddressFilter @A) }
    'New-NetFirewallRule' = { param($A) ,[psobject[]]@(New-NetFirewallRule @A) }
    'Set-NetFirewallRule' = { param($A) ,[psobject[]]@(Set-NetFirewallRule @A) }
    'Remove-NetFirewallRule' = { param($A) ,[psobject[]]@(Remove-NetFirewallRule @A) }
    'Get-WindowsFeature' = { param($A) ,[psobject[]]@(Get-WindowsFeature @A) }
    'Get-WindowsOptionalFeature' = { param($A) ,[psobject[]]@(Get-WindowsOptionalFeature @A) }
}

# The helper reaches the call sites through one delegate; PowerShell runs it on the calling thread.
$HvNetCall = [Func[string, System.Collections.Generic.Dictionary[string,object], object]]{ param($Site, $A) & $HvNetCalls[$Site] $A }

# ---- The loader of the C# helper (not a call site: it must run before the helper exists) ----
function Stop-HvNet([string]$Code, [string]$Message, $Detail) {
    $x = [InvalidOperationException]::new($Message)
    $x.Data['hvnet_code'] = $Code
    $x.Data['hvnet_detail'] = $Detail
    throw $x
}

# Creates the Administrators-only folder (SYSTEM and Administrators only, inheritance off, owner
# Administrators) and verifies its owner and ACL before the helper DLL cached there is loaded.
function Assert-HvNetFolder {
    $dir = Join-Path ([Environment]::GetFolderPath('CommonApplicationData')) 'hyperv.network'
    $sys = [System.Security.Principal.SecurityIdentifier]::new('S-1-5-18')
    $adm = [System.Security.Principal.SecurityIdentifier]::new('S-1-5-32-544')
    if (-not [IO.Directory]::Exists($dir)) {
        $sec = [System.Security.AccessControl.DirectorySecurity]::new()
        $sec.SetAccessRuleProtection($true, $false)
        $sec.SetOwner($adm)
        foreach ($sid in @($sys, $adm)) {
            $rule = New-Object System.Security.AccessControl.FileSystemAccessRule -ArgumentList @($sid, 'FullControl', 'ContainerInherit, ObjectInherit', 'None', 'Allow')
            $sec.AddAccessRule($rule)
        }
        [void][IO.Directory]::CreateDirectory($dir, $sec)
    }
    $acl = [IO.Directory]::GetAccessControl($dir)
    $bad = [Collections.ArrayList]::new()
    $owner = $acl.GetOwner([System.Security.Principal.SecurityIdentifier])
    if ($owner -ne $adm -and $owner -ne $sys) { [void]$bad.Add('owner is ' + [string]$owner) }
    if (-not $acl.AreAccessRulesProtected) { [void]$bad.Add('inheritance is on') }
    foreach ($r in $acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {
        if ([string]$r.AccessControlType -eq 'Allow' -and $r.IdentityReference -ne $sys -and $r.IdentityReference -ne $adm) {
            [void]$bad.Add('access granted to ' + [string]$r.IdentityReference)
        }
    }
    if ($bad.Count -gt 0) {
        Stop-HvNet 'HELPER_CACHE_UNSAFE' ("the folder {0} must belong to Administrators and admit only SYSTEM and Administrators (inheritance off), but {1}; remove the folder or restore its ACL" -f $dir, ($bad -join ', ')) $dir
    }
    return $dir
}

function Find-HvNetLoadedType([string]$TypeName) {
    foreach ($a in [AppDomain]::CurrentDomain.GetAssemblies()) {
        $t = $a.GetType($TypeName, $false)
        if ($null -ne $t) { return $t }
    }
    return $null
}

# Compiled once per host, source hash and bitness into the admin-only folder; reused from the
# AppDomain (PSRP host processes live across tasks) or loaded from bytes (no file lock).
# Returns the helper's WindowsHost type.
function Get-HvNetHelper {
    Add-Type -AssemblyName System.Web.Extensions
    $zip = [IO.MemoryStream]::new([Convert]::FromBase64String(($HvNetCsGz -replace '\s', '')))
    $reader = [IO.StreamReader]::new([IO.Compression.GZipStream]::new($zip, [IO.Compression.CompressionMode]::Decompress), [Text.Encoding]::ASCII)
    $src = $reader.ReadToEnd()
    $reader.Dispose()
    $sha = [Security.Cryptography.SHA256]::Create()
    $hash = -join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($src)) | ForEach-Object { $_.ToString('x2') })
    $bits = 'x64'
    if ([IntPtr]::Size -ne 8) { $bits = 'x86' }
    $name = 'helper-' + $hash + '-' + $bits
    # A namespace per source hash: a newer collection in a long-lived process never collides
    # with a type an older one loaded.
    $ns = 'HyperVNetwork_' + $hash.Substring(0, 16)
    $typeName = $ns + '.WindowsHost'
    $type = Find-HvNetLoadedType $typeName
    if ($null -eq $type) {
        $dir = Assert-HvNetFolder
        $dll = Join-Path $dir ($name + '.dll')
        if (-not [IO.File]::Exists($dll)) {
            $tmp = Join-Path $dir ('tmp-' + [Guid]::NewGuid().ToString('N'))
            [void][IO.Directory]::CreateDirectory($tmp)
            $lib = $env:LIB
            try {
                # A stray LIB variable breaks csc (ansible/ansible #75698).
                $env:LIB = $null
                $out = Join-Path $tmp ($name + '.dll')
                $refs = @([System.Web.Script.Serialization.JavaScriptSerializer].Assembly.Location)
                Add-Type -TypeDefinition ($src.Replace('namespace HyperVNetwork', 'namespace ' + $ns)) -Language CSharp -ReferencedAssemblies $refs -OutputAssembly $out -OutputType Library -IgnoreWarnings
                # Add-Type may have loaded the file already; either way it gets its final name
                # here, so no process ever loads a half-written DLL. A concurrent first call that
                # moved its own copy first wins: its file (same name, same source hash) is loaded
                # below, after the folder check, as on the normal path (review-2 6).
                $type = Find-HvNetLoadedType $typeName
                try { [IO.File]::Move($out, $dll) } catch { if ($null -eq $type -and -not [IO.File]::Exists($dll)) { throw $_ } }
            } finally {
                $env:LIB = $lib
                try { [IO.Directory]::Delete($tmp, $true) } catch { $null = $_ }
            }
        }
        if ($null -eq $type) {
            $null = Assert-HvNetFolder
            $asm = [Reflection.Assembly]::Load([IO.File]::ReadAllBytes($dll))
            $type = $asm.GetType($typeName, $true)
        }
    }
    return $type
}

# A failure of the loader itself (the helper did not load), framed as a response: INTERNAL, or the
# code the loader stopped with (HELPER_CACHE_UNSAFE).
function Write-HvNetLoaderFault($Err) {
    $code = 'INTERNAL'
    $message = 'the bridge could not load its C# helper: ' + [string]$Err.Exception.Message
    if ($Err.Exception.Data.Contains('hvnet_code')) { $code = [string]$Err.Exception.Data['hvnet_code']; $message = [string]$Err.Exception.Message }
    $e = [System.Collections.Generic.Dictionary[string,object]]::new()
    $e['index'] = $null
    $e['op'] = $null
    $e['code'] = $code
    $e['hresult'] = $null
    $e['message'] = $message
    $e['detail'] = [string]$Err.FullyQualifiedErrorId
    $r = [System.Collections.Generic.Dictionary[string,object]]::new()
    $r['protocol'] = 1
    $r['ok'] = $false
    $r['results'] = [object[]]@()
    $r['error'] = $e
    $text = [System.Web.Script.Serialization.JavaScriptSerializer]::new().Serialize($r)
    $text = [regex]::Replace($text, '[^\x00-\x7E]', { param($m) '\u{0:x4}' -f [int][char]$m.Value })
    return '##hvnet-response-begin##' + $text + '##hvnet-response-end##'
}

# ---- The C# helper source: HvNetNative.cs, HvNetBridge.cs, HvNetHostObjects.cs, HvNetIpConfig.cs and HvNetWindows.cs as one
# text, gzip-compressed and base64-encoded (tests/hostcode/sync_helper.py writes it; a test checks that it
# decompresses to the sources) ----
$HvNetCsGz = @'
H4sIAAAAAAACA+y9a3fbNrYw/L2/gmVnTahTWbGTtnOOnKTLsZ3GM/FlLKd9zutkedESbbGWSA1JyfZk8t+ffQFAgARIynEvz1pv
z5zWIkFgA9jY2Pe9zOPk2hvd50U03/5qqf0anC6TIp5Hg4OkiLJ0MYqyVTyO8kqr3XQ2i8ZFnCYNbwY/RUmUxeNKi59m6WU4i/8d
YqPKu4PjKjjRleiu8mIUjZdZXNwPdrP7RZFeZ+Fiel9pcxbdFZVHv0SXg9E4ixcF9JDFLjhU7ztjmHy+myZFls5cjU6yOBnHi7Da
4GyaReEEHmx/9dXTp970fgGrOUii4jbNbry3u0feNJrBs4G3+433vZcms/uh90ucTNLb3DtJb6NsBA1m3veDLW+czhfxLMq9uPBu
42LqjfOxV0yzdHk99XYmk40z6H2Aw+yGSZrE43Dm5ekyG0fb3mUWT66jwSLf8qL5ZTTJ4cPIy8N55BWwRF6ceKGHgM+ijX8t0yKa
AGBZtJEXGc4mCKFZXnjjaTS+oW/vvfA6i6IejTeKr5OwWGYA2xVsfnpLsC6LSEx0MIEphLk3j8dZmqdXxdPpOM+n8dybjpOn/87v
c4B1dnHL8x5cpx7+xokOsfvT/Tc/vT/Y8+JJ3zvZ/WV0durlUVEAYPnTfy2j7L7vpcsCV/Piv7xpmExmET85obYA1nJWPI2yLM1O
o3GaTbxgNz0L85vDaA4T+CqBZcgX4Tjy3uL+/HzEUH/16SsP/gEAdhLaqjTz3h6NCDZYgrDwrkLYj8kQnmRZHPGavj3dH71/d+YB
GPSbhgUYaFxaa+wji2C5kmgyoCEWy8tZPPbGszDPvbfjZP9uHC0QJ72hp/6mlgwSfZPFq7CIPMQvRBtPbFUKMxD43NaUgQLMVA0Z
Dh2CoNptH3Cl8Ka8qH2zq57qCf8ZepdhHgXqS+9bzxdLxvgrl2rzzod3osvBWTqiPgP///y33/O+NfoU/wTcZHCQHy1ns+Nsf74o
7gMBhPej5/swug//g37F0xK2T0aPxTTOByWML20LqNqJbXyplk5v8faUJgBvxVTK159rayzW7VgN/Mm7jgr4N2OGBoX32f35vobT
lQ4EhE1fC4CRRla/9nlPRIvKnnCn2rxivCkSJDcFwCwR+Qj+XkWHUTFNJ7kDe8dwSRQKnjGuv1+nHb6Go+d7s9nBfJFmRQDt+97u
NMxGEa66+GvwHkhfOgESsH8XjovRAugn9v7SK7Jl1PtYXwyCGRYB5kDIjfifLOe4AZGgBbk8Bxq9gfvxpMg8AWduPNSITW/7d4Z9
F865AhwOxZX30zKeEPUUk5DU0zaPP8004Ggk1kn8iWE+TCfx1b2Eugpk0+r/kVD/E3FaAH2SIeUp4DZzgV8/AQv1zZ9mSnvRLHKc
gbUh/JKjOEvzyI4OvT+Opu0nk0UKDxuIWiSb/MmomgS9hpydyZyc2Z+KzqlpOTH1zwY1U7rqdpRg/qlpnQS7TuxqE/h/iNq1I9Hv
Qu5cOPEHErwjKeA1sXGqzZ+NkZOArcHK5X8uLs4+gz8nwIKFUyBrEP65+TcJsYWDy/+fZN5aseZ3Yt/qqKCTsqdPSaGz2gJCV2T3
HtG6bW+ZRxNS53lXaeb9tH/mPb0mrWf+dBVlOQj2AxvE/mouxF+Se3+bFT4a7YazmSSFcxLQFYYswmKqqXUAYXKT68hgNUBqj8SS
CxUALMPZNE76NB7sH8j/t1m4ANTKh14EU75nvRkgG6IjQJ6TimyMS5xve5N0DMQaGE7sQGqockM9ZigXYHcqKgVUr7JW8UnuTaKr
EHUxhO9e8DbNi11eVzosrH8ajafRPPyZt8N7Ntjse29m4XXuHaUJajYrK2noKvZ4AO7tped/+uAb3X3wh/DoMPw1zeDPZ334O07o
783P8IPGoR+6bsPUiuBeATU6Sos36TJBrdMyIQVsNAkCvFA37/57c/Nv8L/93nZDH0AQxh06eVPB6r+Pjo+8MMtgN9IrUmUe7OX4
J+9mevlrNC7w900M/SpGXF73qC1Vd+rAgZVSjSUvaomT2KVJs1zqO4GUszjHM8K/Bv9flKXbtmZZNG5qxZpN85nSf+Iu60wF6sfO
4mIWBQhtD7WbuV/RGWb3xu9PNV1mfOXR595L6F2sod/zPgEYMJ6hQRtY1VIaQcc14L9gmqikq40WzfLIHFLuVpcxS7Fx/UHbJ1Sy
aJ17N3+Nw2I89QI0grxLw0mpQ49wbmgnufUO4xyNHEG6AESt9Se2Op7kAOpZeBMJpSdC0TN3dhePEHUzzfoMnPFeqFGtamron3TU
5x9RSw2/rHpiIqiRdj0rEolnDgiUOIEwEbwH4KIJc8UM/FfJBChTgxcXLceQPjWPYJXd7HIW2QIDS4i8X8D9xJNe7WiU2mYa+C19
JtpLKw6PV92oqziBuwQ7oBva+MZobK4n89NM+5Ge4YUUZXBbHOxtSwJ2ANPN+fbGi1vpQeguH3inBDBbeixb07LADIBjhekPBUWN
2+y66L8DCeRpVOjfb0z56kptwkqDFddNf91JoLqk2kc3ONKHj197+Mlm46rouOV5UmvVL5GlsvjmGWuakZLVDT3aw2ZmO5h1YK2f
/rZkHQ248nyQ2RY4bDizRAbCxDTQBqOL438QYxqKR0PVpi/5SzaDv0kzMr/lvepoQECIrZ14RZp6gCyrOLrdeOYlaRHlGl/Z7aC0
XTXadeOmozq7Wvn+UUjrzmKBN5A3J+lZyg3llRV8Oo3YFwE3sg90lBrwj5HAtc89WDDtanNR01UKlJLl9ObbSoDxSPdVyz51o68u
GmujszzFRjprA81NUdakuaY1S6KSIRM2EYMHcZsVvfLDBm2ZkCLja/Vef/LlpKnL+f7y82k5PaxisZ6eltPyCPwDD/778g91g6BU
Jj2qsGTRxHcapwXsGuPxe4lETcj52aYEIyVPYGixoNNMY5ul/gh461U0Axba+zRako9dn/1Z+t7xsoCPP7dw02+TfE09VitqC8jW
xG83nyU0bRI0hklejoBSCYiF0l2pQoSkku0LttQX4/sNwi55pBnSbkW/p583mOILb7McKIluTWcxOSI5XvGsyesLf/LkEY1wzBo8
goUpyGHTRsSEXkvggNgyurIfQMV+T3EJYfx9iV3VdUZSjIcJSB3IXs2GvfaIjVOxkr+2rh+bFPIptxBE+0j6uei1sfiWq7zO5iGM
TayBOEHcQZczpKt9hNRgHCXjrKylAkLVSP7bnK41j4LDt8nQLzEOEcxudHrQuXB5Gzxw+OZJWgyA64/jvBboO6sW1JcQWDTiJSx+
i6q0K+En9pUPjBtZXehJl5gg/Qbe9ZQysrogTnyrq1R0Zy8LR94Bi+x9VqQhF244AKpIO04hwUobeDu1hW5aWesySYdisTB+4/oa
iyG/lNNv/tRU46lR1dMaOVcczE52TUoKjY1ZJjdJeiu8/tnQhQOxQ3nlBjfZ4DdZFOVe6KkAA8WtQldKFR8Q40ezijJv4xUxgrrF
0b4Z5WmUdLZpOxZOHKfh7PebaHAYZvk0nA3gW+n7/T6Jg0WDKl5+giugZl/5ou1YEz1R/JMMNehr14URZfCpTo3YHUBd0AZfy3EA
rp3bkarA22mUoI3TCOfAuIXcOz6tx3TEOSr2vAhtO300wigrtGmaTp7C/9OXHOFi6BC9STSOJ4A5wRTEpK1NWDUaSLEpN1G0MAJM
GpVj+lJYltMRtPHJwfB7//mP93VTxEWDRKBxSuSm4dQg7s1m0khdMmeoiN1Ht4oTPCr198FlWky9GlPX866ydA6n8OTpQbJKbyLn
yTKCbST/p62YjV90rJc8WrYViBBLrDP80TDxDw1jfb/GA1piI54asjZa3QlxSl8UHHrOMxsSFVo9AyAxBEzGmWGEH6D7s82t/4EV
Xcazibf1t7/98LyHvc1CJFHKZoZxcGEMeJx7VxHFfPnGieJ/f7ZFu3EMmjdLr+Px48a77aNHQjElxgVgnKbopwHHSZ2qGVyMOUW0
GaFwfKjIS4f0FnlcUBRXCLzRMiFN9HgOdyac7nA8paHQJksf3Ib3OaqrJfBhFnFMXRTOc4ynQ5+TEf4YKmPjBg4AQM2ia8TBgDvP
e0DgAGV2FjGOENT3GBu8JrDf4IKoX3DBj2/wYxjqHfxJ5+Xg7+kluqJMljOMKzyL8iKn6WAEE3vP4DCAX7Cvh2mSeuE17GiO4Ww3
EXl4kKMO+XzMvQAD//KnuKbodvQUG93GSbe4OeQ2i3ScziRpxW2MAR7sygtOTvd3j4/2Ds4Ojo8u3uwcvNvf63uvd/YuTvf/+X5/
dNb3BoMBTJ5oS+Jd3tNKMgLVA+d4TYiePiBuDiFqD5mbRID9s3rInDZ2oHWoSC0sVB5el7+5n56MkROvG2PUaMleVuBUb7lDeC8h
bA0928X+KmFf1HlTyNgeD1P5TIxZDQsTnxKTc4VoIrHcnOEaTkDb1Y86uyzUvvwiW3zZ29q2qMqnTYr4GswP0HhuN2+IRlXq7nRI
63Ym8ziJodOwADZlQ3g0zpB2BGNawgkxTMD43JDBs0/ne2f3nQdEOb6KI7z0id3lZpc52gORUCHXJLoYVGf6hoaA6x1IB7fRVoOe
7t8BVMqfG+deXVre4b0YWA+A/d7RVDw9hYOOgZBNHf6SxWhCuA1sC85KTUMUgFUFzIgG0nfhdggkFmU1WgkkZVfQBJg8nAkQXSQ2
90Bw4cWv6eUTItbxHHknYUB+pokItAiq5y4g0RxOo8UMhUGJ0WST1chSDghOcad1HF894CsTvbVFbcFIutkqGLkHUz2L55H3vgAW
6ZaJkM5Q0oijGVzq6NkITM9sFufAdyaTvG1UeYNaDkG2FBsGjAlIbiHiMKBvinIcQglEc4kOQsj5QwvAdt7k8KoQMgRmU0iXRWXv
dsb/WgJuEqiixWFe365ZhBeEFX6+9lDSOkiu0uo9x220s7JdfYcjj9Bd1/rmXZgXp5U4Zu31fnINbOBJPGlZWZ0bqYAoZngNwEXq
2kSmQmFWKERzYHloImHOeRXkz+J1mtZRfJnonWmv5VKZ10alEez5gQQqmuAng1GRLoLN3hDdwVgIK+DxE2KrEnIZBPYpTMYov1kP
K2Mm9mIf03JWtBa2XVfcpX3b3yyT8Qvuqe/txZQ+I8zu1SNWarxSf3h4r9T2WdzXKM/U32lXB5G63NWEzrJH/962wqlO3ysPSNk7
WzsDjWgf68OJhTsEVh0wEzU/VsQ9zl+jiOP6/CQXHtzOBkpKOQFy5t4hnvxOkt/WEN/s8MzQfOpH7C4uqk72J2FWxOFsWAo6vINC
bEEpBO9VtMbKFwFITAVKDVdpdhtmE0KAKyA9t8jnZ0uSKKirsChg8ZDfjuR4qzn76QthL/fyJFzkUzh1NBbKOSvg+3EHj3m8wdh0
218wxMaq2NfDcLA/CzGmwT83hciP/nbjV3S93R+gn7u/Kf7ZsPxL/uPqjkgjcHuz6F08j4sR9PfDpkEjdhR5z6JFGFOYAyweYvAG
LMgprrn3VP48OAGBNcOoiDkJWUfvdoDDA8qG3lLYiRSSSRbTqMiWKw4BIQTybML4fLNpPgXsxC8ht9yqzAYVIlnBSITHyytPG8wv
zQCPgKFcou5ytPt2f+9idHG2M/rHBchp7/f3eqhkuIWuhdssiZqzFDPHWOlhDbZ/Ut8SuMpS4+M3ababJoC1c6C9NyLXCiEtURcc
FPlOwDF8kt4MEZlRJ0cCrfgUSQt2dpjzXrld82oA1ntAMOGf7U7f7EhgzD2CyeENhksMaDuE0yaOG2oB8XxpawrMMMrsE5CHCfgy
ZwmsNWB/hD6LV9EtMRP6RfR907xweJnhSS7/88ZZ8RHTJvRda+PTqMjuacm2vqclc6njKuL2+UfvmOyIpjjsL+Cd3/d8SYvo79u4
GE8vWFjQHsAJ0X5lEd6r2oMC7tBamznwur6pffOn4+RCHFJtEP0p+z5Wn07Y2Uk8lQYO1UV9ENXE7E89NjtUOpgqUOq57MYyHdWm
7HM1vwgn4QJom1wVY3A8cRd8TdjfoSoA35mjwWJc0C0EnU/ww/KBXG3PjxcX5Q0lR5f31AXeU9oczefU2BzSbFCOMovg/skAjnRR
aL8zZrTxCcheF0QNtR/FMpe/xnyqfe+zBY8VAiv+zLtt0Cr9PVyFnItMpiIDevtrbkveJC44vg6FprreithibvMPtGC5NFVBCR8p
LF2ap1s4fNTAVDkhiPAGdd22KQS9evPBYXj3d/jvuyi5LqZs9X/+DJ/+HM6WkeWDU0yuhpwYXW90Zz37zmW92YB/2FQwJL2tdLKa
ASvoBUIrnos7bSL593mY3UQZNeqhGe4qgyMxKR3BkBSDeF6wvhLHsC8nc3nAesZK9MA+lRzDOmdk9FwLbfQT8n94gfU3gcUpi2b4
tfAl++tfaeAB3fX5L3ExDfxvpis4bhuAu0PAYbbjYDBkmMW4zMd43sJZr81JBcQqYMID7n55yTMLtrZ6Fl8VngBl30NOzHd6rHPD
Jq8WNUU08oqp8HXpt0GMdxtfQMFvC6NbwCJUQpeN6PZUIFWwtveXsEADSnu8zXVQ6dzDjmLQwUtWQFgdxUlni93QCdsD/lGcWWbe
aaV722VPGFO87XZ9rrhRAcf8BsMMyIcQyKWmykfqycyydi6F6XQFEEwo3pQN7NHgUOjDbUOTaZvg63V0e3+NwAJM/+p7DJh2HO2R
M6NwFQnhFW6zKGj8oIPbmdV8aAe4uoYHR2f7p0c773ABhQUNbdEgi6EPD1m5wuS+5AZrS1gbIQjc+NrDUc99stb4H3vnPqv2/Y+A
C1GZBq7RRV3TPtr8ZKVrUYq3Ac3S5ULX2X9OdIlB2NLg9MEfbvU/+OkN/EHHAX5wVj4Muz7/CD9pkhynHQNjfQd/4uHCrxbl30j5
4dcHtREffHgqDDb0AtFa7Mw4Xc5YsS0OFnr7oPlNnP0P/ufPftPaVYjSN4rg8fcbl9F1nHzzDW4xTfpbSxtgyKDFtq1f1ChAv/gf
NP+I1f+qA9Ezb9t9dScC2mGUT/6UV2BDrv9gPhl6m1560/e2MIKqlFY4A2Tfe+ZdhpPS6/k5hp5h3KXLsUFqRAjwForb5NOAJG2w
/68lIEXA2J7eAKpr3jGbVXw8KIdDQyblf9SOCap+tSZWb2BhvaOvTb9vOFIBPD4nTANA6jc8f/vSpKfolKFenJwenx3vHr+7ODwY
He6c7b7VnaCe2fym1Ke7x0ejs9OdgyOQ6d/tHP30fuen/Vrnu/uj0cXzZ68PKuO+Pxq9Pzk5Pj2Dj0+Of9k/Hb3df/fObPP3/Z2L
/aO9k2M4QDpYzx0e4Fvb7TEsDdtv3LQONGjCHsF1uZtUiR/snER6IpNbtdcCxy/iCTWo3+AZ46D95oaX0Qzk3GhyMc+p0aZlBKJs
3D1A/y7OixdueCXeWmER6UM7+2KqC6vlTPa9BsP4A3YqWnunonMm9I6Zw+t04X7Hx9NqgYe3IuWr+3MxUWog/q610S5b28boJAdI
iYs4j+TVw6qkKB+HC/hbJGGZhlk4RtVleAkSsbd597d92IwU9mOCPsGYfSX3dka7BwceOWDdCzoP8A5cCmy+ygWbukJxzrWfpnsx
MaFKbAz4S3PWzHCQxh5gzi/FphuPA+xuwIJl5fOrNGNNH87bw0uEraId4i3G3itaHSRZ+eVgZ7GAizXwP3xY+j35i1OojHtagty7
7zBrD6ACcGhoaxocJCuQtMKkEA97TUEQ5UBtAQ3inMIHNq7MIhyjNf8SGauhdztNZ9GGZMWJ/ea7+TLCBcNdZ2+qbInJegxVK5yu
Bfk3pRnuiE0mJrLATHcpuvAt35VGtAvMyhpMqhoSVm4HZGQasH3YxnsSUAdJAjijQKqLBE4XV3EETWpMKBCYY3sbEixEjSKcHWq2
6BaH2HL1GNDfbgl1toalQokSTQwNng1qzURqTblPiHwhpxdiwH0VIVhdejn3GLd3J7tmIU6/UC3sErb+ugSON61yByPTlcWTnmNA
utCNIdUVbxnw64DbxzkxqX/9K+OE6AQ4gt66Ql+dn6NlhAGEoJEvovAmL93rtrY9fZXRPkpGA9UAJQacND3oOVMINMkmB8hVeBzY
Uy4M/AauDhEGX9cXh9oLjhfYQvg52EWHCe8FrMuay1LBK+x6vgSYLoFkAVolG+SEzcmgMEmOlDly/0ETJqsLedAS0wX/eVHCDz+/
/bZtAvIohoi/oyncwydZejmL5rgs5/FHC1i4ZtheYnBHHUfzUgnn7TdpNg+LoOl26iOwfS/uOTQjaykPSm4rtvdm24M2lYrmL8O2
qs0KPyzOcGGgKRLnC/EZUm7LMS50qlGOsJsmwDlhDnzSWAdFy/VeEx6Vd+5U/oFXlfB0sGl0v5YNB9JHSECzNh15d7z7j4uzg8P9
4/d0YkKgvVO4taue2aRvIf+mull1npJnM8jwpHUQ64JRvfMHnqt2jacuv4j6HUh1Av15TxJ2IfrUIVn3/Dak4tFuSrwXAu1Bj4+y
HcE1Zx5x6yBKpkS8fNcZa77h1xZ7NAGilHAM75h6K6c0ajQDrjF0SCtaO9yewc5kgkjpzlRkfW7fjfIyWvB6yDVdYDSC4y6qqZDx
U+3AK0lBsQDk3YLN8PVOngMROIGzaOz9gg+8IxlJFXVCDdYwu5YXp4vTqoIc6jxX2AUPGuBqQDLc1gdjGfedL4j9Z2e+sE9ddtC7
1zEL/2hpK5CVTBXWlvZFaFPNt+NgVSI/SzkAAKYc96sufjWLDaDbTVd4P39lH1tMvQKI7Ty6RBp11ZSepuvEh5o8jUgJuugicKRU
aqdV0kh1nJdRnaUy+dPmZ7tIYdN57mAyU7iwgSk5vgqOMQxap8YIC0+rJ9Nc2AckvwlUasswUfjaPp5x1DUb7dfVd7GxDD3n2EN0
idW53qY5l5SsRiTrC82tamttixRl2itSrtJ3bvafW5X8PzWP5ULrT/T5u6ePZLmcPfZem3aNkiMdpxye0K2Q19ZYcOprkZHsHtNj
5+rbVTTmYXRJ/IpmGn7Qxu3RKPtP1hD82dHJI/LcxlKOgSgIj6uhNzn3Fyn8pegtPTG13y7Kxh0pl62hNxJ/Bng/9Nq+M9y74GP6
LYJ41ugAPYXk18Atr/Op8B2TX5/Sz3U6UL5msoszeLA2EOTIVAKBPzt1YHFgG5ZVBvRUjdhbnwnBGn0KP7NhmUS/2uc6vQmPtGGZ
D/4hvVXd7YwJq2QDcsZIIcO+Sl9A6qW1RrEtQWWUtfqzLcID+qv5CJr7rlIkrL3zVR9Dc+8r/a7Xo3X/1+yx4ss49H6e7/DvrofO
6fs45Poi/AYF/B16/sBOhdNkrdO9qHOnpofl0JMu6Ch3rfe9ojCyizVoTN2Fc+gdLN6oR13X3er1OfTeiMen8HQN0l/3FTW7ehhU
ap30rtZYK8MRdei9X4CoE72jh4FUFCA1wphQoEN9T38Y8yMq+UCXsNBrY+gohTEaDbtBIl1gHwgLKQu+HJjS+3boYdAP/hkwXTJs
NF06Qa9d2Qv83WlbdBdf+lZ48bd8LApODLU8GHpMeFV1XUoO3hNUq5GC6FvPf+JL8uuQ3mxer5xBxGaJa+AXpbCqyb938q1Hitt+
mcnu9zfP018u+3y6cFvn/d3DvXf7Zxf7p6fHp/6X2el9fz0TPSkcywW9Qyv93Tb8V4h+2/TobkCGvc7ebXpeA7R/36G4pT102BDW
tSDoi3g52K05OTjW6FJ6Gjpba0t2OdirpCewyEvRevYAI4ULOpa/AdyBh0F0Z0thaV+W+pIYOPX2aGRFKAtSTQdaWV1ra331pu7V
M1duOtBq/dYbiwSsemIiDiAiCTX45IsUq9IZ0qfe/KE/GAx88Qu33B8mn3tDSozCca7oWfEFGadNE/OYdeD1PELG7LA4BqkLhi4v
5UrzLjpUtlqPdSUM/ByIdDZ5IBaEFAG1PTrWS1gPlS0VOjgX331cL2V0LeWYdViJGlb1n+2omO3KU1FQLtIqPb2dYvaBAF/GGEae
XUcFpksa01TLr2GpoE2FaBm2Muq+3qaWp86c4C5lvxGTRDB6TdT2DQx2/88loAHmlKBVP5hYvqqvjFuJaZAOSTb0C9F17/02hL5G
ye5ETZdyRa2kfmq6O3AW0E7eQ07VFIWEavmYmLAEp8sEDYBmgi5gCnuA2FkWs1ZUJ1QU6oQu0EZiDNtWYnafLLqaRWPO7MWB/oPD
MAHsoNoqO8sinauIx4TCJq+iLErG6GZjgi7TNhHY83CClCybU5IK1JDdexs07A4PhpH5WOqKskTBkvPjE9U9vldz7qP7lFbEA8YT
OIxg+ehmJdMCjNP5HFcoh+8XEUwxGofLPBLVY2TvHhmQL+Es+hpQ5ei+l2b6aNgrAL0IMVgJPflQnQqTLVKayNB7oXLUvfI5UHxe
Aoju6NoODdS8zHx1AW2csSfA4+NkJPDxHRW6WBYi2Vpyz259FEKcFzFgjUSKuGgPta1UyjFoQ5cjKTKN3lN+ByZ3g58iqjAR9PAv
2UCQep5+VROunK3wqlportriQlpgTxSwFiCDbGHVDThiPP9koBnX+8L7xwWhnHAVvnIlGJNeyiGqndPjElgYS0CL+O2gJ+T1SN3q
pgq+cwenEh2F6zw1xOJTPWplvdapjYpE0agT4ukJ4RBWCqy0c/iFV76B7a2HuDgdxqW5yuyjmw+ykWCAv0ae8AsOul9fd3lCNVPJ
1+KZHszHwzdF8ZWLPLezD+gQERalF7IyiPkGEWkKFbRHjBSUK/JHRWyGaoQyXDAkzxFzoLrnbts22nmBP+7irtGeh5CeNcmPnfro
rK5mzAMUhovPHspnEqwJUysX/NaV9x1AVP0wZUk8eGGjTN0cng2yjuCYiV4s+hHJbHshiUCedP1VCVJQTppI+QHvK7rQOJmjDGnu
WfUrAi3FtqGaSxd4SpPcTXTfkjY0mOhEd1IKJvgpSkSTc/jrI+CA25xop3jKg3jVFBW16mj7Fa9Kpzjhe75q84rrwI4jZSIvuxLi
EpiqG96qgxueayDRPXR0nOF9ZRtvVT99olmPYVxVhjBWnxzVeAte4R7g7/Vxw+hF2NtVeI94Htg5mJWw+MM4OMB2vSIaJhCYqbwC
MSatTpNoI5oRty1Kb4Z6VtYnubKtp5gwFvOyhvnAgktx6UnxiXoi/y9x3/ZWyt+b3tXcC0QmSOSI58hWvoTZoIxfPrfcn9SwhsK2
/qv+AXfoH4DfG8DiwbnruZiRmeHs4EQDCsseoZlYJjQrrfQmTUTmSXBW6CjlvnwPrhOAfzfMm1GcRv4FzkM0CQw0uopnIDP0dc/E
JrrAzS0ra4sMVysrOr/CleUepO8FLcaV8I6qd2df7YofYqtXkjI8WM41nh98Txu86vX08Bnb7bGrEgMPqwmB+8o1NcyFM8q2XhWU
RCjjBHn5FHMFU2Jd231i+L3qqT4RgEb3D3QLcu2j5Co4RIZ6pe7IlejHH1vV9BXqYQBZpUoO3T7xJB3Pp8g8qjIyq+pRuPxUkHob
1xEjrbWVxeoG3mWISZAlaVPGjLyAnejXyjRSNMoNsHi4SRjQjEaYAAXkkxFLPbKGuZJkK3VfVTpi2utqbUcxPurs3yfYU5BVlkUn
dSjMXbbSOUNCuDQ9qS4tblSKnmXNRNdKFCN5au90Rk51eddznlg3fTQPbANGnwSk4cjFg/OP3s3qAXaoydp2qLrb+LfeFsg2Nysh
qdCjl94zXIzJubzVblbn8UfUVOIf+MlHx90xaar3rDAvzCgjfCgIDty9KVVFo2Q2Ycmv3nNMY17klMGGkhGgIbO5hKbYZYGWj8kg
ImdOsRerkk+3xFoo1p1ixJuUfQO5JK35XrTzVphiy2tYEdlJKXqsGkWoS50hv7QIHfi+DfLdZQ6/5NDlyomFv+wm86zcOlpBjO6t
9wzq3f4CqzJAcHtDlTy/0BANEIudZCas3YM5bqDTtT7MPJpfYsb/YPfgUCN/wKRQ4ie5znADJDejRUQ56nQUfYJkFusPIeYOjvbP
FNgt+Ik9K7fizjxL2tWPVefH0azc6o1sE2g1WY0AA3lB7O7kHB987EmhzXVS0j/qpMgyXZXTohVt0k5L6jwt8p4FwMghGGNsHPqD
A2hDxaBvafpA1D8RyqVXkox6n7UxRbEqbK5ugU/sLPHZXQaZAalKb2JT8KULOhpUn3NMuYaFdqLhnNYUQOaKWkIBuEBPHZsElIv6
utvrWl+i8mI3nh+IDMRekKS1SyQu4PAjX6OxLpXvyj1npB3Q4AP3LMfxvI451g5t3ub0dadDKpALmcGXOGgbQkpqgRnD8KtHwkTo
qRseiqmkSeREQXjXGQNTzCJXRcBWAehEU/tU6KapiWMCK8WxqgC0U5H+z7mjj+gqVaAdLB5PJUtMLuBPFDt6FUezSe7BxxEw0XFR
RAlV/2BSiJyK77fVu9p92CxQpPF9qzBHdUo2fvbCVRjPkMEW5rEUswJ6O0d7PJtZWAATOMc6tpQgkdKjSmV/X9bY+eXwwFMuqS79
INdtoPIosrxQY8GlMnWjbsw1kj5WDoj2iTUKyvjY6raEA5NY6APabRzSYsDROAl8FOl25Fr57G/Y56pq6MUmltMHKZpjugHjN9vu
nio8lB5AbozGwohNEaZeyrA+w9SNqahkQ1GqgXju6Z3M1eXoFWk6A8H9gFttiGI9bziZtXc62jnbEF9tnGFT2lz5pASm584O6EjI
Wb8jDLE5X6GGv1x0kYKXV10uL2If/lezCuPPUTyDqc3ud4VSvxZHivsJA5R7soUsLNEEeHy++RE7Ye/IHjEVp4zZfgspFiKKgfdq
0TORMp/yjafFh1WcFWgn+DexJh9Wz4C6hLIQFRqvcXvKbmJyHSCjtXnpkCLrdh7bw1E5rQe/LldTu4bKFZWe4z6BV4EPn+9ignK5
9hcXRzuH+6OTnd19/PmGlFi+wP2XT1bPnnTbGbEJr+pJxWpJ7tREeJ6WgDJ43bJF1cNloMFmDYd/7HD6ypN3uSyMc6boJJ9RoqWZ
OLHez7y+Mh2/V3KsiqASee2JWjCebVvg97MKvllPfJYiKXecctGo59emP3zQ9LvPDP1BvG9dJw9D6IVDhVq1rovA2drpesLM544l
qZKtZpLlikzj0Ge+w4KWxE5zhXmVO8+isRdNdUcyu+/00fHF2/892T/9+eLweO/9OzyQ8mNYw20ZzoZr+fOhkGYzLfsHlbsD/lf5
VjsiXOuq++PbJJpwpJWKyyP3lYYr3OoJwV9ph9d6xlXWc8yOSoH++NngLIvn+8kEeMXRYhYXwZMPyRM710nfndO/ha7K2/C2Pqoe
nnzInhDJPwubN15wXTz11/cHqoyku7K6iSYmeFTR6lpo4kj7Hk+atMrzDirlqsaSklLxHSDOwIcPeBn8fMizkLsvdZoKFD6emGoV
wxNwdchsNScdZ27RcRL2CrL6Nab3caOupcKdzzG4ZTgpJ8QcSjSOJy+RaMCCIYEQ7A8GyUaJlqVePimbu0xVcyA76+z1kWauatK0
NO33776ZZFZSG0mXeE8zMv3uexndLWAaEWYPD8fAEZA8KHYuoRzjZtgHFmdBSR0fCnDqW42tX8rP1t5ulOcEaeQAdug1na2oaJsB
JtUjI2OlaM47Q036FCWzARdOlOQx1pu2Vi0WZOyURxDD5qYhkoBotHwr2xbJ/iV7dxQVokt7tIwxTLos3nWznFetlwniYAXKhnQ1
csB5h6FsKB/icCFfhCZKhzpKa/hceelIRPJ7YriqYqMhmkT1BjyXzeuIbnWrF1tKa4Do3qiak/oY8c1ZSlkggmZtioF+P89JKlBX
4Gp+1EAWv5j0reZO2uemequ5hiMCwBJRVnO3pW7eZI06OtilRGqwtT8fDtEdGLWIB6LkY0zFr6+BCKiKRd5zzC2CoZ7eDyAP3KbY
BdZZuPfyKaocQyZefU54eXmvj0iYJBIfUDJoIkJMJMmreI4iE9agwlymwIFT38HO4euDn94fvx9d/Hx4sbO3c3K2f9qTVl8EfxGP
byiOLbEUgharrkKDzV02tE7qx8OYIAMzsK7WyxK1xJbVuWRo9zudXWCdtePKANXOrALHKBWjDi48UmdXTqlJDZLE4/wBRyQhZzH7
GRFFiMsLAsR/OjkAOtKKXpfcr6XnIojI5SmDcQWb2EccwOTdlXc1zgNnSGcQ/mgx9lUG/utf+eM/hnJTpeYDgQzMiz5B1RtgSRN+
lBDbEcTNrRJLXs73VeN0bUce52uBzpuGeQU0YqwrE86tbNk2UTeSq0W7JzmuRnAYj7M0T6+K4QsY86f3B3uvPnx4geSS/kZsk3PP
zz8ODgBZgMsaT9MUTfNJpdSS5dwwjDrDR0+o1uhLczptS/lHXvpqF74cdTpxv9hJAwPMRoDdo4qy3uI6d5QWbxC0wAzKalF/TLPm
CFCpgCFXKH/z7r83n7/e3Nzcooz51afPqk83/7b53f/oJQvryguioijVvsK4sYNJrleWbmRZ+KN4YtBjehg0OC0J9y9HnObtAIAY
lIW9ubw1PtvjcHmqw9rrtXo96VmkNCVKbCZTdvox6cmfDFcm6ICJs+4UeNfrudklHNJVFIMSrEt7FXNNOOOh9wnrgDMHMUnHn5m4
wl9EWADh0yUWptKts7xrA+v2/iO6J9vgSRhntEN9JXG9om0XhTg7b31zhzAhAycaWztvblHTnAqGMmISWB0T6OJaubJMsgmAWzDC
cXVfRrbYhnANFY0qx11mDFPkYNpTpNQtbhEw3aIvzAShzhk+ME+p41wCfN2jplOdI0m1iGkhdUpDOKc3Tc/5+WMEROuLYhMDATHV
6W3CyoCOHzRSiolP5Wn0Pvc6yY8wWOOtcqLdl5VkHEKYSlGZ7F3NwmukDpGDWrCQw5KPfgcz4xEmk6cpX7Fwx8PCDEk9WGTh+MaI
grU5FGOE8yGLUEYsAiYxbb7XCLAyf+0C80TLZDDWcjdxvXnsbFzJjsvNE6HTcAsPzDp08z3mCbyUKrVWB6kmOe6L9JUdDzLCjMKA
5uzboK/WteoUjhkkwl9MftykH1037SmtOx083TxSdo42C7/nSm78ea3kHqQlMDZQJoHDWamHKima8bTMF7aWAo/TIQFinUbhhJMg
UfgO9YvRi654N33Ru260eUHe1e5HcQGZcuFdfdM/advCEygp9Z0W4+DSEtorkqw7iSYq7KVicpI9sTAA7chnORjpAIa1HgPC+pRd
2cj4qsRy92JRb9UF+00wuZRxHp0csQ5RaZdMyiqETTyia2Pplylgeg/bbjcxsypdqP7GpOkDpcGp4ELNOvyY2911r2trXa603fjR
dRPFbXu9pMuZlwMXI4G+roBK4tHxe9td76PAHvOP3dMeqNPIT6rns+2eSur3VLe9Wvs6ScLiETblKCwY19t9gtZhAhIRaCBJf9MC
Pc76tNXaXCu/naFFokUnFZC8SlvT3elBgDg1Fwu+O43GNxwhZgwJn0SZWdRim6eQexbFFy4ksa/1wBnNFQarAPzG/DOqouo8MT11
fXI7pawO2GuzXfOG7JqmOKQuBcl5M8MOwlEHbbkC8KanK1cIoG/hjJF67wb3++UTmTtL+6bHmNCsHLdy/rpAs8hq5pOkEDJXrWRi
9ThzoCr2KhkuvUroFR0t6urbb+vsE+kL0xuLDyZv4ktSppL7BvWD9V/4nDp9AxWdKrsIL909vHzZqQuagd9lRwlfvy7FJaQ86pni
wPWHJQduNC05cLcCulrVCaDM8mm8kL4vQriluLwmEmJTEeBKMQ68quKAZbk+fQl143Um2PjPJuBIqZTe9B5GbNdR2SM8fBLhTxE2
exl5Bpi6Gl7HKyryI9URfFSCHK4bbMerii0YrfrlKKrvdbKYvgFw86EXFukcqC2GDFB8bYjZUAqqnYIGZLLMxumM04AFSNQ3qD7l
d70+x+DyN0U6I5Uz3QgNnvl7cRbQ+eUcw5pu+XZAEA3epFRiUry3pXygm+EXBHiHgJd0dhEW075e8bKtKOYcI4fwK1zFAa4icktY
KYq4Jr3K5BH7jw7gm4qPp4SbAIJPA2jS5+FrSSBOo8UMDid+gO6SCQc0F5QJkJXUe/vv9s/2ReYU2B1aY7hRgzLDLmYF83Z+9vJx
iElzenDTztABwBJujV1i8ag3gLEXo7c7p/sXYoB5eMN5whBt6aSH3jxFjeA2KXjDaxDO+kBq8UKfeMGzTRCCv9/05tWYaxW8GxYF
VoPjkgTb8md7ybbuylbyyBarvY8+U3AJwebRZSGfixXmTaC3eH8IYiMbHWLKaKPFFxRLs7mW20rb2OeEZgzMc3qxs0s1n/f2jw6A
LQpCjxOyb2BtUkJWQpI+HVuaAJy0IoVdoypiV/C0xz79rmHeJ+ESsCGL/x1Ndgi9SnDhfxQl+gYz3JFtMbi4INo3+CVODo7pT2R7
sexL4sED+enQNRwSkRhjXGfxTaRlo/tu25ukBVxpTzPObfjN3/7n2dZzoIg5kPin47z45m+b3/cGTgz4OiDfbQ0GlGPoWcMUDSuC
s2+Jw69ees821xWdRWiEwDGRQx+wjDBQYIgGNQKknjdBju3cg9KU1qjCJOumjmZRtAi+3+x1T/5rc90mQop6uxF6G010UtyYEuwL
KUb92kAYKAWJ80h/0SHdqZ5HPHGIc5bTSwS66bhpp+GPR/StzdYvTJzZ2nwg0kjOg1W8aIOh+ImjkXewl3OM2TidyYSkzABMrJYd
+U0wwwiSDUokj34gHNyCFZNJVJwhYaOkMEBPhZZZxkaKysuUGQY9VhJgXHpl6WV9RJm2DACepOP86STK4+vkKfFC4t1gDpwflXPA
wPvc818A3QvzV/95wZk74Y8Ec3VO08Ur4v5kgQaP2nHlcH1MWfrAw9IH7BQ7WCPZfKlJD7rUBhMF6PiLvXRMpsGq3rNhuNlDcn60
y8hC8KGYPCnv5FJiJjEn7yAxG7aGir9FF3fh0sIWJyq1GNfXu+lZnRriiZ7lyEqMZuc3lHVf926oH6NOq0RoR8tSohX90qtn0EJh
LhketzoNV9Ytl/pHKPHR3I127UWY5dGEYjlJb0beqlqYVcJh8lfE2iMbwQxL3TlUR8oqNjYz85MYLUgoXoi6GPVcEnHWMQReu8RQ
cQv/AflsfhknEXbSlwU8aPrW+tQuLrU9z5/DgUC7YUVnLm8Cl3O1PAAVG1v3fIl6Lz2dvlCexCYfKZLXjBInmpZO8/Hts2YnnEya
wr1+L7UIpZriO0Pm95f0qO8pasTBlIocMYvcTV+yOw2Ta7kipa2z7znoSJ9Wxh1qMqHQRK6Sw5pZODbo8sC+DmIu5NkVjCnNHdyu
1eiS2f2Qb1LKVyEvy/Ka7etjaneXdk/RlyIk9EltABHg0Vd9swICq2MO7OGQxjqV+KoQZ4XWxnbcqdEJruWzzhWnY31DBAwVc1g/
/IVs0eYxm9HZUk5RZIu46/OMiaDgUM7UYMToTSZGO/60ioo8DiqzoZ0Jpa5naaOEfe8s/Tv8FbiSZ5Q5/sj/bpwu7pkNhFuCiw15
Af9340U+DZ99/8OrwSLfAngTdN8hZUUuUm4hM9+QIraslwq9vI3ugsv7ApOO4H+cUVB81F4vY7ynvPxS7KLxuLqNHDURjN7uwECo
M8PrlX4MRMmsXmdjFwKHWeUS7AdXegFX+9swnwYMNm5lfjnYWaAUElxq+qm7Z35LftZuma/ySz0/YxtRH4WriGko7WjQQffmjNil
j8pLcnvtGuYNt7Y67oCxAr/ILqKQYz8Zp8g3DXZGuwcHmA3mNS64BAo1f4CHLj+U5uu+wQvxcTSQa2kh65qKujbMoa2wqzYacKqW
caFlB2UiyhTuLRQEM6JHGH4kdGB48JlMoPkIkGfQXeqU1U/truiMzrJA6hpVYLuIV3wtvizrXeLvllrkljH1q0HmlW2oTm80f5D8
xcYoli2cspgWeNFBGBNQsxSC60FroVsyMQBISCflu2F7he3qhJCh0gQ2WU0PPeW6GuTQhodSvs+JJ/lvBBxrRY5YT2Ev+l73e5gm
+QVcYTnVmBDdaY+o1yT/mX927VQtvOhR/abVFT8aAYXT8YswEshEFoHIxQHMpEo4ItI/9OlshjFWwPj5MO8BhVukWUES3nZp9c+F
CicP73OQBe8HHaaicE1MRf3+WM9toSX6GolmcpISv7TvCXvqLqudFlh6qzBM4hdCdBSuiwDqAJWd8W+a4DiR3WlVd9VkyrYdBytP
qBitfFAdTqtvq8bTWnedXamRkfMrn9RmqGUHcpqSm/z31CD6o2ZEUfGmdVQxOvkSbGFmWMImfn2sCg6duhJKHdGV+EVd0Z9r4l5F
FSR6rTylol9aadV1B1nNtW1p346y+/VWfF2fAVkAfR1Xhs9N6pQGbsC4F7rEq1M0bkMeLSNFFsjUz59dCKkg48SkNeekBuima2tp
p1iTkYdjb6WPFPMjEjFRVCHn/qt+leYXlyguiQ+OcxKeas04MdIFXzhNGFP7Moark5M2XcwZGvpcC2fdVDnYKEIR1u8wnUQzkYGt
klOqPoOFeTffDk7k5eyY8hVnvxLnSPwI7GmDptsPRTCNRWhxbkBzgwzQgs8Eku3T2Xh6PUsvw1n+VE4RnlWFG6OSpDu0iUSM1jy+
mVFnSff1Qh4QFQmyXmZ7vLjj+JclQ/tUP5TqCMB8vepkDU8dBN8qJ7kzF6eCc0WojylF+PqsvMpKsPaRXJ37h+GvKd8rXBgFgUkR
v+l5z/JBnNg/oOc9O46uuqQ/JbHpJ7ieFoE2hRhDinU698qbhyBfotGX81ILr3lSRjUoCr6Gz1SkwD+ie1Gc5xN2J1VW7VeHbKwr
wByS4usUo/BPsK5YhqLHNcz1FrhYkAGPRqTnBJk2uk5ZrcohZbH052aHKC9N8E8YMKJ6flRY2aiWuDcdw2IoN/BD9JQYU+fClX9X
jgGrfK8sKqVWVRgsAdDVd+XwZH1JzcKFSSJY8UWWksU6CCnHCPn1eOQ/InIekQdQEYXzvjeJc4wKnuCzZbKYLa+v8biUvl9bLXFv
Nclj/SoC8QL2/8FGRZkgu+Y0fnCilv1hzuMWaREgPedzRWlxY93Fn0q9+axBeor0ptIQMBLwLH8TzuPZPbQjm2ATIWo+ZSF0Z9EI
1Fu2rdydZeUErJ3XDY4pUwaCqq9P/c62Rn3vrnZ0m6d7ffsok81qkyUm+7EQROolZSFD4knw8oDLtKAKqVx8NL6z6RdlogMq+as+
PYIL6226cCkkAzkYJjIY0P893aRYPe3FcAjPKCoEO/+6bOrrz4ZDv9xJWHBjHzP7PuK3xCS16Aebd3eS/BaovAes0CyGPcQMwFG2
LlK37LWeqiGnAXAOCueNMZUK0JWIQbm1y466RbhbQ2VFH9KUlOtxA7y3sNxdzihioEirnluDG5u3WNrI8uUVnwbb/rYZzMTExo6d
XYdCMRw6/R7b5v1RHj58u6uu1dEiGsdX8XhEvfit5Av+9Qo5CMe88XXbpBc1YlWCc8KX/DrzB2D0yS9ck6+0qTAqfiWVfU3O7Vi1
6gtD8SyXM6ZAujPhT2xzrJ+8RuZkbdZE5E8gruTqu/o7sl4DW/cdMgDAUQzOsvuyKsYd8Q9o4kNFLXRgo/uLcx85S65ljz39qBVc
ZI7j6ju8drBRz65Tr6dN+67DttW/+qHjVwg0crEE9Oo7Z4MfuMEP9gY/CS6dGsEdZYgM8R1WiIGn5/HdR7uqyb6WSc7kmrsF8mjp
Fp4+oFumFtgrkx9Lx4Iuib6t+0RLYwoRrXtfbd+ABlhmffTm7MLkmr03ysds6G3CAWBRoe9tefsJSw1Bg5OkMg08szi+4oTK7su5
oB6nnILWQrcZyVqheJmWLHbtC8R/ATOcpk1MKZ/IX1u9xrWu0jzSN4WFZfMkLEhcG3eQHTSyGmY9NEyceB3qEcdd14G9geJFDyJ4
Sm+LZ1hyWrhsVGiEGAz1uPlz5o85w7ZfuY+wH+N9r0tfx1l8HSfuvsT7pr5w+yrfVuU55NmobN3qO9I+RHo4yuqH8tmDIuBbNi18
0KaFMqGQ3Kcy7tnaWJEGEGeoOplUme7WAt71Fi2d8b1M4vBdc0uKoreP5wqwD1GHNq4hZEI6tHEDRsKHquSa+V352P6ZKEJgfCML
E1g/EApq/kKVYn4NbEIUJiUjI5v1OpeD1saImVmIF/W3quZk2CVUvLX6pMEdVG22lnK5nYwnD2QqH5Y6yO4m8LWo+CuL/FYy/vTa
ZDVjPnBlcnZW62VhqdJMWJAzOy4YY9tZ6ypnUq9a6oOv+UlZW7rrtaQm0oEncl5jskA0daYqRAvR805WneqY9ezRrza80jQSILND
WRua5DRvIKfQmHEQS5VV7yb8UHvbs3+/M5ult2WFlONREwXBLusfrE9LovMWFPSVAN2Orv5DBhBMOuKK9ev9+WU0mUSTs4gSTkim
r2VtHF89aIEO0lXHUbWWDxrpBMP3i704A+TtOKTtkweN/TpMJrfxpJieoqVwRcpNtLvakNnZ1oHanOjMxCTOfdZwf0WPf3/pvj+/
4T31iClvPrnXpyx/tltNcsOMVBLONPlPMEdCX92vMF1NbXu9L9oJEEcxj/BEhANRCXim0xiOIbIjw7O344Ryjv7XiV4XHvuOqPLT
fNC8uZqfkhGl8nsxKQ/I6CZ0uhVWpEzD1jOKiMvnWx+/oJp4pV5D1eD3O3N0XSo4PJSZ0wo99NbVvD9i1jY7o2Uq3WalM1HjYD/P
wkQOWAMD0+Y72DS52hgKA4NpnjY/4m/ANKem4zdTL8C1AJMwGCxtx5zfVCRcLaud8xOd3Suz2jmbM6emxtGS4Wlv3J9b5VP6vFlC
rX0+WqTplVSn6VrwSmeqXa9hpQFxjmWVN9utvpqhT4zRgvj0TXefHL6OPYsFrnZnNGjrDW7IeBU19GY0aIUNWeNowq3xrHEsRrmh
DKCjlaNfJ2fSliuuww3JgQ4t1fmGGK4L2EfRA5f35LY9nk9mEZamR49JDldoCJOgAURw0yOESjQl28RJkZ8hA4WwCjJ0GeHlLLIE
bGMqm1i8xwxER1zDBh3Sl3lE0Yk5FntKbwddXVDI4K64I5lDLSxTJTfFAKoqFy+NCIQkKqSv8YWIAtm2xOzxtyWBbbu9Frp4pGhO
tRqY7Lfn0kRXhqUiFtA1CwQVWYhGoOLHjpzscrFo0S/KEsEXae4baesW3YXWxj7bxJUvTcS4qAnnOk6wG9VFYRPN62GZ8quIlvYi
Tle1NeFVB1mwZS30LtZcAgskCxIELyYkCTpg0oXFbsBVev0CMAH14vlyfnEpZUd0Ho5qgB5yMyVhqstK3zJXX40AJCxxVsYrRVOD
TojM3I0lmfLbOtd2FN3q6shFBZ8m577Qeee3BhfGcvEtuzvTBVdlyFw1Z3msUfQosW9S0Yoz0yqa6ktDyekr0xKfza/nhRYsZz3r
2+79qVBYbataznf7VaBtSX5r6LHEJVGluNUQcEAWAz9qsPa8z716gT2loMWVeRjlxE9bj51YeVf9hwqSjkyd+aK33SURsJVedt2i
ZggsO6QR7H4DuW4n2NWlXxuS+kb1H7ZNa5OntUFlYta3krL66CUxEtSnJhk105zTCFH/DyQ7lfVheNqWKLq18YXRbZnpfftRVwm5
rj+WOjegEQLnWqcWCtnCHD/6Op5SepQ/E7YhPC3Y9ibNyF+dUhg82oIotd0j4ZVRx7PCCZUlEKxXPirKXmolQWUtUIvQZT60rTDJ
MlrZJEHqxfcd9IDhufHNR93xtrJ9e3EugiycKj2Hhs0d3lgZYvcB/VNlRoVDRqFxKmFcmaCNrLvjn1azMNH4M/zpt0eA0Vcdr3mB
SciNa3iEPSDX7rIQ0TVNn7yUWiPfef+tpxFVaihxCHF9WYXU10KqBICcu/cCf10wfjYH0CqYz7JlcvOIIHN/CmJD9WWBO6H3Gtw2
3ZZ248npchP5Xd484cea23s43RiWVFLFRvyVxBqVnBruzsPxRcj6z4tcKUAtieXpuzaeaq3zadG82hhCGrmFIwTBzz9OfJD1/OOr
K9/KokkCTG60RF1r10hi0VXbtNSVG8emC3cUAS11kANK9HKwhynKUEumJVsrE3MK5Z4HaJxve6GI25RPb6epprJRaTq9SRpxGvsI
s/F4hUx0jZ7TlNWakoFimoowyW8xI1oUrqgJZ7CgPJ3hYoHmxEm6KERWNWiVU6ueI03Z23EiVKKG3XCNi1XFRYp0DwfOq1YWd9RK
vLTdivQJdEzfiO61eHxKO0SJmIQvs+q0BKbSo5HRTxZ/NPLVWTKslfUlt7+qpyTSi0qKxSyrSiaY/tqQ4aKiQPuvbyE466Ye4vHJ
CqiXAyvZCFH0q33SIv2ktehXDSprbmdLTmeXyGWMXTum0ljOvjH6krt4Qpj7YTqJr+4fjMSPiLKMBwKeEg/0z7LoX8sIE/S42WLH
EjWsgMhv9adZAQGPXIG1j6EtIeo66yNJ+F5UcN6+X9PLXLj5A2GMw8t4Fhf3gzmcFy4rgVbvF+FkTkVeMGneqw/4zdB7EU9eDcSm
UdJAI58kveUEX5huzQu0xIB9vAakuaoI85snOVBxrI0AM6QPf02X6IDCSWkDlee5/MK4LJLZfR/IfJgV3lWWzj1RXyFDI9hVnMH1
INIFyO6Bz4fnc67EIH7U46AF0vw9vcQEdBKH4JODMtMpx3a0iFG0xg1p7PB9l9yz2M6okMB0lbX3aXbPDRzZaI3RsaGWnJTmpOcn
xSIkPLOmvIEtSav/zptoLFzLSomEf3LJxVr7Bj6slaV3vSIwSYpQUjIJGppLtCSc1JLSYQWcvJKwS2RJjoGtEPB5t2EusrZOetAh
T7khkrC6bL/C5AP3+17XlMI1wyuyaOqrzLuOkU2C/Y0mGzk88cIsC+/zbXW+kGuKEqwIk+KznKuV54MHJJ4rokXOSXwmaULJb7Jo
EcKxxD9vwyyhe79j7u81vYuqztZAwITI8CvlouviSo3faOKC1cEZ2lhrpCsHAZHT1cIh/Mr580xXAKfHwK/ttx6ljZRnrwnXXGdR
TxMrTyLebr+eI6VCefJjr34oVcLYX3vtyUZhSUaAF43glTQWWvZlpTD1dAI3WDx7QDqKfG0HpfzcF6niDpGInlIx80BWUnhfjI+A
xmxwp7ANZ/E8Crb+52+bfW+L/rcp/yff/gOudvyuhzS3CGcjqj0FFPl5fWScPdsHi2o+X3ib3tC7agU1eMPrI1yp8U+zRRDo56b3
67k4qB97hK9VxwIDqX518hZn5YU+Tudz9FuZwX0z9DYoK2s02RVPQQTHolSYcJCokLj/ZdEqrEVV4SD63pjqFOrDIekdvd3ZwGy9
nLg6QbFu4B0Rld7AOwELL1FUvHeSAv7dgywZjZecSIUfBDuz2Si+ToBme0C5MxgyMobZ2JefiC6w7Am7q1Pye5EqnCsvyXlr9bW+
77GMLOaINZ4o54tgnjh3zrDK0hAthgMHa4lZvL2AM/PzRKMNzOWIpT8motKFSKaKeZif5HyRcgHHkyy9zsL5HtaFwG9x0aZhPh00
Z1t+R8DK2vK5pPE87RO9PBdnd1Y/52F24/YRFY3EUryskUP/L5pDNLobR1mUjFF3+GRUpIsn295faELCGVl7W3GchpZwj1v6x0zQ
5wfHxDB8HA7x7gQE4BzBXIFOTVGVoKL0cv6TJ5y390nP1TcyLxu/pqiYOIdDvcyQl97N7hcF7sFiej/gdNIwrkwobaSG/stlz/sP
xuXuwxWzwbc7XCN/uSh5syd3z56gadkBAl5BAMZGIsvp0eYw1NBTdBcX3nfeZ9cE8FI9x9o7A5lGGUBViZQFCACl4/u/4rxp+V4j
bSyn+RdMvUwAMXoQQN5fim2GaNO35q3yN45SkQjBgz8TckcPx5R7vnYoX98vwjyvURocU9PFhXn0w3diHipT9Pskxm/KXNFCGukg
Y8IFOUJmMFhLOSROAZ/Zs/bydiRqIqtOZZGkmCluY5vRpMIPy2s8tnDTD+CTJZMcM4dM2jl0yUPCfe+zYFu1OuB146ULPXcy/BLW
Bnr5448EAC/T+ebHZkdx8p+HHjoaIBLTkJVWjBwEjdMUISst+0qypAQ81ccYAVp7LsTLNapVmKvLue2oS1xrLBQIdw0K0HGSw00F
Vw580J79Us7FmrBdQ8QGOA+OzvZPj3beCSB5JaBZNMm1K0h4nnI2vttpDHvG9aAwid8ENZcIfzSO4BS7wG44PXBprs3AwTfnhG3E
Ky1yy1uUTvyPGnLSA1s/E0ByoCwXeSULH35UviN/5K1nm44Sxcw8lJIuH8yS2/F77tIN/HFfpx7brQw8D6CrazSWHR6vkXv017XX
X5McSEtVe8vFmfGlD5iNEqFfayMOkgiAI0VYrY25N9XtsgwbCaRoEyShMbAcy1nRuXmEZ4Yb18Io5GyuL9hC0rVP8VF4VYhkxJ3A
ZmG7Y3MlkHdsL6T6Lq2dMoSeGw24ICTTrdUcdIq1bblpMuTc7rXzDPJjccFPtUvHkt6UP9Rip/lJdw9u2/EjRvL+oOkQngREovpi
vF7PnUGOW4yqREQfxE1KqiDqnTUQFdZhn4FwhwUar2HtIrgSOOvvQBiWUEiXSw8TqYoQ5ki41QDpN9MVfL0hd0aauC32JmthL1JW
YU5+E5DyDrWiWZhdIyNSk3GsoEFfQ+7LVTz+njgLuAxxeQIEqU9DCH29RdNPPNr0vqsXBYiEo+/eg9R0jdWgWDyUhdl4CegupirD
yxxLI4pCAFRb56n4FisoxtdTYNWuI+TXbMNkYmsxwhL7JYGclZ4oXQ+8N3iNX4bjG1QNjv53dLZ/2MfjdBsnF0uyX+Rst9UE4B8s
GYLKxXvmXD1GhdriaQv4zL6C7jA7WS+FEVmWP4EferGUDgVbfxWp4CU9swJZv93Y7u07m5a3BvFcQr/r7x7uvds/K3Mi47bnaL9Z
zuRGSc6KEGGIO1Jw/RVKKAcrTXgRACr0ZGHze+Qot7Ep76N6/gzdbWX3uFJHaTFilbcrFEpq9H5F6BAeBQs5dohzgH07OujGcxqM
cdsqeIF9Ffp4mNoXAV9guaq0oBruqNtHX4JYFGy3zuRzs6m3gQuatHBB7sTNDayajkTiwOGBLHU1UZ6H11FHpaq0JAU+JUIWzDuL
Tupv7N/vi2H8KXNN5WsxIjxQY0tVZV8O79IuymsnL5V9kv6RDiyBPaJsNFQMnbRxV2iNYO0qh09QSmd8T58HtOTeKa+2WRAv8aLk
Ok4izLeMXmBk7GGdHB15ZVxELhLuLfKJQnyCzg00HFg2jguaKaKnXWZ9/Y6SpfByrhDQ97rY0trLa9XucZ3oloPZjM3G58tEkM41
Ckd5kVY905fXDU4qpSsmkdWh6Dzr+d0P4BBnpACpxxVJzbqHhchn5Hiia+dRpy2U7AGt+i9hXIyqIo/sA9izZTR539rTP6mdrSuD
M/CrCEG3c5zQpEpoSLzPK1cDyM+Y6Zu4oQ7urkFAXG1Pv5kYVzT9fhll9J//eA5FkbK8ShLeayt6iv8gWqBfm8flChhLKIWDDU8k
0IVZUECAomOJQocYWBcUN1yBisVgRAcaOvwOe0M1Jp7hk5hseJsd5gBHf/Nuc3Pzu63nm8+90e7b/b2L0cXZzugfF293RhdHx2cX
p++P+qrRs+/NRv98v/9+f2/IlSNvYWNReHEA+y7Mi1MikATdHY8JIof1FYxEr3iKX2M2uo5MT4mHERDuifTLQ0tAScIIKz2m1zAg
VVTQwNDK1/2f//bXzidDiVGzKLzZ7pDiiYq08ylUN3nilVysWFZB4yfpHF0By1JzPcQTbAOfY5NZmlzjrR/mtpHCJI8vZ9HgViTk
1xlZOp0b+4tphCbiGSI0dZyLg4nLgw/FTsGwJVrYxiqrxQPzwJn7AUasBwCkPcabqTCK5rElJyYbR5zX0UiRrFk8j/HQGYjzskSc
Hw2iNmQy6aqAaNg1X73kzrviWg2zSyjIdUWh4i1lfYnh2IudJrUGEUWNsEqq6GDDO6OUWff+2febjZcWbJUvbZmAEACjzBWCUg8q
X0EiSgTEHK4+IVFi4sMCNiOQUIpWx0P1aO79BUccoKUrAGIlzilLKfgtsO45vPMol5uoLsRHGPAHK0DMBF+Y6UIbIlV1OOSlLyNS
ICPKwVU/I6FOx9ABMkZ/JwvkeBbGcxo7R8MtXYAlBCQksgSKoN2GlTJxptBFs1tD5PpSkU0QfMA8Z8Fl2E/5/RP04AlFMXQ6jbA0
UeRdhyukmEMPIxCR4qU30WE0v8R8DNDW2z0+lD6/mNZO//aJYU2GhiUzhDle4drMQCDHLsfkUl2+DvzybywUchmRzJ+hgl15w+HH
ZFBPDNu46m4Ap2eSFklUPM3w3M+jb55/92xzq0c4s6QsfIjEyFTTrYXdvj3dH71/d6bhw/Nei8W45M90Zs/BpJZNMKV3ZOV67vBc
uRcHLsO7AQ1aPtN8b7Df6ntHdXhRYGmXMmccslwS3FUoxP4dZ8UqBxuncxwDEaX2sq7uwdYaeDTmt0AKvUCuNV+60G5ActsumiTX
uXVJYPUd/n84XldzZrHMHzGKbC3jZYvdoVHlYk+8Ve3mZoWn7lcub3ezGvxDlMtecTItB4qwoMgGxFKls67lVRkDqVZHLhk5H297
GOUCSbBffxVN+E2bCDCpWkkoqYe9EIXkk32p05DFOkslRNlXp6J6QHTeJ+zEI4qH4o3bB/bhJjJcfYE3YGceecGFHs4Spzhkc6a0
JXtiYVjhiCWUgGdIB07c3WWI/yjkteBKBWGbMGd9dIAdc9v6FK5Z7fHlQYf5TJwqlx1Rnb3isI2iQzS7wt3SS8uxYaOvKR9LPvY2
Xc5Q8tD1ws/qV0qTT/EyOV7kgfIkeIDv34ONx4ssLdJxyv50W5YGYu5Su9dU+tvyNR6UC7yZ02VxIQpu/rCJ/6xjyG6ceI6JLwAi
4MoXaZJH1Wm+xn1GS3CfGkvDvO0qwfcuhHkD8hbXUltM7/MYGCAsUsYuamV5s3GYZfd0vAr0FESr5pLDybzgYEGn+HqwC41izHFk
r1Dmnu0rT34atKgya2MFtXpnzqNxkiLDzvqmvbe7J54IK0M2SpqhgL2G91cxsy7Awq3QDbsoqCJbIhZqzGPDsSm8OZwNfZARNX6H
AthIKjL1E/QcDjbPRTKcPA88gkRnkYw60mQ2LSCP2+KfyyeRaThXBCRJcWR47jpPaXeNHffae7BmrHW2ScqJeyTSOA2vQvFgv1IV
MvHiTQK5MtA9V3sRn3fOCakZVdgJmg1ilpNZweukGnRmF4rt4j5tyINBFJYen7SdAtVLyZ63koV6YWkRa/IY86kI+UA+nVJ+xbIg
bQmLWZhgdlnhNdGnDHTkuZTDPeshe9mXBgBECHxQnsBblINRr4E+EXwNoitlc8rVUxpqjaPWmH61Hc3F0YZOJX7qREbEYs5qocJm
entclnaPDzJeZJRiwOKvo9j1proXWGRJo9MnsD+8YLl+vLoW7qOd1NJZjAu0WMFDv8Hbgna1+pHM8aQ89MzXV3E0mzR1aopjxoKl
N42cO89hTau3qCCMM8GzhwAHJsSs9PBFMn720cPSqRgY4zL6EqSWnbWfzlpePje8TRjBrhsPSzGrywUYA6WSX9ASYNct6S/0jeAO
bKFB5df7CWqvkPXh8bAZDnMuTH69SMqfkRI/HapOfe99kWvGKOap+vaFGKQ5yjn6rJoKm3eFCDKdZjt2GnlxEFQ2KTaU3aniJaMc
Fp4iTQjOlnUaHWvqOAyOa86xCtWYRBc8EiC+SBAtNklnh03nxD6R+hMkuRSaU9h9s3QHDL69hCNDCKiNcVOthbFJ3BOf4ixJnevg
ZIOjd9h2g9TLipM9OPFECg4y5mLlVRD0w+Q66ldHOozHWZqnV4X3LgrRxrdHVhwKnoD9F4Xg0Ws4eVKgYwAqVvGGFtYeUQTZ7w2J
g+B0EH1pUqkNp2eiQJ1sJoKMdI9KTde5VXFYIsfAkE5v/frEkgeWC1RwPdL/0hWXi/vaFE5lOrgMvTwJF/k0RSkbE1v0BZPVFwOh
58V8ESJcgk3Zlq4RwilCc0o3Qo4yUrawpiVAt05aLaEd0vJ9IC3LcL9zGpROgxT3SzmuLrSRjoYNCuuEBJtR9rVIZWukK1kr+kq7
lNyzBw9eQEOL+SK9KhUb0tDINhQybIzR9x4NKzWs4h3Gb9l3qDSjCLN5z7uKUWIT2nWMdcmVb16RLsdT6e2AIl1fdy+BDakOVwKp
G2ncwdAcewMyf0UzpGz6pBkqbeJrBio36mLbnVAOTM0RRj5rjzqEOje5tvdcZS2b+GOBL82SoNV3m/9sJsry4PotYlw1UoZUMuvF
ynRTBgl9GmrSWmqACtd33CIjahQ70hzjrYulu82Lv63tSs9H7lX83rZVZvACKgYLbTe34T8vZMfs2gKPvv22K2dsYGEVB0W35/HH
dqfHdMFcdQz/2uopLpuqfKPOjoKmceMH+/9aAitAT2/oqQMR6jxAPWhXefdT2O4pXrWBECjVDdVrxOIymKAJ643Mt5P46kqX/hw1
nrvKeHeGhLfL15eS7oRHUw3g3joOCar3HfLeYF4jsBXnbOYMgQgfARsY0hKI2FO6I9BPrfRGHHq/CGcScT/SDUAO2xZ3labROK9V
Lm+GSxn/5WZVmvGlDO/oqTpsSGTuqiKt5PvGokQqmmKJ4S01pvyCmN8yCgo74h3qcVd9Uojwiu8skRUpkInEPP9ykXL0Rpc8HDto
WpZJrgWmktHXYogsmbV4dpk/DEawgdBrKlWqqsOsIXsgWjSvq64quNMUBZ3Ov05vBJuHXrM4KDv1oa8NZVVCp7O/Aysd+NuebHKW
7mCWj6DnCnP82iBPRIWJQnU9aWu4uuszEWlBhOKwVbnZSbGZoMxAgV9GjB7fpa1RevXJSCNp8xWPxKVM0ojDbCAEaNhhaUzCxE5N
jm1Av6c3aP5nW+avnCpLfNrAruE/p8KOil/RZOF278vrUV0Ia/rrtjByHbcdp6bf86XexLj9z1L2/I+ky7g1QNQacsCdKEyKBsKV
o3G+wKAD037fKadcxQfJHXTU0TPpc4PcR9abWZreqLwShA4sfqMwQdEPXB8GfdI0k7E3pew9Iv9DxRofGs5ImjCIXl5klBfiENuc
kYQOq8PDXRCBEIOJkNAhCf0XObPi1TLn0mxZVNd6k3KzgtydEsAg+msn+hEsSrInq/leZgerRucqg7rVEFWxo7wQUGDt1YpLiEw4
xpm8dIvF92iwqGtlOJuJBMsQ1JUsSelFDP89SvPew72TqUFQnYbJR9jw6s3DeyAI1cEm0TieSKk0R9EXcGTgnWWoBRDb9g5G2imK
aI4pNZG6waX8fNObx7CieM5DjJlBkOWIfL3DD2SWamJtjPmh5aVOWackFWGf5HfHu/+4ODs43D9+f4ZZyxj1lHcKzJSXBD2byYeE
tBGkd2KfkZrcLpQa8hhpTIbJyMECkJla9zkhqeEtHChcBTpZ9AeiG4ja+LfVDDKNKPeU3Q7CAk3IS0oeBurHi5fWVUe8wi5Vw6rI
U6dhAgIJ8WBn/K9lDJy21j2ezkNXUSH8HnGWfW5bCLLuom1QoJI++3KKSDPl35Rx7Upm7ahNm3goiV5VvEYs863xKvoh22oyCypW
iCbbzagkXJpt0Wlq1sQE0wZc3lvhx3Ui+dE26//yanvkPWUHEZY0MTtjqYxSjAduAjl5ysOFULSen+3a+fHc7E/Hy98d2qgfbo6r
A8z4aZZehrMPH8wLVgQ1+y3ab5OfhA4t7aVTZM2O8XlNLZbF5U/R9+5scxevvfpqa/55rUy2vLy6+xDYofjcggGG61rLPpn8cXS3
AGqkBYuKdIySP9Gjplr5aDEHC7W1cn8id5+kcIpEnnKu6KCSA9jlPau47xZjvqn57Jcqv75V79bN/M9tSHGvKw45j0lXzaExPOd2
qGn9tKwPjossLnV9QjDdwCstRu8S1NhtbPTWUQ6vo5ary7FSiG0p+GrPE2SMCxsEY7pTBfECU5wdBvgSDzhJxQr8SD/g+3IrXBVW
2RmUeimFJNntXnQVwuzfQ2eUl6jPe33uT8Ii9D/W8xqxn6p7xsK9wVcWnpoeM9AzEPX8DgBj7B090PQSOAnGG9KQSOvqkBQ0AtWC
JGUMvqLEqqifady0hnO2LDXcBIkr+FBDlaWGKlZIBdo3lURwfmeEsiJ6mbi1VBdk71wFSX/stQq+1LW2YaaOedmkY/781ePrltfR
K9cvDunYbLaz3O3WO6zquSyKC8S5xC5gvShKC7EeUwOkt5TzUStEiuY5EQFJVYsGrph7PsD6WRSnKV2o1P9xm2kTgLGmB9KylVvf
U1baBfmBiNovPFV24adO5QtORuxvy87E85pDv6pgIvqdjpMLwXVZOtffctybNoJ40WkIEPYWKdwYjjHU69og8k23ieBWLsJx5JqK
el+fjHzl2yq1UR8lxYsnOsFuiDOWuEK2baQFNfOp/LjiYAfdUpogypUwky5LVJ0kRs4JesTUvAvSC9s/xpnBS84uLw4gXml4Fny+
Lrgf7zP8r8kzAZP9bCDvJozSWoalHos/WjIZzX9AHEX0e4BWaS7qf4hjY6in8mW2ilesUoLeKL0Q0lH8HWdwKEmfE3O/KM2HGRzR
m3ixiDSvZ45jwG9h3a+xMAnwk1FeZtChuF6Z8ASVWjDqWMRRKq2pt5rPeZC3RyOhPCEvkvuvrBG+30vXFLzLLkHik/3muFTkptJD
1SyqFsOkXCDdoESqPyEtsoPeV4Y/AHyHJEtfBy94u3t0sX9xuHO089P+6cXo7PjkZH/P27z7783nrzc3n232vdAT5W5EsWihw6IJ
8qQBMpipqSlktwT29EmXxTidk18b5pL/8GJzMBhsVhP3l3kRUaZHAXRT/LNh+Zf8x+E68ho2kDNcBQ+I/PjSpHUyt9bvlLpu8//P
VffnzVXHOVlms2O7o2670sCMJoBOhFZ8JAhE0KLhkISEjKuij5fCXCIfoBevolhTJI9ZJPOr2CTmR3PHcae66/123i42p5B08RCH
EFMObHLroDyyJBJ2TibrVvc69bjtTgmsJPtHgkHhjW6ma7kFWbgHMdnPDUZzHYuAqlS9eTr5VttEs0ZrdPsSuQQcQSXZFyJodG5y
1HJ2HFGWzIUhmHkid+60lmQWzS4HcrVwtbWklYig8Oic83F97BEzbEvn/NDldE1WcF+lnEtQ6BLtb7MGZig/4Z6qiKbMScP6uhjh
EPRG5iz7yKEQvnnqK9NpRmF5xF9JBkKq9B+66vLWaTnl1g2SalVRe68MytJtL+JvEZzl8DV/lA2rwKePrkOl4OaECZirr+DYUXYX
Ehphce2cIjtN1pEtZRzJm86daRsyOuk93Fnf4At5z34snUiwuqPTUmLRdlAHHVQ4v5nrRhcHjd/APcMUOX+hvEtsVSefQhApDAaH
5CaRiz7OVVI/GVZLAoTksCi30DbTBxQDTbEquvfIg16k9AspwQ/nKirTSjnT+tWYuS/3V6iB/oXBsNKTE0TL/42KdX05ZQXW1RhP
H9dP/SkqNgSErI8QRcKr5aBwx1DNABvme5/hD63cBz6vlvFArnE9zk0InLKI9gpLmnKqAxcdkMkX4CtMsXAqmWSAlxeI2AOtOy6l
SsRFuEXy51ZtrT3sVnRsqsdbUtM1hetq2fJKwl5DG6aH8i4rnQT76CQoQCrdBJnaMvdCBJdSO1lzcdX8WJoib/nfcLrhsFUTSLNJ
fJZeg9hv+A4I7RCfcpRl0GyAmhj5gosYTqI8vk6eUoS8eDOYT3CknH1Dc2+LKMYzdI3BHJ+sSMTrhisicsUzGvQJpvUiFa+Iqikw
T3TfOzhZfcfhTRQNg813qCrJCJ19+zgaNYEJgIxK3jQLTBQm8x/0levrmziLbtH+ny2pjpBy7BLBAiXUPFyfVFf4xQV/gWOtJBEE
kAdXUYjJgPKBt/uN9z2lih54JxjMIvy6XguvgxlWSwnero6igh8NxrnQ25HbTx6Fc+F4jL+/EjnKKBAannMZJVgv9jI7TJOUb+S8
EBnFbiI1zQA+KXLaFeS7nuLL2xiDhL5SGlbWSf0saix/xWdcKIBw6UHuFEAzuF+ZlEAoJa+p1BMrqXCFRO0JNC6MOWkTqYBzkSkB
QDuKbtF7WO7EKX60QRWjetvmXsz4ailq+ikg0mT4I/ojO+KiU7XU5Nr1CiC/hTOM6QkRFRkDRX5Bifuro4Nd5bSFDyTCAm7KWLvg
iqLWZ4QA17cXIpPh4DrFElezHNDAkkSDgUbU36GBhV/JS+97I+2IozVmv6DWz76HxrX6oqM5IXWE+dVzelRLuJYs5ygOhlp4/TQU
wVJYhmsopgvNqEAWCM0Yj7iklGuYA215PfUORGkfzOCIOkvxvl+JbKMvEanJZArMLemZ8ETQUzw8NIYzxRlOHAsFoiOxuP5WfURL
OCNSL/GRbUau6x6p98piINh0ZZzC8t4eJUnMajkn6MqydMauzqvaRVTXj3wLdPCFsHK9i5LrYkpPa1lF7S4vI/gukDHM1AlZxnM9
SyyOJ9/hcB9bitMAdJa0aTCf588GZ9n9CZY/C4DyHNEWj4p79LnBklCU3LMpMxpn30iMFLZVYDrkH18m0d0CdhqInoaWXGaLClr5
LTZJ5M+EOy/pEEWpA3Q2ROHmjH7C662hBxRJFhCDk76fYBi+GBaT4mFHL7G24BtkpvEYGkaIw9Gbs4sqUROdcNq/Wnl6kaAJj6zo
NHhGKjhSwziOBc0CgCmm9+pYrIv/1gB1bowVg2EEHafo96rhyCCXtrJb0whpAYF8XD7g39BJgfQiW77biiwr02ZooCnumf8Q1h+0
ZElbHm4qVSUN3qVA0U7SrMDQ4HlaRCJAH/kG8WeUOymNoXPD4Jq8dWUfUhnVtRtUh9S1GeK864VNVyoBkfVTvfjqHLOWCprmrLqK
Y3FDSxVV3tvmEa31WbHH5gKt2PV7SoWJYWGWmu/6kB2S8tPJOMRII7g4A0051df9blrSUxFV0JR6lE3mAHPvH18FHNnPbDwHzcWo
oz9GfjOcHVwnsBC7YR712OvK7SbBJkCSzoUlVg/6YkX/UQoi7RLLWhJdPAW5NJuoGDAiuvJHn2nIJZoRrgTX1avcxzzMG5jW/T+X
4Sy+iqMJdXwwQZfr3CvHY/Dif5NtdChydIqflFr8Qrbtv+C2r3qN5MqckK4tcdbxptuzkrH0bttTmLRtTTbado9ymv3BqVqlwYkg
MpRDfUFdglyNCWeDHv4l3we+tgs2qVbgfhaNoZOFpgml/wD7g71RvhEMQnMocLga0lg/iU2+WC3TGbNT4Ng1Ix2XGqYUY18vqbfq
pMZxOSsYyDmvNkDJHY7HqQ6BT9sm4Arrwn4rCnp4VIKMfQuYWVtvIqqvEWmyOToUBIrmWE8XEDfUX6g+Wzq1ksCK7vlznfs/kIIu
cNpXdIxRT/QN0oTojnLtjIEwbYCsGCXA+GM5TwATroXgJw7lPDhRXXgb6s8dalOA7Gg4idzGswlIcxN0WkBXC05TSQK4lJBIpYdS
FIsiVZotcAs/UYNJmk2AcfwRVT1x0QjRB0/XZkivXkyxqTwzZ806NMEtvAnn8QwLavkIof8ApZmdiZcCDeJwEEM/5ni9csBn/OcP
+OfzHtceaCEHZP6gDftanSJiwEiPhqOZ+4rDUfsenDMWYxRcqiXdfT6fD94NSrvESx53w15s3XiDi/05jSg8xo0ULZiA9M78WKDS
poUVi3Uqu14xVsP5RzqZJikfgDLlJgpiExZWeFuoAq/1wBloQP30yDNMtYAh4eQWZe8X1OVL1bkr2U3c5E9mnNiIEmeV4AmYel6E
BmFU0sULOu64aAPXHoqv3sLJjzK5efGi4Z6v846VIyqzbdEB1X8iPL/1iaWzc0fdllm/8CwsNEJ+1+kcmATKQsQNB0zULF0IBdVT
yyus3DSesspmtYV62V2Kyhrn+TSeY9Utixbo5Hh05j2VHeVPseL70xcgll6+GgBjKuyUMjs6nYrceztOtHTuMJCoN0vBp4AZcS70
RqtoBlezPt4nf7QcYyknf8g2KN4Vf+gPBgNf/MKs6/4w+ewFEnjCcmCpn06THP//apmMSbkGf+Msh56PemgG17yYiqmwemEFeJTZ
lcuhBHcurmsvvUFhj1fwNkwKLn2CSjGKbBMJsR1RtW+TfF8sI6Er5kqisFmB8rimZdXpdHKvfvCwLY7KVE0eOBJtrzjSTUvEhPSE
nuJY264s+9uWyg4y3doAtnbwltcUqN0xVUNeUKV5BLlGU4S5U0cIb9rlFCkWaTrQ+Oi+XIsOjBbhYpMpthq/UmcHeO74zuFaRcsi
HBAqbjP2hZB1LI2AczW4RaY3HEZ0bxtyxEIqJY6LUfzJqq8RW8xC5EtPd76geQyVx1QmiaG1brnaGuqp65YIck0Zkc3BBd9uDEwn
vGcr0DCJ9BUpVWRwN/7wXcAl7ZorMFCRqbZcAup611E38CXRJLKIJ4lxH6gNhuVHk4AUqg+Aqtch+Z+D5wCYyqqTVgDLtCa8ZyJ9
qMjW4tfHrl/8mknD4AGusnROqvu3u0fe6pk3SceE4GU+H5FsLj//ODhYiBtxW15ClFpFH0tdmh55VN/GuaHwN634kp4iRJKeOkPv
tNMOQLrPNNM4rohWxjBwgg98IwJKqEGvOROprlljX1vpQgkQIIdQWSJBRZr0brKbjkVpq9wSeQOIPta02ccLLeZuXHenVJvr9Kqk
uD9rbXvkjeA0xwulOXsyfNLzXhgm93jRbrq3UjzAsxJysfInLmDdQK62CMjVVhOQq62ORot1JAVlAC9j16nUkJQg5GGMOdSgilZk
TMAXZKQna6VIUXUZsayFI6tB4gUKJZOXtXrKrpBaJJHiY8y5wMbHx6jvIY60nlxSJUSWUZP2/CCErAZ5qIXvoGODg3uUS4EMpDaj
rd5Q9cmP9oilPmUPau8Ta61Q8USf1XJR7pYOCgcTb+vzQBhqY924TCYk6fAg0mn5Z2ghL3dI8ZpVl4jqiBxKNvBL+/Pi5vopBvBB
Z0/ZFv20ZpLue6L1N1vP/wdnnTOTMbC52DMcL2v8LSVkYfAQvT598Mvl+eAPP/i4RB/8/gffWBZ4tfUZP6jOsMoOTM59VabXmWwU
Gol+LlQ/7O9HD62ZSemABKt9vH+SCG6yF2rhUUB/hUR/sYjCjNOEcgpWcQJDb57S9Ye5SLOhyO4gM95WqxvCgHJbKA2adCgopXjp
VQDYcXAiA5e85x670HBNyO8r2eU6+KwdxrNZLEpVBLprQWX5xK2Bs8OLy5DUgWZbHdy4ccmi2ZPu9FrL3+rOSro/g+Vy6QZfnbnW
Qe3OEbqZLxudxrNqcVsCpEBzd1rZ65zotMQm6mbBXrfKYczYL9OJ1qKL8dUh5EC3eMF0vWVxkMjcqbRspORDoGx6vvqpVBonLkFN
R/SuoRmpozgMGcl7dSCheqyd1aNUeX5xGuuUxfZrwP/b8F5nWflIq9ODCX/xVJF/mbc5oP97uslJsdjIXiv9CDQqgjHUiRe+Z6jW
EAMOakvIkb2TeqxYlS3LakqsU5yRUGCZKw6cKGqXgHEt4iTkVIrRVYwvfDWVR1ZnZdYB2QRSjomnXUOYzKkVvmOGiRbn229bXE7I
wsXr+KqD4EYiOy9lmYD/EVZzVyVn4ZLbVj9SeyFtYikrJs2op7TIdTt2rSa9wPMLdjAUEeMTkYmX/l6bS2PW5Q/i0jTeq4RlWGOg
PmOqJZ1lAmKazmOKObjvDdhFTZDcQriAI1srCe6wxg4xH8PpSesavJ6FwYH+diT9djA5rFhtYnKIodEheygzcxvmJiPztQZfo6oY
OBlGnwugr3BtlL8Zg4YtHrN11fBZpYH4lCqmyjsNLhG49BZ0pLxVHMI6L6jMJuZFFSZH1qdexbOCimJlVNwd/T57bVV5aMDjhJ3m
7vqlHxAOp37CkJ28cuYdXHJ+I8ItIfaBxYnH97SeiDLa8j4eRe9GopGYt9F+sa96y6PoDsjLgt/jygOVm5P3TtbrZPOYd/HcEZmc
YKWB2Q2bUjmV+nVh2VM+CjDZB2CMg3Ghv7pxQvjXdp3AqwW+YGCoMf9Za53AIl9MMV855Qpc1BpwYjhrKLvrepCoi1v1eKU5BYZo
lZmIXtYm6xDjkVqY36qp9+yiSryIrygVgMUwbNxKlU2sXVE2Fhg7b2eBdXyTPG31SytPWyL0pK98Gu5K6oBoWeeC2TX+VHLAoWCG
9UgrTlSBBElU05C+p/yVlLS5tV8voZHk6Lu9UXro50+BhM+XSVzcD4Ta4JvnW8/00AQJNG4Y7WNILibqYsjlZVwdTaZLZadzDrfg
DIfLhDKgIBHj2vT1uhrllVBZNxHF80pX1jkMJDfRvTzRKFb9h7TojMfyZ+3MAdzHBJtexIad9rD8DooZM1S+sUIHy1CuqAwl5zfi
LeuLcvBhomaKzqu36JU5icy57tIBfxeBIApCKN+8mDEmuucg357NkMX3lI4wD76nJJmnxW2+t3ouo2BnJzyGvsv2yiCtpuVh9t1e
w6s9HXQny2KFApvpJ9oIMEstj0iDZRG1ZvK3/Wci3ybdpgnUfXIMcskfKpsiz3nYSHxrHwlDpODteh0IfxNtJpchHOCBphpiLRXC
rw1MV+uOYOT50gCKp7Oxgk4iyS2o6hKDpggVMerC3Z4LsM3pAM0x69zgkarZNcryi2XBgjU8yKxSurPfxkPaHh7/SKJ+mwkLC59y
gtOJlj2YRLZwBriSKXeVLBLiL5kTZtFVQTnnhXBnqpWFnpk3Hb66houm1+mG4YPlvhYVfW2SRePFRRl2eYGFP6wun0QWDxZvVNNR
VDwGXZRabSQDQJhkfUkbWXQQqcpXi4tQWhPrNCAox5Hug/BHIDp5Kb2JnS6Fr3f2Lk73//l+n3xt/PraJVE0ydlpd0Yp2zBmrjIT
5r5KOOtz7XvGNGz5thUVjzhKCYQ8Gf3zBfCjeZMjp+ZLSqDLIVhpxpjk6+NVwSINDb/FZEgESg1I50Vjo9e4KR0JdpNxhK8d6MxV
x8UwPTyaP2nVmFBzspYZUhg2zhxrtRlYHEkVerw0e7FqQq0XOeei6GBTcCyafl8/0qLZzW2WZdLt7bHmAv5FK2XJi/mpVYSV9KTe
3R8gs2KZUCFM6v7JJc0eeptApHM6i31vS0Y41o0lqrKf6fLOQJT9kcu77BDWfxP1Yon8tdXbfmR1TV370lJTsFn9IoXFBEg1lyIH
esc8lijagpyVfHJ1xfH6QyEn0l0fFxy9Va5qpXJqXSwWJPKvf1WrbBWUSsLsKwUES5OW6yAou9oipzoeZB0DzcgRU2EXSJ1+2290
sMVUfyyxAlP5KITpZrfpXLN7bW5WXBpc5t1GHeO7lnxV5V4G1EuZ29Y4OPBurXPDKNENJ5QI/QX8sl20dojX9m5bOXgLDyOQ9IHT
tPCyRq4PkbzYe1p5jGxa9Rlz5nazCuUNERGYmMiGIypkfgRXfBZZU7alBGcmy6Be0BeBZbZKitqCI7bKMK1+Wfx5Lx1TielchLrD
afpFNMMCJBnAIu024Rg3F09Zi+VGhy1H0CaBltPxd7TW6ICYOZEoHdsjWVzKmKpMZSbiIXq/jX1EZXMygtuj3JSeGtdZpp8SseoA
PD4mzjqjTiWPE9l4ArTMopGWPwe820nuOY3L05ENPQ04UU93m2YTS91kigU3dX0qPNyHMZwlvKmVSpvUfQ3hpo6Or6pSZ6kpVglG
1JLDnNLbqE0ptzIVY9BTz4W84gsKdJKdqzh5WIWV7n5a1zB0EstQ501FioQIJqRIexIqBcS3IiUVh6ytZH4NnMwaK4xpGLohpkyy
oMneM0zkcLGALmyy99ecEwF98vGCJOf8lfcC2NDy1yvvh++/f/59dwm2HFItV8g2b0pbjg7xW6h6oW79Kox29OS4gZVWNb0xWqBd
m6wfL64x/oga5UoBlrAsoGqVKiYACyd2eimOE6mR5VNi5ZJL6Yd8vCz4b5dKOi3ScToz+pIP8fv3eyf4n7PdE0cPYR2WUAGyg7iN
f7ymQmgOGHDvXzLihtYmQAeYSpIgZ9LgsC6j0OpRzmv44wHixA7n0aLsYSG7qVZTLeIxTZdwUaMTIub9CqSqMMZ6GhhdxTkTsabL
wH3vUo+cEdtyi9OdVj+H8iPNCvcwd8t1RPtQMVy8Olp0rUxm+kQukDSBBpybjBrRhS0hP9/EokKUL4yzCj7BMorK40gtIIjPaK3D
CPdKTjEqJKwxgF54SdoChOWlBKrRK7PCsRpJ5nw9xW9v3WTnhmWwjScCIQKzDYqHhmWI31wIYqAWrG8mXKM+ysOvCEHfKg74J+Xh
luccelAZfOoJLOl4Yt5K4+ShhYB+C/skjc0H3xCFROahtbK4drdgus5MowHTsdV/VkumPsdHUtk/7OJ5XDptln0jCW0dGkhfiG3+
mnQmj6LALNOdaQaAdsLXFykZ8KEGWY1ISZ1mhUrVrVRSbKV8gdJSqOq+W4RRzmVGV5ESOysmKF1J9H+7u/bmtpEj//9+CizvqkxW
UYgle10bKl6XLMk2E71OlL258rpsiIQkrCmAIUjJqo2/+/Wve2YwAwxAUJaTu9tUxRQwmEdPT3dPP6tUqWT9wyKESt+fNPS+hTWv
fzge3NTf9nx8q8jhvVjXHYUWxLGluq1sCl6JE+0twq2swf8ih+91iH+TampUSVDblH9Xt0LamIpSyvYNVjlqbddfjoqICl+vbpZu
TJP0s8mIq/yFdKxFn9VFbKOmBu38fEcyve5DZthby523Vv/8vZ12HW+aqqet31bmDWFlh1y6+l6pymtqOzrqmRvY+ouSRe5Z3DFe
u5oT28Delw1OJi5odVBQuYOhMeOs8nn29lP1gHPm4nGK9najN8rrrKvaMJodxgSfsW++9muuePHYM5RRhDXfIlYlSXRU0HTW5UZU
ygGuw6BQ4A0sleu66ZQA4skfsj0ihzzgS3XqlJDDWWFr9fUgMFeDYDNQaoF+sBVotcB2sKPIVMB39X7wRH68vJtFSOD5NOCr+7ZJ
yLqpkrZuSc7UdVTT/x6aU2Vrddeoh1FP/+jqp9UltzTayuK8DiyAFGxI9q0LotkrRhJFWPM8Gye0E5Pq4ue+s+kMBbSrHUrT7G8Z
Te3TDEZ5XlehxQheyBOSO2srBWs3EXzOc3U+5ydNn38PCnukZb9d1ybhp4LWdd+lf9YL/6f6Us0UTTIQG5Km39XRXqMg+FB2CZg7
+oOeoz3ctBWIdOT9ne809LxTdEuym06kYEymWj+4pX8L2aEnT4zSkGiQf1yjyTBwnMG5wTz2f1VcZxiOnG6Yp8sfF29rIOnedEpd
RBeVu1Dvu7KWfc76/+5QOAiCnY+GuySYJnm+jIPNp4+grb8hKpbNUaFU1cD8Dcf63WE/kH9V/YGdSTSDRyTe2GP4Gr2bRmlI46LK
SDwgXmBKzzwJji8ICs+CUXQDZ4o/ByfREu6WXWMCDaXsQXiS3cbz0VU8nYaqp1Wi67vrfwkPubkumIgGmYKZznfequaMnkaajPMW
0/BNJU3GtXNxt0TIMc/w5rp9CRlnojfTgvQ3Dob91wNWpkFzrrsXagDD3kCDObSb/m6i3Cuod3ov6o3/UhJxJwUNodmDBtaWrkvL
BF8+qKPb6pMRZw4xH54UH1pv6j8/jMY2ybHGtd40rK/Iwl4mWWq5VoO6vSNSgG0/1lV7D5E8bJPkR4QdietfJPHA7w52jrZRO0cs
IuyIN49FiHkc1k0SnauNcNjIDfTTzqjMTt6mi+jysuAkkrdNeBZxx/QzMyz2pyLksm4A3J80V0OqOwCh3uMaENIBZoKd9tqoMb6/
kHFz3Sxl2AjNbf34TC1HphiaC/RrVUNKgH0Mj3gFXF0sSrg2UXvFremKPpvJi6f4E/Sffj8DS2YWQH/8WXqdL6Td5mPml3kM9dLm
Zo14IYRF1bylnfieDNUpKDQI/oDsHyUpDd/X3NP82CgY2NcAVYCIbsLNcA4bVhigDBWx09Hf3uYD9cdhlEaX8fxRXuavqmrQKxkY
JUBUb73tYDxNoDKWfvaGo8NHuf3NMWvKoqn+duM4ndKEobIA/zQlMJw0newKxYVKWHVkr9Kw6Q2z3sqjDVkI0ghYQAhNcbm5cx9N
44TLeev0S10rnI9jKXu12WzVouoryhll9Of4DrzrD1ZRqsVwBj+ZsfXTmnHHLvfudKeA7umwAgzvQz+EKuM1UIqLtSlF2cXlMyQH
wIVTRr//XGifyz4tKy2auNcWN0KiweYuDflh54Z2EWjWMTVRlTmz4+A9sZY6k3W9gLIiQ7F7chwDK5Z+z3J7zV6njYB2PdS+WB5q
n3vWRtgXOE5vrE98p1djg6x3BtVpStvwJl/ZaEy9qIjUvnB0u60pESjZIiFSBb6ol2rn5PRxfaXvsH1EkkBGNXFhOtkPTBaN8ztV
IisP8vE8mZHQMsmC7n9ehEJRN+J/BI8UWYXbgvw8iTkJUtOg3QilocH94OcwWcY97e9QMI+7eBE2+iu7qGWDrWfBTWMabSz9BXxz
vys4+35dMFA9ClWf+BFwhZG/vvpjU73EgYrC2RjbSRmDSTxOcskqfRFEwSTJ58sZu/H+np0HXTbOcLbbJ0i6nwczsEqktWZLTohx
TPHAoDvOx6rIny7nV9Dw4Kdwk5ElgUY3WZjCbCR/bCBRDUFyZ7Q7HEohQq6MCDPaIIjUBRuJ3lGHL8qdYntc3k5EHWM8yq+imVLl
Bt0jtlQVAn8/eJfMF8toKuUXHSV8X3I2/rF3NZ5J9cb3H/jfZ8TcCER/GImfjiOr2+X867+O58llkn7tB68lG5eUXdxLcyHo9BV+
Ly84QNYMLTp12Kd4r3R9kK8C879GN9GIT9RIJ4mdQ1oqYIsxzpeJirW6RrnKOzcvKj8Az+mruney4fT0Nplg+lCdF2LIjbWFEnLE
VxKM01WgcefO35emL7U30acuZMZK9Iny/scSlulsusRtBPqXHm/6kfIH41DSRbYcX9FGqrkMTHAJzQ+uUrlKe6i2H5NAogN+OuOc
hhMtMeGrvG0VSeUaKkUkdSLTahlJe88Jzw4+npzuvxr+/ePx6fD18IhAPZ3EF+FVbxDwRQAXLmLpqEpAF4JfaeP+hgwLuA8AqLgN
sIllvjPhSoU5y0HB06qYV9RYlMFVr3Rn217Zlod6HjxZ3dI3mefBU7eIY3nTTUU5Aloqx5GY9QWdegLDiYD3MY6LjEmA2MuuSUzc
Ib6OlN6oKDUJtprWrMeSD1HSbrvOuRdIwrTJSKj64yOW4llQlVmxDVW+ZnnTXuQrwlWpFDq7ustpjlMgbL8Ut4dCoVz+FgpFh84O
iuq0nATQqB0Pd3adcnxRGux/kTSwKmsqaBnYq5Pyr6cqTuNv9EddxdMLOk5TTsC7kIhYeNYsMjp5qqds7gRcxNE13C9LwYScprd8
usFvob5rLEVXL3H/QlBHDdV53mUiZE5sozayqb+yhrKh7SqtJeJVg+Eivs67Zlqr1JS2rwwQMGtMwK1lkNQOk0IxRQS9duH3pxiS
Sp/fZN+yRx6z0pEBCw9iNXlxhtQ923quuoDWsbfO3cmUDld33GsXENJoyDX1LOQMSUHdOTjQJwnf+8RchqSDOEBWYA5CXOQFUg4c
biTR/4Tl0Q9ObkxNb+CgecFZYI8OdoJkArKCylZ8XJQ81AOz6BdJfIK9N7snKAuLfwNOdRCqTMlStNEeah6jKizr6KL5NFGhkrmE
UnIHzA5pcI5HOkciIU5Al93QbLCszEQfxAsodXJX1gp/8EZpCvcT4F1FJs0PAqqk2vxA0vZYTFUlybiM4V5sACM1KLFI5vyOjoM6
wsrAsznxDzvIMQ0956oKhgM/4tiwacxrQP3k5Dp2Jm42N5HivTJxKX1JEP89W4LOsbLmEzHCT7pYpmqZ6wQRMkpZyGss3TfiKU0U
uZF59EUCCjgmEVuiyyvKionGtwpFuk7yXDzPDfVRr9agNDKjtejMeWs6c962EJ8CwHU0Vu56oBrnZaqx3TityCFCDFvqry7fgD/P
cf29UwHbFN7UE5Sbm8TEv4dDKNZAf3wY6CiYCkuu0/MbALW4sDn7wWW7Zt3zVQBS7aI6FwKNWMgEmrdAK8s9pii/uQBBkDCo3xEO
VJx1lXB4YyvY5ETD6J6FEL5S51omk7zZRLN8YxkaKpmhFQ2VW4NPfAMlz4VoZMj0RjdLkdUA7HnG8ruoNeOJb7zC6BkcEIkFI5Nh
Nn7PEgj115yvnouzp48WdI1d4ICBWKiB1Oo7AybDLPz7BtrLCaP2xnJFxAqCyFpIzuXFg4O9nZNtCXjf4OtFpjmZdjYiQiVZbMR7
05N1iFDyBfiMkZOfQ8gSfE7Yj84Ro73HjvtIfF1ErbugQ2jPwipiY3e83iFlxJXgx8jDhjutjD8sz7abHj21Gt1jltp/zBwfUBDd
H4x89iRCLrqpspQg1r3SOPG17bVbNlb8a5TjUkaIwKU93kS53L8EM5R/Z3F540Y/Fq0if6t77V4h/bSfvnTgZDb0ke2omWz7gzyl
bxMxu0oYLVi5MLSit230pqdV9Oet/q2bFcEw9TWRJ8nFBVExELkuB12KzEg4wJFvTAIxKymrUNJjiEDE0qeHiHKyJMfkpUg1dD/q
mkv4GOrohsqFW9dXQdy/b4BuBzwkZ82UPQyRQGqNVlPcnCE6cqEkLmJPQruvL1OuTp8tyHxOC76JCnUuie2KIyCMq24lGyXiVsoM
8CeV/nNjBp1YDp3YBpzM/2Nr85ltHoW+gtgBLwn3B2Q1kanXc6g8ZFYLfag2xuNTiLS3xJr4rslJtXP3PmJhBqOCpD8FiBZR/tlh
y9uW4jWc3Sndwceih5wVtRMoP6fJ57hR9N1hdJM9coI60F2dhItzjPf2DVUfXDzniJx4ynWAifx2xobJrCj3pvmexaxUfyqBjSfj
7QudmMT9gBPPdWrOLA/xvKwaIkKJriw2gj/hUq5//8VVCGlzjjeAxoG1kp1dRpAuDE9pgvTYYrTujC1wdjzHrFMTuG061EszD/zr
C164j9/r9vAj0r+9GeBd+vcrEFvQNKdb1uI2BhW4zZzLXt6XhIxiIzrc2R0YVf4fjFQ6mERlwyaeoJMJOdZ33n+whPyraMP448Ak
gIBdkbcmS5Xw2esHE9ZWX2ptfDBJ84+51sXzH6yML13wx4bMIAEcD1PcKbo8T3XBYuLh5DyTpedy6Gm1rGVHLsrQGAWcVUGEPhop
MmxflC+JqDBLYabcRZFD8BAYI/rygmVOolO2hpaFUXxx86wH9YPjUZAtXL0kiPLnOJ4NpO51oYAx2sZCScC382l8SRyWtjMmziDC
rnPlPyDqpC/f/NHJNEpPWV2iuJ7U+xEtwIPc91frHoUjO7oArY/UOgHGLf3w3lpJnIT84dWS7pT//ykNHOA/qPqAN4Sl0D361e3Y
KfM86gRxUlUUqOE93/p7/wv1CdUAzJLkXRsYIDTNulG2i0+y9BTvP/wS8DmvqjDolU+Jwa3FP9CNj+0USX36AcvvIz7ruCH13CcR
PQm++jUkO4WIrbO5p+Vi50qFylZNhf4qxyJTXaWe1XQy9KKlc5FHR0pKWgdT62EBDtZhgyvLGOWB3DeRPYWvra5w9SNrrmk2gYTf
eNLVXIyngR3p1byP9HvvTBpWXPBoPXRhQTejVt/o8e4zHEsBNlVgQGpbPcPZHKfyq9X4x7IANPZpVujljJ7eoJyR2tqjW1Xp83CY
Z4R8D/ZVx/Ugomdy7XCy5ClG05mBHfJU267LLqGqqlXP3m9+6Aez91sf+ko7oCw8qMF7jLx70XR4mTKzzeO1HaRK3GbGeQCqoq09
C6Dr9r38h7z3AJ5BUzyl7QwhWAnXKjaOqLp1Ht05bwUkWbGcGHOUFvwhi9oDaXML7RjS0cwHwR+qiMb8EgkNbZmf9pmA/zXkKUFp
UDi5SntWOHN2s5ilwXMnayCnDZBv+YbXVTHg0m2PAD7/rOxyRbFZtWSaw+1VMr5ynUrkhh9xYZCre8ucltjbKHcSRL9Z6oSjyz2F
Tsf+YJjuifKcWcPC1ZQtgr0blQxehoK9/pYB6HIde65pQ2/yXqkmPqySh6wvJO/E9mqBzNag9KT0me87EBs1sedWMuZOayKMwDBQ
DkEalYVV/t85Lx3J8wQEhhfVwH/3xGGFQpUmTCSn84EVrgTrzkMIrawrQp5iFda+Jru590pd6qRPapoFLeTUtdeoc1hzRrxitdvN
1yELwxju7SR5x3zq3oN6q1CNpUNo64pHVkbM9tU3XmZEN22FIzwXYP8XX4eBcaeDPY8o80KVy5sTEVOpOIjXh7WcuExcQhUdkHd5
mSvunPiv0gOQyH9XxH9oVWRRwuzBbWnmiSRy9uRHWmGYKiBsBOO1ogU1nb2KbkCNymLy9g9tfOYvQU0rEviaggqHJWj4Yzr94LLV
HqyIvWB+zVkx825jBmk0rMtscVmgRmeAGLOgMxigruvAroW6qm873cXldpN7+VEWbFi5U4TO6JK+t/MEZmA7ywxrteiA0pbG6YKf
heKjI8JB01hG03VJQhg8XEWzJiksdMVgqLJnZgBXYYfwwKYBrIlusKAmZmlx4rmJ0iS/0meX0+TM4/Msa3CdL1Prct0uj0Qncb7b
93aK95w3+0K4ZkUho1bNRcV5y0DX+gCmYfH48QD/u6D/BkzoxvEVF9Awjseix8ZhrBsLWlmJ0Ko4o1/H88sY/phQWSNtD4qK0jgJ
xwPSHBBUdqsKF32OxWtdcClcTU30Ap8H1Tvy2tHArQ4w9kaN6lp95eTJHNzAWd28SH0cfNWFJuQrjmb0fco5sGrIUQU7YT8kMOxy
PIfT23q42h4rlQ6gJVJ+K+gFVoV5dDSLx8lFMlaqiA+2Rraspdi+Bwi/A9QKy2Hbe7wY1bQstrbXjGV081sIVzjR1OtTVoZLtTHM
JwtxUZpkyFC2wlsqDxEf0TRkZAS2RbPR2lTxQA3MRUJ3Z+3Y2LUtyL163lAvT9eH3Nn6qzp4P78fvB/qYqF1cVV34rt40WnP2Rz8
B/L9JXgMQR0/f3nuNcv+65a8TD9z6InXE4r+WH+Za0794aTIMgZxAH/ZuP1hu72IU3dqH17c8erwMJ9afyNj61Zio7JSSHyHLeOE
wY6JYtL2ZHi9cHuu6AMjbJbHOoRKdWyPlkDFN2GrMd9ZuspnHHbazWd/Drd+ehp+Ce84e2qqHEi5f0iwWUpMfqG9gjRtsSz0YWNZ
bff61koH1i9pb/qly3Y/KFVob6ry4fFbsa0uK31WovrG4uNoO6XoP7PbVTqwbzk2clzc/JE4LOI7WNee14BmysMGKWeKCj64lOlQ
WI/NpeZouaWW5FBpO1f9qfrqBSPnqm5b1NRGCK5Usy+OKJYPZW8d+4Le7Zhjx4pgQMXG7OC8NtfrhxEPTYiqIw/Gdrqa9uJgkea2
+NhsmW2mXUc0/PrDKuVIa8WzVgpjM8v2K50ZFXezTvD1YbDkghUlmKbj3VoG7wpH1X/P/M9l/i0RXBeqUD7u66LSqvPxo3s+IBqV
dFJq5N6/6+io8Zs+sGPA+ZvqitXL1idOaVi+y3HzpGdGhKyoIZyQehVB760LBu+9O+DVJ6hFPhWGQpgdPl1H40+iCdGqbM7iyrEn
pQhY7SJXRLPaQ9mhtm57T6BrGPyawdSXpa7vIcs59LCslakXP+zTU2jmxVw35Qj6QuVfJz048aEJLAPV5GwNDl8YZi03ry+t3by+
2B6+tALtEMqcnR6VLOb6yH8p+3cVTlIrregrTi9mZYJhv1SCYZVU/KXuU33ghrPul57ttKQTFffs6FbZjC+tQlqpbZv6Uex0rUM4
7E1JZnXooQbQU09mltPOcyeI/2s5//kz5fSZVxxH2XmzjVto4atvLr104NG345dqrhqTbNtSVsbX2kqfw6pKgj0XT4DOWrXBKI/q
zxfDazi7ebZ3R0QsGa8HsyLshaHGrLFfn6+A84w3fcOhMk0eE9rWw9HKyeyTECFYx1xPWmUE08RnEiMJzrn4PH8iQfUTlKaxCQ/p
s1eFPRhUPwO38L1WU9v2CU3WTIYDbkmjs35Z57C+TcbKtkBXLTddQ6G/R6lq801Pu0WIprp2+xxpzRii3D10b160+FaBtTSlj/cQ
/S7Fv0BnyFUp5/PiZL021roee4+3y0ZtZBFMS9vH8JuZ9WW7qHi0b0Iu+/wq/CrcZvoNqMYYVdgxmDDYhot222dZDP6NG5iv2sBi
mutt4RCmYg2Sbu7uYP6NO9gEV2sxznOOoMq/K3DteEIGVMFCeSm+0vWEO8+DH22SjC9bbJqsp9Ve5CWrLpFlBCg84IbQkSqZ8jb7
wWCwxVRwMHgiet5bhIaJ7jNPFvEGV0UE6cumN16Dn5wtsEw3kiLlvAtjs9NBdzKPLhYbSby42EgIlhuTNN+YJPkYMcR3tDgOEjMe
xYpfGBa8gl+6qKz2YAWvzEPOGZr/SlSi2ykBp9NKeKuDtL6L/Gkqtxu9nGu+y03vbMAYSaLv2kCRaQYOw+1olfL3bicsPARZ+tdc
yUHgLr6nzsmcr1pVBZzD/gS9v+2/67m/oizoAeIrTSHQrr+OeYtTrFzFMbleayG7kOPK3EpvGSs1Rc+bccs6BGm5MdxfK2azYlfU
bApi7DNreyFVqnu1ggNZy/nFLKURWo1HyOmufI7sl2tEM2m2robnW+vBuhfeuPWFN7avf+YwxA/L/e2pDd1boFI8tNEUcOpBNh7I
N4RKCep8Ni1TTZQ+ffFijby39UtRG/a6VDFxYpebXsF3JrZtw/L0w5fBi2CC/JrVhPUN0GXdi2BPoYdZMQkOMFQwkTW9f/xhbUlO
y6I6AT+nd3hAplMsB5n9OcBen4dtb9lxO0qvQa7znj8XavW0LPMemcyKB37Y06MQC/ypDZx1kXGGltZmvQg6MEbxw1WBy6Xh2XoH
+t1mcMDHHRmSLD9gVWQ2bUjQ6naQ6HLtK/eE2BmJaHk82a5LIUvTf7IVns3vTtCuq/2QeSBJdiUd4PzBjeZFT/72lo2oZLkuVkRn
GdqVkOsCPNmSlbA3l8pTC9lgmkxIeFw0pKzVrY+ps4tpdtsuu+0K/NHiS6tt5FQ6Sl+vFuGlq2UESyTFy5ooxuILKznXRnCFVSCl
XUYvfrw+IROBy3MdbUXOxtnszkfOVBcu7NA4xIBd+4YRzxvvF3Y2A/p+DbrBYYBrLEyLoE6yGZR/4a+8yWFW7KzhcN7bvppm45aX
Lx83612vXaX9jVpLa/X8w8mkTtSj2InY6axeKukXumR1NizHNNyyVVH02ltig+VPUlg6YkzdBjT0MptKllkuq17frsqv5cMfKwyb
n5cBrUe5Z+2C4pN9hjrfZSYYlDt+H4d/i+2MHrBVxkLLtmv9kJK0sbIrp5zWtkO6TC6ni7LFsP1eccikHeLluOn0nTh12wRnfuuo
Q222lmwhLVVtjfFr625KEZGGyhH4tWbdYxNaJcutvJeYrudYfuWdSquD1/Kz0kLy6LCBG78q729VuVP610ueJ23oYgNAxRCfqr28
x44og/56m6IM/NWirB4Qq4Xik29cqzLqK5yUKNgVK+sHDadA/aHCW+8BuvXh9r6DaTOo8KPyFnMWbHLApd42HoSo8SDQW1knv5ef
/n3aXqMEglbw5sjEq7SW51z2Hl4PcXSdh1zSIAz2QVivY2TLlwy2BKkoubxaqFjldJFhEN1h94IrG1g1aXd2D4LxVTz+LDwOK5wE
18sFCBgenCEP2AiJkZZw8d49Pgx2ToZSUoNaqWmHE2Ie2xhJApN0wYZoLgm+YZGFjYjo/Zubo3jxkhcTjnMT3hxDlR1/icew+Ul9
hsMszST9WY7MZJ9jqeXAhbkFGhusmSZZgatyizp8cZVwYV1iyteZovvs0sFpi6lHDKVHul+yfQXNN9RrNd++BPTQFkm1CkKJKY+/
baLHZe7hLN98lPPDDWj5gwU8FEUSmcTTGDbdutBujDziMfj/u6+W6dickSYxRh8xOeTqoM7yd4jkqj+rxXCapJkn5ZOYh6gR4z2G
efhmrIWHowghYPT3ziypdvGKkVRa6hpAeOQZDFVEVcvRXb6Ir/lJteFRfHsgTeFuPTkEguNBuEsbtIjLzYH1egYkmeJPcwaqnR9K
otcjieDeT2+SeZbCsm+/KX90nL+EaFL64Hik9iLU/3Kr8scnestQaFf/9tKd2kwLDhZKNivEUqhifxzJYfJrz+N/LGPWAaW1OClH
ekc+PF2mD4WU5gkGLwQpHg1X6RU3KOygTK0rCCujFDjfo00iAVx6t7qt0mubHgghsNGY7t1D+VWiCQZMPHFU4kO5w9gUmErSgoES
mOd3lhROHYbFF9JU2mx7s/5xJ/+FBm73r5fJJEiax5HPpH3SZhw5OjUD8Q/FHYbFwDqVfGls1VUxuP2l/sQ3FfbDP8wmycWKFSsU
xrgYUH1SDKjf1w6yRzS5ZrW6U9VEd9oEuzdpzsW09B0hXlxlxWRnEcrdVGduQUx3oL+UT+xV1CGtRSeBs3I4+E8/4u7RzpwlRNre
LsZH2S1NA4HBZjL6dSivpb6ZF4KjaRzPWKi+TqbErDnJHmPC2RWuz6E0cF6WFoKSitPsPJr+5opNoRxcEksYkVQlErrSQ7y5nEcp
m7NH/z062z9kW/vO5DpJEwhLiwzZYaA9U5Fsgx9MmBrLQSqBgO75/I4ppOqL06Sq8gMon3ObcD3Ui2UOIhpE9jBEZ7NZrHIEluiI
zZOYkhCDPfBsiRLqTckY/kjmWa0vw3qfK5ZoK+/cIWtrMHKLEclK82SBNLtjxRSd5xWOGI+hjZc6rKgX3zWflJ7pHoY6d/u8a0oO
jZIJSm6FXLZbkHbEpAGKir50dwpRlwQGerQru9dXRWvVn9wDVx/vfddJgksTjrlo9ZDT5b1UOOi+ESS1tqXLqi84lclR8Z+Vjqjc
VZcgs+Nei5SyBjM1+be14SzZuXjlo4GSAnj8j2Uyj5keoCoHTeawVvWh5OoZ8hFnyzwQH5NgkqijjpXMYwR+0TkXEYbpG9Rzy3nO
Kag9BoMrydLDEAx/jZLFcRp3i8ls+8vc7ZwTBSGxSJbpmAVUhz4lpYLRlXPBrKGUp7yUuNtk4EFHnMacJ6++kP2vTFxNq6QSNcgT
7iX5LMN4bYQeWyIvGAj/Wb0NCZKIL+6FbFq3ngyDpMEzgghpsogQZpwhqzKdM/rObduruDsRJeYM3uJSekNdmFoQ0gEPSPxApVOU
6ghEqMMaHv1KHJmsk9dcqZbQESndT4gTh3RpOCeJsmvL9q/jhXSJFs4bDpGPpvIW39LNdWc2myKhMmEWsdgIbuPuOS4nv6+SqSC/
05eYexPalWMQi1tjjBV0sqqf/nGPiMR4gVTP+19wwe8SlNu5Vqo9azZ1ii5KDeFhdJV3viSh4CWjeFHwjZN5tpAYjq4UQeWjV//l
MRC0S6CsaVJlVDhvslfWixzZo4s3PnYzLA7Xq2l0aVwe4THFb4J/Vtsc8w1NPUZdvGwWXTJqyvujDJenlpxszTURUP5vrKlAVCF6
5m9gbJm/Vs1WVSSMxlCkFN2+1himpsMnoSlXHma6Xoo83w4Ec6jtaDLFBPA4V5it/p9Ak110qySg1+qszsMKoGHUroM+MrLI4tjr
Yx7KeIu701jlBlNFTrbbB3WeR4CUItDz7HzKxfZk1XI8G9Yow/UZSjvz2IKSogSQsNSUPUSOxq4rnl2FF2rS3lp6DS6i3O282T84
2T/9uLuz+2b/49uj0c6rfTiBWoyXk+0Ri0Keveslp3ucZpI3uMSHwSlxdVG1QeoZdrfEq4lLnZMo5q+TglUWhmtMY5soM0J3bfEA
ZYokyINZNzHsDuqxzhsPj0ktOm+sAkDi4O0cSzap42XQR7aIgDvjwFl4d7SxufHTxubPPczOBYFTGVPaPdna+Onp0x5njocPN8A4
R05PvojC2ZjRQ+QUG4BqUwDIxqSeGmVLyKqkEF4Js1SWXKwBjiFMDX00gpq387GQU9LGwV9Pg0tx2IDpwE3E83bzZy7UASzhQj+y
I7RlwCbdvudzVfrRXaPTiw1fNtZXq2FXwgYSTgfqBU09CcvLi8Eyc9/6nfkJLhjUoLOI5eaelXoxnvppuk0wBii5ydItWTIRKL6W
rOTVP/8ZVGQuflOrGivzu9JI9Yyx2i3q2IIHoZ4sXYOiya9IbvdP0awNxJ4CKiEVI89xySvq1dAxPo05wkgbzSSJdVG18mmvTtjH
WOyZZU++5kQsJQURT3QxR4naC3UoikddUcjhwSGNHB7P4lT+FOYQYsB+sdjQLJaEleKpLLzEQ9X4MtCpAGSuhXDrYfeiz8/enr36
eT8lAMCrQiTRlVxZocec53WW7aeTbi0FrkELXs1RfNv1aTUX0LETcjD+cUti7bwB0gzv62fvwxkGs2AYDapKGZkwUsaEmLE56O6f
nh6ffnw1PNj/uP/34ehs1Oes+8fFXX6gCwPqrMv2aIx7Y3WzJereVWmsYM6bRsk19LCqbtJWFeHEG0vPsx44Nci3mN+t2Lr7oKeZ
j4OjvC82kkIobh0Icn63iN9/4PIeNfsI2eoltSJZ0jW5OORZpoEaF4+Jp+k0VG1Su9k+Yw20VLuFWvvfguBXKOeqMlNGeFvzHCma
ZthTtpyPC0vYpEhQas6T+UI1tdroi3a9LeVmnZGkeXWYtnYUzSO4M/XKcAVX8X/AKu0knahaF3BFENNhziEy+Yy3ERBeXl5BCT+V
KzhyPLF7Qb48pwku4GEQsUOBo4ovsqsNd7Prl3C5mZcUWsq/yzV8zebZ5dCW6q3oBO3ZXvKQ4VTxuXb5/6CcjIoexFxS/73joFsZ
eJjeZJ/jtmPDI0b14dP2nRowGqBA6VcHIfVtE6CKU8KJYCFFK/IzTHMW1Lp81SP44d9X8+z6BF/udaUDuXL2vBh2X9BbgQp63G4v
FEAesndNVz5/KfgnKgJqCbVBPF/c6Yx2WV9vZq0VrOW2IqxhjbmMvHOxAksQGije2l+bQHcP5Lkf8PR7MV+aGQs6Vg7/WdUVaSt8
rN2RSBZSj0MEYSdj5C6YiglsCWMsvGrSPKF7UqiqMNIVMP24nE2Yhy9zZuShHm03Y0xc5IPgbGf0t487u2fD4yOSFfZ3wYP42dnp
8PVrunC/PD4+C35WD3dP93fO9j+ScPH2ZI9+Bc/Ui4Pj19TB6OnbYKtv1mS92D99N9zdp4F2j98enQU/qc9O3x4d7L/bP/j4Zvj6
zf7oLNhUL/aP3h7Sw729/aPgMftpEOT1+ck9JsayFwsO8V+zc/P3KkNjceLh+rVd31DhC4F0vl1BsqovTTBgjy3W/3loTZc2Uhkc
tI4HOLa7nM9jxHaGsDcBA7+uHstdQt+eaa2wRVMLqTEcmuxVm3f4mF7Kahu8MNV5UthZa9hRzfKbsYyoHSM6ZfzuVMIZrtWJ6tLH
/UDn3+34oxeoTZvpnmbZwjbwWaOYlcDOqA0b0PP89lunnvidxpfIGG6cTR2HUTr6S04DozQXUS6qSP3n4iVNpxXkzOS2fW0m8YWC
rgMxEn6BL7SGx/7vtCOK+pirfsYo+jlSL3ybAnKvP+xLUkLoFTjofXhxnL6MFgSPhPNl+YwEnj5Gi2w2vHid0Z/3+n6ffR/plMFt
4yC5TpBCuXNytvWm4184YUU6TmbRtLLyE/2mbunmU2p8ukwP6Oo0pdE2WzR/S2dqOEFmMYUHCG8qtCsDObir+znILmmpxJTcrn6i
HrY8eqsymvkvAEh0hHZn8+TyMp5DdI3uxPCMZPUkovBz+I7E6hZaYl9S2V4XEQ1urq9F7/rmaOQbTZWh5DATqy7vT3TWMA+W+O0q
zuJym3MuibCuoJ6epXMa3B1WCyTcBlFhakRw/Nlz/dKwV50C2QEUwa3Nw06jAldNKBovmiazI2nR3Lk8rsEB6gtD02WCGtUaZQUf
jEqKvlDs5gRZBEao0vzbbzeb4ePffivqNofxl2qhQnfcHU3MJDWe/PYfL6X49pCkKmGtI/rSBw6ZorDAtr34IkkTgMwk42M4Piud
KdZyd1SYpZbFGo5KHXFfpjZdl5xqzk6qn8JWZH2K5PIHQiM6FbGVYxv9Uis+H6YXmev02JQ013yR4P9ENaGf1TAM6Ba3Pe4j7Pzl
bFvdymo8Sc4IMyC23WRi6PeFmGKa1YLVF5lSPWhvk+p7JCOBP3I5HFYfKcyeuQmOUTVbMPVwEOVEWBAytbobtMWKpX2lP9BL2lvk
XkOrXSSM58M8CMTwxSanYHPjPELEL+Logy4k+A2W4FnQH5uPctq1mAsVxso5NpuXksCrrZvLmO4uqSnbErOHjqgCNN5Fq25ZzqLZ
I4GGqi8hW5NeEp05SSYNcKt2hUUzbwSPlh6Ge51qHLuNGHVJ+DQZiCcAdwiRoUvz617g7gUDG3JVTbBovhzZlyGpu/efC/s7xaRE
QcM9+u+2aP6tJACdyHa0UyF5BjK9FxM2FPCxdbv8+j9xt97K/KYCAA==
'@

$hvnetAnswer = $null
try {
    $hvnetHost = Get-HvNetHelper
    $hvnetAnswer = $hvnetHost::Run($HvNetCall, [string]$PSVersionTable.PSVersion, $RequestLine, $BridgeText)
} catch {
    Write-HvNetLoaderFault $_
    exit 1
}
$hvnetAnswer.Text
exit $hvnetAnswer.Exit
