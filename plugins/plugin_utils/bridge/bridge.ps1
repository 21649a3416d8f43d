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
H4sIAAAAAAACA+y9a3fbNrYw/L2/guHMmlBTWbGTtDMjJ+lybKfxTHwZy2mf8zpZXrREW6wlUkNSsn0y+e/PvgAgQAIk5aSXZ623
Z05rkSCwAWxs7Pte5nFy7Y3u8yKab3+z1H4NTpdJEc+jwUFSRFm6GEXZKh5HeaXVbjqbReMiTpOGN4MfoyTK4nGlxY+z9DKcxf8b
YqPKu4PjKjjRleiu8mIUjZdZXNwPdrP7RZFeZ+Fiel9pcxbdFZVHP0eXg9E4ixcF9JDFLjhU7ztjmHy+myZFls5cjU6yOBnHi7Da
4GyaReEEHmx/882TJ970fgGrOUii4jbNbry3u0feNJrBs4G3+yfvOy9NZvdD7+c4maS3uXeS3kbZCBrMvO8GW944nS/iWZR7ceHd
xsXUG+djr5hm6fJ66u1MJhtn0PsAh9kNkzSJx+HMy9NlNo62vcssnlxHg0W+5UXzy2iSw4eRl4fzyCtgibw48UIPAZ9FG/9ZpkU0
AcCyaCMvMpxNEEKzvPDG02h8Q9/ee+F1FkU9Gm8UXydhscwAtivY/PSWYF0WkZjoYAJTCHNvHo+zNE+viifTcZ5P47k3HSdP/je/
zwHW2cUtz3twnXr4Gyc6xO5P99/8+P5gz4snfe9k9+fR2amXR0UBgOVP/rOMsvu+ly4LXM2Lv3rTMJnMIn5yQm0BrOWseBJlWZqd
RuM0m3jBbnoW5jeH0Rwm8E0Cy5AvwnHkvcX9+emIof7m0zce/AMA7CS0VWnmvT0aEWywBGHhXYWwH5MhPMmyOOI1fXu6P3r/7swD
MOg3DQsw0Li01thHFsFyJdFkQEMslpezeOyNZ2Gee2/Hyf7dOFogTnpDT/1NLRkk+iaLV2EReYhfiDae2KoUZiDwua0pAwWYqRoy
HDoEQbXbPuBK4U15UftmVz3VE/4z9C7DPArUl963ni+WjPFXLtXmnQ/vRJeDs3REfQb+//m73/O+NfoU/wTcZHCQHy1ns+Nsf74o
7gMBhPeD5/swug//g37F0xK2T0aPxTTOByWML20LqNqJbXyplk5v8faUJgBvxVTK159rayzW7VgN/Mm7jgr4N2OGBoX32f35vobT
lQ4EhE1fC4CRRla/9nlPRIvKnnCn2rxivCkSJDcFwCwR+Qj+XkWHUTFNJ7kDe8dwSRQKnjGuv1+nHb6Go+d7s9nBfJFmRQDt+97u
NMxGEa66+GvwHkhfOgESsH8XjovRAugn9v7SK7Jl1PtYXwyCGRYB5kDIjfifLOe4AZGgBbk8Bxq9gfvxpMg8AWduPNSITW/7N4Z9
F865AhwOxZX34zKeEPUUk5DU0zaPP8w04Ggk1kn8gWE+TCfx1b2Eugpk0+r/nlD/G3FaAH2SIeUp4DZzgV8/AQv1zR9mSnvRLHKc
gbUh/JKjOEvzyI4Ovd+Ppu0nk0UKDxuIWiSb/MGomgS9hpydyZyc2R+KzqlpOTH1jwY1U7rqdpRg/qFpnQS7TuxqE/h/iNq1I9Fv
Qu5cOPE7ErwjKeA1sXGqzR+NkZOArcHK5X8sLs4+gz8mwIKFUyBrEP6x+TcJsYWDy/+fZN5aseY3Yt/qqKCTsidPSKGz2gJCV2T3
HtG6bW+ZRxNS53lXaeb9uH/mPbkmrWf+ZBVlOQj2AxvE/mouxF+Se3+dFT4a7YazmSSFcxLQFYYswmKqqXUAYXKT68hgNUBqj8SS
CxUALMPZNE76NB7sH8j/t1m4ANTKh14EU75nvRkgG6IjQJ6TimyMS5xve5N0DMQaGE7sQGqockM9ZigXYHcqKgVUr7JW8XHuTaKr
EHUxhO9e8DbNi11eVzosrH8ajafRPPyJt8N7Otjse29m4XXuHaUJajYrK2noKvZ4AO7tped/+uAb3X3wh/DoMPwlzeDPp334O07o
783P8IPGoR+6bsPUiuBeATU6Sos36TJBrdMyIQVsNAkCvFA37/6+ufk3+N9+b7uhDyAI4w6dvKlg9T9Hx0demGWwG+kVqTIP9nL8
k3czvfwlGhf4+yaGfhUjLq971JaqO3XgwEqpxpIXtcRJ7NKkWS71nUDKWZzjGeFfg/8vytJtW7MsGje1Ys2m+UzpP3GXdaYC9WNn
cTGLAoS2h9rN3K/oDLN74/enmi4zvvLoc+8l9C7W0O95nwAMGM/QoA2saimNoOMa8F8wTVTS1UaLZnlkDil3q8uYpdi4/qDtEypZ
tM69m7/GYTGeegEaQd6l4aTUoUc4N7ST3HqHcY5GjiBdAKLW+hNbHU9yAPUsvImE0hOh6Jk7u4tHiLqZZn0Gzngv1KhWNTX0Tzrq
84+opYZfVj0xEdRIu54VicQzBwRKnECYCN4DcNGEuWIG/loyAcrU4MVFyzGkT80jWGU3u5xFtsDAEiLvF3A/8aRXOxqltpkGfkuf
ifbSisPjVTfqKk7gLsEO6IY2vjEam+vJ/DTTfqRneCFFGdwWB3vbkoAdwHRzvr3x4lZ6ELrLB94pAcyWHsvWtCwwA+BYYfpDQVHj
Nrsu+m9AAnkaFfr3K1O+ulKbsNJgxXXTX3cSqC6p9tENjvTh49cefrLZuCo6bnme1Fr1S2SpLL55xppmpGR1Q4/2sJnZDmYdWOun
vy5ZRwOuPB9ktgUOG84skYEwMQ20weji+F/EmIbi0VC16Uv+ks3gb9KMzG95rzoaEBBiaydekaYeIMsqjm43nnpJWkS5xld2Oyht
V4123bjpqM6uVr7/KqR1Z7HAG8ibk/Qs5Ybyygo+nUbsi4Ab2Qc6Sg34x0jg2uceLJh2tbmo6SoFSslyevNtJcD4SvdVyz51o68u
GmujszzFRjprA81NUdakuaY1S6KSIRM2EYMHcZsVvfLDBm2ZkCLja/Vef/LlpKnL+f7y82k5PaxisZ6eltPyFfgHHvy35R/qBkGp
TPqqwpJFE99pnBawa4zHbyUSNSHnZ5sSjJQ8gaHFgk4zjW2W+iPgrVfRDFho79NoST52ffZn6XvHywI+/tzCTb9N8jX1WK2oLSBb
E7/dfJbQtEnQGCZ5OQJKJSAWSnelChGSSrYv2FJfjO83CLvkkWZIuxX9nn7eYIovvM1yoCS6NZ3F5IjkeMWzJq8v/MmTRzTCMWvw
CBamIIdNGxETei2BA2LL6Mp+ABX7LcUlhPG3JXZV1xlJMR4mIHUgezUb9tojNk7FSv7auv7apJBPuYUg2kfSz0WvjcW3XOV1Ng9h
bGINxAniDrqcIV3tI6QG4ygZZ2UtFRCqRvJf53SteRQcvk2GfolxiGB2o9ODzoXL2+CBwzdP0mIAXH8c57VA31m1oL6EwKIRL2Hx
W1SlXQk/sa98YNzI6kJPusQE6TfwrqeUkdUFceJbXaWiO3tZOPIOWGTvsyINuXDDAVBF2nEKCVbawNupLXTTylqXSToUi4XxG9fX
WAz5pZx+86emGk+Nqp7WyLniYHaya1JSaGzMMrlJ0lvh9c+GLhyIHcorN7jJBr/Joij3Qk8FGChuFbpSqviAGD+aVZR5G6+IEdQt
jvbNKE+jpLNN27Fw4jgNZ7/fRIPDMMun4WwA30rf7/dJHCwaVPHyE1wBNfvKF23HmuiJ4p9kqEFfuy6MKINPdWrE7gDqgjb4Wo4D
cO3cjlQF3k6jBG2cRjgHxi3k3vFpPaYjzlGx50Vo2+mjEUZZoU3TdPIE/p++5AgXQ4foTaJxPAHMCaYgJm1twqrRQIpNuYmihRFg
0qgc05fCspyOoI1PDobf++9/vUdNERcNEoHGKZGbhlODuDebSSN1yZyhInYf3SpO8KjU3weXaTH1akxdz7vK0jmcwpMnB8kqvYmc
J8sItpH8n7ZiNn7RsV7yaNlWIEIssc7wB8PEPzSM9f0aD2iJjXhiyNpodSfEKX1RcOg5z2xIVGj1FIDEEDAZZ4YRfoDuTze3/gEr
uoxnE2/rb3/7/lkPe5uFSKKUzQzj4MIY8Dj3riKK+fKNE8X//myLduMYNG+WXsfjrxvvto8eCcWUGBeAcZqinwYcJ3WqZnAx5hTR
ZoTC8aEiLx3SW+RxQVFcIfBGy4Q00eM53JlwusPxlIZCmyx9cBve56iulsCHWcQxdVE4zzGeDn1ORvhjqIyNGzgAADWLrhEHA+48
7wGBA5TZWcQ4QlDfY2zwmsB+gwuifsEFP77Bj2God/AnnZeDf6aX6IoyWc4wrvAsyoucpoMRTOw9g8MAfsG+HqZJ6oXXsKM5hrPd
ROThQY465PMx9wIM/Muf4Jqi29ETbHQbJ93i5pDbLNJxOpOkFbcxBniwKy84Od3fPT7aOzg7OD66eLNz8G5/r++93tm7ON3/9/v9
0VnfGwwGMHmiLYl3eU8ryQhUD5zjNSF6+oC4OYSoPWRuEgH2z+ohc9rYgdahIrWwUHl4Xf7mfnoyRk68boxRoyV7WYFTveUO4b2E
sDX0bBf7q4R9UedNIWN7PEzlMzFmNSxMfEpMzhWiicRyc4ZrOAFtVz/q7LJQ+/KLbPFlb2vboiqfNiniazA/QOO53bwhGlWpu9Mh
rduZzOMkhk7DAtiUDeHROEPaEYxpCSfEMAHjc0MGzz6d753ddx4Q5fgqjvDSJ3aXm13maA9EQoVck+hiUJ3pGxoCrncgHdxGWw16
un8HUCl/bpx7dWl5h/diYD0A9ntHU/H0FA46BkI2dfhzFqMJ4TawLTgrNQ1RAFYVMCMaSN+F2yGQWJTVaCWQlF1BE2DycCZAdJHY
3APBhRe/pJePiVjHc+SdhAH5qSYi0CKonruARHM4jRYzFAYlRpNNViNLOSA4xZ3WcXz1gK9M9NYWtQUj6WarYOQeTPUsnkfe+wJY
pFsmQjpDSSOOZnCpo2cjMD2zWZwD35lM8rZR5Q1qOQTZUmwYMCYguYWIw4C+KcpxCCUQzSU6CCHnDy0A23mTw6tCyBCYTSFdFpW9
2xn/Zwm4SaCKFod5fbtmEV4QVvj52kNJ6yC5Sqv3HLfRzsp29R2OPEJ3Xeubd2FenFbimLXX+8k1sIEn8aRlZXVupAKimOE1ABep
axOZCoVZoRDNgeWhiYQ551WQP4vXaVpH8WWid6a9lktlXhuVRrDnBxKoaIKfDEZFugg2e0N0B2MhrIDHj4mtSshlENinMBmj/GY9
rIyZ2It9TMtZ0VrYdl1xl/Ztf7NMxi+4p763F1P6jDC7V49YqfFK/eHhvVLbZ3FfozxTf6ddHUTqclcTOsse/XvbCqc6fa88IGXv
bO0MNKJ9rA8nFu4QWHXATNT8WBH3OH+NIo7r85NceHA7Gygp5QTImXuHePI7SX5bQ3yzwzND86kfsbu4qDrZn4RZEYezYSno8A4K
sQWlELxX0RorXwQgMRUoNVyl2W2YTQgBroD03CKfny1JoqCuwqKAxUN+O5Ljrebspy+EvdzLk3CRT+HU0Vgo56yA78cdPObxBmPT
bX/BEBurYl8Pw8H+LMSYBv/cFCI/+tuNX9H1dn+Afu7+pvhnw/Iv+Y+rOyKNwO3NonfxPC5G0N/3mwaN2FHkPYsWYUxhDrB4iMEb
sCCnuObeE/nz4AQE1gyjIuYkZB292wEODygbekthJ1JIJllMoyJbrjgEhBDIswnjs82m+RSwEz+H3HKrMhtUiGQFIxEeL688bTC/
NAM8AoZyibrL0e7b/b2L0cXZzuhfFyCnvd/f66GS4Ra6Fm6zJGrOUswcY6WHNdj+TX1L4CpLjY/fpNlumgDWzoH23ohcK4S0RF1w
UOQ7AcfwSXozRGRGnRwJtOJTJC3Y2WHOe+V2zasBWO8BwYR/tjt9syOBMfcIJoc3GC4xoO0QTps4bqgFxPOlrSkwwyizT0AeJuDL
nCWw1oD9EfosXkW3xEzoF9F3TfPC4WWGJ7n8zxpnxUdMm9Dz1sanUZHd05JtfUdL5lLHVcTt84/eMdkRTXHYX8A7v+/5khbR37dx
MZ5esLCgPYATov3KIrxXtQcF3KG1NnPgdX1T++ZPx8mFOKTaIPpT9n2sPp2ws5N4Kg0cqov6IKqJ2Z96bHaodDBVoNRz2Y1lOqpN
2edqfhFOwgXQNrkqxuB44i74mrC/Q1UAvjNHg8W4oFsIOp/gh+UDudqeHy8uyhtKji7vqQu8p7Q5ms+psTmk2aAcZRbB/ZMBHOmi
0H5nzGjjE5C9Logaaj+KZS5/jflU+95nCx4rBFb8mXfboFX6Z7gKOReZTEUG9PaX3Ja8SVxwfB0KTXW9FbHF3OZfaMFyaaqCEj5S
WLo0T7dw+KiBqXJCEOEN6rptUwh69eaDw/Dun/Dfd1FyXUzZ6v/sKT79KZwtI8sHp5hcDTkxut7oznr63GW92YB/2FQwJL2tdLKa
ASvoBUIrnos7bSL593mY3UQZNeqhGe4qgyMxKR3BkBSDeF6wvhLHsC8nc3nAesZK9MA+lRzDOmdk9FwLbfQT8n94gfU3gcUpi2b4
SPiS/eUvNPCA7vr857iYBv6fpis4bhuAu0PAYbbjYDBkmMW4zMd43sJZr81JBcQqYMID7n55yTMLtrZ6Fl8VngBl30NOzHd6rHPD
Jq8WNUU08oqp8HXpt0GMdxtfQMGvC6NbwCJUQpeN6PZUIFWwtveXsEADSnu8zXVQ6dzDjmLQwUtWQFgdxUlni93QCdsD/lGcWWbe
aaV722VPGFO87XZ9rrhRAcf8BsMMyIcQyKWmykfqycyydi6F6XQFEEwo3pQN7NHgUOjDbUOTaZvg63V0e3+NwAJM/+l7DJh2HO2R
M6NwFQnhFW6zKGj8oIPbmdV8aAe4uoYHR2f7p0c773ABhQUNbdEgi6EPD1m5wuS+5AZrS1gbIQjc+NrDUc99stb4H3vnPqv2/Y+A
C1GZBq7RRV3TPtr8ZKVrUYq3Ac3S5ULX2X9OdIlB2NLg9MEfbvU/+OkN/EHHAX5wVj4Muz7/CD9pkhynHQNjfQd/4uHCrxbl30j5
4dcHtREffHgqDDb0AtFa7Mw4Xc5YsS0OFnr7oPlNnP0P/ufPftPaVYjSnxTB4+83LqPrOPnTn3CLadLfWtoAQwYttm39okYB+sX/
oPlHrP43HYieedvuqzsR0A6jfPInvAIbcv0H88nQ2/TSm763hRFUpbTCGSD73lPvMpyUXs/PMPQM4y5djg1SI0KAt1DcJp8GJGmD
/f8sASkCxvb0BlBd847ZrOLjQTkcGjIp/6N2TFD1qzWxegML6x19bfp9w5EK4PE5YRoAUr/h+duXJj1Fpwz14uT0+Ox49/jdxeHB
6HDnbPet7gT11OY3pT7dPT4anZ3uHByBTP9u5+jH9zs/7tc6390fjS6ePX19UBn3/dHo/cnJ8ekZfHxy/PP+6ejt/rt3Zpt/7u9c
7B/tnRzDAdLBeubwAN/abo9hadh+46Z1oEET9giuy92kSvxg5yTSE5ncqr0WOH4RT6hB/QbPGAftNze8jGYg50aTi3lOjTYtIxBl
4+4B+ndxXrxwwyvx1gqLSB/a2RdTXVgtZ7LvNRjGH7BT0do7FZ0zoXfMHF6nC/c7Pp5WCzy8FSlf3Z+LiVID8XetjXbZ2jZGJzlA
SlzEeSSvHlYlRfk4XMDfIgnLNMzCMaouw0uQiL3Nu7/tw2aksB8T9AnG7Cu5tzPaPTjwyAHrXtB5gHfgUmDzVS7Y1BWKc679NN2L
iQlVYmPAX5qzZoaDNPYAc34pNt14HGB3AxYsK59fpRlr+nDeHl4ibBXtEG8x9l7R6iDJyi8HO4sFXKyB/+HD0u/JX5xCZdzTEuTe
PcesPYAKwKGhrWlwkKxA0gqTQjzsNQVBlAO1BTSIcwof2Lgyi3CM1vxLZKyG3u00nUUbkhUn9pvv5ssIFwx3nb2psiUm6zFUrXC6
FuTflGa4IzaZmMgCM92l6MK3fFca0S4wK2swqWpIWLkdkJFpwPZhG+9JQB0kCeCMAqkuEjhdXMURNKkxoUBgju1tSLAQNYpwdqjZ
olscYsvVY0B/vSXU2RqWCiVKNDE0eDaoNROpNeU+IfKFnF6IAfdVhGB16eXcY9zeneyahTj9QrWwS9j6UQkcb1rlDkamK4snPceA
dKEbQ6or3jLgo4DbxzkxqX/5C+OE6AQ4gt66Ql+dn6NlhAGEoJEvovAmL93rtrY9fZXRPkpGA9UAJQacND3oOVMINMkmB8hVeBzY
Uy4M/AauDhEGX9cXh9oLjhfYQvg52EWHCe8FrMuay1LBK+x6vgSYLoFkAVolG+SEzcmgMEmOlDly/0ETJqsLedAS0wX/eVHCDz+/
/bZtAvIohoi/oyncwydZejmL5rgs5/FHC1i4ZtheYnBHHUfzUgnn7TdpNg+LoOl26iOwfS/uOTQjaykPSm4rtvdm24M2lYrmL8O2
qs0KPyzOcGGgKRLnC/EZUm7LMS50qlGOsJsmwDlhDnzSWAdFy/VeEx6Vd+5U/oFXlfB0sGl0H8mGA+kjJKBZm468O97918XZweH+
8Xs6MSHQ3inc2lXPbNK3kH9T3aw6T8mzGWR40jqIdcGo3vkDz1W7xlOXX0T9DqQ6gf68Jwm7EH3qkKx7fhtS8Wg3Jd4Lgfagx0fZ
juCaM4+4dRAlUyJevuuMNd/wa4s9mgBRSjiGd0y9lVMaNZoB1xg6pBWtHW7PYGcyQaR0ZyqyPrfvRnkZLXg95JouMBrBcRfVVMj4
qXbglaSgWADybsFm+Honz4EInMBZNPZ+wQfekYykijqhBmuYXcuL08VpVUEOdZ4r7IIHDXA1IBlu64OxjPvOF8T+szNf2KcuO+jd
65iFf7S0FchKpgprS/sitKnm23GwKpGfpRwAAFOO+1UXv5rFBtDtpiu8n7+xjy2mXgHEdh5dIo26akpP03XiQ02eRqQEXXQROFIq
tdMqaaQ6zsuozlKZ/Gnzs12ksOk8dzCZKVzYwJQcXwXHGAatU2OEhafVk2ku7AOS3wQqtWWYKHxtH8846pqN9lH1XWwsQ8859hBd
YnWut2nOwoVf9xJ8XLrUeoHFc0/EHZJ+Zh7ew7czpaNnzU4+BNTFPJ1CsTQZ2BQ8COVr4nrL/mHKuUSV2k3YbyaMFi5JDvGoDT8C
KfsYAyIH02NjmehpIH3j/U/IK3365PfKR5/x0efPvltirN9EdZi5VQ1gWzguX3Airy1955axuFUpZFHzWGKz/kRfUjeO4d1Xohj2
XsOt2nWJlyUlSoVuhVC8BlZTX4uMFCQxPXaiuF0PZlI8l1pFXUyGs7lxRTcqWCZraFfYm8yjO7CNbx8D5RVubUNvcu4vUvhLXWr0
xDQxuK4P7kj5xQ29kfgzwEu41/ad4UMHH9NvESm1RgfojiW/BpFknU+Fg578+pR+rtOBcuiTXZzBg7WBIG+xEgj82akDi5fgsCzl
oOfDxN76TAjW6FM48w3LSgXVPtfpTbj9Dcuk+w/prerTaExYZXSQM0YKGfZVjgjS4a01im0JKqOs1Z9tER7QX80R09x3lYdi7Z2v
OnKae1/pd70erfu/Zo8Vh9Gh99N8h393PXROB9MhF3HhN8hH7NDzB3YqPFNrne5FnTs13ViHnvTzR+F2ve8VhZFdrEFj6n6yQ+9g
8UY96rruVtfaofdGPD6Fp2uQ/rpDrtnVw6BS66R3tcZaGd6+Q+/9AuTJ6B09VDwoUiMMvCUuVH8Y8yOqq0GXsDAeYHwuxYoaDbtB
Iv2MHwgLaWS+HJjSxXnoYWQV/hkwXTIMYV06Qddo2Qv83WlbdD9q+laESrR8LKp6DLVkI3rgfdU+UIpn3mPk80kLB2z/Y1+SX4eI
bHMt5jQtNnNnA78oNQKakuFOvvVIO94v0wX+9j4Q9JfLCSJduF0g/N3DvXf7Zxf7p6fHp/6XOUP4/np+EKTVLRf0Dl0h7rbhv0IQ
3KZHdwOynnZ2IdSTR6CTwR2KW9pDh6FmXTONvoiXg92aJ4ljjS6lO6eztbZkl4O9Sg4Ii7wUrWd0MfLkoPf+G8AdeBhEd7Y8ofZl
qS+JgVNvj0ZWhLIg1XSg1S62ttZXb+pePXPlpgOtoHK9schyq2d/4igtklCDT77IYys9Tn3qzR/6g8HAF79wy/1h8rk3pOwzStsy
+IK03qYdf8yGhnqyJmN2WIGE1AVDlyt4pXkXRTW7Box1TRf8HIicQXkgFoQUAbU9OtbrhA+VwRo6OBfffVwvL3ctr5t1WIkaVh2r
7aiY7cpTUVDC1yo9vZ1iiocAX8YYq59dRwXmpBrTVMuvYamgTYVoGQZJ6r7eppYM0JzgLqUYEpNEMHpN1PYNDHb/7yWgASbuoFU/
mFi+qq+MW1NskA5JNvQL0XXv/TqEvkbJ7kThnHJFraR+alE0Tju5aDlVUxR3qyW9YsISnC4TtLKaWdCAKewBYmdZzKpnnVBRPBn6
mRvZR2xbiSmUsuhqFo05fRpnUxgchglgBxWw2VkW6VyFlSYUm3oVZVEyRl8mE3SZG4vAnocTpGTZnDKBoIbs3tugYXd4MEx/gPXE
KBUXLDk/PlHd43s15z76qGmVUmA8gcMIlo9qbZl7YZzO57hCOXy/iGCK0Thc5pEo0SN798hKfwln0deAKkf3vTTTR8NeAehFiBFh
6C6J6lSYbJHSRIbeC5UI8JXP0fjzEkD0+dd2aKDmZSYFDGjjjD0BHh8nI4GP76iayLIQGe2Se9bNU5x2XsSANRIp4qI9nrlSjsig
DV2OpEjnek9JNJjcDX6MqIxH0MO/ZANB6nn6VU248mjDq2qh+cOLC2mBPVFUYIAMsoVVN+CI8fyTFWxc7wvvHxeEcsJV+MqVYEx6
KYeodk6PS2BhLAEt4reDnpBrKXWr24P4zh2cSnQU8QnUECt89aiV9VqnNircR6NOiKcnhENYjrHSzuF8X/kGtrceR+T0ypc2QbOP
bo7eRhYH/hp5wi846H593eUJ1Uwlj8QzPWKSh28KlSwXeW5nH9DrJCxKV29ldfQNItIUj2kPyykoIecPitgM1QhlTGZI7jnmQHX3
6LZttPMCv9/FXaM9DyE9a5IfO/XRWV3NmAcoDBefPV7SJFgTplYu+K0r7zuAiG0WUGSc44mNMnXzKjfIOoJjZtOx6Ecks+2FJAJ5
0r9aZaFBOWki5Qe8r+hC44yZMm68Z9WvCLQU24ZqLl3gKU1yN9F9S27WYKIT3UkpmOCnKBFNzuGvj4ADbnOineIpN+1VU+jZqqPt
V7wqPQ+Fg/+qzfWwAzuOlIlcGUuIS2Cqvo6rDr6OroFE99DRcYb3lW28Vf30iWY9hnFVGcJYffIG5C14hXuAv9fHDaMXYW9XMVTi
eWDnYFbC4g/j4ADb9bJzmKVhppI3xJgZPE2ijWhG3LaobxrqqW8f58q2nmJWXkx+G+YDCy7FpbvKJ+qJnOzEfdtbKad6eldzLxDp
NpEjniNb+RJmgzJ++dxyf1LDGgrb+q/6B9yhfwB+bwCLB+eu52JGZoazgxMNKPZ9hGZi6XxSWulNmojMk+Cs0BvNffkeXCcA/26Y
N6M4jfwznIdoEhhodBXPQGbo6+6fTXSBm1tW1hZ+r1ZWdH6FK8s9SN8LWowr4YJW786+2hVnz1bXL2V4sJxrPD/4njZ41evpMUq2
22NXZV8eVrMu95X/b5gLZ5RtvfQqiVDGCfLyKSZkpuzFtvvEcC7W86kiAI3uH+go5NpHyVVwHBL1St2Rv9YPP7Sq6SvUwwCySpUc
un3iSTqeT+EbptJeqxJduPxU9Xsb1xHD2bWVxRIS3mWImaYlaVPGjLyAnejXamFSyM8NsHi4SRg1jkaYAAXkkxFLPbJQvJJkK8V1
Vc5n2utqAU0xPurs3yfYU5BVlkUndSjMXbbSOUNCuDQ9qS4tblSKnmXNRNdKFCN5au90Rk51eddznlg3fTQPbANGnwSk4cjFg/OP
3s3qAXaoydp2qLpv/rfeFsg2NyshqdCjl95TXIzJubzVblbn8UfUVOIf+MlHx90xaSqqrTAvzCjtfigIDty9KZWeo4xBYcmv3nPg
aF7klCaIMj6gIbO5TqnYZYGWX5NBRM6cAlxWJZ9uCWhRrDsF4jcp+wZySVqT6mjnrTDFltewIrKTUvRYNYpQlzpDfmkROvB9G+S7
yxx+yaHLlRMLf9lN5lm5dbSCGN1b7xnUu/0ZVmWA4PaGqkJBoSEaIBY7yUxYuwdz3EDPdn2YeTS/xLIKwe7BoUb+gEmh7FpyneEG
SG5Gi4gSAeoo+hjJLBZ5QswdHO2fKbBb8BN7Vr7bnXmWtKsfq86Po1m51eXbJtBqshoBBvKC2N3JOT742JNCm+ukpL/XSZG10Cqn
RauMpZ2W1Hla5D0LgJFDMAYyOfQHB9CGKm7f0vSBqH8ilEuvJBn1Pmtjiopg2FzdAp/YWeKzu9Y0A1KV3sSm4EsXdDSoPueYEjoL
7UTDOa0pgMwVtcRbcBWkOjYJKBf1dbcXD79E5cVuPD8QaZ69IElrl0hcwOFHvkZjXSrflXvOSDugwQfuWY7jeR1zrB3avM3p606H
VCAXMoMvcdA2hJTUAtOy4VdfCROhp254KKaSJpETBeFdZwxMMVVfFQFbBaATTe1ToZumJo4JrBTHqgLQTkX6P+eOPqKrVIF2sHg8
lSwxuYA/VuzoVRzNJrkHH0fARMdFESVUYoVJIXIqvt9WVGz3YbNAkcb3rcIcFYPZ+MkLV2E8QwZbmMdSTL3o7Rzt8WxmYQFM4ByL
BVMWSspBK5X9fVnI6OfDA0+5pLr0g1wcg2rQyBpOjVWtyvyYujHXyKxZOSDaJ9ZQM+Njq9sSDkxioQ9ot3FIiwFH4yTwUaTbkWvl
s79hn0vXoRebWE4fpGgOnAeM32y7e6rwUA4GuTEaCyM2RZh6KY39DPNjpqJcEMUOBeK5p3cyV5ejV6TpDAT3A261ISoiveGM4d7p
aOdsQ3y1cYZNaXPlkxKYnjsFoyPraf2OMMTmfIUa/nLRRZ5jXnW5vIh9+F/NKow/R/EMpja73xVK/VqwLu4nDFDuyRaysEQT4PH5
5kfshL0je8RUnDJm+y2kWIgoBt6rRc9EXQJK6p4WH1ZxVqCd4H+JNfmwegrUJZTVvtB4jdtTdhOT6wAZrc1LhxRZt/PYHvPLuVP4
dbma2jVUrqj0HPcJvAp8+HwXs8DLtb+4ONo53B+d7Ozu4883pMTyBe6/fLx6+rjbzohNeFXP3FbLJKgmwvO0RO3B65Ytqh4uAw02
azj8Q4fTV568y2VhnDNFJ/mMEi3NxIn1fuL1lTUPvJJjVQSVyGtPFNzxbNsCv59W8M164rMUSbnjlItGPb82/eGDpt99ZugP4n3r
OnmYp0A4VKhV67oInBKfridML+9YkirZaiZZrsg0ji/nOyxoyZ41V5hXufMsGnvRVHcks/tOHx1fvP2fk/3Tny4Oj/fev8MDKT+G
NdyW4Wy4lj8dCmk201KsUE1B4H+Vb7UjjLiuuj++TaIJR1qpuDxyX2m4wq2eEPyVdnitZ1yllscUtJRNAT8bnGXxfD+ZAK84Wszi
Inj8IXls5zrpu3P6t9BVeRve1kfVw+MP2WMi+Wdh88YLroun/vr+QNXqdJevN9HEBI/Khl0LTRxp3+NJk1Z53kGlXNVYUuYvvgPE
GfjwAS+Dnw55FnL3pU5TgcLHE/PZYngCrg6Zreak48wtOk7CXkFWH2EOJTfqWsoI+hyDW4aTctbRoUTjePISiQYsGBIIwf5gkGyU
aKUA5JOyuctUNQeys85eH2nmqiZNS9N+/+abSWYltZF0ifc0I9NvvpfR3QKmEWGK9nAMHAHJg2LnEkrkboZ9YAUclNTxoQCnvtXY
+qX8bO3tRnlOkEbOEgC9prMVVcYzwKSib2SsFM15Z6hJn6JkNuDCiZI8xqLe1tLQgoyd8ghi2Nw0RBIQjZZvZdsi2b9k746iQnRp
j5YxhkmXxbtulvOq9TJBHKxA2ZATSA447zCUDeVDHC7ki9BE6VBHaQ2fKy8d2V5+SwxXpYI0RJOo3oDnsnkd0a1u9WJLaQ0Q3RtV
c1IfI745SynVRtCsTTHQ76c5SQXqClzNjxrI4heTvtXcSfvcVG8113BEAFgiymruttTNm6xRRwe7lK0OtvanwyG6A6MW8UDU1Yyp
wvg1EAFVFsp7hglcMNTT+x7kgdsUu8gpX0c+RZVjyMSrz1lFL+/1EQmTROIDyrhNRIiJJHkVz1FkwkJfmDAWOHDqO9g5fH3w4/vj
96OLnw4vdvZ2Ts72T3vS6ovgL+LxDcWxJZZq22LVVWiwucuG1kn9eBgTZGAGFi97WaKW2LI6lwztfqOzC6yzdlwZoNqZVeAY9XjU
wYVH6uzKKTWpQZJ4nD/giCTkLGY/I6LSc3lBgPhPJwdAR1rR65Jgt/RcBBG5PGUwrmAT+4gDmCG98q7GeeAM6QzCHy3GvsrAf/kL
f/z7UG4qh30gkIF50ceoegMsacKPEmI7gri5VWLJy/m+apyu7cjjfC3QedMwr4BGjHVlwrmVLdsm6kZytWj3OMfVCA7jcZbm6VUx
fAFj/vj+YO/Vhw8vkFzS34htcu75+cfBASALcFnjaZqiaT6p1LOynBuGUWf46AkVdH1pTqdtKX/PS1/twpejTifuFztpYIDZCLB7
VFHWW1znjtLiDYIWmEFZLeqPadYcASoVMOQK5W/e/X3z2evNzc0tKktQffq0+nTzb5vP/6HXhawrL4iKolT7CuPGDia5Xr67kWXh
j+KJQY/pYdDgtCTcvxxxmrcDAGJQVk/nGuL4bI/D5anYba/X6vWkZ5HSlCixmbHa6cekJ38yXJmgAybOulPgXa/nZpdwSFflEcpi
L+1VzDXhjIfeJyy2zhzEJB1/ZuIKfxFhAYRPl1j9S7fO8q4NrNv7r+iebIMnYZzRDvWVxPWKtl3kTOu89c0dwoQMnGhs7by5ReF4
qsrKiElgdcxSjGvlSuXJJgBuwQjHJZQZ2WIbwjWUjaocd5kxTJGDaU+RUre4RcB0i74ws7A6Z/jAZLCOcwnwdY+aTnWOJNUipoXU
KQ3hnEM2PefnXyMgWl8UmxgIiKlObxNWBnT8oJFSTHwqT6P3uddJfoTBGm+VE+2+rCTjEMJUispk72oWXiN1iBzUgoUclnz0O5gZ
jzCZPEn5ioU7HhZmSOrBIgvHN0YUrM2hGCOcD1mEMmIRMFNs871GgJVJgheYjFsmg7HWFIrrzWNn40oKYm6eCJ2GW3hg1qGb7zFP
4KVUqbU6SDXJcV+kr+x4kBFmFAY0Z98GfbWuVadwzCAR/mLy4yb96Lq5ZWnd6eDp5pGyc7RZ+D1XBunPayX3IC2BsYEyCRzOSj1U
SdGMp2W+sLUUeJwOCRDrNAonnASJwneoX4xedMW76YvedaPNC/Kudj+KC8iUC+/qm/5J2xaeQEmp77QYB5eW0F72Zd1JNFFhLxWT
k+yJhQFoRz7LwUgHMKz1GBDWp+zKRsZXJZa7F4t6qy7Yr4LJpYzz1ckR6xCVdsmkrELYxCO6NpZ+mQKm97DtdhMzq9KFipxMmj5Q
GpwKLtSsw19zu7vudW2ty5W2Gz+6bqK4ba+XdDnzcuBiJNDXFVBJPDp+b7vrfRTYY/6xe9oDdRr5SfV8tt1TSf2e6rZXa18nSVh8
hU05CgvG9XafoHWYgEQEGkjS37RAX2d92gqarpXfztAi0aKTCkhepa3p7vQgQJyaiwXfnUbjG44QM4aET6LMrByyzVPIPYviCxeS
2Nd64IzmCoOlFn5l/hlVUXWemJ66PrmdUlYH7LXZrnlDdk1THFKXguS8mWEH4aiDtlwBeNPTlSsE0Ldwxki9d4P7/fKxnvBcfNNj
TGhWjls5f12gWWQ180lSCJmrVpeyepw5UBV7lQyXXor1io4WdfXtt3X2ifSF6Y3FB5M38SUpU8l9g/rBIjt8Tp2+gYpOlV2El+4e
Xr7s1AXNwO+yo4Svj0pxCSmPeqY4cP1hyYEbTUsO3K2ArpbOAiizfBovpO+LEG4pLq+JhNhUBLhSjAOvqjhgWa5PX0LdeJ0JNv6z
CThSKqU3vYcR23VU9ggPn0T4U4TNXkaeAaauhtfxiiopSXUEH5Ugh+sG2/GqYgtGq345iup7nSymbwDcfOiFRToHaoshAxRfG2I2
lIIK1KABmSyzcTrjNGABEvUNKgL6vNfnGFz+pkhnpHKmG6HBM38vzgI6v5xjWNMt3w4IosGblOp4ive2lA90M/yMAO8Q8JLOLsJi
2tfLirZVHp1j5BB+has4wFVEbgnLcRHXpJfyPGL/0QF8U/HxlHATQPBpAE36PHwtCYQoIYEfoLtkwgHNBWUCZCX13v67/bN9kTkF
dofWGG7UoMywi1nBvJ2fvHwcYtKcHhXmACAt4dbYJVboegMYezF6u3O6fyEGmIc3nCcM0ZZOeujNU9QIbpOCN7wG4awPpBYv9IkX
PN0EIfi7TW9ejblWwbthUWDJPS5JsC1/ttfF665sJY9ssdr76DMFlxBsHl0W8rks0kGbQG/x/hDERjY6xJTRRosvqEhncy231Q+y
zwnNGJjn9GJnlwpr7+0fHQBbFIQeJ2TfwAKwhKyEJH06tjQBOGlFCrtGpdqu4GmPffpdw7xPwiVgQxb/bzTZIfQqwYX/UZToG8xw
R7bF4OKCaN/g5zg5OKY/ke3F2jqJBw/kp0PXcEhEYoxxncU3kZaN7vm2N0kLuNKeZJzb8E9/+8fTrWdAEXMg8U/GefGnv21+1xs4
MeBRQL7bGgwox9CzhikaVgRn3xKHX730nm6uKzqL0AiBYyKHPmAZYaDAEA1qBEg9b4Ic27kHpSmtUepKFqcdzaJoEXy32eue/Nfm
uk2EFPV2I/Q2muikuDEl2BdSjPq1gTBQChLnkf6iQ7pTPY944hDnLKeXCHTTcdNOw++P6FubrV+YOLO1+UCkkZwHq3jRBkPxE0cj
72Av5xizcTqTCUmZAZhYLTvym2CGESQblEge/UA4uAXLUpOoOEPCRklhgJ4KLbOMjRTlrSkzDHqsJMC49Mr61vqIMm0ZADxJx/mT
SZTH18kT4oXEu8EcOD8q54CB97nnvwC6F+av/vuCM3fCHwnm6pymi1fE/ckCDR614/Ls+piy9IGHpQ/YKXawRrL5UpMedCnAJqr8
8Rd76ZhMg1W9Z8Nws4fk/GiXkYXgQzF5Ut7JpcRMYk7eQWI2bA0Vf4su7sKlhS1OVGoxLmJ407M6NcQTPcuRlRjNzm8o677u3VA/
Rp1WidCOlqVEK/qlV8+ghcJcMjxudRqurFsu9Y9Q4qO5G+3aizDLownFcpLejLxVtTCrhMPkr4i1RzaCGZa6c6iOlFVsbGbmJzFa
kFC8EHUx6rkk4qxjCLx2iaHiFv4D8tn8Mk4i7KQvC3jQ9K1FwF1canueP4cDgXbDis5c3gQu52p5ACo2tu75EvVeejp9oTyJTT5S
JK8ZJU40LZ3m49tnzU44mTSFe/1WahFKNcV3hszvL+lR31PUiIMpFTliFrmbvmR3GibXckVKW2ffc9CRPq2MO9RkQqGJXCWHNbNw
bNDlgX0dxFzIsysYU5o7uF2r0SWz+yHfpJSvQl6W5TXb18fU7i7tnqIvRUjo49oAIsCjr/pmBQSWIB3YwyGNdSrxVSEOlaJsx50a
neBaPutccTrWN0TAUDGH9cNfyBZtHrMZnS3lFEW2iLs+z5gICg7lTA1GjN5kYrTjT6uoyOOgMhvamVDqepY2Stj3ztJ/wl+BK3lG
meOP/O/G6eKe2UC4JbjYkBfwfzde5NPw6Xffvxos8i2AN0H3HVJW5CLlFjLzDSliy6K00Mvb6C64vC8w6Qj+xxkFxUft9TLGe8rL
L8UuGo+r28hRE8Ho7Q4MhDozvF7px0CUzOp1NnYhcJhVLsF+cKUXcLW/DfNpwGDjVuaXg50FSiHBpaafunvqt+Rn7Zb5Kr/U8zO2
EfVRuIqYhtKOBh10b86IXfqovCS31y4U33Brq+MOGCvwi+wiCjn2k3GKfNNgZ7R7cIDZYF7jgkugUPMHeOjyQ2m+7hu8EL+OBnIt
LWRdU1HXhjm0FXbVRgNO1TIutOygTESZwr2FgmBG9AjDj4QODA8+kwk0HwHyDLpLnbL6qd0VndFZFkhdowpsF/GKr8WXZb1L/N1S
8N0ypn41yLyyuVvyMpo/SP5iYxTLFk5ZTAu86CCMCahZCsH1oLXQLZkYACSkk/LdsL2MeXVCyFBpApuspoeecl0NcmjDQynf58ST
/PdHUch6xHqKwCre1f0epkl+AVdYTjUmRHfaI+o1yX/in107VQsvelS/aXXFj0ZA4XT8LIwEMpFFIHJxADOpEo6I9A99OpthjBUw
fjrMe0DhFmlWkIS3XVr9c6HCycP7HGTB+0GHqShcE1NRvz/Wc1toib5GopmcpMQv7XvCnrrLaqcFlt4qDJP4hRAdhesigDpAZWf8
myY4TmR3WtVdNZmybcfByhMqRisfVIfT6tuq8bTWXWdXamTk/MontRlq2YGcpuQm/z01iP6oGVFUvGkdVYxOvgRbmBmWsIlfH6uC
Q6euhFJHdCV+UVf055q4V1EFiV4rT6nol1Zadd1BVnNtW9q3o+x+vRVf12dAFkBfx5Xhc5M6pYEbMO6FLvHqFI3bkEfLSJEFMvWz
pxdCKsg4MWnNOakBuunaWtop1mTk4dhb6SPF/IhETBRVyLn/ql+l+cUlikvig+OchKdaM06MdMEXThPG1L6M4erkpE0Xc4aGPtfC
WTdVDjaKUIT1O0wn0UxkYKvklKrPYGHezbeDE3k5O6Z8xdmvxDkSPwJ72qDp9kMRTGMRWpwb0NwgA7TgM4Fk+3Q2nlzP0stwlj+R
U4RnVeHGqCTpDm0iEaM1j29m1FnSfb2QB0RFgqyX2R4v7jj+ZcnQPtUPpToCMF+vOlnDUwfBt8pJ7szFqeBcEepjShG+PiuvshKs
fSRX5/5h+EvK9woXRkFgUsRvet6zfBAn9g/oec+Oo6su6U9JbPoRrqdFoE0hxpBinc698uYhyJdo9OW81MJrnpRRDYqCR/CZihT4
V3QvivN8wu6kyqr96pCNdQWYQ1J8nWIU/gnWFctQ9LiGud4CFwsy4NGI9Jwg00bXKatVOaQslv7c7BDlpQn+CQNGVM+PCisb1RL3
pmNYDOUGfoieEmPqXLjy78oxYJXvlUWl1KoKgyUAunpeDk/Wl9QsXJgkghVfZClZrIOQcoyQX49H/iMi5xF5ABVROO97kzjHqOAJ
Plsmi9ny+hqPS+n7tdUS91aTPNavIhAvYP8fbFSUCbJrTuMHJ2rZH+Y8bpEWAdJzPleUFjfWXfyp1JvPGqQnSG8qDQEjAc/yN+E8
nt1DO7IJNhGi5lMWQncWjUC9ZdvK3VlWTsDaed3gmDJlIKj6+tTvbGvU9+5qR7d5ute3X2WyWW2yxGR/LQSReklZyJB4Erw84DIt
qEIqFx+N72z6RZnogEr+qk+P4MJ6my5cCslADoaJDAb0f082KVZPezEcwjOKCsHOH5VNff3ZcOiXOwkLbuxjZt9H/JaYpBb9YPPu
TpJfA5X3gBWaxbCHmAE4ytZF6pa91lM15DQAzkHhvDGmUgG6EjEot3bZUbcId2uorOhDmpJyPW6A9xaWu8sZRQwUadVza3Bj8xZL
G1m+vOLTYNvfNoOZmNjYsbPrUCiGQ6ffY9u8P8rDh2931bU6WkTj+Coej6gXv5V8wb9eIQfhmDe+bpv0okasSnBO+JJfZ/4AjD75
hWvylTYVRsWvpLKvybkdq1Z9YSie5XLGFEh3JvyJbY71k9fInKzNmoj8CcSVXD2vvyPrNbB1z5EBAI5icJbdl1Ux7oh/QBMfKmqh
AxvdX5z7yFlyLXvs6Qet4CJzHFfP8drBRj27Tr2eNu15h22rf/V9x68QaORiCejVc2eD77nB9/YGPwounRrBHWWIDPEdVoiBp+fx
3Ue7qsm+lknO5Jq7BfJo6RaePqBbphbYK5MfS8eCLom+rftES2MKEa17X23fgAZYZn305uzC5Jq9N8rHbOhtwgFgUaHvbXn7CUsN
QYOTpDINPLU4vuKEyu7LuaAep5yC1kK3GclaoXiZlix27QvEfwEznKZNTCmfyF9bvca1rtI80jeFhWXzJCxIXBt3kB00shpmPTRM
nHgd6hHHXdeBvYHiRQ8ieEpvi2dYclq4bFRohBgM9bj5c+aPOcO2X7mPsB/jfa9LX8dZfB0n7r7E+6a+cPsq31blOeTZqGzd6jlp
HyI9HGX1ffnsQRHwLZsWPmjTQplQSO5TGfdsbaxIA4gzVJ1Mqkx3awHveouWzvheJnH4rrklRdHbx3MF2IeoQxvXEDIhHdq4ASPh
Q1VyzfyufGz/TBQhML6RhQmsHwgFNX+hSjG/BjYhCpOSkZHNep3LQWtjxMwsxIv6W1VzMuwSKt5afdLgDqo2W0u53E7GkwcylQ9L
HWR3E3gkKv7KIr+VjD+9NlnNmA9cmZyd1XpZWKo0ExbkzI4Lxth21rrKmdSrlvrgET8pa0t3vZbURDrwRM5rTBaIps5UhWghet7J
qlMds5599asNrzSNBMjsUNaGJjnNG8gpNGYcxFJl1bsJP9Te9uzf78xm6W1ZIeV41ERBsMv6B+vTkui8BQV9JUC3o6v/kAEEk464
Yv16f34ZTSbR5CyihBOS6WtZG8dXD1qgg3TVcVSt5YNGOsHw/WIvzgB5Ow5p++RBY78Ok8ltPCmmp2gpXJFyE+2uNmR2tnWgNic6
MzGJc5813F/R17+/dN+fX/Ge+oopbz6516csf7ZbTXLDjFQSzjT5TzBHQl/drzBdTW17vS/aCRBHMY/wRIQDUQl4ptMYjiGyI8Oz
t+OEco7+9USvC499R1T5aT5o3lzNT8mIUvmtmJQHZHQTOt0KK1KmYesZRcTl862PX1BNvFKvoWrw+405ui4VHB7KzGmFHnrrat6/
YtY2O6NlKt1mpTNR42A/zcJEDlgDA9PmO9g0udoYCgODaZ42P+BvwDSnpuNXUy/AtQCTMBgsbcec31QkXC2rnfMTnd0rs9o5mzOn
psbRkuFpb9yfW+VT+rxZQq19Plqk6ZVUp+la8Epnql2vYaUBcY5llTfbrb6aoU+M0YL49E13nxy+jj2LBa52ZzRo6w1uyHgVNfRm
NGiFDVnjaMKt8axxLEa5oQygo5WjXydn0pYrrsMNyYEOLdX5hhiuC9hH0QOX9+S2PZ5PZhGWpkePSQ5XaAiToAFEcNNXCJVoSraJ
kyI/QwYKYRVk6DLCy1lkCdjGVDaxeI8ZiI64hg06pC/ziKITcyz2lN4OurqgkMFdcUcyh1pYpkpuigFUVS5eGhEISVRIX+MLEQWy
bYnZ429LAtt2ey108UjRnGo1MNlvz6WJrgxLRSygaxYIKrIQjUDFjx052eVi0aJflCWCL9LcN9LWLboLrY19tokrX5qIcVETznWc
YDeqi8ImmtfDMuVXES3tRZyuamvCqw6yYMta6F2suQQWSBYkCF5MSBJ0wKQLi92Aq/T6BWAC6sXz5fziUsqO6Dwc1QA95GZKwlSX
lb5lrr4aAUhY4qyMV4qmBp0QmbkbSzLlt3Wu7Si61dWRiwo+Tc59ofPObw0ujOXiW3Z3pguuypC5as7yWKPoq8S+SUUrzkyraKov
DSWnr0xLfDa/nhdasJz1rG+796dCYbWtajnf7VeBtiX5raHHEpdEleJWQ8ABWQz8qMHa8z736gX2lIIWV+ZhlBM/bT12YuVd9R8q
SDoydeaL3naXRMBWetl1i5ohsOyQRrD7DeS6nWBXl35tSOob1X/YNq1NntYGlYlZ30rK6qOXxEhQn5pk1ExzTiNE/d+R7FTWh+Fp
W6Lo1sYXRrdlpvftr7pKyHX9vtS5AY0QONc6tVDIFub4q6/jKaVH+SNhG8LTgm1v0oz81SmFwVdbEKW2+0p4ZdTxrHBCZQkE65WP
irKXWklQWQvUInSZD20rTLKMVjZJkHrxfQc9YHhufPNRd7ytbN9enIsgC6dKz6Fhc4c3VobYfUD/VJlR4ZBRaJxKGFcmaCPr7vin
1SxMNP4Mf/rtEWD0VcdrXmAScuMaHmEPyLW7LER0TdMnL6XWyHfef+tpRJUaShxCXF9WIfW1kCoBIOfuvcBfF4yfzQG0CuazbJnc
fEWQuT8FsaH6ssCd0HsNbptuS7vx5HS5ifwub57w15rbezjdGJZUUsVG/JXEGpWcGu7Ow/FFyPrPi1wpQC2J5em7Np5qrfNp0bza
GEIauYUjBMHPP058kPX846sr38qiSQJMbrREXWvXSGLRVdu01JUbx6YLdxQBLXWQA0r0crCHKcpQS6YlWysTcwrlngdonG97oYjb
lE9vp6mmslFpOr1JGnEa+wiz8XiFTHSNntOU1ZqSgWKaijDJbzEjWhSuqAlnsKA8neFigebESbooRFY1aJVTq54jTdnbcSJUoobd
cI2LVcVFinQPB86rVhZ31Eq8tN2K9Al0TN+I7rV4fEo7RImYhC+z6rQEptKjkdFPFn808tVZMqyV9SW3v6mnJNKLSorFLKtKJpj+
2pDhoqJA+69vITjrph7i8ckKqJcDK9kIUfSrfdIi/aS16FcNKmtuZ0tOZ5fIZYxdO6bSWM6+MfqSu3hCmPthOomv7h+MxF8RZRkP
BDwlHuifZdF/lhEm6HGzxY4lalgBkd/qD7MCAh65AmsfQ1tC1HXWR5LwvajgvH2/pJe5cPMHwhiHl/EsLu4HczgvXFYCrd4vwsmc
irxg0rxXH/CbofcinrwaiE2jpIFGPkl6ywm+MN2aF2iJAft4DUhzVRHmN49zoOJYGwFmSB/+ki7RAYWT0gYqz3P5hXFZJLP7PpD5
MCu8qyyde6K+QoZGsKs4g+tBpAuQ3QOfD8/nXIlB/KjHQQuk+Wd6iQnoJA7BJwdlplOO7WgRo2iNG9LY4fsuuWexnVEhgekqa+/T
7J4bOLLRGqNjQy05Kc1Jz0+KRUh4Zk15A1uSVv+TN9FYuJaVEgn/5JKLtfYNfFgrS+96RWCSFKGkZBI0NJdoSTipJaXDCjh5JWGX
yJIcA1sh4PNuw1xkbZ30oEOeckMkYXXZfoHJB+73va4phWuGV2TR1FeZdx0jmwT7G002cnjihVkW3ufb6nwh1xQlWBEmxWc5VyvP
Bw9IPFdEi5yT+EzShJLfZNEihGOJf96GWUL3fsfc32t6F1WdrYGACZHhF8pF18WVGr/RxAWrgzO0sdZIVw4CIqerhUP4hfPnma4A
To+BX9pvPUobKc9eE665zqKeJlaeRLzdfjlHSoXy5Mde/VCqhLG/9NqTjcKSjAAvGsEraSy07MtKYerpBG6wePaAdBT52g5K+bkv
UsUdIhE9pWLmgayk8L4YHwGN2eBOYRvO4nkUbP3jb5t9b4v+tyn/J9/+C652/K6HNLcIZyOqPQUU+Vl9ZJw92weLaj5feJve0Ltq
BTV4w+sjXKnxT7NFEOjnpvfLuTioH3uEr1XHAgOpfnHyFmflhT5O53P0W5nBfTP0NigrazTZFU9BBMeiVJhwkKiQuP9l0SqsRVXh
IPremOoU6sMh6R293dnAbL2cuDpBsW7gHRGV3sA7AQsvUVS8d5IC/t2DLBmNl5xIhR8EO7PZKL5OgGZ7QLkzGDIyhtnYl5+ILrDs
CburU/J7kSqcKy/JeWv1tb7rsYws5og1nijni2CeOHfOsMrSEC2GAwdriVm8vYAz8/NEow3M5YilPyai0oVIpop5mB/nfJFyAceT
LL3Owvke1oXAb3HRpmE+HTRnW35HwMra8rmk8TztE708F2d3Vj/nYXbj9hEVjcRSvKyRQ//PmkM0uhtHWZSMUXf4eFSki8fb3p9p
QsIZWXtbcZyGlnCPW/rHTNDnB8fEMHwcDvHuBATgHMFcgU5NUZWgovRy/uPHnLf3cc/VNzIvG7+kqJg4h0O9zJCX3s3uFwXuwWJ6
P+B00jCuTChtpIb+82XP+y/G5e7DFbPBtztcI3++KHmzx3dPH6Np2QECXkEAxkYiy+nR5jDU0FN0Fxfec++zawJ4qZ5j7Z2BTKMM
oKpEygIEgNLx/V9w3rR8r5E2ltP8M6ZeJoAYPQgg78/FNkO06VvzVvkbR6lIhODBnwm5o4djyj1fO5Sv7xdhntcoDY6p6eLCPPr+
uZiHyhT9PonxmzJXtJBGOsiYcEGOkBkM1lIOiVPAZ/asvbwdiZrIqlNZJClmitvYZjSp8MPyGo8t3PQD+GTJJMfMIZN2Dl3ykHDf
+yzYVq0OeN146ULPnQy/hLWBXv7wAwHAy3S++bHZUZz856GHjgaIxDRkpRUjB0HjNEXISsu+kiwpAU/1MUaA1p4L8XKNahXm6nJu
O+oS1xoLBcJdgwJ0nORwU8GVAx+0Z7+Uc7EmbNcQsQHOg6Oz/dOjnXcCSF4JaBZNcu0KEp6nnI3vdhrDnnE9KEziN0HNJcIfjSM4
xS6wG04PXJprM3DwzTlhG/FKi9zyFqUT/6OGnPTA1s8EkBwoy0VeycKHH5XvyB956+mmo0QxMw+lpMsHs+R2/J67dAN/3Nepx3Yr
A88D6OoajWWHx2vkHv1l7fXXJAfSUtXecnFmfOkDZqNE6NfaiIMkAuBIEVZrY+5Ndbssw0YCKdoESWgMLMdyVnRuHuGZ4ca1MAo5
m+sLtpB07VN8FF4VIhlxJ7BZ2O7YXAnkHdsLqb5La6cMoedGAy4IyXRrNQedYm1bbpoMObd77TyD/Fhc8FPt0rGkN+UPtdhpftLd
g9t2/IiRvD9oOoQnAZGovhiv13NnkOMWoyoR0Qdxk5IqiHpnDUSFddhnINxhgcZrWLsIrgTO+jsQhiUU0uXSw0SqIoQ5Em41QPqn
6Qq+3pA7I03cFnuTtbAXKaswJ78JSHmHWtEszK6REanJOFbQoK8h9+UqHn9PnAVchrg8AYLUpyGEvt6i6ScebXrf1YsCRMLR8/cg
NV1jNSgWD2VhNl4CuoupyvAyx9KIohAA1dZ5Ir7FCorx9RRYtesI+TXbMJnYWoywxH5JIGelJ0rXA+8NXuOX4fgGVYOj/xmd7R/2
8TjdxsnFkuwXOdttNQH4e0uGoHLxnjpXj1GhtnjaAj61r6A7zE7WS2FEluVP4IdeLKVDwdZfRCp4Sc+sQNZvN7Z7+86m5a1BPJfQ
7/q7h3vv9s/KnMi47Tnab5YzuVGSsyJEGOKOFFx/hRLKwUoTXgSACj1Z2PweOcptbMr7qJ4/RXdb2T2u1FFajFjl7QqFkhq9XxA6
hEfBQo4d4hxg344OuvGcBmPctgpeYF+FPh6m9kXAF1iuKi2ohjvq9tGXIBYF260z+dxs6m3ggiYtXJA7cXMDq6YjkThweCBLXU2U
5+F11FGpKi1JgU+JkAXzzqKT+hv79/tiGH/KXFP5WowID9TYUlXZl8O7tIvy2slLZZ+kf6QDS2CPKBsNFUMnbdwVWiNYu8rhE5TS
Gd/T5wEtuXfKq20WxEu8KLmOkwjzLaMXGBl7WCdHR14ZF5GLhHuLfKIQn6BzAw0Hlo3jgmaK6GmXWV+/o2QpvJwrBPS9Lra09vJa
tXtcJ7rlYDZjs/H5MhGkc43CUV6kVc/05XWDk0rpiklkdSg6z3p+9wM4xBkpQOpxRVKz7mEh8hk5nujaedRpCyV7QKv+cxgXo6rI
I/sA9mwZTd639vRvamfryuAM/CpC0O0cJzSpEhoS7/PK1QDyM2b6Jm6og7trEBBX29NvJsYVTb9fRhn997+eQ1GkLK+ShPfaip7i
P4gW6NfmcbkCxhJK4WDDEwl0YRYUEKDoWKLQIQbWBcUNV6BiMRjRgYYOn2NvqMbEM3wSkw1vs8Mc4Ohv3m1ubj7ferb5zBvtvt3f
uxhdnO2M/nXxdmd0cXR8dnH6/qivGj39zmz07/f77/f3hlw58hY2FoUXB7Dvwrw4JQJJ0N3xmCByWF/BSPSKp/gIs9F1ZHpKPIyA
cE+kXx5aAkoSRljpMb2GAamiggaGVr7u//zdXzufDCVGzaLwZrtDiicq0s6nUN3kiVdysWJZBY2fpHN0BSxLzfUQT7ANfI5NZmly
jbd+mNtGCpM8vpxFg1uRkF9nZOl0buwvphGaiGeI0NRxLg4mLg8+FDsFw5ZoYRurrBYPzANn7gcYsR4AkPYYb6bCKJrHlpyYbBxx
XkcjRbJm8TzGQ2cgzssScX4wiNqQyaSrAqJh13z1kjvvims1zC6hINcVhYq3lPUlhmMvdprUGkQUNcIqqaKDDe+MUmbd+6ffbTZe
WrBVvrRlAkIAjDJXCEo9qHwFiSgREHO4+oREiYkPC9iMQEIpWh0P1aO592cccYCWrgCIlTinLKXgt8C65/DOo1xuoroQH2HAH6wA
MRN8YaYLbYhU1eGQl76MSIGMKAdX/YyEOh1DB8gY/ZMskONZGM9p7BwNt3QBlhCQkMgSKIJ2G1bKxJlCF81uDZHrS0U2QfAB85wF
l2E/5feP0YMnFMXQ6TTC0kSRdx2ukGIOPYxARIqX3kSH0fwS8zFAW2/3+FD6/GJaO/3bx4Y1GRqWzBDmeIVrMwOBHLsck0t1+Trw
y7+xUMhlRDJ/hgp25Q2HH5NBPTFs46q7AZyeSVokUfEkw3M/j/707PnTza0e4cySsvAhEiNTTbcWdvv2dH/0/t2Zhg/Pei0W45I/
05k9B5NaNsGU3pGV67nDc+VeHLgM7wY0aPlM873BfqvvHdXhRYGlXcqccchySXBXoRD7d5wVqxxsnM5xDESU2su6ugdba+DRmN8C
KfQCudZ86UK7Acltu2iSXOfWJYHVd/j/4XhdzZnFMv+KUWRrGS9b7A6NKhd74q1qNzcrPHW/cHm7m9XgX6Jc9oqTaTlQhAVFNiCW
Kp11La/KGEi1OnLJyPl428MoF0iC/fqraMJv2kSASdVKQkk97IUoJJ/sS52GLNZZKiHKvjoV1QOi8z5hJx5RPBRv3D6wDzeR4eoL
vAE788gLLvRwljjFIZszpS3ZEwvDCkcsoQQ8Qzpw4u4uQ/x7Ia8FVyoI24Q566MD7Jjb1qdwzWqPLw86zGfiVLnsiOrsFYdtFB2i
2RXull5ajg0bfU35WPKxt+lyhpKHrhd+Wr9SmnyKl8nxIg+UJ8EDfP8ebDxeZGmRjlP2p9uyNBBzl9q9ptLflq/xoFzgzZwuiwtR
cPP7TfxnHUN248RzTHwBEAFXvkiTPKpO8zXuM1qC+9RYGuZtVwm+dyHMG5C3uJbaYnqfx8AAYZEydlEry5uNwyy7p+NVoKcgWjWX
HE7mBQcLOsXXg11oFGOOI3uFMvdsX3ny06BFlVkbK6jVO3MejZMUGXbWN+293T3xRFgZslHSDAXsNby/ipl1ARZuhW7YRUEV2RKx
UGMeG45N4c3hbOiDjKjxOxTARlKRqZ+gZ3CweS6S4eR54BEkOotk1JEms2kBedwW/1w+iUzDuSIgSYojw3PXeUq7a+y4196DNWOt
s01STtwjkcZpeBWKB/uVqpCJF28SyJWB7rnai/i8c05IzajCTtBsELOczApeJ9WgM7tQbBf3aUMeDKKw9Pik7RSoXkr2vJUs1AtL
i1iTrzGfipAP5NMp5VcsC9KWsJiFCWaXFV4TfcpAR55LOdyzHrKXfWkAQITAB+UJvEU5GPUa6BPB1yC6UjanXD2lodY4ao3pV9vR
XBxt6FTip05kRCzmrBYqbKa3x2Vp9/gg40VGKQYs/jqKXW+qe4FFljQ6fQL7wwuW68era+E+2kktncW4QIsVPPQbvC1oV6sfyRxP
ykPPfH0VR7NJU6emOGYsWHrTyLnzHNa0eosKwjgTPHsIcGBCzEoPXyTjZx89LJ2KgTEuoy9BatlZ++ms5eVzw9uEEey68bAUs7pc
gDFQKvkFLQF23ZL+Qt8I7sAWGlR+vZ+g9gpZHx4Pm+Ew58Lk14uk/Bkp8dOh6tT33he5ZoxinqpvX4hBmqOco8+qqbB5V4gg02m2
Y6eRFwdBZZNiQ9mdKl4yymHhKdKE4GxZp9Gxpo7D4LjmHKtQjUl0wSMB4osE0WKTdHbYdE7sE6k/QZJLoTmF3TdLd8Dg20s4MoSA
2hg31VoYm8Q98SnOktS5Dk42OHqHbTdIvaw42YMTT6TgIGMuVl4FQT9MrqN+daTDeJyleXpVeO+iEG18e2TFoeAJ2H9RCB69hpPH
BToGoGIVb2hh7RFFkP3ekDgITgfRlyaV2nB6JgrUyWYiyEj3qNR0nVsVhyVyDAzp9NavTyx5YLlABdcj/S9dcbm4r03hVKaDy9DL
k3CRT1OUsjGxRV8wWX0xEHpezBchwiXYlG3pGiGcIjSndCPkKCNlC2taAnTrpNUS2iEt3wfSsgz3O6dB6TRIcb+U4+pCG+lo2KCw
TkiwGWVfi1S2RrqStaKvtEvJPXvw4AU0tJgv0qtSsSENjWxDIcPGGH3v0bBSwyreYfyWfYdKM4owm/e8qxglNqFdx1iXXPnmFely
PJXeDijS9XX3EtiQ6nAlkLqRxh0MzbE3IPNXNEPKpk+aodImvmagcqMutt0J5cDUHGHks/aoQ6hzk2t7z1XWsok/FvjSLAlafbf5
z2aiLA+u3yLGVSNlSCWzXqxMN2WQ0KehJq2lBqhwfcctMqJGsSPNMd66WLrbvPjb2q70fORexe9tW2UGL6BisNB2cxv+80J2zK4t
8Ojbb7tyxgYWVnFQdHsef2x3ekwXzFXH8K+tnuKyqco36uwoaBo3frD/nyWwAvT0hp46EKHOA9SDdpV3P4XtnuJVGwiBUt1QvUYs
LoMJmrDeyHw7ia+udOnPUeO5q4x3Z0h4u3x9KelOeDTVAO6t45Cget8h7w3mNQJbcc5mzhCI8BGwgSEtgYg9pTsC/dRKb8Sh97Nw
JhH3I90A5LBtcVdpGo3zWuXyZriU8V9uVqUZX8rwjp6qw4ZE5q4q0kq+byxKpKIplhjeUmPKL4j5LaOgsCPeoR531SeFCK/4zhJZ
kQKZSMzzLxcpR290ycOxg6ZlmeRaYCoZfS2GyJJZi2eX+cNgBBsIvaZSpao6zBqyB6JF87rqqoI7TVHQ6fzr9Eaweeg1i4OyUx/6
2lBWJXQ6+yew0oG/7ckmZ+kOZvkIeq4wx0cGeSIqTBSq60lbw9Vdn4lICyIUh63KzU6KzQRlBgr8MmL0+C5tjdKrT0YaSZuveCQu
ZZJGHGYDIUDDDktjEiZ2anJsA/o9vUHzP9syf+FUWeLTBnYN/zkVdlT8iiYLt3tfXo/qQljTX7eFkeu47Tg1/Z4v9SbG7X+Wsud/
JF3GrQGi1pAD7kRhUjQQrhyN8wUGHZj2+0455So+SO6go46eSZ8b5D6y3szS9EbllSB0YPEbhQmKfuD6MOiTppmMvSll7xH5HyrW
+NBwRtKEQfTyIqO8EIfY5owkdFgdHu6CCIQYTISEDknov8iZFa+WOZdmy6K61puUmxXk7pQABtFfO9FfwaIke7Ka72V2sGp0rjKo
Ww1RFTvKCwEF1l6tuITIhGOcyUu3WHyHBou6VoazmUiwDEFdyZKUXsTw36M07z3cO5kaBNVpmHyEDa/ePLwHglAdbBKN44mUSnMU
fQFHBt5ZhloAsW3vYKSdoojmmFITqRtcys82vXkMK4rnPMSYGQRZjsjXO/xAZqkm1saYH1pe6pR1SlIR9kl+d7z7r4uzg8P94/dn
mLWMUU95p8BMeUnQs5l8SEgbQXon9hmpye1CqSGPkcZkmIwcLACZqXWfE5Ia3sKBwlWgk0V/ILqBqI1/W80g04hyT9ntICzQhLyk
5GGgfrx4aV11xCvsUjWsijx1GiYgkBAPdsb/WcbAaWvd4+k8dBUVwu8RZ9nntoUg6y7aBgUq6bMvp4g0U/5NGdeuZNaO2rSJh5Lo
VcVrxDLfGq+iH7KtJrOgYoVost2MSsKl2RadpmZNTDBtwOW9FX5cJ5IfbbP+q1fbI+8JO4iwpInZGUtllGI8cBPIyVMeLoSi9fxs
186P52Z/Ol7+7tBG/XBzXB1gxo+z9DKcffhgXrAiqNlv0X6b/CR0aGkvnSJrdozPa2qxLC5/ir53Z5u7eO3VV1vzz2tlsuXl1d2H
wA7F5xYMMFzXWvbJ5I+juwVQIy1YVKRjlPyJHjXVykeLOViorZX7E7n7JIVTJPKUc0UHlRzALu9ZxX23GPNNzWe/VPn1rXq3buZ/
bkOKe11xyHlMumoOjeE5t0NN66dlfXBcZHGp6xOC6QZeaTF6l6DGbmOjt45yeB21XF2OlUJsS8FXe54gY1zYIBjTnSqIF5ji7DDA
l3jASSpW4Af6Ad+XW+GqsMrOoNRLKSTJbveiqxBm/x46o7xEfd7rc38SFqH/sZ7XiP1U3TMW7g2+svDU9JiBnoGo53cAGGPv6IGm
l8BJMN6QhkRaV4ekoBGoFiQpY/AVJVZF/UzjpjWcs2Wp4SZIXMGHGqosNVSxQirQvqkkgvM7I5QV0cvEraW6IHvnKkj6Y69V8KWu
tQ0zdczLJh3z52++vm55Hb1y/eKQjs1mO8vdbr3Dqp7LorhAnEvsAtaLorQQ6zE1QHpLOR+1QqRonhMRkFS1aOCKuecDrJ9FcZrS
hUr9H7eZNgEYa3ogLVu59T1lpV2QH4io/cJTZRd+6lS+4GTE/rbsTDyvOfSrCiai3+k4uRBcl6Vz/S3HvWkjiBedhgBhb5HCjeEY
Q72uDSLfdJsIbuUiHEeuqaj39cnIV76tUhv1UVK8eKIT7IY4Y4krZNtGWlAzn8qPKw520C2lCaJcCTPpskTVSWLknKBHTM27IL2w
/WOcGbzk7PLiAOKVhmfB5+uC+/E+w/+aPBMw2c8G8m7CKK1lWOqx+KMlk9H8B8RRRL8HaJXmov6HODaGeipfZqt4xSol6I3SCyEd
xd9xBoeS9Dkx94vSfJjBEb2JF4tI83rmOAb8Ftb9GguTAD8Z5WUGHYrrlQlPUKkFo45FHKXSmnqr+ZwHeXs0EsoT8iK5/8Ya4fud
dE3Bu+wSJD7Zb45LRW4qPVTNomoxTMoF0g1KpPoT0iI76H1j+APAd0iy9HXwgre7Rxf7F4c7Rzs/7p9ejM6OT07297zNu79vPnu9
ufl0s++Fnih3I4pFCx0WTZAnDZDBTE1NIbslsKdPuizG6Zz82jCX/IcXm4PBYLOauL/Mi4gyPQqgm+KfDcu/5D8O15HXsIGc4Sp4
QOTHlyatk7m1fqPUdZv/f666P26uOs7JMpsd2x1125UGZjQBdCK04iNBIIIWDYckJGRcFX28FOYS+QC9eBXFmiJ5zCKZX8UmMX81
dxx3qrver+ftYnMKSRcPcQgx5cAmtw7KI0siYedksm51r1OP2+6UwEqyfyUYFN7oZrqWW5CFexCT/dxgNNexCKhK1Zunk2+1TTRr
tEa3L5FLwBFUkn0hgkbnJkctZ8cRZclcGIKZJ3LnTmtJZtHsciBXC1dbS1qJCAqPzjkf18ceMcO2dM4PXU7XZAX3Vcq5BIUu0f46
a2CG8hPuqYpoypw0rK+LEQ5Bb2TOso8cCuGbp74ynWYUlkf8lWQgpEr/oasub52WU27dIKlWFbX3yqAs3fYi/hbBWQ5f86+yYRX4
9NF1qBTcnDABc/UVHDvK7kJCIyyunVNkp8k6sqWMI3nTuTNtQ0YnvYc76xt8Ie/ZD6UTCVZ3dFpKLNoO6qCDCudXc93o4qDxK7hn
mCLnz5R3ia3q5FMIIoXB4JDcJHLRx7lK6ifDakmAkBwW5RbaZvqAYqApVkX3HnnQi5R+ISX44VxFZVopZ1q/GjP35f4KNdC/MBhW
enKCaPk/UbGuL6eswLoa4+nj+qk/RsWGgJD1EaJIeLUcFO4Yqhlgw3zvM/yhlfvA59UyHsg1rse5CYFTFtFeYUlTTnXgogMy+QJ8
hSkWTiWTDPDyAhF7oHXHpVSJuAi3SP7cqq21h92Kjk31eEtquqZwXS1bXknYa2jD9FDeZaWTYB+dBAVIpZsgU1vmXojgUmonay6u
mh9LU+Qt/xtONxy2agJpNonP0msQ+w3fAaEd4lOOsgyaDVATI19wEcNJlMfXyROKkBdvBvMJjpSzb2jubRHFeIquMZjjkxWJeN1w
RUSueEaDPsa0XqTiFVE1BeaJ7nsHJ6vnHN5E0TDYfIeqkozQ2bePo1ETmADIqORNs8BEYTL/QV+5vr6Js+gW7f/ZkuoIKccuESxQ
Qs3D9Ul1hV9c8Bc41koSQQB5cBWFmAwoH3i7f/K+o1TRA+8Eg1mEX9dr4XUww2opwdvVUVTwo8E4F3o7cvvJo3AuHI/x9zciRxkF
QsNzLqME68VeZodpkvKNnBcio9hNpKYZwCdFTruCfNcTfHkbY5DQN0rDyjqpn0SN5W/4jAsFEC49yJ0CaAb3G5MSCKXkNZV6YiUV
rpCoPYHGhTEnbSIVcC4yJQBoR9Eteg/LnTjFjzaoYlRv29yLGV8tRU0/BUSaDH9Ef2RHXHSqlppcu14B5LdwhjE9IaIiY6DILyhx
f3V0sKuctvCBRFjATRlrF1xR1PqMEOD69kJkMhxcp1jiapYDGliSaDDQiPo7NLDwK3npfWekHXG0xuwX1Prpd9C4Vl90NCekjjC/
ek6PagnXkuUcxcFQC6+fhiJYCstwDcV0oRkVyAKhGeMRl5RyDXOgLa+n3oEo7YMZHFFnKd73K5Ft9CUiNZlMgbklPROeCHqKh4fG
cKY4w4ljoUB0JBbX36qPaAlnROolPrLNyHXdI/VeWQwEm66MU1je26MkiVkt5wRdWZbO2NV5VbuI6vqRb4EOvhBWrndRcl1M6Wkt
q6jd5WUE3wUyhpk6Ict4rmeJxfHkOxzuY0txGoDOkjYN5vPs6eAsuz/B8mcBUJ4j2uJRcY8+N1gSipJ7NmVG4+wbiZHCtgpMh/zj
yyS6W8BOA9HT0JLLbFFBK7/FJon8mXDnJR2iKHWAzoYo3JzRT3i9NfSAIskCYnDS9xMMwxfDYlI87Ogl1hZ8g8w0HkPDCHE4enN2
USVqohNO+1crTy8SNOGRFZ0GT0kFR2oYx7GgWQAwxfReHYt18d8aoM6NsWIwjKDjFP1eNRwZ5NJWdmsaIS0gkI/LB/wbOimQXmTL
d1uRZWXaDA00xT3zH8L6g5YsacvDTaWqpMG7FCjaSZoVGBo8T4tIBOgj3yD+jHInpTF0bhhck7eu7EMqo7p2g+qQujZDnHe9sOlK
JSCyfqoXX51j1lJB05xVV3Esbmiposp72zyitT4r9thcoBW7fk+pMDEszFLzXR+yqbK2qibC3vRltmWcFF11AVx5cOIyFoiRBMu7
nYKBepbrEvN3ItkhrrK89tNlRv7acNkSi5R7mxtPv/sOWXnMRkU8A7LDiJ3EY7nRjk7yQY4DqFKPTSfZWkbMIP/Wc61EQQb3pZcP
RotZXASPB48tGEqtxPWE2/a8rf9qSWIqCo7pAsio2Xax1W8gHRAJxwu4OYF06I9eec/aIDOgG09h+8cSMImZY+j68eZj7HwMXT7+
x2NLpw658FHlnsR+K1flESUl6nJPUhE7gABwqW1a9lyjhk2slmuXsHiRRVfxnRcOLgfjweRJwq7+CVdw30QpDKbTjqwn1E0nlM07
Xz6AB/mMK1EhhzGJ7o6vgsdPbBjK7V5wMv1H8gANRstLBinY7HNfvY5nw7uM5cFQffAgaIDa7sIyYQ8VZNUfwb52PkYlomIPX4Ko
MuOeiabY68PR9C9/AYR58RIwxX1/owkypnJGcJcOEe3yKOF0DKhBQBXz/TYKDigIUPgS5WT+D1Yt8OZLuEyxGSUshMe38WwCf0+8
4K/eD96597HndBET20nxsZV8pNLBK7oXBT5w8BZnsVVZywy+6zUJBlbavOp1rkAJ/XNUwZKcjnFx0mSDVkqMyY16NkaB1hE2ZiUP
zk5yT8ZERCXSAT7+6+O+9/gH/Nc5/uvjY3Q1eiV0YOtDSPuTJkUoVDFqj3DEcEwFY8RuDZlbX0lu3TYJgagrF0opLc5FOIvDHD2x
8iJOyHfngqkaqj3viotpuuBC15wJB10DBU/QgjSwTKf4Cex3JRFzC5IQRKijR6TDRLUVYH17URfF4xJJ1lKdkZd+dXbWgrOPDHLM
DbtjnGWUEvvMCyNfAl2CSW5tDp5+tzn4+2DzydPnXICb9lY0ExtsBd9BeHG7zLnLXWyacQDv15ioQozq9EIpJKiZYCs5jRISB7pW
9OwCNSU6YldOX754cVEqKi/yCKhkdAfnZkY+eojBFSziMuKLCwVyJMRTFmtBmCxTIopXToQn8vdGDd8d4wV7TwDBV1qlxyrOV/ZO
eucuKl+p+fiWzQ7KcSQPAX8EohPxqDsW1JZcVNFda939+lz7njENW2CbQm6xM35PidlfAP9Q4YDEa9J1pBnTG18fzwYWL6TmvyBP
F79Ql916MEpJqf2skRMuDtVTR65tJRVGaOJkO921n15Wa9R2psn7VrNwaM61jzHjHsuf6rJRuuTbKRxOkdC7mhuLy6FREmhDeTqa
hovoJEsBoPlQ1BQJvWk4u9qQUbTUYU8YU8VQC/6iX5NuB94+2W4lxPpYBG9Oylr0ZWL7PjnpinptLQUoMCiX/dKQjAigdcf8ToSF
9lYXFcIurqMPChwUPupJVFwQi4AIRxXEay+EHz+CU3IGoTsQReu9dlaplwrJ7daVYXuSzvQavOZ7HMr5Uk6oo21XHayEzcqW8rCV
hX3kHBL94NOsoDkbCrrItQ6V/bIuw7pee2pGkzhHA+uFmJmr6J785ziJQBjlD7NI2c0PEvIpxz+PlwX/3akXldke/n6/d4L/Ods9
6fZtqIbfmc3SW/zjNcV4P9B1xurOotF4o3ag8h9xcUSGK7O7fCZxIIeYEwjoZ6C5kfX1CLmWRPKkv9euL8r7LDUHnIOTpTJObxWj
N+0xHr9wdnCdACXeDWHXOT7SHdDEzvqsNuSYCT09E5O+o7R4g7vvBbRkp9E4zSYqWxPJ0/JHn7X9l+jweyXso72K5YyHeQPTuv/3
Eu4yIOIT6vhggskRcq8cj8GL/5fo+lBU0xE/qQjghWzbf8FtXzWrI80J6X5Nd67tIDtXpbbQ3bandL7b1rJAbYpBLog5OFWrNDgR
5gCqdrigLn+MCiwNFfTwL/k+8LVdsB0LcYPDSYZOFprPIv1n6C2wN8oMjOmiHK5WXLd8rF9aTVGTLdMZc/ju2DUjHZcaphRjXy+p
t+qkxnE5KxjIOa82QClwlcepDoFP2ybgSsCE/VZcaeFRCTL23ZcsP14IJqL6GpEiTahDZatojvV0BXcYyVX22dKplQRWvEQt1ooD
yafmQzg7S8qKio4jQBNIFgEmEgjTRpzkUZLH6OIidAzBj5x07eBEdeFtqD93qE0R3kRGOJfUzGB4EQZFcUEZw6hBznfo78BWkCrN
FriFn6jBAl35wZmCqD5xi+TI07WFvFRNSLHp5mbOmr3dBAfxBrjd2T3dxwCh/wD3NjujKF0PEIeDGO9bY7xeOeBT/vN7/PNZj6uE
tpADJcwopP+BTaXk8RYTc6HvKw5H7XtwztjhQMGlWtLd5/P54N2gBOm85HE37MXWjTe42J9TVvG6kaIFE5DemR8LVNq0aAJinco6
JFGbnz2HZZZhejIcPEn5AJTFcZARnLBYytuCEqn9wBloQP30DK2AUndX5NGXqnOXRBo3yZ7GiY0oxX0JnoCp50UYuoGGnHhBxx0X
beDaQ/HVWzj5USY3L1403PN1K2/liO4oNQkcUP0nwvNrn1g6O3fUbZmfH8/CQiPkd53OgZORlUTcCJVGvcCFcCV7YnmFNdbHU3au
Wm2hB+Uu5U8a5/k0nqMFxOKvdXI8OvOeyI7yJy/iyasnL1ZRdvlqAIypiCiQdQzpVOTe23GiFV6EgR6zXE9p4gAz4lx4eK2iGVzN
+nif/NFyjEXX/SF7i/Ou+EN/MBj44hfWR/SHyWcvkMATlgNL/WSa5Pj/V8tkTG5w8DfOcuj56DHK4JoXUzEV/um9AXvXqOBgCe5c
XNdeenNGpiRSqYRJwUWK0X2NclCJ0nVG+DF/gocgvUGwvYCXQ81DFZeXa0h2A7Gu6DXQg/HDpD6mLJRHYzty7r1N8n2xdXREMJM6
JdWTpiXYR/XjMp3cqx8MN9+pDHmLAWIRFmg19TVc4ZxYWsp2pGf0FMfddtXj3LbUgJWFGQaAWoO3vKdAbY9J4YdD9wn8Gk0TkqSO
kN60yylWLNp0oPHxfbEuZCefDt6WhY7FGrXzf3REmmI5qglw6lwKLwm+c8Rm0mqJCKZK3J19faTripGxUg1uUYEaEWd6uB5FciLx
FKe4s/GbZduXnh69RfMYKsNMJmm01Sqjdox6UjvVsiXiFqGSaubgQpwwBibC07NVeJ1E+ooA9WENbECukKXLHdzg3z+n5i0VXXud
kco2/gMGpGLzbSej5Hr0ExX48i6h24JscXQkv8IydKhe4mDFAKaL/dPT41O8y60AlnmZGWdE/SORbtqvj13nhzSfbIM1Il8WVGe/
3T3yVk+9STqmA1YmJBfVMvLzj4ODhWAUtuXdTApzfSzFS3iUEuI2zqOeMwxJknwyowiS78wdplEbANJNU5j0kjYnKJOwcIZifCMy
4lCDXnMpJd01kJMFyBhwgAAZp8oSCSrW5Dgou3lkq471qTWgifxcRB9rBh3Fuul4XI8HV5vrDAsn45zVcwNZRjjN8aJ0RRo+7qHP
kUYT4sX2mupVeflvaZCLlT9xAesGcrVFQK62moBcbXX0ul5HgFIRPGXyTaqVLgUreRhjzpVSRSvyhsYXFGVE4RYix/5lxCIoGy/F
IPECZbXJS5nnuTUnIJJI8THapzh64msUKBZHWq+Oo/suxJas8jqyGuShln8II7McTLVcCuSrtRlt9YaqT360R5LGKaeA8D6xMg/1
cfRZrZjObhlhdTDxtj4PRKRJrEfHkA+8jNgS9QD8MwzxKXdIseDVmK7qiJwLa+CXATSLm+snmIEMOnvCwTRPajE1fU+0/tPWs3/g
rHNmcga2HCEMx8saC04ZpRk8RK9PH/xyeT74ww8+LtEHv//BN5YFXm19xg+qM/T7OqLt8Nsd8bKyt5NzXyS1MdjyWiMxxoUag4OZ
6aG17BIdnmC1j3dTEsEt90JtCuo0XuGFsFhEYcY1kLi+lDidoTdP6WrEQkvZUKSuleW89KzlYkC5ZVTjQVq4S8WHDJkik7/MyuQ9
8zg+kJITet9VSmd0CMg9jGezWNThDfS4KbuTCc4OLzVDuQH03Bq9y41L9s2eUbztUjMjMfVgLcvF0w0+i++DBmp3btHNmNloOJ5j
S0wmIAU6f6aVvWa3AYlN1M2CUwqoaFhjv8wMARb1la8OKGfxihdM81sWBwnQnao5QXpRBMqmGq2fSqWkI40pH9G7hmbsW0I5FpH0
Vwfasbk/UQkbFdYqPBNZsXAN+H8b3uvsLB9pdXqwmhmeKgqe9TYH9H9PNjnjP0cQVQfDwNmoiMoTLwJrURMkBhzUlpBN9ZN6Iqwq
y5bV9H7kHiF0fuaKA5eKCrm90iOQvRVxp9VUvrIGMLMOyFajckw87RrCZE5F+h0zU7Q4337bEk9HRkFex1cdhDpSJ/BSltVFv8Jq
7qrM0+zaYPWwsKSuEL7mjypW4Kh0Aas7mX+unhWB5+xFkwsXkIkoM0Z/u+S6SoFKlB5BiGMJEUXWHNiGVZwVaLZjG/eTcBE/mY6T
J7AOXBsKf23QJxhZzXn59o/2To4Pjs4udt6d7u/s/c/FztnZzu7b/T198M4sTcnDUGJCc4Sj4zPVe11MLCN63ZyD97Iqvcs0glvP
NbrS2CXsXHt3z7C7Tgw0c5W/EwOtscUlLMMab/sZ0/jr3CxsYDqPKZ/NfW/A4c9ibwuRXgQlDrm5wxqnyiwml76q65yhS9Ynk6qM
cydjnw348JjiIDXdBTlJ1sumGgiHtBwTpHLKXOnCBweh3MZ+vbJr9dyIsHqh6a4OCWDPkRigOzHwiRHwQmGuYmQtTHZi4JeV0Wab
RxOjTUy1vgUmQ63h8AOZ6dswNxnpRxrcjdYdwzsQ2JaqU+CwJR1F3ZpzVmkgPsXCPoqnAiYGNlw406/ikFzIA1F0THgJDIVb54xC
LDAnB0bNxGaUobXkPQ14nHBE+l3fDEDoaw75nUJe5x3iXX8lxkFC7AOLHY/vaT3JH65c3q/HUXRjEZCZaOM9xL7qLY/gdL3FAAN8
jysPt+ycQmOzXicz5byLs50okwArDcJW2FQnoTRPCWO8ciuCyT4AYxyMM/3VjRPHv7brDEYtvgQb85+11iqM4yMV4lnUGnDVFWue
WJeCSaIubtVXuBVVEAmLBi9Nf+PGsCH64nzr47Y7uoabPP3oCMmIryjVrsWdgz+spWC0yVvYTbu8VYmY2uUIAPNLqwBVYu/k/3b3
5c1tG9m+/+dTIJxbZbCGYix5qRlpnJQsybZmtD3Ry33luGyIhCSMKYADkJJVib/7Pb9zuhvdQAMEZTm5781UxSLQ6PX02ZeB8Tn6
4sTaeEQuSTJzqsUtHRNm5yyTlM/APqoutc7iIF9pDlBa9+rFqNMCWVDWylw3xU+Er68WaTK/HSr91V8erW/YSX7seDU+Ig4xKalA
oVmP6mi68Jikb5HERVIraJFyLnFgLBQ9jYp6heoS/1f2TeXD+tnWGjdYChEC+Kx0kPndjf36XQVQ1Q7imOdml4MXp1qEF0CmnUIL
LJpFhNBfxwUn5+av+MgGOggiNStFtM4N8htMYnetO3ybD+LJRZyHPSGzEnXo9WC3RTAbYO5MlDRO581tJ1L9JqN5ZydZmX2X49Xp
ztq2x4TLdBAW64UVO5nYK+i2MWjdi21FRP5zEO4FnVpqkOnDD38IVnbRMU+h7iDn4Eb50FjSZdabrZi29pEyvyuurd8By7chYok0
o//e0UDITKOB7pUn09WmqFh0gQdCbzaDqpAi8Os8CIGaeGoGK6nAdaYrY87ow9JUcIViLf5K0dVYpeWxK61aotlCBWHRg9yr/2ns
t/VGLs8qe09KpGWGUzoeVRdsYhXdY2EsmhKs5MZ3LI+VZM9GrGlMMjFKtSqxzTVYKAuGHDp9dUFUpd+JnMjFaqaB9Zgij5RZj0j1
+l8zDtyfldFjo3h+H0iQJXmJe6SDrwen/UmhvxYK3GqPWV2GStoMQmXwaUNAgmNuuTe346oBpeaLXw+MbbCTePyNzZY+c3vxan+9
JEaSC3ewozRsmk1J7mnT/CZGzzbZ/geJFSnwTTtVL3S0TGfg21Y2FKmb069TcE1/FlxaI8jOz+0splx62toCrby84OJtkZiLtNGB
LT6wyhkVI9JQsb667xtTNs3FlZPM2NfL5KjC9DNm5eSZhIGzRV4Ibi3Azg6XQgTHmAvC6UqWGzQIzoZuLf+y1Cj4q/+pD+xqK23t
WjQGzbSjPNLeIKhARFsAqpLIOuY4rt7ANvnemUR/eabIP1joh0FISeN2AEZJqDaDh0T4Cg7cHwTrOtli3bSpRM9ngRvTI5Mo++OY
Ht0hHdJDaBFT/Wu9v3XPyq26rsoCQPlzFWWVlrbT6a0kUCf5WPGtqn48uFX9hJAMB/tvKkHbxPwjPLXcVVtqj+xYEg1wioGgq613
2StpOtCvNDgijntMqGHZ1Tq7x/qQRrs5ddQQNOaX6BsDU17Y01ZL/aWEClQVMADTzcraFfOtLiEodicliuun68mXJaUzyrMMuZey
zJ5zcejdSvdGQKIbTPhTdqwmg/h1Ew36CX+3S6UiT5YXBaR3XKZHPvDlPAh+CmoZH2rPhBvwG6E4hbkKMUdOfQkZ06mamwJQ2fa0
paViN2839wJzucjBlWp5cwlJLeNQLWvlbjZGbfR5obLu0m1650kkBitXNMbh4pYtsXPZcyswtUlolZf6A21b9kTc8gxcGeae7FNl
0GhuiiTIEP3vY00qs6VV0nh0TvSiRcCcO9CcOIzUTjKitnaJqlK2Qmqiai9Wpj1O35udO4IYbLO5EuxZ4vdMo7qpTpkPlROYTgaP
Gxay1ZpIlQMs0U8XQNDJm770rVROKjXcl2/YJ5W+T7K7GacJN6lTuVXdNqqm24FzBqc65F2jQbbTW6kS8NPIh3Ic2IPy+ibLJ/06
c8Kphl0FuMk+3KMxGlO7cStTlaP7vVCJWlpyT6r89eYaRcjiEk86ZKK0HGWQQ7EL8OjOTRpm2oVrOzigrom7U7ZKlTvNX+PETOKv
quKJLyFk9x3mPEKrpKuzsnj2psgT/nFGXfiCyX6UlNtwkgLTw95S1zqdq/r1c/D0yZNHT7pfqHJIOydaIjn0JVxpHWI0d9urzrEh
d5lMpl96v7TGci03sdjXa4cZjfszs+i6jh3ySeki3ZKeyf6mQ8Ym87FK0USf3z1xU5mCnjM1OX11S9+k5d76XLqmcNJzAOg8M/mz
GgxZjBFZ0q9l16p5RGAPWclBf9xBwtyWKi9c2yaSOINqITDccq0fAv/HxZdYy5Sg2jsielWSvGRewdsOK8Y9Sr1WD2PHbE79GuuP
LMv23fzlV9FTRoYHl92xMkroUnsP9AZpt4JQKudwI+bh9MzfP/xA43A1G6l59YAwQWJ8Fs0GRgVbwJHVpVLxZlBJmRZEZ6z6xFye
6Um1utVXhBinBFLPLkDZX7UUr2NtX8Ym78rFVw8VGjCbM3BL/3D78qKbSz/wSoO9k/Ii6ztNPZhaEvVSanwVUUHNuWUwuvFvZd/n
seWSO5KwqoGxUj3B7h4ATfej1QGg4Vj/t3oC2Gu8JyvYXWnU/WJlB+mJiL4KxuMv1EH/yEqze7G9lKV3rBy5y9HcQCUdwkNrZjWU
pM0xFZxUFw+03oJrV2nz+2YwatRGSF0dJjxG7yAe0JatPAjHky9X076w5PE8zmsu4LHWXqwZpMAWkYoAMs+yIGzUavjmWbUy2zrL
OkasGPixpUIh7o6q+t/CFqx+We/bdWeF+/qtDI9X09N0NTug647636q/x1Ko6O720cnl4w+KF1qFHLXpSke14o1ttSl1KyRqq2lJ
bdd+Vb/R9txnE2tUem+GWbo2TdLPplqk8gDUoXoD1l+ycZUadHPTH8n0wvusPrWSN36jQeR7+9w7PnJ1R3m/24E3OwL70yNZkMog
rI6jp565ORN0JYy2nH0t2Crukq66nur5fdUCasJKl8eUVjvYN3bFZSEL3n7qPq3OXDwxDd5u9EF5fe1VGwazw5j2Z+ybr/2aq8H7
3CWMFq9dhulQQKy0idBdF3msUh9XR9EmuRBVMAAm24wE4gzZQFaAP/GVAbTHY18Jdvy52gyMsBKsB0opMQg2Aq2U2Aq2FZoKWFMw
CB7JH89vZxG8Mx4HrDjYMsUK11VBww2pJ7iKreTPwTl1stYk2N2PveRH12CiROzKaP1lqMDZCwAFezb41gXm7AUDiUKsRZGNEzqJ
SX3xue9uOkMB7BqH0jj7W0ZT5zSDzwivq9ShBL/IE+I8g80G/xjtcYfPea7O5/yk7fPvgWGPNO+34xrJ/FjQUja4+M964f9Ui/mM
0aQ6p0Fp+l0T7jUqiw9VH5Xc0Wj0Hd3luq2+pCvv73y7peftslvi3XSOHmPD19rJDf23oB168sioLAkH+cc1uhWzjzN425jH/q9K
geaD4u4LmS5/XL5t2ElX1ql0EZ3XpKH+dyUte1wR++1h6ZV3tL9DjGlSFIs4WH/8AKaGa8JiWX6LWHWQnbW3v+Javz0cBPKvqs29
PYlmcHvGG3sMX6O30ygd0rgjRCtvEi04XaQpX5VHwfE57cLTYBRdw7vn78FJxPXXSul1KCXBhyfZTZyPLuPpdKh6Wsa6vr36Q2jI
9VVJRPSWqT3TtYCXEQJnGmkyLjpMwzeVlKtU++fiHomgY57h9VW/c1SCM9HraYn6WwfD+esBa9OgOTfJhXqDYe2gwRzcTb/bMPcS
7J3eCXvjfymxuJMSh9DsgQMb62ykVYQvHzThbfXJiB1kzYcn5YfWm+bPD6OxjXKsca03LesrKxRXUZZartWg6ewIFeDYj3WCgEPk
pVwn/hFuvOJFHUk+g7cH20dbZREirjeTx8LEPBw2TRKdq4NwyMg1NObOqExO3qTz6OKipCSSklRoFlHH9DMTLHbwI+CyJADuT5qr
IZUMQKD3sGEL6QIzwk77XdQY35/JuL5q5zJsgOa2fnimlox3PZuOj+QdNvsYYS9qcxWqV1SbsL2i1iSiz2by4jF+Av/T309BkpkE
0I+/S6/5XNqtP2R6iZJC9GO9gb0QxCKQi5P4ngQVWpzheRzBqE1A/duOVKCk4Qeaepo/1koC9pWQdDEnvAm/1xwWtGEwIgmPyOno
X2+KTfXjMEqjizh/UFTp6zuJ430hAwfhvu6tvxWMpwlU2NLP7v7o8EFhf3PMmrJoqr9dO06nCfz2+fTK8vBOYmz2zYPmS1zf7FUa
Mr1m1lt7tCYLQRoUaxOG4ll1gwgpe7Q0TgA+JrNfaAXocnR038mqvSNJP2ggxA9xnWd9IEPkL9UaMxpyhr0kmol4m03eFEIPrKMH
Wdu+ps7Z3RTydH2bHTdCKPJVBjgVyR1HU5WaDJ/HzGmx6zIboqPic5mgjpNMaoWfWAZmEZfBuBoiKkhKydvjsf8kHpdbD8BR+6tM
AvH5OdeBg7u1hKRFHAqB6tcaRKqgo/DsD05YG39yFMeTeKIF+SbwUdHR0ugk5sRgfc6miWyNEkEtgUWSTg/Lh6LSHhDHthXQAI82
PirEnV5IghY6roOomD+nFm9mnJVPoBDd4DPOorNIZSAEZ2PDQwk1UKbpMcNHY8kBtZAiXKLeZ9h6FmAmh1H+OWx09YCnPLethq+S
1BS21V2VpOncQ/XTE3pHzM/VGZ18SC1guLJhvOetmi7V0stEgiSHU/s9tvjz66VsqW0dGTfGoIjFtyVf8CmdyugSKWPUsEsykTcZ
dccNWcj1kse1gj3veziL3gcm7Hws9Iae6t0jIpE4U7Fc0Zxm7Q6DupgM21WjSQlT9WM5t+fIM+oYOyi7/C5PSFicZ1fJOHSgAtDF
tqY6bCB+7p/0V0j8N28H15ueWw1hn+l3jBaoGdf9ZVvatJu87DmSmykMcRYjggtmy83qfSd0/ub1TjBPUBQyjIKd/cNgQvd3jpdR
Tpc5Zi1nZBJ3clkhh6AoMpMGColJulAgh4LQLuhLGljeQIIxmnNqlzigAWUsdzhxxKjMVaDtJFc6+YfITDvTqCiUu0nPiyZ7LZoz
YK3MFZ2YZcu0xdbZ716/UaIC9LLDj9no8q6EoXk4hw/gm5TOJS+iKR6F9ATH19U30AOFaucL5XQ69yxXzcRreSn6JS4tVnJ2KZdY
RTxtlYhsFLAs4cPn+BbL+o2NpYq2c5p6oe3Wnxbv1LMLOTvdKfbP02GNLfM+9PNqtfFaZJbzlWWWqqfwZ9x67AuXi3r/ubSD36nA
anm1hN2TW+WwfMpQr6UkiB02B073q8l1r1lVsqQ6kcuIOY5mWPod7AvLA7JaN9oN3vhiBW987lsHYauSubSRlj0k3GylOKk6sWhu
z0UdOeiTE8LSP//gqQ8P4vRifkkP/vrX+z2aCq8rRyTiUgkv6qU6Obl975MP3+X4iJZBoNM8K0tsg8Ck4zu7FScU1Mke58lsDkIX
hP91PhTZbi3+T/BACXhw33SY9rZBw1KOIPQ/ISZDM9elGHsbz4etoXwuaNnb1rf2TUMaHSz94shq57tSx7DXVEm8GYS+/tANAL+B
Jsh/iTZAOeBYbTdVaoW1sV15IJjE46SQilIo9jRJinwx4wi3f2dnQchuIlzS5REK7hXBDFIXSlqxT8kQ4+z8JXgiUl84LsYBkqXn
htUpcXjwZLjOwAIxAL67cIdZXFxC4lxDJkzaye3Rzv4+98U9s0PPZhApVT+KvCXCbnHuMOXh8qDQLQoj1RaoGC5G5SA8Yp+ZUvU4
CN5KztyBDGK7AwykMMFvu5dj1Oo+uX78/gP/+5SIG23Rb0b3SNeRDf9y//Wv4zy5SNKvg+ClpJUueIzdtBCETl/h78U55+MxQ4t1
H54yfFa6NuhX2fN/RtfRiG/USEs2OcTvcm8xxtkiUQk0rjahzXSLf/AD0BxYBK7OWIA/56c3yQTTh9agVIhcW0dopUTAOKHaGnfu
/H1l+qys4T6BPKNAmfMnKjAWS1iks+kCelFYgvp86EeKE+bMNfNsQcxwoeeyaeKuaX4QtguVv18dPybBReS5/Dsn559o3Q2+IoD9
gSX4GQLnxbCjJv2D4D23AvAYrK+p1vGDix5Rks46c4Kzg48np3sv9v/74/Hp/sv9I9rq6SQ+H172NwNWSUL1SyQdFQnXB8E7Orh/
IXsbNJPYVOgl2dkj356gOlFSMB8UPG7LmyyDq16fBetbS9vyUM+CR8tb+ibzLHi85UhU1UMPtcMHbVoq15GI9TndetqGE9neh7gu
MiZtxG52RWzi9gKCEO06rPPBRtua9VjyIU1pY6spRgpAwrjJcKj64yPW5DCjKrNiby75mvlNe5EvUPebdWqzy9uC5jgFwA4qyVjG
JBDeshRHtM/Bs5ul4o3TkxgD6OH2zg8OqUuDvS9S60SlKQEuy3UmE90LIQa2U+A3+qOu4uk5XacpV5lhQsnXDfEmke7JlUvncXSF
MJRKhhjWnlVvN+gtlARNpbJZoGzmuH+mXSdZma5oyEjI3NhWu2hbf1VbaUvbZfZTJCEK9kmMLUIzrVU0UwDArLXKlOZBUjuDAAm9
U2QyChEToQiSqlHX5mlT1YmpjUUklZq8JFPRPdsWt6YsRUZx5cSDnkzpcoXjfrdY6VaXMlPLUu7QWOYMCvRJMlt8YipD3EEcoPQN
5+eYFyVQbjrUSJKNEZRH9ihjg28QvHLO5UyODraDZAK0gqrWSv3L+KoPYjEoE4QGu692TgbQ49C/AWdWG6pyQD59+CxKpFZglE8T
lUWkkCwj3AGTQxqcQ/XPkKSUM1ln1zQbLCszQZzxHIqUwuW1HBNDmcBEqJ9s3mVkUohCk4X6IBx2lbpEVeXku4gRZmU2hukxL5Ip
v2NtoY6wMtBsTirKBgLGoWdc+M9Q4AecNmEa8xroH+jEnImbw+VkCHrifHVD2vF/ZwvgOTYbfSJC+Cm4im4RDqpaFjofnYxSZfKa
cBGncRvxlCYK3cg8BsIBBZyuA0eixFC1YsLxrehIB7JfJUUhEXgG+6hXK2AamdFKeOasM545sxMetSETtQFX0VhptoA1zqpYY6t1
WpGDhHhvqb+mJHL+gj3NcqfabEZI9gRFcpNEZ+8RKoM10I8Pm25yMIskN3kcmA3qILA558Elu2fh2bINUu2iJmdGDVioqVB0ACtL
lT3WXBchMUIIEk3+b0RVl3ddVc5Z2wjWuWIOumcmhEXqQvNkUgCKcJZvLINDpcSRwqEiNfjYN2DyQpBGhizSJFkKr4bNzjPm37XV
zDdeWK98IsOs/TtLwNRfcVG2GNry9MGcxNg5K5tpS9RAavW9TUbDzPz7BtotCKJ2xyIisiY+shZCSwDyPNjdPtmSXFBrLF5kmpJZ
+R4kaabEkXiSnBJI/gI6Y/jkZ2CyBJ4T9uh32GjvteM+El8XUecu6BLas7CsQXbHq11SBlzJIRF5yHCvkxsK87PdpkdPrUZ3mKX2
ZDfXBxhE98chVFb/w7fRFDonTj2JNFC1xomvbb/bsrHid1EBoYwAgXOVvIoKkb8EMlSkSSm8SUKTslXkb3Wn0yu5n+7Tlw6crOk+
tB21o21/rgzp2yQeWcaMlqRcCFrZ2xZ609Mq+9vy5v1RzcpA4SbOdjuYJOeq0FIQcu4K4RkJBtjxglEgZiXuFxU9hjBEzH16kCin
wXd8IxSqhu5HibkEj0MdT1kTuHURUYRt+gYIufhOwZopexhCgdQaraaQnME6cjVgwDaYdl9fplS9vlvg+ZwWLIkKdq6w7YoiIA1k
00rWKsitkjTrJ1VaYG0GnVgBndgawt3+srH+1HbUgr6CyAEvCfIDEv7J1JspVDFkUgt9qHYLxKdgaW+iXPyIOQdQ4cojFmQwKEhp
BS4iFBWfHbK8ZSleh7NbpTv4WPZQsKJ2AuXnNPkct7K+2wxuckZOgCm6a8tDhfe2hKovLp5zrHI8hZUF6Lc3NkRmSU11TfcsYqX6
U7kd+/VqGr/onH3uB+xU1Gu4szzEs6pqiBAlurLICH4iuE3//Q9XIaTNOV47q7PXind2CUE6NzSlbafHFqF1Z2xtZ89zzXoN+W9M
h3pp5oF/fcEv7uP3uj08mvXf3lJSLv57B8AWMC1IyprfxMACN5kj7BUDU03r7BYar02jyv+NgUqHtaqyOkQTdJ5Nxw+Qzx8kofgq
2jD+2EpQFqqjyVLFfPYHwYS11RdaGx9M0uJjoXXx/IOV8RUBf2zQDOFaGaaUKUKepxKwbsR7oyJyJGx8oL2h1bKWHanvh8Yo4KwK
LPTRSKFhW1C+IKTCJIWJcpjlA6YhMEYM5AXznISnbA0tM6P44vppH+oHxxUFDmmO/YeQ8uc4njFBurUUMEbbWCoJWDqfxhdEYek4
Y6IMwuw6Iv8BYSctfPNHJ9MoPWV1iaJ64rYoWoB7kfeX6x6FIju6AK2P1DoBhi398M5aSdyE4v7Vku6U//9TGjibf6/qAz4Q5kJ3
6a+wZ+dB96gTJFxGYaCW9yz19/8X6hPcZBAezrvRT0twmiVRdouUtvQU7z/8HPA9r6sw6JVPicGtJVLBzdXRK3MlDgLm30d81yEh
9d0nET0Jvvo1JNsli60rRaUVa4dWobJVU4G/SpzPWFepZzWe9Od0dwR5dKS4pFUgtXkvQMF6bHBlHqM6kPsmsqfwtZMI1zyypprm
EIj5jSehpmI8DZxIv+F9pN97Z9Ky4pJG66FLC7oZtf5Gj3eX4ZgLsLECb6S21fM+m+tUfbUc/pgXgMY+zUq9nNHTG5AzXFt3cKsr
fe4P8gyT74G++rgeQPRMrhtMVjzFaDozkEOeatd1SXS76AD2OKdzOHu//mEQzN5vfBgo7YCy8MBx/BgpqaPp/kXKxLaIV3aQqlCb
GXu41llbexYA1607+Q955QCeQZvvs+0MIVCpqlUMdAF2j+6cjwKcrFhOjDlKM/7gRZ2ICmVuoRNDWr58M/hNFejLL5Dr2+b56Zxp
878OeUpQGpThNtKeFc4mIxVJGU5CbU5gJN+yhBeqbDTSbZ82PP+s7HJKGXIW6yXTHG4uk/Gl61QiEn7ERQcv78xzWmxvK99JO/rN
XCccXe7IdDr2B0N0T5TnzAoWrrbMVezdqHjw6i7Y6++YCkfEsWcaN/Qn75Vq4sMyfsj6QjJgbS1nyGwNSl9qKPu+49gKmdgzq8JO
rzMSRog6MIcAjSpQIP917ktP8l0CgOFFtemXPXFZoVClCRPK6X1ghSvtde8+mFbWFaGEh0qwsyK5ufNKXeykb2qaBR341JXXqMu7
cGLhcrVb7eKQBWG87904ecd86spB/WWgxtwhtHXlIyvRePdif88zwpu2whGeC7D/i6/DpnGngz2PMPNc1d3OJVU8qzVvsmEjJa4i
l6GKDihCXuYSmRP/q/UAIPLLivgfWpX5JTF7UFuaeSI1TjyZI5cYpsodNozxSnkLNJ69jK6Bjaps8tYPXXzmL4BNaxz4iowKhyXo
/cd0BsFFpzNYEnvB9JqTixdha3EVNGzKsXVRgkZvE9HuQW9z86eHXFtG5SyjX8v6thNvXWy1uZcfZcGalcVN8MwkPo8W03lwg4C3
wsl3x1otuqB0pHE652dD8dER5qBtLKPpuiAmDB6upqBYkmslJauyZ2YAV2GHRAVtA1gTXWNGTczS4sRzHaVJcanvLifsy2OOY23s
soqtqzWBPRydZBzZurNTvOe+2QLhigVMjVq1EBXnDW+61gcwDovHDzfx/3P63yYjunF8yVHaxvFY9Ni4jE1jQSsrseI1Z/SrOL+I
4Y8JlTUSCBKF7tM4CWcmoDkgvP1G1Un9HIvXusDScDk20Qt8FtRl5JXzknS6wDgbNapr9ZWbJ3NwU3jo5mUFieCrHLT+ivMq+D7l
bJwN6KgGnbAf0jbscDyH09tqsNodKpUOoCNQfuvWy16V5tHRLB4n58lYqSI+2BrZqpZi6w5b+B12rbQcdpXjxaimebGVvWYso5vf
QrjEiaZZn7I0XKqLYT6Zi4sSgoIHy7yliiHiI9qGjAzDNm83WpsCdwmKryQkO2vHxtC2IPebaUMzP90ccmfrr5r2+9nd9vu+BAut
i6u7E9/G8153yubAP4DvH8FDMOr48+dnXrPsH7fkRfqZQ0+8nlD0Y/Vlrjj1++MiqxDEqYSqxu0PW91ZnKZbe//sjleHh/k0+hsZ
W7euQytWConvsHmcYbBtopi0PRleL9yei13CCJsVsQ6hUh3boyVQ8U3YaswyS6h8xmGnXX/69+HGk8fDL8Nbzv+SKgdS7h8cbJb2
t8SjEv1r3GJZ6IdNMTucLN0V3zrpwAYV7c2gImwPlFQ/CDoUwPP4rdhWl6U+K1FzY/FxdJKjqJ/ZzTId2LdcG7kubiZrXBbxHWxq
z2tAM+VhgwwOZXFLCGU6FNZjc2m4Wm4VUrlU2s7VfKu+ereR63gs2TUjRNsAwck99sQRxfKh7K9iX9CnHXPsWBkMqMiYHZzXRby+
H/bQhKg6/GBsJ87rzg6WCffLj82R2WbaVVjDljKBSjnSWfGslcI4zKr9Sudoh2zWC77eD5Scs6IE03S8W6vbu8RR9c+Z/5nMvyOA
64Jdysd9VVBadj9+dO8HWKOKTkqN3P+zro4av+0DOwacv6mvWL3sfOOUhuW7XDdPoQhEyIoawgmpVxH03pK58N67BVx9glrkU2ko
hNnh01U0/iSaEK3K5nzyHHtSiYDVLnJlNKs9lB1q67b3BLoOg3cZTH1Z6voeMp+DFHkVrUwz+2HfnlIzL+a6KUfQlyr/Ju7BiQ9N
/LnLWhy+uMbpKm5eXzq7eX2xPXxpBdohlCk7PapYzPWV/1L17yqdpJZa0ZfcXszKBMN+qQXDKq74S9On+sLtz8IvfdtpSZdM6NvR
rXIYXzqFtFLbLmU42elah3DYh5LMmsBDDaCnnswsp51nThD/12ollqfK6bOoOY6y82YXt9DSV98IvXTh0bfjl2pEjUm2ZSkr4ytt
pS9gVSXGnrNRQmet2mCUB833i/drf3b9dPeWkFgyXm3PyrAX3jUmjYPmfAVc8aTtGw6VafOY0LYejlZOZp9UQs08rnjSKiOYRj6T
GElwzsTn+RMxqp+gNI1NeMiAvSrswaD62Qzs0jNGTW3bJzRaMxkOuCWNzvplXU3jJhkr2wKJWm66hlJ/H4TWN33tFiGa6sbjc7g1
Y4hyz9CVvGjxnQJraUof78D6XYh/gc7Vr4rfFOXNemmsdX32Hu9WF8PwIpiWto/hbybWF92i4tG+Dbjs+6vgq3SbGbSAGkNUacdg
xGAbLrodn2Ux+BMPsFh2gOU0VzvCfZiK9ZaEhXuCxTeeYNu+WotxnnMEVfFdN9eOJ+SNKkkoL6WySkbGBDvPgh9tlIwvOxyarKfT
WRQVqy6hZQQo3OOB0JWqmPLWB8Hm5gZjwc3NR6LnvUFomOg+i2Qer3FxaaC+bHrtNfjJ3QLJdCMpUs67MDYnHYSTPDqfryXx/Hwt
ob1cm6TF2iQpxoghvqXFcZCY8ShW9MKQ4CX00gVldQZLaGUx5OzlxTvCEmGvsjm9Tsxb005rWeSnqUg3ejlXLMtNb+2NMZzEwLWB
ItMMHIa74Srl792NWbgPtPTHiORAcOffU+dk7lejqgLOYT9B72/773rkV2RWPUB8pcmZGvqT9na4xcpVHJPrd2aySz6uSq30kbFS
U/S8GbdsApCOB8P9dSI2S05FzaZExj6ztj+VsVuBcwkFspbzs1lK6261XiGnu+o9sl+uEM2kyboanqXWg1UF3rizwBvb4p+5DPH9
Un97avuuFKgUD100BZx6kI0H8g2BUoJ6523LVBOlT3/5ZYW8t81LUQf2slJNemLA5nN8u4TuTGzbhuXphy+DX4IJ8mvWS+e07C7r
XgR6Sj3MkklwgKHaE1nT+4cfVubkNC+qSwFxeod7JDrlclBjiAPs9X2o83XSrITmFr7Oe//cXWvGZZn3ymRWPPD93h4FWKBPXfZZ
9S67VRYr6MEYxQ+XBS5XhmfrHfB3l8GxP+7I4GT5Aasis2lLgla3A3a8YHfhZWdC5IxYtCKeNOYdp+k/2hi+zm9P0C7Ufsg8kCS7
kg5w/+BG80tffnvTrdeyXJcrorsM7cqQKxQ92pCVsDeXylML3mCaTIh5nLekrNWtj6mz82l2c8eM5y78aPal0zFyKh2lr1eL8OLV
KoAlkuJlRRBj9oWVnCsDuIIqoNKQwYsfr47IhOHyiKOd0Nk4m9360Jnqwt07NB5iwNCWMOK8Vb6wsxnQ9yvgDQ4DXGFhbqp+lWwG
hej4K29ymCUnayicV9pX02w98qrwcb2aeO0q7a/VWjqr5++PJ3WiHsVOJNUxGrmSQalLVnfDckyDlB1NYaK6bZQSWyx/ksLSYWOa
DqCll9lUssxOsJTmdp4aOPzhjzWCzc+rG61HuWPtgvKTPd51lmUmGJQ7fh8P/xXbGT1gq4wFl201+iElaWuNeU45rW2HJEwupvOq
xbD7WXHIpB3i5bjpDJw4ddsEZ/7WUYfabC3ZQjqq2lrj11Y9lDIiDZUj8FftfaoL5HEAY/WtCa2S5dbeS0zXMyy/9k6l1cFr+bPW
QvLosIEbf9Xe36jC6/SvFz1PuuDFlg0VQ3yqzvIOJ6IM+qsdijLw18vDe7ZYLRSffONalVFfwaREwS5Z2SBouQXqhwpvvcPWrb5v
73uYNm8V/qi9xZwFmpztUm9bL0LUehHorayT38uf/nPaWqEEglbwFsjEq7SWZ3kyuYARtIijq2LIJQ2GwR4Q61WMbPmSwZZ2Kkou
LucqVjmdZxhEdxiec2UDnTknyYPtnYNgfBmPPwuNwwonwdViDgSGB6+RB2yExEgLuHjvHB8G2yf7UlKDWqlpDydEPLYwkgQm6YIN
US4JvmGRhY2I8P2r66N4/pwXMxwXJrw5hio7/hKPYfOT+gyHWZpJ+rMCmck+x1LLATnTfpLdWGPNNPEKxfBqotThXDSLXaGjq0zh
fXbp4LTF1COG0iPdLdm+2s1X1Gs9374E9NARSbUKU/Rwy0SPy9yHs2L9QcEP16DlD+ZSWBGHOImnMWy6TaHdGHnEY/B/wxeLdGzu
SBsbo6+YXHJdVq94i0iu5rtaDqdRmnlSK/I3RI0Y7zUshq/Gmnk4ihACRr+3Z0m9C67Cp1rqGkB45BkM9cxVS6nzxU/qDY/imwNp
CnfrySEAHA+GO3RA87ja/DUXo5R+iTPFT3MH6p0fSqLXI4ng3kuvkzxLYdm331Q/Oi6egzWpfHA8Umcx1P9yq+rHJ/rI6HNzfF68
05hpwYFCyWaFWApVdliKzun82nn8n0XMOqC0ESblSm/Lh6eL9L6A0jzB4CUjxaNBlF4iQeEEZWqhAKyMUsJ8nw6JGHDp3eq2jq9t
fCCIwAZjkrv35a8KTjDbxBNHTWAUpotNgakkLQkobbNTYJE6HJZfSFNps+XN+sed/B80cLt/uUgmQdI+jnwm7ZMu48jVaRiI/1DU
Yb8cWKeSr4ytuioHt7/Un/imwn74h9kkOV+yYgXCGBcDqk/KAfX7xkF2CSc3rFZ3qproTtv27lVacDEtLSPE88usnCxKgPpmbu2Y
7kB/KZ/Yq2gCWgtPAmblcvBPP+DqsoXBm/n4KLuhaSAw2ExGvx7Ka6lv5t3B0TSOZ8xUXyVTItZSGxjren0J8XkoDZyXlYWguPM0
O4umv7ps01AuLrElDEiqEgmJ9GBvLvIoZXP26P+OXu8dsq19e3KVpAmYpXmG7DDQnqlIts0fTJga80EqgYDu+YyrEOu+OE2qKj+A
8jk3CVdmP18UMZf3tYchPJvNYpUjsIJHbJrEmIQI7IHnSBRTb0rG8Ecyz3p9Gdb7XDJHW3vnDtlYg5FbjIhXypM50uyOFVF0ntco
YjyGNl4qwp8SzQzNJ5Vnuod9nbs9D03JoVEyQcmt4QG8HwRoR4waoKgYSHenYHWJYaBHO3J6g0CGUD+5h+3pNLvpf9dJgkoTjLlg
dZ/T5bNUMOi+ESC1jkVKKMOpTK6K/670ROWuugSaHfc7pJQ1kKnRv60NZ87OhSsfDpQUwOP/LJI8ZnyAqhw0mcNG1Yfiq2fIR5wt
ikB8TIJJoq46VpLHCPyiey4sDOM3qOcWecEpqD0Gg0vJ0sM7OHwXJfPjNA7LyWz5y9xtnxEGIbZIlumYBVSHPiWl2qNLR8BswJSn
vJQ4bDPwoCNOY86TV1/I+dcmrqZVUYka4BnuJsUsw3hdmB6bIy8JCP+sS0MCJOKLK1Xlg7AZDQOlwTOCEGnC1X0RBUhwepPSd27b
fs3diTAxZ/AWl9Jr6sLUgpAOeECiByqdolRHIEQ9bKDRL8SRybp5SwqgS2lzp+a0zdu/jOfSJVo4bzhEPprKW3xLkuv2bDZFQmWC
LCKxEdzG3XtcTX5fR1NBcauFmDsj2qVjEIlbYYwleLKun/5xl5DEeI5Uz6osO+1yN9dKdWbtpk7RRakhPISu9s6XJBS0ZBTPS7px
kmdzieEIpQiqr6q99eUxADSkrWxoUidUuG9yVtaLAtmjyzc+crNfXq4X0+jCuDzCY4rfBL/X20iRevV4wMWxowsGTXl/lEF46kjJ
VlwTbcr/G2sqAVWQnvkNiK3S17rZqg6E0RiKlLLblxrC1HT4JrTlysNMV0uR5zuBIIfajiZTTgCPCwXZ6r+0Ndl5WEcB/U53NR/W
NhpG7abdR0YWWRx7feRDGW9+exqr3GCqyMlW96DOswg7pRB0np1NudierFquZ8saZbgB79J2Hlu7pDABOCw1ZQ+So7GbimfX9ws1
aW8svQYXUQ57r/YOTvZOP+5s77za+/jmaLT9Yg9OoBbh5WR7RKKQZ+9qwekep5nkDa7QYVBKiC6qNkgzwQ4rtJqo1BmxYv46KVhl
abjGNLYIMyN012YPUKZIgjyYdBPB7qEea956eUxq0by1CgCxgzc5lmxSx8ugD2wWATLjprPwcLS2vvZkbf1vfczO3QKnMqa0e7Sx
9uTx4z5njocPN7YxR05PFkThbMzgIXyKvYHqULCRrUk9NchWgFVxIbwSJqnMuVgDHIOZ2vfhCGrezcdCbkkXB389DS7FYW9MD24i
nrfrf+NCHYASLvQjJ0JHBmjS7fs+V6Uf3TU6vdj7y8b6ejXsWthAwulAvVvTjMKK6mKwzMK3fmd+AgsGNOguYrmFZ6VeiKd+2qQJ
hgDFN1m6JYsnAsbXnJW8+v33oMZz8ZtG1ViV3lVGaiaM9W5RxxY0CPVkSQyKJu+Q3O530axtij0FWEIqRp5ByCvr1dA1Po05wkgb
zSSJdVm18nG/idnHWOyZZU++4UYsJAURT3Seo0TtuboU5aNQFHJ4cEgjD49ncSo/hTgMMeCgXOzQLJaYlfKpLLxCQ9X4MtCpbEiu
mXDrYXg+4GdvXr/4215KGwCvCuFEl1JlBR45z+t1tpdOwkYM3AAWvJqj+Cb0aTXn0LETcDD8cUsi7XwA0gzvm2fvgxneZoEwGlSV
MjJhpAwJMUNzEO6dnh6ffnyxf7D3ce+/90evRwPOun9cyvKbujCgzrpsj8awN1aSLWH3UKWxgjlvGiVX0MOqukkbdYATbyw9z+bN
aQC+eX675OjuAp5mPg6M8rnYQAqmuHMgyNntPH7/gct7NJwjeKvn1Ip4Sdfk4qBnmQZqXDwkmqbTUHVJ7Wb7jLXgUu0Wap1/B4Rf
w5zLykwZ5m3Fe6RwmiFP2SIfl5awSZmg1Nwn84VqarXRgnazLeV6lZGkeX2YrnYUTSO4M/XKUAVX8X/AKu0knahaF3BFENNhwSEy
xYyPETu8uLiEEn4qIjhyPLF7QbE4ownO4WEQsUOBo4ovs6vt72RXz+Fyk1cUWsq/yzV8zfLsYt/m6q3oBO3ZXvGQ4VTxhXb5/6Cc
jMoexFzS/L3joFsbeD+9zj7HXceGR4zqw6ftOzXbaDYFSr+mHVLftm1UeUs4ESy4aIV+9tOCGbWQRT3aP/z7Is+uTvDlbigdiMjZ
90LYXbfeClTQ44b9oWzkIXvXhPL5c4E/URFQS6gN4nx+qzPaZQN9mI1WsI7HirCGFeYy8s7FCixBaKB4a39t27o7AM/dNk+/F/Ol
mbGAY+3yv667Im0MH2p3JOKF1OMhgrCTMXIXTMUEtoAxFl41aZGQnDRUVRhJBEw/LmYTpuGLggn5UI+2kzEkzovN4PX26F8ft3de
7x8fEa+wtwMaxM9en+6/fEkC9/Pj49fB39TDndO97dd7H4m5eHOyS38FT9WLg+OX1MHo8ZtgY2DWZL3YO327v7NHA+0cvzl6HTxR
n52+OTrYe7t38PHV/stXe6PXwbp6sXf05pAe7u7uHQUP2U+Ddl7fn8JjYqx6seAS/zM7M7+XGRrLGw/Xr63mhgpeaEvzrRqQ1X1p
gk322GL9nwfXhHSQyuCgdTyAsZ1FnseI7RzC3gQI/Lp8LHcJA3umjcwWTW1IjeHQZK/avMPH9FJW2+KFqe6Tgs5Gw45qVlyPZUTt
GNGrwnevFs5wpW5USB8PAp1/t+ePXqA2XaZ7mmVz28BnjWJWAjujNmxAz/Prr71m5HcaXyBjuHE2dRxG6eovOA2M0lxEhagi9c/5
c5pOp50zk9vytZnE52p3nR0j5hfwQmt46P9OO6Koj7nqZ4yinyP1wncoQPf6w4EkJYRegYPe98+P0+fRnPYj4XxZPiOBp4/RPJvt
n7/M6Oedvt9j30e6ZXDbOEiuEqRQ7p283njV8y+coCIdJ7NoWlv5iX7TtHTzKTU+XaQHJDpNabT1Ds3f0J3anyCzmIIDhDeV2pVN
ubjL+znILmipRJTcrp5QDxsevVUVzPwCABIdod3rPLm4iHOwrtGtGJ6RrJ5YFH4O35FYSaEV8iWV7XUR0eD66kr0rq+ORr7RVBlK
DjOx6vI+obuGeTDHb1dxFpfbgnNJDJsK6ulZOrfBPWG1QIJtIBXGRrSPf/OIX3rvVacAdmyKwNb6Ya9VgasmFI3nbZPZlrRo7lwe
NsAA9YWhSZigRo1GWYEHo5KiLxS5OUEWgRGqNP/66/X68OGvv5Z1m4fxl3qhQnfcbY3MJDWe/O2/Xkrx7UFJdcTahPSlD1wyhWEB
bbvxeZIm2DKTjI/38WnlTrGWu6fCLDUv1nJVmpD7IrXxuuRUc05S/SlkRdanUC5/IDiiV2NbObbRz7Xi8/30PHOdHtuS5povEvxH
VBP6WQPBgG5xy+M+ws5fzrE1razBk+Q1QQbYtutMDP2+EFNMs16w+jxTqgftbVJ/j2Qk8EeuhsPqK4XZMzXBNapnC6YeDqKCEAtC
ppZ3g7ZYsbSv9Qd8SWeL3GtotYOE8XyZNwMxfLHJKVhfO4sQ8Ys4+iAEB7/GHDwz+mPzUUGnFnOhwlg5x2Z5JQm8OrpcxnRPSU3Z
5pg9eEQVoPEuWnXLfBbNHgk0VH0JOZr0gvDMSTJp2bd6V1g000bQaOlhf7dXj2O3AaMpCZ9GA/EE2z0EyxDS/MJzyF4wsCFX1QSL
ZuHIFoak7t5/ze3vFJESBQ336Jdt0fxbUQA6kePopkLyDGR6LydsMOBDS7r8+j87s2uSB8wCAA==
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
