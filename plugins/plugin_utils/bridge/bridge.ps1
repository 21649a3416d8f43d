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
                # here, so no process ever loads a half-written DLL.
                $type = Find-HvNetLoadedType $typeName
                try { [IO.File]::Move($out, $dll) } catch { if ($null -eq $type) { throw $_ } }
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

# ---- The C# helper source: HvNetNative.cs, HvNetBridge.cs, HvNetIpConfig.cs and HvNetWindows.cs as one
# text, gzip-compressed and base64-encoded (tests/hostcode/sync_helper.py writes it; a test checks that it
# decompresses to the sources) ----
$HvNetCsGz = @'
H4sIAAAAAAACA929e3vbNpY4/H8/BaOZZ0JtZcVJ086s3aSPYzuJOr6t5bS7r+PHpSXaYi2RGpKS7c3ku//OBQABEiApxb3s251t
LRLE5eDg4NzPIoviG2/4kOXhbPurhfarf7qI82gW9gdxHqbJfBimy2gUZqVWu8l0Go7yKIlr3vTfhXGYRqNSi3fT5CqYRv8bYKPS
u8FxeTrhteiu9GIYjhZplD/0d9OHeZ7cpMF88lBqcxbe56VHP4dX/eEojeY59JBGrnmo3ndGsPhsN4nzNJm6Gp2kUTyK5kG5wdkk
DYMxPNj+6qtnz7zJwxyg2Y/D/C5Jb733u0feJJzCs763+xfvWy+Jpw9b3s9RPE7uMu8kuQvTITSYet/2n3ujZDaPpmHmRbl3F+UT
b5SNvHySJoubibczHm+cQe99HGY3iJM4GgVTL0sW6Sjc9q7SaHwT9ufZcy+cXYXjDD4MvSyYhV4OIPKi2As8nPg03PjXIsnDMUws
DTeyPMXV+AE0y3JvNAlHt/TtgxfcpGHYpfGG0U0c5IsU5nYNm5/c0VwXeSgW2h/DEoLMm0WjNMmS6/zZZJRlk2jmTUbxs//NHjKY
6/Tyjtfdv0k8/I0L3cLuT/ffvvsw2POicc872f15eHbqZWGew8SyZ/9ahOlDz0sWOULz8j+8SRCPpyE/OaG2MK3FNH8WpmmSnoaj
JB17/m5yFmS3h+EMFvBVDGDI5sEo9N7j/vx0xLP+6tNXHvwDE9iJaauS1Ht/NKS5AQiC3LsOYD/GW/AkTaOQYfr+dH/44eDMg2nQ
bxoW5kDjEqyxjzQEcMXhuE9DzBdX02jkjaZBlnnvR/H+/SicI056W576m1rylOibNFoGeeghfiHaeGKrEliBwOempjwpwEzVkOeh
z8Avd9sDXMm9CQO1Z3bVVT3hP1veVZCFvvrS+9rrCJAx/kpQbd534J3osn+WDKlPv/Pf/+h0va+NPsU/PjfpD7KjxXR6nO7P5vmD
Lybh/eB1OjB6B/4H/Yqnxdw+GT3mkyjrF3N8ZQOgaie28ZUCnd7i/SktAN6KpRSvP1dgLOB2rAb+5N2EOfybMUObhffZ/fm+htOl
DsQM674WE0YaWf66w3siWpT2hDvV1hXhTREjuclhzhKRj+DvZXgY5pNknDmwdwSXRK7mM0L4d6q0o6Ph6PnedDqYzZM096F9z9ud
BOkwRKiLv/ofgPQlYyAB+/fBKB/OgX5i76+8PF2E3YsqMGjOAARYAyE34n+8mOEGhIIWZPIcaPQG7seTPPXEPDPjoUZsutu/89x3
4ZyricOhuPbeLaIxUU+xCEk9bev40ywDjkZsXcSfeM6HyTi6fpCzLk+yDvp/5Kz/C3FaTPokRcqTw23mmn71BMzVN3+aJe2F09Bx
Blae4ZccxWmShXZ06P5xNG0/Hs8TeFhD1ELZ5E9G1eTUK8jZmszJlf2p6JxalhNT/2yzZkpX3o5imn9qWienXSV2lQX8H6J2zUj0
u5A7F078gQTvSAp4dWycavNnY+TkxFZg5bI/FxdnX8Gfc8KChVNT1mb45+bf5IwtHFz2f5J5a8Sa34l9q6KCTsqePSOFzvI5ELo8
ffCI1m17iywckzrPu05S793+mffshrSe2bNlmGYg2PdtM+4sZ0L8Jbn3t4Hw0XA3mE4lKZyRgK4wZB7kE02tAwiTmVxHCtAAqT0U
IBcqAADD2SSKezQe7B/I/3dpMAfUyra8EJb8wHozQDZER5h5RiqyEYI42/bGyQiINTCc2IHUUGWGesxQLsDulFQKqF5lreLTzBuH
1wHqYgjfPf99kuW7DFc6LKx/Go4m4Sz4ibfDe9Hf7Hlvp8FN5h0lMWo2S5A0dBV7PAD39srrfPrYMbr72NmCR4fBr0kKf77owd9R
TH9vfoYfNA790HUbplYE9wqo0VGSv00WMWqdFjEpYMOx7+OFunn/j83Nv8P/9rvbNX0AQRi16ORtCat/HB4feUGawm4k16TKHOxl
+CfvZnL1azjK8fdtBP0qRlxe96gtVXdq34GVUo0lL2qJk9ilSbNc6juBlNMowzPCv/r/X5gm27ZmaTiqa8WaTfOZ0n/iLutMBerH
zqJ8Gvo42y5qN7NOSWeYPhi/P1V0mdG1R597r6B3AcNO1/sE04DxDA1a36qW0gg6woD/gmWikq4yWjjNQnNIuVttxizExtUHbV5Q
waK17t38NQry0cTz0QhykATjQoce4trQTnLnHUYZGjn8ZA6IWulPbHU0zmCqZ8FtKJSeOIuuubO7eISom0na48kZ74Ua1aqmhv5J
R31+gVpq+GXVExNBDbXrWZFIPHNAoMQJhIXgPQAXTZApZuA/CiZAmRq8KG84hvSpeQTL7Gabs8gWGAAh8n4+9xONu5WjUWibaeD3
9JloL604PF55o66jGO4S7IBuaOMbo7EJT+anmfYjPcMLKUzhthjsbUsCNoDlZnx748Wt9CB0l/e9U5owW3osW9MAYJ6AA8L0h5pF
hdtsC/TfgQTyMkr07zemfFWlNmGlwYrrpr/2JFBdUs2jGxzp+uNXHn6y2bhKOm55nhSsegWylIBvnrG6FSlZ3dCjrbcy28GsTtb6
6W9L1ptodUtSpHN8j0WRduZzJNzejIROyW4XlN7/dBqyCR/X3wPyQw34x1Bs0eeulyfajeAiQssECAyLt/VEXkzjkch8Ax1oR5Zc
pMlGnniJteTJNjX3QVyRVJlGIIk+hihVd4bWYtJK6tj1Bm1YkKJ+K/VeffLlJ7rNqf7y82k5PayZsJ6ehtPyCNcuD/77XrtVO5rU
wTyqjGFRYLcap2Halfv695Ik6pDzs013RLoR31D+QKepxm1KtQuwpMtwCpyn92m4INe0HruB9LzjRQ4ff25gQt/H2Yrqn0bUFjNb
Eb/d7IlQUMmp8Zzk5QgoFYM0Jb18SkRI6qa+YEs7YvxOjYxIjlyGkFhSi+nnDZb4vbdZDBSHd6aPlRyR/JV41eQshT958YhGOGZl
PoJtycnP0UbEhDpI4IDYMrqy16Biv6eUgXP8fYld2eNEUoz15IoWZK9i+l15xNqlWMlfU9e/N/ctEJin1QaFdWWFYNQNTDZQdSXF
BQr02W+D3CtiosMjx9CK8BbSnN27uRZaumzkaw5fv0iL2Wr1cZxUmb6z6u46cgYWPW4xl04D2ralu8Q9MuvpRlYXetIdIiivgXdd
JbeWAeLEt6oiQHdRsjDELbDI3mdJGHHhhmNCJWHDyaNbaQNvpwboOshawSTdYAVgOrXwNYAhv5TLr//UVD6pUdXT8scFA7GT3pCO
QOMiFvFtnNwJX3U2z+BA7AZdukBNLvRtGoaZF3jKLV4xi9CVUiD7xHfRqsLU23hNfJhuJ7NvRnEaJZ2t2465E8dpuApAdOXNYZBm
k2Dah2+lx/KHOPLnNeoa+QlCQK2+9EXTsSZ6otgX6SDf064Lwzf+U5UasRFb3ZIGW8ne666d24lFhMHdJIzRMmcEIaC3feYdn1Yj
EaLMi5PcC9Ei0UPTgbKdmgbV+Bn8P33JcRk427dJShIHmllH0Rgwx5+AlPJ8E6BGAyku4TYM50ZYRK1uSgeFBZyOUINPDn7b+/e/
vSd1cQI1DLnGrpBzgVOBtzedStNqwRuhXXsfnQFO8KhU3/tXST7xKjxV17tOkxmcwpNng3iZ3IbOk2WEiEj2S4OYjV1zwEseLRsE
QsQS6wp/MAzTW4aJuVfhVC0e/c8MURdtxYQ4hQcFDj3jlW0RFVq+gEli4JKMjsK4NED3F5vP/xMguoimY+/53//+3Tdd7G0aIIlS
lh6M3goiwOPMuw4pUqljnCj+92dbjBZHTnnT5CYaPW6U1j7a0fMJMS4wx0mC3gVwnNSpmsLFmFEclhHAxYeKfEtIbZBFOcUeBcAb
LWJSBI9mcGfC6Q5GExoKLYn0wV3wkKG2WE4+SEOOBAuDWYZRYOgpMcQfW8pEtoEDwKSm4Q3ioM+dZ10gcIAyO/MIR/Cre4wN3tC0
3yJA1C+44Ee3+DEMdQB/0nkZ/JhcoQPFeDHFaLgzEOkzWg7G3bDPBw4D+AX7epjEiRfcwI5mGIR1G5JfArmXkKfCzPMxXC17hjBF
Z5ln2OguittFeyG3mSejZCpJK25jBPPBrjz/5HR/9/hob3A2OD66fLszONjf63lvdvYuT/f/68P+8Kzn9ft9WDzRlti7eiBIMgJV
w70YJkRP14j2whk1B3qNQ8D+aTXQSxvb1zpUpBYAlQU3xW/upysju8Tr2sgqAtmr0jzVW+4Q3ssZNgZM7WJ/pWAl6rwu0GmPhyl9
JsYsBzOJT4nJuUY0kVhurnAF15Xt8ketDe2VL7/Iglz0trIpqPRpnR68Muc1FI7b9RuiUZWqExjSup3xLIoj6DTIgU3ZEH54U6Qd
/ohAOCaGCRifW/gzT3p0vnd2DzwgytF1FOKlT+wuN7vK0ByHhAq5JtFFv7zStzQEXO9AOriNBg16un8Ps1JeyLj2Mmh5h/ciYD1g
7g+OpuLpKRx0DN+r6/DnNEIN/p1vAzjrFM0PTsP5FCUviT5kf9RoQAbYRKGJVYRarvGViUvaChq2n66R0vbvAejOolnofciBH7nj
E69zbzTicAo3KDq/AYcxnUYZMHnxOGsaVV5XFoxLFyHjCXABICYFiDCAKwkKTThLoFAL9CFBNhtaAGpdByj9Bte5YNgx4D5ZaKZb
wpad0b8WgAg0VdHiMKtu1zREamydP98xKNYM4uukfKlwGw0xt8vvcOQhenRa3xwEWX5aCnXVXu/HN8BznUTjBsjqV39pimKFNzC5
UN1ReIMrzAqEHAz8BS0kyDj0Xv7M3yRJFcUXsd6Z9lqCyqTRpUYWvNVa2HZAsVX2LXi7iEffc089by+ibAdB+qAesTT/Wv3hIUGt
wFxcVMjIV99pNNOjf7ua0Lny6N/b1nmqk/DaA7JyYGtnbCnBtDqcANwh8KiAJajysCLRcfYGeXvX5yeZcLh1NlDs+QmQFvcO8eJ3
4uyugoRmh2eGyk9H9/sob+rf3rPhWXwWoDN359yUQy4627VfEdF+GKCDb2dT/LNh+Zf8x9UdHXhgGKbhQTSL8iH0991mXds8SPOf
A275fHPbqSop8aTnF94xKdtNnrEzh3edntfJ4mCeTZKc/gYGfDS55BtVewCMjfYrDfEMag9yOG+VNjO4ozqmiNqZjOJLAWZtEP0p
++eUn47ZIC+eSi2g6qI6iGpi9qcemx0qQaU8KfVcdmNZjmpT9LmcXQbjYA6EVEJlGgJKpvA0meu/U75R8MmvydVlhlus/cgXWXlI
fAM4cR2ls4732YIEavcVIfTuauSWH4NlwDlaZIoWICO/ZrakFgL/+bQIXUi1Fd0F3OafqCN1yUJ+MT8SiV2yzR1gLjUwhRqcIrxB
bYptCX632rx/GNz/CP89COMbEDNJ9/nNC3z6UzBdhJYPTjHpDJI8OqF07F68dOkHN+AfVkZtkWZAWtGnQHM9X+hdMkGqgRMGUv00
82ZBehum1KiLit7rFPBpXFj6kREOgdyxRIxj2MHJ5BRofKTuW+xTXd6s1UCK6gK00U/A/2EA6298i9WdVvhEOAv87W80cJ/IVfYz
CPR+5y+TJZzkDcDdLcBu1hRikEiQRgjm43SMWuJut8HIDLwE3HY+d7+44pX5z593LT5nvADKSoSEulNtIWRTbljn0aSWiGYEsZSU
LoFO04yRI+L7wv9t5+jmZAiV0CgY3p0KpPJXNu8LGwegtMfbXJ0qnXvYUfTnfsVct9UTkLQC2A2dsL0wk2f2mMYgSAPbrnrCWKtt
t29byU4OF+pb9B0lJxEgpJqyCOkqu/do51Io55cwgzHF4bAJJ+wfCo2LbWgyntD8ui39Gt/gZGFO/+p5PDHtONo9iofBMhRcIrBt
oV/7QQu/AquC2j7hMgwHR2f7p0c7BwhAoaNFa8ciDdFKTHrUIH4o8uhUQFgZwffd+NrFUc87pA/sXHTPO6w86lwALoRFepxaH0RN
5LY5QknjdYK3Aa3S5cVUWAwaYCa6xOA0qdL82Nl63vvYSW7hDzoO8IOzFWE42vkF/KRFcvxaFI/De/gTDxd+NS/+RsoPvz6qjfjY
gadCJUgvEK3FzoD8O2XViThYaE9GBa84+x87nz936mBXIkp/UQSPv9+4AhEx/stfcItp0V9b2gCbBS22bf0i6w794n9QwSig/1UL
omfetvvqTgS0Qzfu7BlDYEPCvz8bb3mbXnLb855DZwV+isxYPe+FdxWMC7e2b9AlH+NRXKYzKXrQxBsobp3VDElaf/9fC0AKn7E9
uQVU1+yvm2V8HBTDoaqc8mJpxwT1HVoTq7uX0A/T16ZjHxwpHx6fE6bBRKo3PH/7yqSnaPZTL05Oj8+Od48PLg8Hw8Ods933upn9
hc0yrz7dPT4anp3uDI729y4Pdo7efdh5t1/pfHd/OLz85sWbQWncD0fDDycnx6dn8PHJ8c/7p8P3+wcHZpsf93cu94/2To7hAOnT
+sbh4vd8u9lJuWb7jZvWgQZ12CO4LneTMvGDnZNIT2TyeeW1wPHLaEwNqjd4yjhov7nhZTgFITEcX84yarRpGYEoG3cPsz+Isvx7
93wl3lrnItKqtfb2URdWw5nseTWmlzV2Klx5p8JzJvSOlcPrZO5+x8fTauOBtyIVnvtzsVBqIP6utNEuW9vG6CQHSImLOA/l1cOR
52E2CubwtwhOnwRpMEJ1bHCVLENv8/7v+7AZCezHGL3OMCo983aGu4OBRyb+B0HnYb59l6aIr3LBpi5RnHPtp+nARkyoEht9/tJc
NTMcpBqDOWdXYtONxz5212fBsvT5dZKicRjoHazbw0uETQEtHGpH3muCDpKs7Kq/M5/Dxep3Pn5cdLryF4eWj7pa4sD7l5jNAFAB
ODRUsPYH8RIkrSDOxcNunZdrMVCTx6o4p/CBjSuzCMdoL7pCxmrLu5sk03BDsuLEfvPdfBUiwHDX2V6fLjCJgbLas0EbnUcBjkmK
O2KTiYksMNNdiC58y7elEc0CszKBkNqGhJW7Pmlz+2wUsfGeNKlBHAPOqClVRQKnE5U4giY1JhTwzbG9DTktRI08mB5qBpgGl6sC
ejzR3w6EOlvDUqFEiTqGBs8GtWYitaLcJ0S+gNMu8MQ7KgSkDHq59gi3dye9YSFOv1At7BK2flJMjjetdAcj05VG465jQLrQjSHV
FW8Z8InP7aOMmNS//Y1xQnQCHEF3VaGvys8RGGEAIWhk8zC4zQoHjufbng5lNERQXLdqgBIDLpoe2FQ2YgNqKM4AuQqPXccLwMBv
4OoQYfB1FTjUXnC8wBbCz/4uWgm97wEuK4KlhFfY9WwBc7oCkgVoFW+Qmx8nycDkAVLmyDprLRgBSDbJiJgu+M/3xfzh59dfNy1A
HsUA8Xc4gXv4JE2upuEMwXIeXVimhTDD9hKDW+o46kEl3APfJuksyP2626mHk+15UdehGVlJeVBwW5G9N9seNKlUNCMxdPwNGnm2
bWc4N9AUifOl+Awpt+UY5zrVKEbYTWLgnDA3MGms/bzheq8Ij8r/ayL/wKtKmBRtGt0nsmFfGsbFbFamIwfHu/+8PBsc7h9/oBMT
AO2dwK1d9v0jfQsZ9Y27nk7ALCHfOZDhSesg4IJhW7M1z1WzxlOXX0Rec6Q6vv68Kwm7EH2qM1n1/NakKNBuSrwXfO1Bl4+yHcE1
q7m4dRAlEyJeHdcZq7/hVxZ7NAGikHAMM3S1lVMaNZoB1xg4pBWtHW5Pf2c8RqR0Z3CwPrfvRnEZzRkeEqZz9Hd13EUVFTJ+qh14
JSkoFiBELheb4eudLAMicAJn0dj7OR94R7R5GXUCba5BeiMvThenVZ5yoPNcQRs8qJlXDZLhtq6NZdx3Nif2nz1Ygh512ULvXsUs
/KOhrUBWMlVYW9qB0KSab8bBskR+lrCLKSw56pV9aSoWG0C327bz/fyVfWyx9NJEbOfRJdKoq6Zwr1olAsnkaUSqtHkbgSOhEgSN
kkai47yMGyqUyZ82P9tFCpvOcweTvMGFDUzJ8bV/jIF2OjXGufCyujKO2T4gOR2gUlsGIsHX9vGMo67ZaJ+U30UGGLrOsbfQD0zn
euvWXFCyCpGsAppbVWBti0Vi2itS0dF3bvafWxX8PzWPJKD1J/r63ctHslysHnuvLLtCyZGOU24z6FbIaysAnPqapyS7R/TYCX27
isY8jC6JX9FMw/nPuD1qZf/xCoI/ewl5RJ6bWMoREAXhrrTljc878wT+UvSWnpjabxdl446Uv9OWNxR/+ng/dJu+M3yj4GP6LdzE
V+gAPYLk18Atr/KpcLySX5/Sz1U6UI5asoszeLDyJMizq5gE/mzVgcX7a6vIvqynsMLeekwIVuhTOGltFcmFy32u0ptw59oq8uSu
01vZV81YsApnlStGCgl/yXFIvbTSKDYQlEZZqT8bENbor+JgZ+67CsJdeefLDnrm3pf6Xa1H6/6v2GPJEXDL+2m2w7/bHjrDcXDL
+zAHdjQ8oIe+FOYQYzAyBHCl5+kPI35E6YqJUArdIwaQUDCD0bDdTKTL4ppzIYHuyydTeEtueegBjX/6jDuGHr1NJ+hlKXuBv1tt
i+6GSd/u8o+Gj0Wy5C0tGlaPDCurFwvuznuKqg8S4r/2Ok878og4OGybZyLHEdusJTV3uhQoNBnlXr71SLnWK9LJ/P4mVPrLZUNN
5m4Lamf3cO9g/+xy//T0+LTzZbbUTmc1MyophQqA3qMl9X4b/ivY8216dN8n40trDyQ9uhFtlPfIEmsPHXreVbW8OhCv+rsVQ7QD
RlfSG8zZWgPZVX+vFKRo4WnD1XS2RiA3Ov++BdyBh354b8sjZQdLFSQGTr0/GloRyoJUk75WEs7aWofexA09E3KTvlanrtpYZEHT
0xNwYDJJEf6njshzJh3WOtRbZ6vT7/c74hdueWcr/tzdovBojqlC6/cXpH00zYAj1lNWswkYq8PEziTSbbk8SUvN2+i52LI40gVl
+NkXQe2ZLwBCwlplj4718otbyt4FHZyL7y5Wy9tYSTxiHVaihlVFYzsqZrviVOSUEKxMT+8m0TT0fHwZYXxbehPmmDRhREstvgZQ
QZsS0TLsGdR9tU0lW425QPzgsNlb5S2M8vBfC9h/DCklcA/GOGu7c2Gr/FcGzZD0Qr8JXRfeb0PhKyTsXiQiL0BppfET0xbNScBa
uXY49QYUu6+lY2CK4ot6xmZ+DuAGu6puaxDrlTS3KQ4F/VONFDm2rcTg/lTVJ/Z8UfX3MIgBMSgh+M4iT2Z8/oQ+DtqHIDKP0Aei
PlOjHXv+uK0WabEeKD5yTh28CykZsd/Fv+R7QZAYmjZTmHLdQKI61xw/BemcY28U/uLfW3lKnSpqujngffMotnvmG5OPRA1X1/yt
kO84JlF2q5CZ/+FFsQ4YTKyknf9SqMMWp2MGSFpYaUmXvYBuS0968gho85U6llcNoj2lm+HsHzJCqWtlxQVaim1DiUi/GwsN2234
0JBnxh/rt9i4uMPwU7w8x+fw1wXggFs7aDsqCG7pZ1fn5LxsqcoVrwobt3AlWzYZuVsQcLS8ktG8mHExmbJVfdnCqu4aSHQPHR2n
yLHYxltWT59o1uU5LktDGNAnuzNvwWvcA/y9Om4YvQj1ufLWFc/LApdcilDgwzg4gNmG7gMuaq5qe2CWsyQON8Ip0WdRYSTQ0/g8
zZSqPMEMQ5jIJ8j6FlyKCsPIJ+qJzLlCU91dKvctelexFojUIVcwuxn6k76C1SA7WDyvigDcsILCtv7L6v57VPfj98Zk8eDcd11p
ZaeG7cKJBhRlNUStrwzKL5TuJk1E9lnEGKDd0x12N7iJYf67QVaP4jTyz3AewrFvoNF1NM3DImmYqdGv0gVuboGsLdBLQVZ0fo2Q
5R6kKYWAcS2MndXu7NAuuRU0GhmVjspyrvH84Hva4GW3q3vD2m6PXZVJaqucQaqnPE2CTNiWtvXiJ8QtGSfIyyaYXIoyMdnuE8ON
Rc8NgxOoteaglc+1j5KrYI9X6pW6I8vgDz80anRK1MOYZJkqOdRAxJO0PJ8iVY1K4aWyfSP4qe7WNsIRA6c0yGI6TO8qwKxZkrQp
vRfwnkEp/RoMEpFz6S2weLhJGJ+E+jofw69OhiyUylJtiiEulbdR+ator7Nu3wZ3VO98iLEnPy2BRSd1qFu7aqRzoW4bvTINo1cW
q6iiZ2k90bUSxVCe2nudkVNd3nedJ9ZNH80DW4PRJxi0ifHm/OD8wrtdrqGyHK+ssqx6gX3tPfe+h+FFyAA9euW9QGCMz+Wtdrs8
jy5QtsU/8JMLx90xritrpTAvSCmFYCAIDty9CWWxp9j0oOBXHzhEIcszCkin2ELUedeXPBG7LNDyMRlE5MzJlXJZ8OkW10nFulPI
V5142JcgaQzf1s5bbootbwAispNC9FjWilBXOkN+ZRE68H3TzHcXGfySQxeQE4C/aifzLN1SvSBGD9Z7Bmia/1eASh+n291S2RZz
DdEAsdjmNSbxP4c1bqAPlT7MLJxdYYpIf3dwaNRF5TwOEs5wA8S3w3kIAnzPQNGnSGYxYTVibv9o/0xNuwE/sWflJdSaZ0nauqXo
/DhaIBqdi2wCrSar0cRAXhC7Oz7HBxddKbS5TkryR50Umde9dFq0LN/aaUmcp0XeszAx8u9Bl1mH/mAAbajm1R0tH4j6J0K55FqS
Ue+zNqbIbo7N1S3wie1qn52exGIiZelNbAq+dM2OBtXXHFG+LKGdqDmnFQWQCVGLZx9ndK5ik5jlvAr3roVP2gFan4bebjQbAJMT
xCPgX+KkcolEORx+5Gs01qX0XbHnjLR9GrzvXuUomlUxx9qhzXmMvm51SAVyITP4CgdtQkhJLTABCH71SJgIPbXDQ7GUJA6dKAjv
WmNggklhygjYKACdaGqfEt00NXFMYKU4ZhWAKBnsxk9esAyiKTKlnAB3lmBiHG/naI+Z4mmQA+M0w1o9lCMoXUaAjekijpnX4oQ6
Px8OiuK3Lp0aJ8ekHLQyh3NtVusie5GuMjfyHpWQSvvE6ghsfGy1CuPAJEp1YKs2DgkYgE4nfgfFoB0Jqw67c/Q4dT06CQhwdkDy
5LAmwJLNJnpdng9FyMmN0a59sSlCoY6CD1byxHrbnC6YAjV88dzTO5mpC8XLk2QKwu6AW22IjMhvOT20dzrcOdsQX22cYVPaXPmk
mEzXnSDHkZOqSlcNUTNbola8APqQcYyhLsGL2If/JdX0Dt3k+HMYTWFp04ddoQivhFLgfsIAxZ48R7aPzhE8Pt+8wE7Y+aRLF/Ep
Y3angXwJtt7AewX0VORvRJ10kuQfl1Gao279f+k6/7h8AScykNm+MccObk/RTUQGGjLmmISalD93s8gekcGRrfy6gKZGuguISuep
Dk2vND98vosp/CTsLy+Pdg73hyc7u/v48y0pfjoC9189Xb542m5nxCa8rubVqOR5UQvhdVp8quF1wxaVD5eBBpsVHP6hxekrTt4V
SGx6c0Un+YwSLU3FifV+YvjK1I9eweUpgkrktSsS7nq2bYHfL0r4Zj3xaYKk3HHKRaNup7L8rbWW335l8Dma4h0nD6PISEzRoNYW
COSA5tH1BATLBZIy2aonWS7nbI7+4TvMb8htMFOYV7rzLFpu0VS309td046OL9//z8n+6U+Xh8d7Hw7wQMqPAYbb0qMbYfnToZAA
Uy0AlmoKAM+oXNfalIIkunN8F4djdjZWrulJHmZ1V7jVf4S/0g6v9YyrrJmYIIxi3fCz/lkazfbjMfBXw/k0yv2nH+Ondk6Nvjun
fwv9jrfhPb9QPTz9mD4lkn8W1G+84Ld46W8eBqpWh7t6nIkm5vQobfiN0F6RxrpSRNa4Hmct1LBlLR/lZeA7QJyBjx/xMvjpkFch
d1/qAdVU+HhitjH0/kTokKlnRnrBzKIXJOwVZPUJRri7UddSRqDDYShFRAXnhNqSaByNXyHRiLg6oGB/ME4kjLUsp/JJ0dxl3pkB
2Vllr480E0+ddqJuv3/3zSRTjNpIusS7mmHmd9/L8H4OywgxgWYwAo6AZCixczGl2TS9ansAAZRuqTYkT6e61dj6lfxs5e1GEVuQ
Ro7hgl6T6ZIy4xvTDDFLOBn4RHPeGWrSIyfkDbhwwjiLsKiXtTSUIGOnPIIYNjONdzSJWmuxsgeRvFywd0dhLrq0OyMbwySL/KCd
tbls8YsRB0uzrInYlgPOWgxlQ/kAhwv4IjRROtBRWsPn0ktHLO7vieEypj7QEE2ieg2ey+ZVRLd6LYotJRgguteqs6QOQ3xzllAg
pF+vgTDQ76cZSQXqClzOjmrI4heTvuXMSfvcVG8503BETLBAlOXMbd2atbkbVOyICYNWWuzW98RyhiyPgrZYRZVxhHa/EzoDN6lh
ME+ogsZqOkb2bYXL8Eihs1xSnWYgjkbZGlgTk8+RHW1E8aOCZoJETMgEU8fjY8En6M52j+LkCKPgD8dlSk3+eGojdwrVRbCNdRtY
zNi+g62uXeyk5uZl7ePuUUlLaPFzkRXWfNPntkHuouKrNZ79UvIjv4XO5v0/Nr95s7m5+ZyyVZafvig/3fz75sv/1KsJVKUmwlVk
p1+jW/BgnLWpzKl9FI0NrKeHfo2HgfDVcPjf32GN0X5RtomLF+GzPQ6DosIf3W6ji4Iewa1Jb5GZyMzpdKAHXht+B9ABnyPdg+e+
23XTaRzSlZCWkhtKFfk1nQ2uCfoJqzxxMPU4GX3mImfwF2kKAOGTBSaF100pvGt96/b+M3wgRf5JEKW0Qz3F6r2mbWfot9/6+g5h
QQZO1LZ20kdRsYrK3jFi0rRaJq9CWLkyvLDukVswwnE5GUa2yIZwNdnES8ddRusrcjApSlm6+TyaTDtXaTM5j3OFa+YIcpxLmF/7
aJhEd1pItEgYwe5KqxWnFkrO+fljBLroQLHxn4CY6vTWYaVPxw8aKYnoU3Eavc/dVowrDFZ7q5xo92UpyFIWhUQtlnc9DW6QOoQO
auHNECIk9xkZH55meHyCePws4SuWSwRvkV4iT4PRrS3IweBpMIDlEHsPM8NxGBMI1d9rXENZRfPOMUebDPK1ppqOqs0jZ+NSZipu
Hgthys2iMevQzlFQFYFmWb7Rm6GOW/4iRUnLg4xzxmAHzTOvRlGmq/O6lPsxFs4d8uM6xcyqKYcI7nTwdL1s0TkqSztdV2KxzysF
bVarocsEDLiqalVw46lW8HsVzQGHuQNiYcU/Dm4nX3vqF7jWzBWcogO97UabF+R95X4UF1BkxHLcVzf9k7YtvICCUt9rDsku9YQ9
G/Cqi6ijwnAh8eIke2JhAJqRz3Iwkj4Maz0GhPUJ+52Q1UdJUG5gUW9lgP0mmFzIOI9Ojlh5oWR4k7IKURiP6MpY+mVibne97XYT
M6t8TLlvx3UfIOFE1rBbwoWKWeoxt7vtXldgXUDarnV9tDslRtDIUpH4eI3rJa5eL+1AvPItEAf5I8DyKMgZRZt9CFaBcyyceSXF
rgPQ48CnqTzNSulGDOUPAZ00N/IGbMw+ogfa4NJcnPPuJBzdchSGMSSXHjfywG7zEjLPoq9CQBLXWXVO10znmDjzN2Z7UYNUZWXp
qeuTO6wl/4qGqreD3JIdxJRiFC2XDDPz2SDTtCguoCZ429V1IjShr+GMkVbuFvf71VOZykD7psuYUO9tbmXYdTlknlZ0y3EuRKVK
lZHyceZgMOxV8kl6YZ1rOlrU1ddfV7keUvMltxafLd7EV6QDJXMv9YMpk/mcOn2JFJ0quuBq1vYeXr1q1QWtoNNmRwlfnxRSDlIe
9UwxzvrDgnE2mhaMs1tvXE6EDrNMs0k0l7ZyIZNS7EsdCbFJ9ggpxoHXZRywgOvTl1A3hjPNjf+smxzpgpLb7nrEdhVNO86HTyL8
KULTrkLPmKauPdfxivJiSy0CHxU/g+sG2zFUsQWjVa8YRfW9SlIpKm+85QV5MgNqe4f1zzGGLcCMAzmlG84mAduqomTKyRl8JOob
VNLlZbfHcW78TZ5MSVNMN0KNJ+9eZFZ+L1TCd32aUV+Uh5eV4S2q8qJg+w5N3l2zvaGOzAy98/ErhGIfoYjMEiZXJ6ZJL8xyxP5m
ffim5BMm560qyEOTXrlkvAC8KBqPH6B7VcxBgzklZmHd8t7+wf7ZvshOALtDMIYb1S8SnvXQ0XPnJy8bBZiYogs37XQMk7SENGKX
mG/9LWDs5fD9zun+pRhgFtyGFBOEaEsnPfBmCSrytkkvG9yATIXVwfFCH3v+i02QXb/d9GbluEYVIBfkORZQ4Cye2/Jnc5WD9jpS
8uAU0OZK7D5uHl0W8rmAMG8CvcX7QxAb2egQs14aLb6gvoCmCx0cO7KE1K9JQu71K+/F5qpylnDgFSsTyQ5hbbRuy7ygsTutN2vH
V0iDLQvXDKdhOPe/3VyhwKXNcVAU6Q7GQyA9hcMA7VJdEpcvxL8qEcI5UNC4E0Eebcufb+p2iRZQfr65Jpgl5WfNGKquyd/1aOgN
9jKOCRglU5mmhwnweNWsg4XqbZ0CetN1AnSbmW3BQVEwgGScMsl6E7+UIeuN8czntxcWBaIz9UOzF4xUTpa6XDHhR8m863CLkka3
CJWgeNWKlJ3V2MUobWeV1U4gdHkC/wFWZXYVxSH2oaqh99FeZa1u5CLY7iGNSEwuJuCwhmmUQvRbZxorYwrbNGU+Fq4xwAl2LObl
aKwnh3Chg8vGrDMuRupVTVztFRaYHos4wXhc5yf9e8kHlNeASYbMOyjPU89Tp4mjENRx6pEk0U5wqGAtJ71dhWboVMd6JG6iccl7
2lmP2Dh3lCdxdddHMgcY7ppdoCzKDHFh+DTA3PA3DuVMpUCXxthsd2PxWTZGQe0ENDanqjPOTee5J6szuiIOi8Qo5AcxSuYPfK8U
xcZE+euN70GcePHtd6/78+w5TDtGMypxn5nIU4D3aU1eraJmBPTyPrz3rx5yjNTE/zjdYFsVgCzt5YICI3xgl2EgFIJQLUQ/+iLr
dbe19hInh6k4YuwHIT1f5OH7IJv4PG2zPOSVXgnyxcqVINcs8agTp3Lp8hbClDNkgz4qSP32ynWcau4eRSVUXfMNUnQp5NiPQUrF
OVExUgyhfYMAl5NCUQ7w0GUPrL+0arxBHkekXEmsrAoBVfHGIQjYpYYVCtI3nQOZvSeJ8xQ5y5ToEUYEx2MCV1H8HPWBgDz99mys
rABhdwlkdJZFIlaohNGm/Az7/78qcv7j74Z6TJYx9ftBJuOqqdBlNF+LD2btYsisr4snLqybWQt9tJg1s80ID4KFrpr2flBMVvFu
q7nKUHlBeK9pDJvMVo8eC201rKiURRVWh7P18N84cayyN2TBx3dX2DX7ibNLuMIyNDvJ7rRH1Guc/cQ/23aqAC96VL8JuuJH7UTh
dPwstD4yktEXwZhY0VNGnIr4vx6dzQBIaur9dJh1gcLNkzTHcpjhdmHGyYRMmGF557vJQ7/FUhSuiaWo3xfV4EYtO8JQNJOLlPil
fU/YU3UdagVgaX7kOYlfOKOjYFUEUAeo6Ix/0wJHsexOqzyiFlO0bTlYcULFaMWD8nBajQ81nta67eoKyViur3hSWaEWHu60DdT5
UahB9Ef1iKJCKqqoYnTyJdjCzLCcm/h1UZY33AW5V7NuyOpGqxhdaqut1VxzBsFrE4lDQRU1GQKM4P+fo/ibF5eC3U05TVHFjFoz
u8nKaqAJJvPn4diuekFOxSLE/KhSsBLaJ9nlFUoAoulxRvJApRkHe18yDa3DycqXEdwGHIh+OeN50OcqvOO1t6nySlDwA0DuMBmH
U5FVohQn36kMMDevm7v+ibxv7MEL2+sii3aPNZhUgD9V3tzwmUCYfcLzZzfT5CqYZs/kpOFZmQM3ygm4NT/EBzcXGtc9XZ7oFmYq
7YvOIqJoQre7pmWwqBvRoyISlCEU1uuVF2vYB3H6Vmb+c23FQznrY0r+tzq/qQLFVj5ey/POYfCrqlSJKY9lRUB+3rV8EMX2D+h5
1x6Av2yT2Ih4+3dpspjr9aQjjD/SadZrbxaAEITGAc44J1zs0KmwTpp9Ap8pt8J/hg++1ArCc068/arFjSIbcwAhjelSobxJQF4c
nMDygOcF/vgG1noHrBYIKkdDUqyB4BXeJOlD4X8eSXcvNsN6SYx/woAh5dun6jp9fZC9yQiAobzEDkPY8RF1Lvz+duUYAOUHPjZ3
lFlDpAPxJgGl2BicLF8WwyNXGSf6QMBRxoJfnKfJNZWgCLyjwS5bEzFaOpCh3GR3xMp2PW8cZRhCNMZni3g+Xdzc4HEpLM7PG5zk
K+zx6uaHaA77v7YFQqa+q7iqDU4U2NdzWbOINDDTcz5XlLYr0j0AqUhph9Ucz5DelBoCRgKeZW+DWTR9gHaWGuufXSCznLIAurOI
rdWWTZC7t0BOzLU13OCYMmWgWfX0pd/bYNTz7itHt365N3ePsti0sthTENoeDUGk8iwNryMsY0FcBl4ecJlCH+TPcUIvbUowGRVJ
dV/Up0dwYb3HYrd2rZkvB8Ooxz7937PNjqjSKl9sbcEz8kXFzp8UTTv6s62tTrGTAHBjH1P7Pk6SJvVV/b6O498CifeACZpGsHuY
oSxMV0Xnhl3WIzozGgDXoLDdGFNpqFzxmsqNTnbULhDOGlEj+pB2DqNYOu8qgLvN6UTcE6kSM2sMRP0WSztOtrjmc2Db3yajjljY
yLGzq9AmnodOuUe2dV/IY4dvd9WFOpyHo+g6Gg2pl04j4YJ/vUbewbFufN206HmFTBXTOeHrfZX1w2T0xc9diy+1KbEonVJ6yoq0
2jIT/Rd67FuuZUwodG/OP7atsXryatmSlZkSEWZJ/Mj1y+o7MjADQ/cSr37gJfpn6UOR6faeOAe0QKEeETqwUfz5eQd5Si5lhj39
oBVRYV7j+iVeONioa1f5VnNYvGyxbdWvvmv5FU4a+Vea9PKls8F33OA7e4N3gj+nRnA7GcJCdI9Zn+HpeXR/Ydc92WEZZ0yuuVsg
j5Zu4eka3TK1wF6Z/Fg6FnRJ9G3dJwKNKT407n25fQ0aYPflY07qkiC3zFeW30F6UjtptpunFWCuG0BF1zv1iOOu6q33qOVUDYUj
oq1kLtTtQXeqelz/OTODnPSuUyLB2I/xvtumr+M0uolid1/ifV1fuH2lb8vCC7IpVH1h+ZJE7VD3+Fx+VzxbKzasYdOCtTYtkKH2
cp+K0CJrY3WKgHenJPtS41cN/tJbNHQ2KErx3te3pIgy+3gcbGb9/DAYVRAyJoXRqAYj4UNVOcD8rnhs/0zkBTW+kblCrR8I/Sp9
UVQUewM3YxjExd0tm3VbVzXTxoj4fozm1beqdErQJhqrsYiKcSGWrWiWqk+ttP5r8lHrBdXbDbdPROEqWauqFAvfbRJPjPWM4Xhk
znQdlmJjhAUZc6CCF7SdtbaiFfWqRRc+4SdFibS215JaSAs2wHmNyTpn1JkqdCakrXtHAPVK9HG9Sw0vM+3wy4wJ1oYmIc1qCCk0
ZuzDXPvlWwk/1N527d/vTKfJXZGu+HhYRzuwy+oHq1OR8LwB+UrLr2+7zgCCI0UssX69P7sKx+NwfBZSNOd+TIrcJtg4vloLQINk
2XJUreVaI51gbFy+F6WAvC2HtH2y1thvgnh8F43zySkaxJakwzuUJcxLyOxs60BtTv5hYhLnA6m5ucLHv7l0P4zf8IZ6xHjyT274
FLUIKhHkzEJhDcfCOCDYIqGW7ZXYrbq23e4X7QQWl989wqRKlMuJahgynUYXb5ExkAtWUx6u/zjRCxti3yGlYZ/16zdX8xkxPN9/
L/ZkjSwnQoFZYkKK1CRdowqefP784gvK4ZWSp5btWr8zL9cmneq6bJyWdbW7qpr5ETOZ2FksU8M0Lfxfagf7aRrEcsDKNDDrp4NB
k9DGaAYYTHMR+QF/A6Y5dRy/mWIBrgVYhMFgaTvm/KYk22qZXpyfMOtl+1B74/7cKmrS5/XCZuXz4TxJrrGSS+lGLXem2nVrQAeY
cCxrKNiu6eUUfTmMFl0swbrp7nOH3FWwZ8Egl7szGjT1BldetAxrejMaNM4Ned1wzK3x8LCju4Y7U8kRW1o5+nWyGk2ZVVpceexF
3lD7YsujyqMhuWZfPZBPbFGF804kOK/zQacBROTII/ih12WUwkVRil6eFM5V1sEM8bYVMZ3botwtvcd4ffqGvX0XGRbqmmJRONyp
flvXCTIUK3ZHZhwJinyAdVFW0luTE7Ao9+44zKUj56Vwsd+2REXxtwXFbLqO5rq8o2hOOde+7LfrUiqXhqVMzdA1c/gl4YZGsFXJ
1lO64JIJ6JdFAa7LBFULmvF03l4Kre2zSf740rRF84q0reMEu/9c5jZZuxr4Jr8KCbSXUbKswIShDsJdAyz0LlYEgWUmc5LsLsck
2jnmpEt/7SZX6vULpgmoF80Ws8srKQyiG2tYmeghN1Mio7qs9C1z9VU7gZhFyNJ4haxp0AmRfrI2u3t2V2XDjsI7XbM4L+HT+Lwj
1NfZncFWsaB7x463dMGVOSxXRSceaxg+SmCR1JniyrR6QTpoKKGbvbbl7GaWa5FI1rO+7d6fEoXVtqrhfDdfBdqWZHeGYkpcEmWK
Ww6yBWQx8KMyV6zKWS1foXStCJn1KCd+2njsBORdSY5LSDo01d/z7nabtHlWetl2i+pnYNkhjWD3ash1M8Eug37lmVQ3qrfeNq1M
nlaeKhOznpWUVUcviJGgPhXddj3NOQ0R9f9AslOCD8+nCUThnY0vDO+KdKbbjwol5Lr+WOpcg0Y4ORecGihkA3P86HA8DWcYS/wn
wjacTwO2vU3Skay1+3gAUXq4R8Irow5QiRMq8vxar3zUfL3SSgrJWkLNQhcJLlohAEHXReMWWrzg3PjmQvcRLe3VXpSJSACnQs6h
H3PH05WG2F2jfzToFwhj1OyjamClBdpouDtIZzkNYo0Zw5+d5jAl+qrlnS7LhGJARIE02AOy6C77Dt3J9MkrqSLqOC+71fSZSudU
VLcW+qKeFvcjJshp7S7x1yUf9/pATDXns3QR3z7ilLk/rR63pueyzDum99q8bYos7XqTy+Um8rusfsGPtbYPcLoxdqYggbX4Kykz
ajQ13J0Fo8uAlZ2XmdJ2WnKu0ndNDNRK59OiZrVxfzRyA/uHBZqP4w4WKj6+vu5Y+TFJbcnjc1YNFRWhz00abUe9qkKT2KdcGIM9
L4xJ16XlVboK0brBukVS0XmAnxnW++aoQfn0bpJoihcYRmzeOAk5dSuVnvRymdwRvXcpkyNGYE0xkj+IszsYEAC4pCYc5B9j2GYw
n6OVb5zMcyqKnIbQKqNWlhqVdCm+H8VCsWmY81a4HlVUnoiIHzgvTFmHSMvi1MQ90CfQMX0jutciyCkzC+WqEf60qtNiMqUejeRd
sk6RlmBHHDl7VrZkZKu9rtc/EsAsCiDBREqSWJhjaVEu0/GF2Vl4fDLO6ZUrCv5A1KdoXrRIM2etT2Er0/75qxaZJ12CkzF25ahK
Gza7rOggd3F2sPbDZBxdP6yNxI+IsowHYj4FHuifpeG/FiHmMHEztw4Q1UBApAD600BAzEdCYOVjaEt8uAp8JAnfC3NObfZrcpVR
fbDsGRDGKLiKplH+0J/BeeFUymiM/j4YzyixOeYVe/0Rv9nyvo/Gr/ti0yivWk8fhd5yDiTMSOX5Wu60Hl4D0uiUB9nt0wyoOOYD
hhXSh78mC/QLoW49H5M456HxhXFZxNOHHpB5rHx/nSYzT+QUTtGUdR2lcD2IYHXZPTDw8HzG2YfFj2oUrkCaH5MrzNElcQg+GRRJ
DTm+oEEYIhjXZPrC922STGI7Iysw01XWwSfpAzdw5HA0RseGvQJ3aU165kBMvM0rq0ut1pAu9UfeRANwDZASOdEkyAWsOwY+rJSO
c7XE53GCs6RUBjQ0pyWPOe8fZQzyOb8fYVeIt3wKbETmifl5dwE6DqEwP+5Ch7zkmmi2Mth+hcX77vfdtglDK+ZTZNHUV6l3EyGb
BPsbjjcyeOIFWPw421bnC7mmMMYs6Ak+y7iwZtZfIzdXHs4zTgczTmJKo5KG8yBqlYVrHUefssczEC3B//9KKbra+DPjNxrvb/Uy
hjbWEp7KtC/yXVq4gl85rZhpxHfa+n9tvukom548b3X45Tp/evZMefrwRvv1HKkTCocX3epBVHk0f+0252AEkAwBF2qnV9BVaNmT
FTHU0zHcWtF0jQQI2cq+Qtl5R2TQOkTCeUq1Nn2ZsfpDPjoCurLBncI2nEWz0H/+n3/f7HnP6X+b8n/y7T/hOsfvukhn82A6pBoL
QIW/qY6Mq2fLXl5Ocwpvk1t6V64UAm8YPsKrGf80W/i+fm66v56Lw3nRJXwtuwQYSPWrk584Ky7xUTKbocfJFO6YLW+DklWG413x
FORpLL6AediI8og7XxZnwJoLJa6h542oHo8+HJLb4fudDUxiir2iRIl1drwjoswbeA9ggQGKxvZOEsC/B5Afw9GCU3fwA39nOh1G
NzHQaQ+odQpDhsYwG/vyE9EFJmRnz3F0TpSZgLnCgFy3Vkfi2y7LxWKNWMuAsowIhomztWyV2Riiv3DgAJbvPoBIDeQ8zcIxLzTc
wBR3mGJ9jAJZkWMS09PCF3R5cqGikzS5SYPZHqaZxm8RaJMgm/Trk9Ae0GRl6VNVr5eXfaKXoeCkt+rnLEhv3e6aopEAxasKOez8
VfNNRs/fMA3jESoCnw7zZP502/srLUj4BWtvSz7M0BLubkv/mCD3fHBMTMLF1hbel4AAnDqVK62oJapSC5ScrPP0Kaczfdp19Y0M
y8avCSojzuFQL1Lkn3fTh3mOezCfPPQ5yy6MK/PsGhlz/3rV9f7tvU3SfbhiNvhGh2vkr5cFP/b0/sVTNAo7poBXEExjI5ZlY2hz
eNbQU3gf5d5L77NrAXipnmNVgL7MLgtTVfllxRRglo7v/4brJvC9QdpYLPOvmJGWJsTowXXX/5pv84w2O9ZMSZ2No0QE4HvwZ0ye
4cEIFZXVQ/nmYR5kWYXS4JiaYi3Iwu9einWoBLof4gi/KVLoCgmkhVwJF+QQGUB/JYWQOAV8Zs+ay7iQeInsORVskKKluI1tFpAS
Dyyv8cjCQa/BG0vGOGKumDRy6EyHhPuhw8Js2YSA142XzPWUsvBLmA7o5Q8/0AQYTOebF/U+2+TKDj20tCaUyvgmJYsFzcZpV5AV
BTtKmqSUL+XHGIZZeS5EyhWS0ZvQ5Wxq1CXCGgviwF2DQnMUZ3BTwZUDHzTnTpRrseax1hCxZp6Do7P906OdAzFJhgQ0C8eZdgUJ
n1HO/3Y3iWDPuO4Gpo0bo7YS5x+OQjjFrmnXnB64NFdm4OCbc8I24pXmmeUtSiSdCw056YGtnzEgOVCWy6yU9w0/Kt6RJ/HzF5uO
UnzMPBTSLR/MgtvpdN0Z7fnjnk49thsZeB5AV9FoLDs8XiFz5a8rw1+THEgzVXnLRQjxZQcwO0ZzSKWNOEgiFo2UX5U25t6Ut8sy
bCiQokmQhMbAciymeevmIZ4ZblyJaJCrublkq0jbPsVHwXUucrS2mjYL2C2bC8m8TWunTKBn1wKuBsluY9J6nQJtW26OFDmxB+18
gjyYX/JT7RKxJMjkD7WAZH7S3pfadpyIMXwY1B2qE59ITk+MZ605LqDELYZloqAP4iYN5SnqndUQCdZDn4GwhqWgbgB2IZB4zgTb
F8YhFLol6GEhZZHAHAm3Gmb6l8kSvt6QOyPtzxabkbVCCimcMPW4OZHiTrSiWZDeIGNRkVmsU4O+trgvV9HTB+IU4HJD8Pg4pR4N
IXTuFm098VyTh7YuDiDiDV9+ACnoBuvLsrh3NwnjQudGdytVx1tkwC7LKndUQuSZ+Ba+TKObCbBeNyHyX7ZhUrG1GLyI/ZKAzYpL
lJb73lu8lq+C0S2q94b/MzzbP+zhcbqL4ssF2SAytr1qAu133b4LlQEIL5zQY1SoAE8D4As7BN0RbLIsBCOyrPIAP/SaEC1Kw/0q
Ml5LemadZPW2Ytt1x9m0uAWIhxI62s7u4d7B/lmRVRe3PUMbzGIqN0pySoQIW7gjOZeZoMRkAGnCCx9QoSsLcj4gh7iNTXkf1fMX
6Pgqu0dIHSX5kNXWrqAkqaH7FWeH81FzIa8LcQ6wb0cH7XhIg9FtgoLn26HQw8PUDAR8gVV5kpxqj6J+Hv0BIlFo1LqSz/Xm2hqu
ZtzA1bhT/9awXjoSiQOHB7LQvYRZFtyELZWk0hrkdyiVrmDGWRRSf2P/nZ4YpjNhLqh4LUaEB2psqXrsyeFd2kJ57WSF8k7SP9Jp
xbBHlOKFiniSdu0aLQqsLeVABkoKjO/pc1GY+JShbRghg9gL45uIinkn6KJFBhvWsdGRVwZC5Arh3iKHJcQn6NxAw75l47hukyJ6
2mXW0+8oWfUs43zxPa+NPay5ilDlHteJbjGYzWBsfL6IBelcoT6Opxe47cjrhor70hUTyyI4dJ71DOFh/5BRpiL9CTW5BwxaNCXP
EV3VjgpqoTH3CeQ/B1E+rLvLO+UtpPs0ij2uHC674HLG5dq3E8ruTPxLC+9R3yc+tKvfJby7moa9YD0L0LliLHBr0PHL46TzvFOU
ocC2V3IauZkWXuiB9J1SWwKi+Q2y/K6wvbw/lNW+X2JvqBrEc3QSkV2szRrg+G3eb25uvnz+zeY33nD3/f7e5fDybGf4z8v3O8PL
o+Ozy9MPRz3V6MW3ZqP/+rD/YX9viyvV3cFWoQDhmOxBkOWnRKRodvc8JrD91lcwEr3iJT7BNGstGY8Cs0IqHyz821C7XpARLnjM
NBMGpLz42jS0Sln//Y/OyulSKMllGga3ber3slbQMFm9fsUnDHeQ+7F8ZxZmfVGpf/v5q8dkx2SN2slDW9Vrvsge0Vd9JUVrg46k
lp205+sod3O7RC3nr1yc5XbZ/ydn5oe/6BtHlUm+BFnZWbCrq2qJleKSMlln8oB0sMoZjHKJMkOn+ioc85smYjkua3QodNierFnS
n47k12S9pYLBKvrablkn+EPMBkdR/wmRvOdNo9vQcEWCs8qGR3nAAw9XiUvcYtWr1Ht7AjAsTGGBgczLkr4Td3d5xn8U8lpwpYSw
dZizOjrAjrn1kgrXrLaD4qDDesZOdnJHFNgsOZQhSQ6n17hbeuEVVtr0NMFK1O+DXb9LFlOk6LrM+6LqFFbn87SIj+eZr6wea/gp
rK3oBv42T0YJ2/6fWxqItUvJpa56o+VrPCiXObBnySK/nLFi8btN/GcVpXvtwjMMr4UZwS05T+IsLC/zDe4zaq171FgaEWw3Cb53
Icxb4FC50sh88pBFo2CKJTzYnF4U/xgFafpAxytHrwbUwC7Y3d3zB3M6xTf9XWgUYSYFe/0O92pfe/JTv0FMq4zlV6qBOI/GCWB2
Jtjpvfe7J55we6eCxkLFFo1DeH8NYKC1TYIluonlOdUriQWgRjw2HJvcm8HZ0AcZUuODaIastBDS9BP0DRxsXos4cmIdeASJziIZ
dWTXqgMgj9vgS8QnkWm48zCuIHdoa+2uLTA0Li1OOBeAxBCnBlkwxfb7U2EOz3rsMxjQa+WO05+Lz1vnjdK1Q4wjKtDIchRLiByX
veBXZ1i/ZJpCddUhYVDgN1lUWBrUkZjkQaFAEhB6jJWVWGqgnE6euqQwkSqS+TSIMR+dMO70KMUNGVgzuGI95Cx7Uq+B6IEPisN3
hzpgVH+hqYdvQPT4qE/SdkpDPcIpa4n04lRDp6K7bXfGDFzHKmnf6rJdYzUBjdieAKR56Zl+bNrWpqE90SJfRzmq1OBhp8YcRPtT
/kimg1AuAebr6yicjus6xS121EhIbmvZb17Dimp5USQPV4KnCCfsmzOGvWD/E7SUd9gpAKuDoSeuSytNM7WYfu3nrJLCxz3fOoxg
29J66eV05h4drVXoLIEAu24IntU3gjuw+SIXX+/HKIJTrWlqjs1wmHOhk+yGUogMlQzpMInoe98RYelGvSrVd0fIMppl3tFnWZdZ
vysqPB6nwfrMmkT6ZZxjdAIq6SP20UrQAuAw1tjna9F2rjj/8qxGJFsguoN8IadYVog6e6s7APZVVJ8gtSQnX0eldf3W5AtGmFAC
wFn0wG4s6iiuQxyozlPYtPVsqeKwPY7T7InruSeuOTRCzOYBUmBxtW1LK4GwD2j+VoY3bUqyOQvmPno40CUqlAla+CqemhQZ3YwG
pb2R0mHB9ld5fBLp4XIGQXWVCBczaKwSePN4yqZmC8LAFI0x9ER71CLWpM7PqOuqbVPHBQh1Sz33a3Wk4T/r8VqiWhPbWnZbJJlz
NcfFdtKuUBigqqChEJDwQ8ItMlz4sSPNS8kKLN2HSfxtbVeYrblX8XvblrHW86kiFLTd3Ib/fC87ZisHPPr667ZcQ7kyroGDotvz
6KLZYp3MmeOI4F/Pu4oDoSJ/qJSgCBa9WG7KoRRdJyJUyWg1gkK5WlEMxWkQ34S+YJsLNrYWiwvPrjqsbzw70/Aa75xCY8B0UzGw
wkZVGdc1lkxWNo6ur3U+21FUri2vTaFTOFdS50Lfqj4DHrX7Oqb3XmN5rekmdGwQ1wacdRxMWN+AqdmkoGO0Jf2YRLHf2fbQZo3z
OEt2MAjO77o8go1Ky3xGCH/aYvoKXiT6SkTUnBBhG0XtVmI2wEL4SBrurEzpGh1aq4uROvp6Aox3dpGcBIfZwBmgXpHZDTkntsk6
tgHNtm+TVKrSf+VIcvFpt7BM2jDkVKjx8StaLNDeniReDqmz0RTecM223HZcmk6FC47foM1nCTvVhNIbw+pLbfXm4U4UJinOs3a9
1xFwF9OHVikXSiZAtz9fS8Pg5xo+kpSH0wR4YxmCRejAekxUcZJjESdBzhNPt1h4EwpuFaFSJWNQYESBacwlhreRTSi55r7J5IFe
clvl4aPMCyNokwIzC+NQsWlKPHK9yLigQBpWNS8klpeQu1WsJKK/dqIfQdMpe7Jaj2TwfNmRXdlzrKrRklbvezELrBVUskjKeHwO
dNe1Zt+i0qwcY/Ie9u4gwV2Vf+DKjsI7/Lt8S3F5yJAigmX7/s7oX4sIbko2aKzMRluMqmoJ7W+GNnbRKjXRLKCN94jcn/ZKW/ss
PjdQOMM4WH8hlK6A8H4O+zA29LX6EdQ9eBqvCrEGi9xsJXAikhtxAxFPIccpZwvyS1lgXP4J6oJp0JmaolevkDl6Vsa/nZaV25Cs
q0suHNXSVnQxhufIgIrYocUMVLSthWhgyATehvccRYXXLDJsbHRXkU5XkQuqrJrk0xoqcdijxoxxYYNgTHfgGAOYfL7QPZTI3DgR
EPiBfsD3xVbUlfcUvRR8gOx2L7wOYPUfoDOKUuvxXp93xkEedC6qUW7sCeBesdA9d5RSpCJI+Xo8WrfTYsLoNUYPNNYbF8F4Q0y/
VI9tkWZMoJoPR54w+JpSa3TRe7du02rO2aIQsWkmLrc5DVUWGqpYZyrQvi7bnfM7wxES0cvErYVi87rnysX2olnSoa61DTOF3EWd
kPv5q8cXblcRbKsXh3QdMdtZxCHrHVb2DRHp5aJMYtfVA1wcwJwi1qNjeXJHGQC0ghJo8Be+e5R9tu/y2OYDrJ9FcZqSuUr+FjVp
A2Ey1mAxLV+V9T3lKJmTkl6k9eSlspMUdSpfcDoakHNFZ+J5xWVKJacU/U5G8aXg3C2d628JovoI4kWrIcJ4PAdBPHeMoV5XBpFv
2i0Et3IejELXUtT76mLkq44t4zb1UVC8aKwT7BoPWYkrpA5GWlDR38qPS/ZN6JaCzMjTfirtSZR4MkLOCXrERC1zUn3YP8aVwUvO
LyYOIF5peBY6fF1wP95n+F+dMh9DxTaQd2OnK1+Lz+tyaIcWiqSp3MVRRFMBtEoykQFSHBtDAssW6TJastQEvVFwGtJR/B2lcChJ
ZIm4X5T7AhC2stsIJLyxXWf/BrrgKDun982jacbdIYP2iMcvUjo7o+Vh28U9aEGIhPJK6Jwt/xt2G8BvivC8p4OTDdMlahyOoow3
FlO8jKMsXcwpYQOK/IY3EHkezBewR9eLeMT5Q3Gc3b9433JInD/KRkI0/xkwNLnLvJPkLkyHwJpPvW/7z8kixJnpcoo4WtxM8IbY
wAT/sBQKMqW+qOdBPF9gLJWogBTGcPLCTLoASpsASPeqWE/GrlWYRmPO1YZmns+pqIsUrj1P1E/u8SB68WkQx1G9/2lvMoK7YHCy
fHl+Qf/97vwCQfRJmVPh3Grlx+UvLiD+uee9g6N5FzxkNAZWvIe9CNH1A/+m/Gw9r1SKvueVis1/Zpj/GCwDjtocFmnAgMUqYItj
XC2iKQf2zwBk8YPJSNIDRB+8eGdXCCvccHhKhVN67FqGpPAOVRxLbQsnQSaDsHAcX4DGnDt9X5o+nWfqk/U8V5iICTW2GRUcxSUs
4vl0gZmB0ZOvS5t+JOK9SPWSJwsKKBJz2RKOaOj3KdIOkWVQbr8RlySdbrg0Fn0FCPuVuhQ8LlglJv0VkxEzt85oiilKpF7+K5Pa
oJ+etueAZweXJ6f7bwf/fXl8Ong3OAJQT8fhdX8CBPWYdEqbiIYxYB6mmfoZNu6fMeZeeAFYAUD1vumBELqAleyMMf9JlFGlCe9l
lZGBQ5zlpDniwUWvhv+oqy0N9cr7prmlbTKvvJfbxmVS3nT/cPj27BKeilTolBeIcsIAGE4YvJt4XHhMAMReMguieGeBxuEc/Rlh
017UrVmOxR/ClF5su1g9RBKiTSqvnfz4iOqRvcI8dzwrvD/FrDp4dz6m6+lWoatcwoccZ4KtDnd29XH8IPb277myqlSBZnQv8Sey
Fxnvhr+xP/aZhuMEtDUTpdTouKECNZA9Jak+Vh4GM5LZkMoVq+h5WVI53dAdcUauJFTtvWb5NlSVzNZ1OisnFKxp21RNlO7aQR7O
tAJrq2g4EAGTRqcgykuj85uYM9x/F+ZUTVdcSC1qjuojjwr57PhaTZ5T88qe9WqTLuvYyJoD8WQKh8sfNSVrb1HV8AwEPo6XN7yS
8Qb6hSXRX+iWAe4gZK8P1MTnWYGUW8ZtxI5VgOWBPspI0RsMGaUkVECSd5SjtGBEBT/Uxcuih8uP2LkS/ax7GHSg/K37HhtiOTjy
KyNKHwVp9tRMp7gUzVOTOqDrEAbHKzC4Qp9dOIgwrSWmAIJlJSp9m8iebfJafX20Y043EOS6GzYAoghig5sPDXSooAhi81IVyQM4
44ACDN3HtEi6+fXRhOcs3dnI7HNwBdHQK9IsqxsYIy8myVS6nZMm2Ji42lycoJo4HV2U4IVXUIg2pV/gIvzFmwUP6GalPM1FxC+P
UmbyXLSIDAXSdVrXvUpNrHKjNp2xgcbXkiNpVZ9FWYafNRvWayiNVMCsQGeuWtOZK12SbaE2nQUjIcoi1bgqU43t2mkFBhEi2EJ/
rhKVqzqmCmArTwM5waPC08A75zx1I/xxQSfAeiW7nFQVgFqYS4z9iMhnw79qApBoFzS5a9wFcZ619NegOIE4Z3hEXKhJZ8MQNloO
Hdk0cDRdcVdoprQnncBCdzvdtgEDPwcZsqOwBIpafB9kzHnympAxAa6sYFup0ZOiVWBvtdYyCrrffvrcgREebkPYoB5hhU65cGzp
oWML9617ttRewwUR46NccpOR0yr6s6qsZLNC8e+603/G+widb6gIMWAUmssBrwwynyEtyClZ/dUD8rpbSoj/RO5APY+tIBHL3gAT
qZs2k0FcU4F2uKY/Mx9MH3uiGEwoEkkA7YcLK6O7ChjkMcmpN1IO98ZxdplJKZx+kBheutpH4lRQugkepqAmPs1TkFZiaOKkRGwi
UjsAbGC1JF/PYDF9pQ4wU1yMvb0jjL2iSWlX5E0i0uETUvoJrB2vY1RD9PhFSqIZQECTzei+xC+W33WR8dDHQjONqfkBFgTj80ky
edBYLyVnFOwB3cvT8AYwDLYzBE5gNEGDgnHZH2Ao7lAG6MBHWiiGyBVD+j6+/x/lpm+WOoQjnc4FSElEcgOEWyoecF15BE9C9vgC
iTnl//+xCwbwH5VxoA0hKrwHf2HKHHFKOz3PwkhIlyyiQDXv6b7v/gk5iaoFvHTzVD+Rli6iaa8KHgHvVEMp2unWsy7nF689OudV
5gVe2dgXak27U645oGg67BPdX0M668ghdM0nQUTVdrdt6Ut2FCmVmdiAKzT1HFJ4In2mQH9WdTLVFYKZpJP9ZhYMO9L4rraY6oYF
3mAdUrVShoDyQOabQJ/C51YsjHtkeWuqTUgwkZgvbzGaBu5I1/E+kO+tM6lZcXFHy6EL3bkatfpGjrfOcMQF6FSBACm19ARndZzK
r5rxj3gBlNXjpFBLKAldoZxkO1ZANzfH/+WYJ6djw77quBZEtEyuHU6WCpPAdOZ4HdJU266L3IgEDyx8Kebnzy963vz8xYV0Ihe6
HbQHHqdj9CQb3MR02WZhd9WosdJtM6cC7lXWVp8Fout6QWH24C2cQZ3BVzeDyLoNFDHV4zI5VkU2bQVysqwzUYooyfgjL6oPJBUt
aL1Mx2G65X0qYgF7nsHzc0Dp5z6H+kUiyQDNktuTChD2CFoTN3j1YHC0WBWRvyUp1yfGNRDddilxvdDIiSTcWgBfkelaMyfNgYiR
dTFbjCZr85x6BHId3wkQ/WKuc87FXddhOg3Ng7p0T4TNbAXdVl0CHMQDM5ilgIK+/pbR2SyOvZK0oTs+F0ElF038kPYFF87cbmbI
DL8B+BCkz47DZ1FMDPOLKTazNREGkBPlEN5ZRWhA6byUYq637LInHlZysj3HeqmdC1I4AKw7j8G0ktvMuUg/ebEqS77+Sk3qJE9q
nHgt+NSV14gusMgPozNst1jtdr04pGEYwb0dJ28oTk05qNuEasQdoiWpeFQwz233BAjpmwToJhN0LM6Skc0CNf9s5dhShnRM3UmZ
ZHA7OGmeCKiAu77vvInLxKUo5knLbJA58Z9KD4hEdlkR/8FWO/ITf06Fj5FzQcYE3S4QybptExKUgK4Y47YANugsJel55ZXZZPsy
yiXabpCaVjjwFRkVXI2CP06n59202oN2WRd24D++UXqwspeUgGAPDncUB7JoUETUxLvR6sBvdahS8tbWs02qlbzZp/97ttlp6vsI
GNH3CRfhunE3JlcTb4Or0QyRK2A6M2a3UA8rV8Jh2KHyNfSetVpYjjLLwzinZ322zjFzUDeW0nTdABOGvi09GeoUpVJJSXbIuRrA
VNhtQ/u6AbSJbhCjRipCYb5bBnGUTeTZpdrK7JDXd3ZZptYA1zvMJ0FOIR0rR0eXQXf9TAeW86YLhCvQNFEzcSnSVZGK846ALvUB
RMPC0eYW/t81/LNFhG4UTqhSqnI5Yj02HkbXWKiVxRqpVb2lNwvTmxA9MVBlHcyiKdzQXRgnkml2yX+SdmgWcCbDmcClfjM1kQt8
5VVl5O2vfosDTKECPJBp9eCTx3NQpJfL4InmyvCAwTjC3Z6/Og2zMLd9SjFMDnJUwU4s6g5g2AUQx2Zvq+Fqe6wUOoBHy1hTD3qV
uEXY2obzcITZ34Qq4kLXyJa1FNtrgPA3gJpSKrSW45EGUnwL8WIN2o/tmqw4ZMsy3cZWvTk5Y96GzbFNCpiAxyCzbpHjB0aX9jjb
eQA/yFGtSFopit5n7clve2bZ5k4XZTS5qwdJ1jrt6bSxm2sbkuuB+1iigdSmVV2BHsJ83TUj+nzvbSKrjX++fmX6EPbZA/j3W/Ii
viW3URmcrXSHnDcpX32ZK0798fjAMgZxxJEG3HNYz8V2eybFdUQfn2GxauFwPs6YJmWtljHubGdg30ydS+l7O8oDWVqE0X+L2ifX
19TBNMlC6f4sOjZrraoU+iR1+MLfCy2tz7/7z/6Lb1/27/sPXg58Rywival/5EGTuCtyNWH/0uFJs7E7Q6soTMMUwFppsXol/Uuv
JC73hFze0xU7Lr0ZNP2B1lEYtXS7yXa1MecwNIibvTE5fWS6a438mdw1abG+5NjwcRFAfYusJB8W9n5xtac1YDMCxiugYSBS7Qn/
exKr9mP+22I1cRytwclAM6XyoZKWKvep+mwFI0WWNkBNicE6QlDCvH12JdG8gLqrWAjkbofk91048otrTHesbyMgPw6DV2Tr0zm6
kBZYZ2K37pgtCaDaMt3Qugpz9/mrJvVGa9WxVOvaas8Lry7873ctqs23w5JrUnXgNA3/rDJ4G1yt/pj5X/H8WyK4LGLDa1oZlZrO
xxPzfCBrVNIqiZG7f9TREePXfaDHb9E31RWLl61PnNCR/CbHzeQmNuAfim6R9Xq0cDgR/YZNKmbAkBKOAl79goqNXwpTHxoOfpkF
o19YlyGV0V66oMidoBy9Ip3cikgUfSg9TMZsbwlS6Xs/J2isA3bd8B4kPgdzApX0KjWR3drpKXTrbHCbUvRbobRvE0EaRyNrEHeN
yxYOs5Kj1n1rR617PX4EViAkD77ZsXCQafOWR/6+7KFVuDk12sEbTi/OSgWy3FcCWQRXfO/6VB64wdy/7+puRxx2pLs0QG+8Gfet
wlGgbZvabSJxEzsh65sSzZvS+4upR3PN7eaVEYBnHlhSE7LbZlZx/ST3yzaOnUXZSSX0woHHvg3PUiVqjJNtTd0YzqSdPUO7KDD2
yP5TXK9og6M8dZ8vgtdgvvxu7wGIWDRaDWaF4zZBja7GnjvWsIs4XfcNOXvX+TxIaw1FGkXzX5gIoX3L9IUVZixJfMYhViK9Yq/l
X4BR/QXVnqE0ZWPwHRx+I2VtjDFK75hDPmXFu1A06xYGSdZUdCK1hNFJQ0yuCbA9d9FIWAdA1DJDLQsNPEbsq2+60rGBdc3O7TO4
NWVKMvfQlLxg8a2CYrC4yBqs3w17CPBehGNR7TwrTtY7ZW/rkv93t01RtyeKF8FpSQsX/k2X9U27iDZsX4dc+vkV+FU4vvRqUI0w
qrBEEGHQTQ/ttk/T+f+BG5g1bWAxzdW2cIDGXgkSPzN3MPvCHayDq7YY4/kSs69nvylw9YgYAlRxhdJSSqskYgy488p7opNk/LLF
pvF6Wu1FVrLLAlnGEINH3BA4UiVj3POet7X1gqjg1tY3rOe9C6fTDdZ9Yt2MjWmCHCZQvWS6tJrs+GzhlWnGQsQUMzlSO+354zS4
zjeiML/eiACWG+M42xhH2SjBgFWuQotkW/gEi/tCXcEN96WJymIPGu7KrE+FLrOfgUr4nRJwOq2YNxekpSzybMrSjVzOjGQ5jO4o
AKM4iZ5pxcQocXT5bUerhMd2O2bhMcjS7yOSI4G7/i11Tup8OVUV6N71DPX+ugeuRX7FRPUHmC9E1an07enJWpxi4eyNk+u2ZrIL
Pq58W8ktI6Um63kTaulCkJYbQ/21umwadkXMpiDGNsO0FVKlDJYNN5C2nNdqKbXQqj1CRnflc6S/XCEeSV7rYniV3mglgTdsLfCG
uvinDkP4uLe/PrWBKQUKxUMbTQGlDSLjAX+DybjmDcVixEThU5Edql3BGvdSxIaRSK3NbazQ5jZ8aLh3xrptQ/PVwy+9H7CsKZaj
KSe/rIEu6V4Yewo9TMMkpvUZs1pycpIXFVAhhucxL51iOdCYelfnocrXcbNKgjkbX2c9fybU3LQssR6ZRKtT8rinR9VST1vBWfTO
0JLarB+8Dhqj6KG1oIp7eLLeIf1uMzjCxxwZOVl6QKrIpCn1X9EBOlSww2/TnsB1BixaFo6deY5h+t+86J+lDyfYzpeexDQQJ6rg
DvD8oSPMD13+bU1Ba6vvLMaBs4zalT4VDfjmBa9Ez+eOvME0GgPzmBup3U2IyNbH0Nn1NLmradoefyT70mobcc8joa8Xi7DS1TKC
RVxCa0UUI/aFlJwrI7jAKiSlPqEXPV6dkDHDZRFHW5GzUTJ/sJEz0YUJO2zcxwF9XcII01r5Qls4fr8C3aBAvhUWJllQI10CMPX8
lTW9QcPOqhvOKu2LadZueVn4WK4mXptK+6VYS2v1/OPxpEbcItuJgswow1zmSnqFLlmcDVJPs2kHpWxRa9spJdZY/jj9lMHGrFGV
eT7lDHFjXIq7XfW+5g+fVC5sel4GtBxltaKD9eUAKZc9dXxONQA1qmWWA3T4IUVORyQyHVK6SGk7lDWqTIth+72ioEc9SMtw0+kZ
kea6CU79LeMGpdma8320VLXVRqCtuilFTBlW7sO/Ku85ggx7xhDE8lsVHMXLrbznqKxXuPzKu4aqaNCiSMxNf1XeU5AaO/xYyfO4
DV2sASgb4mOxl2vsyFrlOYWB3wz2coBYLBQ/+cK1CqO+Vhq217SynldzCsQPEaC6BuhWh9s5F69FUOEflbeUgZqwyQCXeFt7EILa
gxCcy4KxXJUO/7Tv0/YK6YulgjfDLHpCa3mVRuMbNIJmYTDL+pSOuO/tI2GdhZjplrPPAaSC6GaSi2jjOE9wENmhf01ZiWXumyj1
dnYPuGgQ33G4wrE3W+RIwPABlkvyhqIiZurtHh96OycDrnkJrcS0+2NKco/ZNim0SCZbDlJOzokWWbQRAb1/vzwK8ze0mP4oUwHK
Iaqyw/twhDY/zq18mMSJF9wg04IJtW9DzsM8TkbZM4bGBmmmgVfI+rOxUIfnE4ADuUIHs0TQfXLpoJSD0CMOJUdaL1GugOZ7WWj+
U6WCKG4RZ5oGlJjS+Nsq/pvn3p9nz7FgEzzcoOrYOXooMieCGd7RpusKzsaRhzQG/dt/u4hH6ozUsTHyiPEhFwd1nv2EsVjus1oM
J0maelI+iVl/l0tLV49h1n8/kszDUYBBXPB7Zx5Vu6BCRaKlgDU9sgw25WpK2HL4kOXhjJ5UG4piS9AU3a3Hh4jgVDxnl5Ltl5tT
kTDRL3Cm+FOdgWrnh3AIozg84hjs/XgZpUmMln39Tfmj4+wNsialD46HYi/68r/Uqvzxidwy+Fxtn5XuOHMlGFjI+agwnoIJEIdt
qNyYIi88nLDYiZN8pHf4w9NF/FhIqZ7g4AUjRaOhKN0gQeEO8tR8RlgepcD5LmwSMODcu9ZtlV7r9IAJgY7GIHcP+K8STVBgoonv
x4sZFhkIfa2AhloWgDl90Lhw6LBffMFNuc22cdcbQ/wXNjC7x0q+VIStZhz+jNtHbcbho+MYiP4Qt8OgGFimgS2NLboqBte/lJ/Y
pkJ++IfJOLpuWLFAYRwXBxSfFAPK985BRMVA2yCyU9FEdloHu/dxRhXEpYwQ5pOkmOw8wFT11ZlrEJMdyC/5E30VLqTV6CTiLB8O
+mlHXFWUT9TF+0ShvWoy8rUom8c1yKwQ5Ap5yFTPoilc1lzJD9d1NkHxWZTQM16WFgJ06900uQqmH022qc8HtyfK6Ygs4iDSI3tz
kwYxmbOH/zM82z8kW/vOeBbFETJLeYL5XVB7JsLWtuRIAfNBIgWA7PnqgSik6IuKiojUwZj6/g5mLqooYiquQB8G6GwyD0WWvxId
0e8koiSiuFt5SwRTr9K900c8z217ucYJcbSVd+aQzjIj1GIIvFIa5Q/olyouReN55UYMR6iN3xmNwiw7hTvTV5+UnskeBjJ3deqr
cgHDaIzlMvoH6P3ASDsk0oCKih53d4qsLjAM8GiXd6/n8RDiJ/WwM50md93fdJJ4SwOOmWj1mNOlvRQ4aL5hJNW2xZelCcVRsZ+V
DqvcRZdIZkcOZaJxzRfFLAXN1rXhxNmZeGWjgbQWWdIS6QFm1IbJHDpVH4KvnqfhMkoWmcc+Jt44EkcdV5JSGUQ458zCEH1D9dwi
xVjJu77FYCDKbBIE+1jX9DgO/WIy2/bCujtXAZXq4mUaZgHRoU1JKWA0MQRMB6VUFR1rDDyyDCRPXnzB+1+ZuJiWpdAkf70XZfOE
Kki2YHp0jry4QOhnVRpiJGFf3GveNN9NhpGkoWcEENIoDzCmOLm+7lEJtLTUtltxdwJKjKnvE3YpXUIX11HIybW4AxoQ7gOREJFz
9AOh7jvu6LfsyKSdvKZSaREmJcaqSlja/Ao4Sl/n7d+FOXdJdZf0NxTkHkz5LX4LkusO1qsekTMlXLEBuo2b57icvrlKprzsQQox
axPaxjHgilthjAY6WdVPP9kDIjGCVg+yci1AuZ1rpdizelMn66LEEJaLrvLOluYT75JhmBf3xkma5BzD4XMVQDp67i+PEUF9AKWj
SfWiwvPGe6W9yDD/c/HGdt0MisP1dhrcKJdH9JiiN96/q224eph4jDVtknlwQ6jJ748SFJ5a3mQrrgmA8n9jTQWiMtFTvxFjy/dr
1WxVRcJghIqUott3EsPEdOgk1GS7uwraJLjj05o/nIYiMZaglq9wfByTcTOHtSfXfvWM20KHuYcnr4g4/O1vnvoNCIrnEWbG6ej5
BdzS6NpHP7o2X4QnOJWdNCzQIhMnLBwb/elXB5nmqmVQlTXKhm1eiipKsXBtNHGKxb/doGhDl9J+BanQgO/ANARf2q9uEgOz5i0S
Ex00AfXPwhDdkwRzy8cNfjOUSTsYa3lxGtaM9e/uND3MPlaQ9Tvv9w9O9k8vd3d23+9ffjga7rzdR6dVjVGg9H5wpWJmv9mCEkxO
E85UXOIbqKgiPMo5daebwfBLvAXcqlfAOtorE+AqC0M7TmPb41KlOjuTpDIohVgNYDCw7mXlZDqSmaZ1vCBxHuLW0zQD2o2GOCzv
RX717397lRuT3jgVG2VqVRrJTdaq3WIFMTxVWMnLw1qTP2NysX+zXmSLteEIM67Vc4UsOrOGKEaDeEy1KEfK5MFJhIt6QS+7LlYN
xyK/Gn3yDmZtQUke+PjnKRYHuxZksnjkszoFHxzCyP1jkNv5Jx/TPg7YKxbbV4uFq6Z4ygsvUQUxPg90ygBJJQulPfSvuTrqh7O3
/9iPAQBoE2c+opHOCPRIaV5nyX489p346EALWs1ReOfbdFI5akgBOQj/qCUQK9oAbobv3bPfdss9tP8qdgBkt1Gh8x0XyfTU2OoL
0VRrI1lKt9ZwucpI3Lw6TFuNoTxP1Jl4pU6QqeI6IOUNiFkiLzsa3UTdWXIGz+YkiMrComl4PWVmE7OZkCEtW1zBBHO0pQVkOjOU
TkUeoQHIGm/QuJyWRDfhyWCqeOdpcjPQiwBrfrjSh7NkC6a0xpl0br0Q5vSiB1YMur83XNEqAw/iZXIbth0bbb+iD5tce6rAqICC
4q0LQuLbOkAVdJqSFuIVJIjoIM7oDvLpogf44X/fpsnsBL/c87kDZjjs52Vd0GsuuXJcv9tnQB6SHdnnz98w/jEzDC2RQQ7T/EHm
bkp6cjOd+t6W24oOvCvMZWidi+ZCjUEw7Jf4uQ50ayDPesCT71lRr2bM6Fg5/GdVo/uL/qY0vMO9IR73MdwwGmGU7pSVvVR1Fu3H
cRZdQYM7YfSH/14u5mPSwywyUon05Wi7CWFinm15ZzvDf17u7J4Njo8u9/97fxerl9Kzs9PBu3fAqr05Pj7z/iEe7p7u75ztXx6f
Xn442YO/vO/Ei4Pjd9DB8OUH70VPrUl7sX/602B3HwbaPf5wdOZ9Kz47/XB0sP/T/sHl+8G79/vDMyyYSi/2jz4cwsO9vf0jb5Ms
kgB5eX4yizK9bK/FQ/xjcqV+N6nUixOPTg7b7oYCXwCk6XYFyapWY2+LfBNI0rXQGh82UqjWJEuOOLa7SIErzwHNULOKGPi5eSxz
CT19pi6uCKfWh8ZoutdXrd7hx/CSV1vjbyTOk8BOpwpTNMuWIx5RmgA7ZfzuVBx3Z+JE+fAxMOoiB1rH7qcLbdpM9zRJcl2VrY2i
VoIadanCQwnh48dOHSvDVeV9m2sUHP0FJTzoMY8fZCyIyp85FoBvBTk1uW1bm3F4LaBrQAy4OsQXWMOm/TtVrJM/xksGuoIvh+KF
bVOQ3MsPe5x+CwVYCu8cXB/Hb4Ic4BFRZhibOszSxzBP5oPrdyCS3az1/T55+cApQwPlQQQCIhU/PnvxvmNfOGBFPIrmVGLaXPmJ
fONauvoUGp8u4gMQcaYw2vMWzT/AmRqMMYeOwAN05B9uPN/4duP5P9Chnw5ucz8HyQ0sFS4ls6tvoYcXFi2NQDNKfaIwxFz1WRrd
3FBMOx40OqHQ9z8qKgIBvmCUm/hm9rbDWW3MzjYdC4O+EOzAIUMjp06dF6lkUvhC0NCiaPzHj8vn/c2PH+f4JMMn/fC+WinKHHdH
nlDObMR/23FG6AEs56xKLVyUjPtAzBFkA8/nXngdxRGCTOVSIjh+V0IU0nZ0RJSMZDBq9t9FsRaxTqwseCH+ZFrJ6xN0hD5gxO9U
eDEKTbGzYvj5IL5OTJ+VupyH6osI/8VSs3zmoIKoXNi2WP/Idm9sm2tlDkPgGWAG8iLLhO00tgghnGZFpQnPhG5GGgur7zGWHN3J
ytFM8kjh7IlE4jGqJnuEHg6CLD8lj/fmbrAtrpjbV/rDvD6wt5g6B1vtYnLfERd8Zz0gaeC85xtXAQZsYRik5yNbusHV2ZF7HamP
Mti1kCpFhcK3KUm7fdvWpTymuUtiyjobaKEjogKAddGiW2IeYPYY/ywSfPPWxDdAZ06icQ3cql3hoong48XDPQz2OtUwRB0xms6k
qUKwHEuFsdxSQ1qCSOFr/P8Ak6/dJlDnAQA=
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
