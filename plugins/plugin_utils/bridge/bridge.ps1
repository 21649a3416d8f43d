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
H4sIAAAAAAACA929e3vbNpY4/H8/BaOZZ0JtZcVO086s3aSPYzuJOr6t5bS7r+PHpSXaYiyRGpKS7c3ku//OBQABEiApx027b6aT
iCTuODg497PIovjaG95neTjb+mahPfVPFnEezcL+IM7DNJkPw3QZjcKsVGonmU7DUR4lcc2X/tswDtNoVCrxdppcBtPofwMsVPo2
OCoPJ7wSzZU+DMPRIo3y+/5Oej/Pk+s0mE/uS2VOw7u89OrX8LI/HKXRPIcW0sg1DtX69ggmn+0kcZ4mU1eh4zSKR9E8KBc4naRh
MIYXW9988+yZN7mfw2r24zC/TdIb793OoTcJp/Cu7+38xfveS+Lp/ab3axSPk9vMO05uw3QIBabe9/0Nb5TM5tE0zLwo926jfOKN
spGXT9JkcT3xtsfjtVNovY/d7ARxEkejYOplySIdhVveZRqNr8P+PNvwwtllOM6gYuhlwSz0clgiL4q9wMOBT8O1fy2SPBzDwNJw
LctTnI0fQLEs90aTcHRDde+94DoNwy71N4yu4yBfpDC2K9j85JbGushDMdH+GKYQZN4sGqVJllzlzyajLJtEM28yip/9b3afwVin
F7c87/514uEzTnQTmz/Ze/P2/WDXi8Y973jn1+HpiZeFeQ4Dy579axGm9z0vWeS4mhf/4U2CeDwN+c0xlYVhLab5szBNk/QkHCXp
2PN3ktMguzkIZzCBb2JYhmwejELvHe7PL4c86m8+fePBHxjAdkxblaTeu8MhjQ2WIMi9qwD2Y7wJb9I0CnlN353sDd/vn3owDHqm
bmEM1C+tNbaRhrBccTjuUxfzxeU0GnmjaZBl3rtRvHc3CucIk96mp35TSR4S1UmjZZCHHsIXgo0ntiqBGQh4birKgwLIVAV5HPoI
/HKzPYCV3JvwovbMprqqJfyz6V0GWeirmt63XkcsGcOvXKr1uw58E032T5Mhtel3/vsfna73rdGm+ONzkf4gO1xMp0fp3mye3/ti
EN5PXqcDvXfgP2hXvC3G9sloMZ9EWb8Y40vbAqpyYhtfqqXTS7w7oQnAVzGV4vPnyhqLdTtSHX/yrsMc/mbI0EbhfXZX39NgutSA
GGFdbTFgxJHl2h3eE1GitCfcqDavCG+KGNFNDmOWgHwIv5fhQZhPknHmgN4RXBK5Gs8I179TxR0dDUbPdqfTwWyepLkP5XveziRI
hyGuuvjVfw+oLxkDCti7C0b5cA74E1t/6eXpIuyeVxeDxgyLAHMg4Eb4jxcz3IBQ4IJMngMN38D9eJynnhhnZrzUkE136yuPfQfO
uRo4HIor7+0iGhP2FJOQ2NM2jz/NNOBoxNZJ/InHfJCMo6t7OeryIOtW/48c9X8hTItBH6eIeXK4zVzDr56Auarzp5nSbjgNHWdg
5RF+yVGcJlloB4fuH4fT9uLxPIGXNUgtlEX+ZFhNDr0CnK3RnJzZnwrPqWk5IfXPNmrGdOXtKIb5p8Z1cthVZFeZwP8hbNcMRF8F
3blg4g9EeIeSwasj41SZPxshJwe2AimX/bmoOPsM/pwDFiScGrI2wj83/SZHbKHgsv+TxFsj1Hwl8q0KCjoqe/aMBDrLDUB0eXrv
Ea7b8hZZOCZxnneVpN7bvVPv2TVJPbNnyzDNgLHv20bcWc4E+0t87++zwofDnWA6lahwRgy6gpB5kE80sQ4ATGZSHSmsBnDtoVhy
IQKAZTidRHGP+oP9A/7/Ng3mAFrZphfClO9ZbgbAhuAII89IRDbCJc62vHEyAmQNBCc2ICVUmSEeM4QLsDslkQKKV1mq+DTzxuFV
gLIYgnfPf5dk+Q6vKx0Wlj8NR5NwFvzC2+E976/3vDfT4DrzDpMYJZullTRkFbvcAbf20ut8+tAxmvvQ2YRXB8HHJIWfz3vwO4rp
9/pneKB+6EGXbZhSEdwrwEaHSf4mWcQodVrEJIANx76PF+r63T/W1/8O/+11t2raAIQwatHImxJU/zw8OvSCNIXdSK5IlDnYzfAn
72Zy+TEc5fh8E0G7ihCX1z1KS9Wd2ndApRRjyYtawiQ2aeIsl/hOAOU0yvCM8FP//wvTZMtWLA1HdaVYsmm+U/JP3GWdqED52GmU
T0MfR9tF6WbWKckM03vj+VNFlhldeVTdewmtizXsdL1PMAzoz5Cg9a1iKQ2h4xrwL5gmCukqvYXTLDS7lLvVps+CbVy90+YJFSRa
69bNp1GQjyaej0qQ/SQYFzL0EOeGepJb7yDKUMnhJ3MA1Ep7YqujcQZDPQ1uQiH0xFF0zZ3dwSNEzUzSHg/O+C7EqFYxNbRPMuqz
c5RSw5NVTkwINdSuZ4Ui8cwBghInECaC9wBcNEGmiIH/KIgApWrworzhGFJV8wiWyc02Z5E1MLCESPv53E407laORiFtpo7fUTVR
XmpxuL/yRl1FMdwl2ADd0EYdo7C5nkxPM+5HfIYXUpjCbTHY3ZIIbADTzfj2xotbyUHoLu97JzRg1vRYtqZhgXkAjhWmH2oUFWqz
7aJ/BRTI0yjhv98Z81WF2gSVBimuq/7ao0B1STX3blCkD++/8vKTTcdVknHL86TWqlcAS2nxzTNWNyPFqxtytIfNzHYwq4O1Vv19
0XoTrm6JinSK77Ew0vZ8jojbmxHTKcntAtP7n05CVuHj/HuAfqgAPwzFFn3uenmi3QguJLRMAMEwe1uP5MUwHgnNN+CBdmjJhZps
6ImnWIuebENzH8QVUZWpBJLgY7BSdWfoQURaSRz7sE4bJqSw30qtV998+Yluc6q//HxaTg9LJqynp+G0PMK1y51/3Wu3qkeTMphH
5TEsAuxW/TQMu3Jffy1Oog44P9tkRyQb8Q3hDzSaatSmFLsASboMp0B5ep+GCzJN67EZSM87WuRQ+XMDEfouzlYU/zSCthjZivDt
Jk+EgEoOjcckL0cAqRi4KWnlU0JCUjb1BVvaEf13anhEMuQymMSSWEw/bzDFH731oqM4vDVtrGSPZK/EsyZjKXzkySMYYZ+V8Qiy
JSc7RxsSE+IgAQNiy+jKfgAW+5pcBo7x6yK7ssWJxBgP4ytaoL2K6nflHmunYkV/TU1/bepbADAPqw0I68IKQagbkGyA6kqCC2To
s98HuFeERIdFjiEV4S2kMbt380Fg6dKRP7D7+kla1Far9+PEylTPKrvryBFY5LjFWDoNYNsW7xL1yKSnG1hd4El3iMC8Btx1Fd9a
XhAnvFUFAbqJkoUgbgFF9jZLzIgLNhwDKjEbThrdiht4O7WFrltZ6zJJM1ixMJ3a9TUWQ9aU06+vagqfVK/qbblyQUBsp9ckI9Co
iEV8Eye3wlad1TPYEZtBly5Qkwp9k4Zh5gWeMotXxCI0pQTIPtFdNKsw9dZeER2m68nsm1GcRoln67Zj7oRx6q6yILrw5iBIs0kw
7UNdabH8Po78eY24RlbBFVCzL9VoOtaETxT5Ig3ke9p1YdjGf6piI1Ziq1vSICvZet21c9ux8DC4nYQxauYMJwS0ts+8o5OqJ0KU
eXGSeyFqJHqoOlC6U1OhGj+D/1NN9svA0b5JUuI4UM06isYAOf4EuJSNdVg16khRCTdhODfcImplU/pSWJbT4WrwyUFve//+t/ek
zk+ghiDXyBUyLnAK8HanU6laLWgj1GvvoTHAMR6V6nf/MsknXoWm6npXaTKDU3j8bBAvk5vQebIMFxFJfmkrZiPXHOslj5ZtBUKE
EusMfzIU05uGirlXoVQtFv3PDFYXdcUEOIUFBXY945ltEhZaPodBouOS9I5CvzQA9+frG/8JK7qIpmNv4+9//+G7LrY2DRBFKU0P
em8FEcBx5l2F5KnUMU4U//3Z5qPFnlPeNLmORo/rpbWHevR8QoQLjHGSoHUBHCd1qqZwMWbkh2U4cPGhItsSEhtkUU6+RwHQRouY
BMGjGdyZcLqD0YS6Qk0iVbgN7jOUFsvBB2nInmBhMMvQCwwtJYb4sKlUZGvYAQxqGl4jDPrceNYFBAcgsz2PsAe/usdY4DUN+w0u
iHqCC350g5Whq334Sedl8HNyiQYU48UUveFOgaXPaDrod8M2H9gNwBfs60ESJ15wDTuaoRPWTUh2CWReQpYKM89Hd7XsGa4pGss8
w0K3UdzO2wupzTwZJVOJWnEbIxgPNuX5xyd7O0eHu4PTwdHhxZvtwf7ebs97vb17cbL3X+/3hqc9r9/vw+QJt8Te5T2tJANQ1d2L
14Tw6QO8vXBEzY5e4xCgf1p19NL69rUGFaqFhcqC6+KZ2+lKzy7xudazipbsZWmc6is3CN/lCBsdpnawvZKzEjVe5+i0y92Uqok+
y85MoioROVcIJhLKzRmuYLqyVa7UWtFeqflFGuSitZVVQaWqdXLwypgfIHDcqt8QDatUjcAQ122PZ1EcQaNBDmTKmrDDmyLu8Ee0
hGMimIDwuYGfedKj8729s+8BUo6uohAvfSJ3udhlhuo4RFRINYkm+uWZvqEu4HoH1MFltNWgt3t3MCplhYxzLy8t7/BuBKQHjP3e
UVS8PYGDju57dQ3+mkYowb/1bQvOMkWzwkk4nyLnJcGH9I8aDsgAmsg1sQpQywfUMmFJm0HD9tM1Utr+XVi602gWeu9zoEdu+cTr
1Bv1OJzCDYrGb0BhTKdRBkRePM6aepXXlQXi0kXIcAJUALBJAQIMwEqCTBOOEjDUAm1IkMyGEgBaVwFyv8FVLgh2dLhPFprqlqBl
e/SvBQACDVWUOMiq2zUNERtbx893DLI1g/gqKV8qXEYDzK3yN+x5iBad1i/7QZaflFxdtc978TXQXMfRuGFl9au/NEQxw2sYXKju
KLzBFWQFgg8G+oImEmTsei8f89dJUgXxRaw3pn2WS2Xi6FIhC9xqJWw7oMgq+xa8WcSjH7mlnrcbUbSDIL1Xr5ibf6V+eIhQK2su
Liok5KvfNJzp0d+uInSuPPp7yzpOdRJeeYBW9m3ljC2lNa12JxbuAGhUgBIUeViB6Ch7jbS9q/pxJgxunQUUeX4MqMW9Qzz57Ti7
rQCh2eCpIfLTwf0uypvat7dsWBafBmjM3Tkz+ZDzzlZtLULa9wM08O2siz9rlr/kH1dzdOCBYJiG+9EsyofQ3g/rdWXzIM1/Dbjk
xvqWU1RSoknPzr0jErabNGNnDt86Pa+TxcE8myQ5/QYCfDS54BtVewGEjfaUhngGtRc5nLdKmRncUR2TRe1MRvGFWGatE/0t2+eU
345ZIS/eSimgaqLaiSpitqdemw0qRqU8KPVeNmOZjipTtLmcXQTjYA6IVK7KNASQTOFtMtefU75R8M3H5PIiwy3WHvJFVu4SvwBM
XEXprON9tgCB2n2FCL3bGr7l52AZcIwWGaIF0MjHzBbUQsA/nxYhC6mWoruAy/wTZaQuXsgvxkcssYu3uQXIpQImU4NDhC8oTbFN
we9Wi/cPgruf4d/9ML4GNpNkn989x7e/BNNFaKlwgkFnEOXRCaVj9/zFVrMFi3bwRGyJrMwS+bJMFw5nH+6AGOkKk7UCgmcN/rCE
a5PEDVI1PwVE7vlCmJMJ/A/kNeD/p5k3C9KbMKVCXZQeX6UApOPCfACp6xBwKLPZ2Id9jxhHw8URqUsc21QUAYtKEE27ds9oJ+B/
eNf0L75FlU8zfCIsEP72N+q4Tzgw+zXKJ37nL5MloIc1OBCbcGRY/IieJ0Ea4d4dpWMUPXe7DZprIFDgCvW5+cUlz8zf2OhaDNl4
AhTqCLF/p1pC7C4XrDOTUlNE3YSYSko3S6dpxEhm8SXk/75jdJNHBEqoaQxvTwRQ+SvbDAjFCYC0x9tcHSohE9hRNBJ/yaS81byQ
zhU2Q8d2N8wkIjiiPmil4XSpltCBa8ttMFdSvsMt/QYNUsnyBLCzJoFCZM02Q9q5FBL/JYxgTM49rBcK+wdCjGPrmjQyNL5uS2PJ
1zhYGNO/eh4PTDuOdjPlYbAMBekJtGDo11ZoYaxglXrbB1xew8Hh6d7J4fY+LqAQ/KIKZZGGqHom4WwQ3xfBeSpLWOnB993w2sVe
zzokZOycd886LJHqnAMshEXMnVrDRo2Pt1lXSY14glcMzdJlGlWoIRrWTDSJHm9STvqhs7nR+9BJbuAHHQd44BBI6ON2dg6PNEl2
iovicXgHP/FwYa158RsxPzx9UBvxoQNvhZyRPiBYi50BpnrK8hhxsFBJjVJjcfY/dD5/7tStXQkp/UUhPK6/dgl8Z/yXv+AW06S/
tZQB2g1KbNnaRX4A2sV/UGopVv+bFkjPvG331J0IYIe24dkzXoE1uf792XjTW/eSm563AY0V8CnCbfW8595lMC5s5b5DO390cnHp
4yQ/QwNvwLh1qjhEaf29fy0AKHyG9uQGQF1T6q6X4XFQdIfydwq2pR0TFKJoRaw2ZELoTLVNa0E4Uj68PiNIg4FUb3iu+9LEp6hL
VB+OT45Oj3aO9i8OBsOD7dOdd7ru/rlN3a+q7hwdDk9PtgeHe7sX+9uHb99vv92rNL6zNxxefPf89aDU7/vD4fvj46OTU6h8fPTr
3snw3d7+vlnm573ti73D3eMjOED6sL5z2A1utKAba7bfuGkdYFAHPYLqchcpIz/YOQn0hCY3Kp8FjF9EYypQvcFThkH7zQ0fwylw
nuH4YpZRoXVLD4TZuHkY/X6U5T+6xyvh1joWEauttQmRurAazmTPq9HnPGCnwpV3KjxjRO+YOXxO5u5vfDytiiP4KuLruauLiVIB
8btSRrtsbRujoxxAJS7kPJRXD7uzh9komMNv4fE+CdJghDLe4DJZht763d/3YDMS2I8xmrKhq3vmbQ93BgOP7AbuBZ6H8fZd4ie+
ygWZukQe0bWfplUcEaGKF/W5pjlrJjhI3gZjzi7FphuvfWyuz9xqqfpVkqLGGfAdzNvDS4T1Cy2sdEfeK1odRFnZZX97PoeL1e98
+LDodOUT+6uPulo0wrsXGCIBQAEoNJTa9gfxEjitIM7Fy26d6WzRUZMZrDinUMFGlVUxp9idN2kyo93StS0FUnawBcrOu8Jyo2rr
Esm1Te92kkzDNUngE1HPN/5liNuAsMSmBekC4y0oAwPWvaOdK+xOkuI+2zhtQjZMyhcMEdMObTFPMxuutDUkYSIW6LZPguc+629s
FC0NahDHAIlqSFVGw2nvJQ62ieMJsHyzb29NDgsBLg+mB5quqME6rFg9Hujvt4Q6scS8pgSJOjIJTxyVZtS3IjcpGMmAI0TwwDvK
W6W89HLuEW7vdnrNrKF+TVuIMCz9pBgcb1rpZkdSLo3GXUeHRCYYXSrCwdLhE5/LRxmRvn/7G8OEaATojO6qrGSVSqRlhA4E+5LN
w+AmK2xNNrY8fZVRZ0Iu6KoA8iE4aXphEwSJDajBYwOkVTy2ci8WBp6BVkSAwc/VxaHygo4GYjNB0SAqNL0fYV1WXJYSXGHTswWM
6RJQFoBVvEYWiRzPA+McKFFl50ETxgUk9WlEpBz882Mxfnj89tumCcijGCD8Didwux+nyeU0nOGynEXnlmHhmmF5CcEtJSf1SyUs
Gd8k6SzI/bo7r4eD7XlR1yFvWUkkUdBwkb012x40CWo0fTY0/B3qo7ZsZzg3wBSR84WohpjbcoxzHWsUPewkMdBjGMaYhOt+3kA0
VFhSZao2kT/wqhLaT5uc+Iks2Jc6fDGalfHI/tHOPy9OBwd7R+/pxASAeydwa5fNFEmKQ/YHxl1PJ2CWkJlfEBMOkeuCHmazB56r
ZjmqzhWJEOyIdXz9fVcidsFQVUey6vmtiaag3ZR4L/jaiy4fZTuAawp+cesgSCaEvDquM1Z/w6/MTGlsScE3GRrzaiknj2sUA6ox
cPBAWjncnv72eIxA6Q42YX1v343iMprzesg1naNpruMuqgimsap24BX/oUiAEKlcLIaftzOgtPNjOIvG3s/5wDsc48ugE2hjDdJr
eXG6KK3ykAOd5grawEHNuGqADLf1wVDGbWdzIv/Z2CboUZMtpPlVyMIfDWUFsJICxFrSvghNAv9mGCzz+acJW8PClKNe2eynogcC
cLtpO97P39j7FlMvDcR2Hl0sjbpqCkuwVZylTJpGRHWbt2E4EsqW0MhpJDrMSxenQkT9af2znaWwSVK3MR4dXNhAlBxd+UfoE6hj
YxwLT6srXa7tHZJ9BIrKpc8U1Lb3Zxx1TfP7pPwtMpah6+x7E03WdKq3bs4FJqsgyepCc6nKWtvcphj3iqh5VM9N/nOpgv6n4pFc
aP2NPn/39BEtF7PH1ivTrmByxOMUhg2aFfzaCgtObc1T4t0jeu1cfbvgxzyMLo5f4UzDTtG4PWp5//EKjD8bNHmEnptIyhEgBWFZ
temNzzrzBH4pfEtvTJm6C7NxQ8o0a9Mbip8+3g/dpnqGGRdUpmdh0b5CA2i8JGsDtbxKVWEjJmuf0OMqDSibMtnEKbxYeRBkhFYM
Ah9bNWAxVNssAkXr0bawtR4jghXaFPZkm0Uc5HKbq7QmLM82i5C+D2mtbFZnTFh53soZI4aEX7IfEi+t1IttCUq9rNSebREe0F7F
FtDcd+UvvPLOl20Jzb0vtbtai9b9X7HFks3ipvfLbJuf2x46w8Zx03s/B3I03KeXvmTmEGLQiQVgpefpLyN+RZGVCVEK2SP6upDf
hVGw3UikdeUDx0IM3ZcPpjDs3PTQWBt/+gw7hhy9TSNoECpbgd+ttkW3GKW6O/zQUFnEdd7UHHd1J7ayeLGg7rynKPogJv5br/O0
I4+Ig8K22Tuyy7NNW1Jzp0uGQuNR7uRXj4RrvSLyzddXzNIvl2Y2mbv1sp2dg939vdOLvZOTo5POl2loO53VlLMkFCoW9A71s3db
8K8gz7fo1V2flC+t7Zp0R0zUfN4hSay9dMh5V5Xy6ot42d+pqLcda3QpbcycpbUlu+zvlvwpLTRtuJrM1vA5RzvlNwA78NIP72wh
r+zLUl0SA6beHQ6tAGUBqklfy15nLa2v3sS9eubKTfpaSr1qYRGwTY+kwD7UxEX4nzoiJJs0g+tQa53NTr/f74gn3PLOZvy5u0me
3Oz+hTr1L4hQaaoBRyynrAY+MGaHMaiJpdt0KaJLxdvIuVizONIZZXjsC//7zBcLQsxaZY+O9EyRm0rfBQ2ciXrnq4WYrMRIsXYr
QcMqorEdFbNccSpyil1Wxqe3k2gaej5+jNAVL70Oc4zvMKKpFrVhqaBMCWkZ+gxqvlqmEljHnCBWOGi2gXkDvdz/1wL2H71fabkH
Yxy13WSxVaguA2dIfKHfhK4L7/fB8BUUdidiphdLacXxE1MXzfHKWhmMOOUGFGZAixzBGMUXqZfNUCJADXZVitkg1pN+bpHLDFq9
GtF8bFuJcQhSlUrZ80WC4oMgBsCg2OXbizyZ8fkT8jgoHwLLPEIbiPqgknbo+eO2WkTwuidXzjk18DakuMl+F3/J7wIh8WraVGHK
dAOR6lwzJxWoc46tkaeOf2elKXWsqMnmgPbNo9hu728MPhLpZl3jt658xzGIslmFTFIAH4p5QGdiJu2sokJ9bXE4pi+nhZSWeNkL
6Lb0pCWPWG2+UsfyqkGwp8g4HKhEOlN1raS4AEuxbcgR6XdjIWG7Ce8bQuL4Y/0WGxd3GFbFy3N8Br/OAQbc0kHbUcHlltZ7dabT
y5aiXPGp0HELA7Vlk5K7BQJHzSspzYsRF4Mpa9WXLbTqro5E89DQUYoUi62/ZfX0iWJdHuOy1IWx+qR35i14hXuAz6vDhtGKEJ8r
G2DxvsxwDUSMkEsgA5ZCig+dYS9EUxWft9xAgGL2ZSF115YFR9EkP79D+TmtJZYmTS6C4V3XFU92amgCnItKnlBDlKFKb/xChG1i
GCRGhR8AahHdrnGD6xgGvxNk9QBDPf8K0BWOfWNTrqJpHhbRwkz5ePWUcXHLUbM5Y6llFY1f4bJyC1IxQYtxJVSH1ebsq11S0jeq
7JTEx3JKEBrxO23wstvVLVZtuHhHhZDaLIeO6im7jSATmpotPesJ0R6BEQErm2BUKQrBZMPOhlGIHhQGB1CrG0GdmWsf5R3N9qPU
KjVHeraffmqUj5TOqzHI8hl32flDmfcxZjzzU5s9owXAbOdWRxUo2UkbEUSoI4jUVMulFp2cOv+psthsj0FCCeV3OhmhmrzrOiHc
jU9MAK+BgGN0RETHbH5xdu7dLB8gMBuvLDCr2iB96214P0L3wgyeXr30nuNijM8ESHdvlmfROXJW+AOrnDtw7bgu/9PxkJlxAGaK
tReIA/o0Q4/E+SInf+ugoJbu2ew+yzNysiZ/OZS41ucGEbssQPgxyROkC8mQb1lQiRbDPUU4khtTHXPSl0vS6JIspoHCvNwkml/D
ishGCsJ3WUvAX+rk4KWF5MXvTSPfWWTwJLsuVk4s/GU7invp5ikFer634uUIoOWvsCp9HG53U4UlzDVAA8BijcuYmM8c5riGFjx6
N7NwdomxFP2dwYGRQJQDHsh1BowZ3wznIbCPPQNEoQ+gfnoeQW7/cO9UDbsBPrFlZaPS+o5P2hpF6NQgyr8bTVts7JTGKdDAgFoV
uzs+wxfnXckyuE5K8kedFBkAvXRatHDY2mlJnKdFajdgYGRdggabDu51AGUoOdQtTR+Q+icCueRKolHvs9anCAOOxdUt8Im1Op+d
dqxiIGXeQWwKfnSNjjrV5xxRYCnBG9ec04r4wVxRi12ZGOrcOc55deW7K5CMxxrbWTo5piSAj5gkYK0kI8XNXPvFC5ZBNEWyhGOF
zhIM9+FtH+5yerxpkMPVOcO0JhROJV1GoxD9kWK+bTlMyK8HgyJPqIun5ziCFK5ThrutDQBcBHrRRXZGiJjSjmlVrIaIRmWrVgo7
JuKzAxu1dkCLAaB97HeQcNyWa9VhdXKPo3yjklIsZwdodXarABBYbzqx5fGQh47cGA3xi00RAj0MmIpJDzE1MUdWJUNxX7z39EZm
CqV4OTBbwB4MuNSaCB77hiPpeifD7dM1UWvtFIvS5so3xWC67rAfjvA91ZNlEOfZEqVyxaIPGcZ41eXyIvThvyQa2yZcjo/DaApT
m97vCEFcxZQb9xM6KPZkAy9+Okfw+mz9HBth5XeXUPEJQ3an4ZYRhJ0B92rRUxHqDmViSZJ/WEZpjrK9/yWE/mH5HE5kIAMjY+QQ
3J6imYgExCRMNtVJxC7fziK7RTh71vHnYjV3ohnteKyvqDTe6NDwSuPD9zsY7Uyu/cXF4fbB3vB4e2cPH98Qq9wRsP/y6fL503Y7
IzbhVTVaQCV6hZoIz9Ni0wmfG7aofLgMMFivwPBPLU5fcfIugWbXiys8yWeUcGkqTqz3C6+vjJLnFfe8QqiEXrsiNqln2xZ4fl6C
N+uJTxNE5Y5TLgp1O5Xpbz5o+u1nBtVRFeg4eejFQoSqtmptF4EMYDy6ngBhuZakjLbqUZbLOJS9D/gO8xs8tmcK8kp3XhVDyaK6
ntBuGnN4dPHuf473Tn65ODjafb+PB1JWhjXckhaluJa/HAgeINUc8Cj8OtBSynSmTdY8wjtHt3E4ZmNHZRqbAItad4Vb9ddcSzu8
1jOu4pxh2CPytcFq/dM0mu3FY6DxhvNplPtPP8RP7UQY1TujvwWH760B+65aePohfUoo/zSo33hBb/HUX98PVFoDd6ItE0zM4VGE
5WshvyAZXyXfpnE9zloIrspyHvIL5ztAnIEPH/Ay+OWAZyF3X0qC1FD4eGIMJbQ+w9UhIfWMJEOZRTJE0CvQ6hP0sHWDriXieofN
4AuLbo50synBOBq/RKQRcSI1Qf6gnXoYawEh5ZuiuEsgPgO0s8peH2pC8Tr+tG6/v/pmkvBabSRd4l1NlP3V9zK8m8M0wrFKcY4C
arFzMQUPNK36erACKCSjNHo8nOpWY+mXstrK241CFoEa2YcEWk2mSwoibgwzxIDKpBIRxXlnqEiPjCDX4MIJ4yzC/EfWLDoCjZ1w
D6LbzFR30CBqtVVKgj6dGuTdYZiLJu3GkEY3ySLfb6ftKutIYoTB0ihrPEZlh7MWXdlAPsDuAr4ITZAOdJDW4Ln00eEL+DUhXPr0
BhqgSVCvgXNZvAroVqspsaW0BgjutQINcSxkndOEHLH8egmEAX6/zIgrUFfgcnZYgxa/GPUtZ07c58Z6y5kGI2KABaAsZ279xqzN
3aBs1801aCXHbH1PLGdI8qjVFrOwaJZn2VcCZ6AmNQjmAVXAWA3HCFSsYBleKXCWU6qTDMTRKHsA1MRk82AHG5EnpsCZwBETMMHQ
8fhY4Amas92jODiCKPjhuEypyB+PbeROobgItrFuA4sR23ew1bWLjdTcvCx93DksSQktlgEyGZVv2vw18F2Up7LGslhyfqTO7azf
/WP9u9fr6+sbFIOv/PZ5+e3639df/KceeL3KNRGsIjn9Cs0SB+OsTRJDrVI0NqCeXtaZowjttsP+9xbTMfaLDDec5wXf7bIbBuVI
6DZbsegepBr3FpmBlJxqZ93x09A8QwN8jnSbh7tu142nsUtXmE0K2SZF5Fd0Njh94idMiMPOnONk9JnzQcEvkhQAwCcLDHWtW0bw
rvWt2/vP8J7E+MdBlNIO9RSp94q2nVe//dbXNwgTMmCitrQTP4rkPpQhjAGThtUyeA6ulSvCBMseuQQDHGfeYGCLbABXEyO5dNyl
t7BCB5Mi65+bzqPBtDPVNIODOGf4wBgljnMJ42tvjZ/oautEs8QX5K7Un3Fok+SM3z+Gob2+KDb6EwBTnd46qPTp+EEhxRF9Kk6j
97nbinCFzmpvlWPtviw5ecn8eSjF8q6mwTVih9CBLbwZrgjxfYbH+dMMj08Qj58lfMVyNtVNkkvkaTC6sRlZGzQNGtAfYOthZhgu
YgCT+nuN080qb8I5xoiSTobWALpRtXjkLFyKjMPFY8FMuUk0Jh2aaTQjXy7z8o367Dpq+YsEJS0PMo4Zja0126waQZkuzutS7LlY
qPdl5TrBzKohT2jd6eDpctmicRSWdrquwEafV3IaqyaOlg7gOKtqAmXjrZYbeRXJAbvZAmBhcjR2riVbX2oXqNbMZRyvL3rbjTYv
yLvK/SguoMiwJb+rbvonbVt4AgWmvtNMOF3iCXuM01UnUYeF4ULiyUnyxEIANAOf5WAkfejWegwI6pM+DYm0PoqDci8WtVZesN8F
kgse59HREQsvFA9vYlbBCuMRXRlKv4zN7T5su93IzMofU+zNcV0FRJxIGnZLsFBRSz3mdrfd68paFyttl7o+2p0S49LIrHr4+gHX
S1y9Xtot8cq3QBzkj7CWh0HOINpsQ7DKOsfCnFNi7LoFepz1aUq6sVK4A0P4Q4tOkht5AzZGP9BdE3BqLsqZErZnRPsaXXKWZiMO
5RZPIfMs8ipcSKI6q+bJmuocA/f9zmQvSpCqpCy9dVW5xbTbL6mrej3IDelBTC5G4XJJMDOdDTxNi5DpaoA3XV0mQgP6Fs4YSeVu
cL9fPpWu1FqdLkNCvb2xlWDX+ZB5WpEtx7lglSq5E8rHmd1nsFVJJ+npQq7oaFFT335bpXpIzJfcWGy2eBNfkgyU1L3UDoZs5XPq
tCVSeKpoghP/2lt4+bJVEzSDTpsdJXh9UnA5iHnUO0U46y8LwtkoWhDObrlxORAzjDLNJtFc6soFT0reD3UoxMbZ40oxDLwqw4Bl
uT59CXbjdaax8c+6wZEsKLnpPgzZriJpx/HwSYSf2YQyFV2GnjFMXXquwxXF5ZVSBD4qfgbXDZbjVcUSDFa9ohfV9ipBbSgT7KYX
5MkMsO0tpopG960APZ5zCneaTQLWVUXJlJ3DfUTqa5So4kW3R15gok6eTElSTDdCjSXvbmQmyS5Ewrd9GlFfZNKWSbQtovIit/U2
Dd6d3rohO8YM7bOxFq5iH1cRiSUM7kxEk55u4pDtzfpQp2QTJsetkm1DkV45u7ZYeJFfGyugeVWccQgQCgzBsuXdvf290z3hHQ27
Q2uMucuLgEs9NPTc/sXLRgE6xnfhpp2OYZDlziJuEuM9vwGIvRi+2z7ZuxAdzIKbkLxCEGzppAfeLEFB3hbJZYNr4KkwkTJe6GPP
f74OvOv3694s6/btLlJBnmMAd44iuCUfm6Ost5eRkgWnWG2RTZ1yhtPdJ97LDOa0CZxRHO4PgWxkIcpWbpT4gvjmmix0cOSIUlA/
J7lyr156z9dX5bOEAa+YmQi2BnOjeVvGBYXdYYVZOr5CGF6ZOIPzqn+/vkLaPpvhoMpsPwTUUxgM0C7VBZH4QvirIiEcA7nZOgHk
0bZ8Y13XS7RY5Y31By6zxPwsGUPRNdm7Hg69wW7GPgGjZCrDhDACHq8a9awQvT0kLdj0IS6azcS2oKDIGUASTpkkvYleypD0Ro/W
s5tziwDR6SzfbAUjhZOlJlcMOFBS7zrMoqTSLUIhKF61ImRg1XstSttpZbUTCE1iHnUgVWaXURxiGypxdB/1VdbsKi6E7e7S8MXj
YOYObZiGKUS7daqxMqSwTlPGg+AY5xzgw6Jejsa6O70LHFw6Zp1wMUI/auxqr9DA9JjFCcbjOjvpr8UfIJIQknUZ90yep56nThN7
Iajj1CNOoh3jUIFaDrq5Cs7QsY71SFxH45L1tDPLqnHuKE7b6qaPpA4wzDW7gFmUGuLcsGmAseEzduV0pqdLY2yWu7bYLBu9oHQC
CptD1QnnpvPckznnXB6HRSgJsoMYJfN7vleKZEciqe/aj8BOPP/+h1f9ebYBw45RjUrUZyY81fE+rYnrU8Ssh1behXf+5X2OXqP4
j9MMtlVau9JeLsgxwgdyGTpCJgjFQvTQF1F3u62llzg47xKBAdrBlZ4v8vBdkE18HraZ9O5Sz2/3fOX8dl+WuI6TTJYSMrdgppwu
G1SpQPVbK+eRqbl7FJZQ2ZrXSNClgGMvBi4Vx0QpFtGB9jUuuBwUsnIAhy59YP2lVWMN8jgs5UpsZZUJqLI3DkbAzjWskGa76RwI
+wk0o0mRskwJH6FHcDym5SpSOqM8EICn356MlRHo7SaBDM4ySP0KkfjbpL9g+/+XRcxxfG7IB2PpU78fZPiimgxBRvEH0cEsXQyZ
9HXRxIV2M2shjxajZrIZ14PWQhdNez8pIqv4ttmc5aQ8IbzXNIJNRstGi4W2ElYUyqIIq8PxWvg3DhyzfA2Z8fHdeUPNduLsAq6w
DNVOsjntFbUaZ7/wY9tG1cKLFtUzra54qB0onI5fhdRHejL6whkTMwpKj1Ph/9ejsxkASk29Xw6yLmC4eZLmmI4v3CrUOJngCTNM
Wns7ue+3mIqCNTEV9XxedW7UQh8MRTE5SQlfWn2CnqrpUKsFlupHHpN4whEdBqsCgDpARWP8TBMcxbI5LfOBmkxRtmVnxQkVvRUv
yt1pOQZUf1rptrMrOGM5v+JNZYaae7hTN1BnR6E60V/VA4pyqaiCitHIl0ALE8NybOLpvMxvuNMMr6bdkNlVVlG61GZ7qrnmDITX
xhOHnCpqIgQYzv+/RvF3zy8EuZtyoJqKGrVmdJOVxUATDCbO3bFe9ZyMioWL+WElYR6UT7KLS+QARNGjjPiBSjF29r5gHFoHk5Wa
EdwG7Ih+MeNxcF7zrNBDqrgS5PwAK3eQjMOpiCpR8pPvVDqYm9fNbf9Y3jd254WthwKLdo+1SjjO1txQTQDMHsH5s+tpchlMs2dy
0PCuTIEb4czdkh9Op92Y6Fi3dHmia5gptSgai4ig7d3uAzWDRdz6HgWxp5iKMF+vPFlDP4jDtxLzn2szrslRH1H4t9XpTeUotvLx
Wp51DoKPKlMehlyVGcn4fddSIYrtFeh91+6Av2wT2Iho+7dpspjr+Wwj9D/ScdYrbxYAE4TKAY45Jkzs0Kiwjpt9AtWUWeE/w3tf
SgXhPQf+fdniRpGF2YGQ+nSJUF4nwC8OjmF6QPMCfXwNc70FUgsYlcMhCdaA8Qqvk/S+sD+PpLkXq2G9JMaf0GFI8b4pu0df72R3
MoLFUFZiByHs+IgaF3Z/O7IPWOV7Pja3FFlDhAPxJgGF2BgcL18U3SNVGSd6R0BRxoJenKfJFYXAD7zDwQ5rE9FbOpCu3KR3xMxa
PW8cZehCNMZ3i3g+XVxf43EpNM4bDUbyFfJ4dfVDNIf9f7AGQgY/q5iqDY7Vsj/MZM3C0sBIz/hcUdiuSLcApCSJHRZzPEN8UyoI
EAlwlr0JZtH0HspZcjx/di2Z5ZQF0JyFba2WbFq5O8vKibG2Xjc4powZaFQ9fep3tjXqeXeVo1s/3evbR5lsWpnsCTBtjwYgUniW
hlcRhtEnKgMvD7hMoQ2y5zimjzYhmPSKpLwTquohXFjvMNmmXWrmy87Q67FP/3u23hFZIuWHzU14R7ao2PiTomhHf7e52Sl2Ehbc
2MfUvo+TpEl8Vb+v4/j3AOJdIIKmEeweRigL01XBuWGXdY/OjDrAOShoN/pUEiqXv6Yyo5MNtXOEs3rUiDaknsNI1sy7Csvd5nQi
7Ik4iJnVB6J+i6UeJ1tc8Tmw7W+TUkdMbOTY2VVwE49Dx9wj27zP5bHDrzvqQh3Ow1F0FY2G1EqnEXHBX6+QdnDMGz83TXpeQVPF
cI75el9l/jAYffJz1+RLZUokSqcUnrLCrbaM3f2FFvuWaxkDCt2Z449tc6yevFqy5EEJvSU9cvWi+o0UzEDQvcCrH2iJ/ml6X8Q6
vSPKATVQKEeEBmwYf37WQZqSUylhSz9pSRyY1rh6gRcOFuraRb7VGBYvWmxbtdYPLWvhoJF+pUEvXzgL/MAFfrAXeCvocyoEt5PB
LER3GPcX3p5Fd+d22ZN9LeOM0TU3C+jR0iy8fUCzjC2wVUY/loYFXhJtW/eJlsZkHxr3vly+Bgyw+fIxJ3FJkFvGK9N/ID6pHTTr
zdPKYj7UgYqud2oR+13VWu9R0zkaAkcEW0lcqNuD7lT1ur46E4Mc9K5TQsHYjvG926atozS6jmJ3W+J7XVu4faW6ZeYFyRSKv798
Qax2qFt8Ln8o3j3IN6xh04IHbVogXe3lPhWuRdbC6hQB7U5h1qXEr+r8pZdoaGxQpAK9qy9JHmX2/tjZzFr9IBhVADImgdGoBiKh
ooodb9YrXturibigRh0ZK9RaQchXqUaR0eg13IxhEBd3tyzWbZ1VSesj4vsxmle/quQZQRtvrMY0GsaFWNaiWfLktJL6P5COephT
vV1x+0Sk+pHZfUq+8N0m9sSYzxiOR+YM16FzU7MgvpesVMYUqKAFbWetLWtFrWrehU/4TZHcqe21pCbSggxwXmPYN+m2sDGVGkpw
W3cOB+qV8OPDLjW8zLTDLyMmWAuaiDSrQaRQmKEP4/2XbyWsqH3t2utvT6fJbRGu+GhYhzuwyWqF1bFIeNYAfKXp15d9SAeCIkUo
sdbem12G43E4Pg3Jm3MvJkFu09o4aj1ogQbJsmWvWskH9XSMvnH5bpQC8Lbs0lblQX2/DuLxbTTOJyeoEFuSDO9AplAuAbOzrAO0
OfiHCUkcD6Tm5gof/+bS7TB+xxvqEf3JP7nXp8hFUPEgZxIKs94VygFBFgmxbK9EbtWV7Xa/aCcwufXOIQZVolhOlPWN8TSaeIuI
gZwwl+Jw/cexngoO2w4pDPusX7+5ms2IYfn+tciTB0Q5EQLMEhFShCbpGnnQ5PuN8y9IiFYKnlrWa31lWq5NONWHknFa1NXuqmLm
R4xkYiexTAnTtLB/qe3sl2kQyw4rw8Conw4CTa42ejNAZ5qJyE/4DJDmlHH8boIFuBZgEgaBpe2Ys06Jt9UivTirMOllq6h9cVe3
sppUvZ7ZrFQfzpPkCjO5lG7UcmOqXLdm6QASVF572zW9nKIth1Gii0kr191tbpO5CrYsCORyc0aBptbgyouWYU1rRoHGsSGtG465
NB4eNnTXYGcqKWJLKUe7TlKjKbJKiyuPrcgbcl9sepR7MiTT7Mt7sokt8jDeigDndTbo1IHwHHkEO/S6iFI4KQrRy4PCscpMiCHe
tsKncwsdvyPxHf31qQ5b+y4yTNQ1xXzzuFP9tqYTpChW5I6MOBIU8QDrvKyktSYHYFHm3XGYS0POC2Fiv2XxiuK6BcZsuo7mOr+j
cE451r5st+sSKpe6pUjN0DRT+CXmhnqw5RXWQ7rglGnRL4oEXBcJihY05em8PRda22aLjN1fFLZoXuG2dZhg85+L3MZrVx3fZK2Q
lvYiSpaVNeFVB+auYS30JlZcAstI5sTZXYyJtXOMSef+2g2u1OoXDBNAL5otZheXkhlEM9awMtADLqZYRnVZ6Vvmaqt2ADGzkKX+
Cl7TwBMi/GRtdPfstkqGHYa3umRxXoKn8VlHiK+zW4OsYkb3lg1v6YIrU1iujE7c1zB8FMciKTPFmWn5gvSloYBupWmJarPrWa55
IlnP+pZ7f0oYVtuqhvPdfBVoW5LdGoIpcUmUMW7ZyRaAxYCPylgxQ2g1fYWSteLKPAxzYtXGYydW3hXkuASkQ1P8Pe9utQmbZ8WX
bbeofgSWHdIQdq8GXTcj7PLSrzyS6kb1HrZNK6OnlYfKyKxnRWXV3gtkJLBPRbZdj3NOQgT9PxDtlNaHx9O0ROGtjS4Mb4twpluP
ukpIdf2x2LkGjHBwrnVqwJANxPGjr+NJOENf4j8RtOF4GqDtTZKOZK7dx1sQJYd7JLgy8gCVKKEizq/1ykfJ10stpZDMJdTMdBHj
oiUCEHhdFG4hxQvOjDrnuo1oaa92o0x4AjgFcg75mNufrtTFzgPaR4V+ATBGzj7KBlaaoA2Hu510ltMg1ogxfOw0uylRrZZ3ukwT
ig4RBdBgC0iiu/Q7dCdTlZdSRNRxXnaryTOVzKnIbi3kRT3N70cMkMPaXeDTBR/3ekdMNebTdBHfPOKQuT0tH7cm57KMO6bv2rht
giztepPT5SKyXlY/4cea23s43eg7U6DAWviVmBklmhrszoLRRcDCzotMSTstMVepXhMBtdL5tIhZbdQf9dxA/mGC5qO4g4mKj66u
OlZ6TGJbsvicVV1Fhetzk0Tbka+qkCT2KRbGYNcLY5J1aXGVLkPUbrBskUR0HsBnhvm+2WtQvr2dJJrgBboRmzdOQg7dSqknvVwG
d0TrXYrkiB5YU/TkD+LsFjqEBVxSEXbyj9FtM5jPUcs3TuY5JUVOQyiVUSlLjkq6FN+NYiHYNNR5K1yPyitPeMQPnBemzEOkRXFq
oh6oCjRMdUTzmgc5RWahWDXCnlY1Wgym1KIRvEvmKdIC7IgjZ4/Kloxsudf1/EdiMYsESDCQEicW5phalNN0fGF0Fu6flHN65oqC
PhD5KZonLcLMWfNT2NK0f/6mReRJF+Nk9F05qlKHzSYr+pK7KDuY+0Eyjq7uHwzEjwiyDAdiPAUc6NXS8F+LEGOYuIlbxxLVrIAI
AfSnWQExHrkCKx9DW+DDVdZHovDdMOfQZh+Ty4zyg2XPADFGwWU0jfL7/gzOC4dSRmX0j8F4RoHNMa7Yqw9YZ9P7MRq/6otNo7hq
Pb0X+soxkDAiledrsdN6eA1IpVMeZDdPM8DiGA8YZkgVPyYLtAuhZj0fgzjnoVHDuCzi6X0P0Dxmvr9Kk5knYgqnqMq6ilK4HoSz
umweCHh4P+Pow+Kh6oUrgObn5BJjdEkYgiqDIqgh+xc0MEO0xjWRvvB7myCTWM6ICsx4lWXwSXrPBRwxHI3esWCvgF2akx45EANv
88zqQqs1hEv9mTfRWLiGlRIx0eSSi7XuGPCwUjjO1QKfxwmOkkIZUNccljzmuH8UMcjn+H4EXSHe8imQEZknxufdBmg4hMz8uAsN
8pRrvNnKy/YRJu+7v3fbBgytqE+RRFO1Uu86QjIJ9jccr2Xwxgsw+XG2pc4XUk1hjFHQE3yXcWLNrP+A2Fx5OM84HMw4iSmMShrO
g6hVFK6HGPqULZ4BaQn6/yOF6Gpjz4x1NNrfamUMZawpPJVqX8S7tFAFHzmsmKnEd+r6PzbfdBRNT563OvhynT89eqY8fXijfTxD
7ITM4Xm3ehBVHM2P3eYYjLAkQ4CF2uEVeBVK9mRGDPV2DLdWNH1AAIRsZVuh7KwjImgdIOI8oVybvoxY/T4fHQJeWeNGYRtOo1no
b/zn39d73gb9ty7/k1//Cdc51usins2D6ZByLAAW/q7aM86eNXt5OcwpfE1u6Fs5Uwh84fURVs340yzh+/q56X48E4fzvEvwWjYJ
MIDqo5OeOC0u8VEym6HFyRTumE1vjYJVhuMd8Rb4aUy+gHHYCPOIO18mZ8CcCyWqoeeNKB+P3h2i2+G77TUMYoqtIkeJeXa8Q8LM
a3gPYIIB8sb2jhOAv3vgH8PRgkN38At/ezodRtcx4GkPsHUKXYZGN2t7sopoAgOys+U4GifKSMCcYUDOW8sj8X2X+WIxR8xlQFFG
BMHE0Vo2y2QM4V84cLCWb98DSw3oPM3CMU80XMMQdxhifYwMWRFjEsPTQg26PDlR0XGaXKfBbBfDTGNdXLRJkE369UFo92mwMvWp
ytfL0z7W01Bw0Fv1OAvSG7e5pigkluJlBR12/qrZJqPlb5iG8QgFgU+HeTJ/uuX9lSYk7IK1ryUbZigJd7elfQyQezY4IiLhfHMT
70sAAA6dyplW1BRVqgUKTtZ5+pTDmT7tutpGgmXtY4LCiDM41IsU6eed9H6e4x7MJ/d9jrIL/co4u0bE3L9edr1/e2+SdA+umDW+
0eEa+etFQY89vXv+FJXCjiHgFQTDWItl2hjaHB41tBTeRbn3wvvsmgBeqmeYFaAvo8vCUFV8WTEEGKWj/t9w3rR8rxE3FtP8K0ak
pQExeHDe9b/mWzyi9Y41UlJn7TARDvge/IzJMjwYoaCyeihf38+DLKtgGuxTE6wFWfjDCzEPFUD3fRxhnSKEruBAWvCVcEEOkQD0
VxIIiVPAZ/a0OY0LsZdInlPCBslaitvYpgEp0cDyGo8sFPQDaGNJGEdMFZNEDo3pEHHfd5iZLasQ8LrxkrkeUhaehOqAPv70Ew2A
l+ls/bzeZptM2aGFltqEUhrfpKSxoNE49Qoyo2BHcZMU8qX8Gt0wK+8FS7lCMHpzdTmaGjWJa40JceCuQaY5ijO4qeDKgQrNsRPl
XKxxrDVArBnn4PB07+Rwe18MklcCioXjTLuChM0ox3+7nUSwZ5x3A8PGjVFaieMPRyGcYtewa04PXJorE3BQ54ygjWileWb5ihxJ
51wDTnpha2cMQA6Y5SIrxX3DSsU3siTeeL7uSMXHxEPB3fLBLKidTtcd0Z4r93TssdVIwHMHuohGI9nh9QqRKz+uvP4a50CSqcpX
TkKIHzsA2TGqQyplxEESvmgk/KqUMfemvF2WbkMBFE2MJBQGkmMxzVsXD/HMcOGKR4OczfUFa0XatikqBVe5iNHaatjMYLcsLjjz
NqWdPIEeXQuoGkS7jUHrdQy0Zbk5UqTE7rXzCfxgfsFvtUvEEiCTK2oOyfymvS217TgRYXg/qDtUxz6hnJ7oz5pzXKwSlxiWkYLe
iRs1lIeoN1aDJFgOfQrMGqaCuoa1CwHFcyTYvlAOIdMtlx4mUmYJzJ5wq2Gkf5ksofaa3Bmpf7bojKwZUkjghKHHzYEUd6IVzIL0
GgmLCs9iHRq0tcltuZKe3hOlAJcbLo+PQ+pRF0LmbpHWE801uW9r4gAs3vDFe+CCrjG/LLN7t5MwLmRudLdSdrxFBuSyzHJHKUSe
ibpQM42uJ0B6XYdIf9m6ScXWovMitksMNgsukVvue2/wWr4MRjco3hv+z/B076CHx+k2ii8WpIPIWPeqMbQ/dPsuUIZFeO5cPQaF
yuJpC/jcvoJuDzaZFoIBWWZ5gAc9J0SL1HAfRcRric+sg6zeVqy77jiLFrcA0VBCRtvZOdjd3zstouritmeog1lM5UZJSokAYRN3
JOc0ExSYDFaa4MIHUOjKhJz3SCFuYVHeR/X+ORq+yuZxpQ6TfMhia5dTkpTQfcTR4XjUWMjqQpwDbNvRQDsa0iB0m1bB8+2r0MPD
1LwI+AGz8iQ55R5F+TzaA0Qi0ah1Jp/r1bU1VM24gapxh/6tIb10IBIHDg9kIXsJsyy4DlsKSaU2yO9QKF1BjDMrpH5j+52e6KYz
YSqo+Cx6hBeqbyl67MnuXdJCee1khfBO4j+SacWwRxTihZJ4knTtCjUKLC1lRwYKCozfqbpITHzCq20oIYPYC+PriJJ5J2iiRQob
lrHRkVcKQqQK4d4igyWEJ2jcAMO+ZeM4b5NCetpl1tPvKJn1LON48T2vjT6sOYtQ5R7XkW7RmU1hbFRfxAJ1rpAfx9MT3HbkdUPJ
femKiWUSHDrPeoTwsH/AIFPh/oSY3AMCLZqS5YguakcBtZCY+7TkvwZRPqy7yzvlLaT7NIo9zhwum+B0xuXctxOK7kz0SwvrUd8n
OrSr3yW8u5qEvSA9i6Vz+Vjg1qDhl8dB53mnKEKBba/kMHIzLLyQA+k7pbYEWPNrJPldbnt5fyizfb/A1lA0iOfoOCK9WJs5wPFb
v1tfX3+x8d36d95w593e7sXw4nR7+M+Ld9vDi8Oj04uT94c9Vej592ah/3q/935vd5Mz1d3CViED4RjsfpDlJ4SkaHR33CeQ/dZP
0BN94ik+wTBrLQmPArJCSh8s7NtQul6gEU54zDgTOqS4+NowtExZ//2PzsrhUijIZRoGN23y97JU0FBZvXrJJwx3kNux1DMTsz6v
5L/9/M1jkmMyR+3kvq3oNV9kj2irvpKgtUFGUktO2uN1lJu5WaKU8yMnZ7lZ9v/JkfnhF9VxZJnkS5CFnQW5uqqUWAkuKZJ1Jg9I
B7OcQS8XyDN0qp/CMX9pQpbjskSHXIftwZol/ulIek3mWyoIrKKtrZZ5gt/HrHAU+Z8QyHveNLoJDVMkOKuseJQHPPBwljjFTRa9
Srm3JxaGmSlMMJB5WdJ3wu4Oj/iPAl4LrJQAtg5yVgcH2DG3XFLBmlV3UBx0mM/YSU5uiwSbJYMyRMnh9Ap3S0+8wkKbnsZYifx9
sOu3yWKKGF3neZ9XjcLqbJ4W8dE885XW4wF2Cg8WdAN9myejhHX/G5YCYu6Sc6nL3mipjQflIgfyLFnkFzMWLP6wjn9WEbrXTjxD
91oYEdyS8yTOwvI0X+M+o9S6R4WlEsF2k+B3F8C8AQqVM43MJ/dZNAqmmMKD1elF8o9RkKb3dLxytGpACeyCzd09fzCnU3zd34FC
EUZSsOfvcM/2lSer+g1sWqUvv5INxHk0jgGyM0FO777bOfaE2TslNBYitmgcwvcrWAaa2yRYoplYnlO+klgs1Ij7hmOTezM4G3on
Qyq8H82QlBZMmn6CvoODzXMRR07MA48g4VlEo47oWnULyP022BLxSWQc7jyMK/Ad2ly7D2YYGqcWJxwLQEKIU4IsiGL7/akgh0c9
9nkZ0GrllsOfi+qt40bp0iGGEeVoZDmKJUCOy1bwqxOsXzJMIbrqEDMo4Js0KswN6kBM/KAQIIkVeoyZlUhqwJxOmrokMJEikvk0
iDEenVDu9CjEDSlYM7hiPaQse1KugeCBL4rDd4syYBR/oaqHb0C0+KgP0nZCXT3CKWsJ9OJUQ6OiuS13xAycxyph3+qiXWM2AQ3Z
HsNK89Qz/di0zU1De6J5vo5yFKnBy06NOoj2p1xJhoNQJgHm56sonI7rGsUtduRISG5qyW+ew4pieZEkD2eCpwgH7Jsjhr1g+xPU
lHfYKACzg6ElrksqTSO1qH7t56wSwsc93jqIYN3Sw8LL6cQ9Glor11laAmy6wXlW3whuwGaLXNTei5EFp1zTVByLYTdnQibZDSUT
GSoe0qES0fe+I9zSjXxVqu2O4GU0zbyjzbIss35XlHs8DoPlmTWB9Mswx+AEWNJH6KOZoAbAoayxj9ci7Vxx/OVRjYi3QHAH/kIO
sSwQdbZWdwDss6i+QWxJRr6OTOv6rckXjFChBACzaIHdmNRRXIfYUZ2lsKnr2VTJYXvsp9kT13NPXHOohJjNA8TA4mrbkloCoR/Q
7K0Ma9qUeHNmzH20cKBLVAgTNPdVPDUpEroZdUp7I7nDguyv0vjE0sPlDIzqKh4uptNYxfHm8YRNzRqEgckao+uJ9qqFr0mdnVHX
ldumjgoQ4pZ66tdqSMM/6+FagloT2Vo2WySeczXDxXbcrhAYoKigIRGQsEPCLTJM+LEhzUrJuli6DZP4bS1XqK25VfG8ZYtY6/mU
EQrKrm/BPz/KhlnLAa++/bYt1VDOjGvAoGj2LDpv1lgnc6Y4Ivhro6soEEryh0IJ8mDRk+Wm7ErRdQJCFY1WPSiUqRX5UJwE8XXo
C7K5IGNrobiw7KqD+sazMw2v8M4pJAaMNxUBK3RUlX5dfclgZePo6kqnsx1J5drS2uQ6hWMlcS60rfIz4FG7qyN67zSS1xpuQocG
cW3AWcfOhPYNiJp1cjpGXdLPSRT7nS0PddY4jtNkG53g/K7LItjItMxnhOCnLaSvYEWiz0R4zQkWtpHVbsVmw1oIG0nDnJUxXaNB
a3UyUkZfj4Dxzi6Ck2A3azgClCsyuSHHxDpZxzag2vZNkkpR+kf2JBdVu4Vm0gYhJ0KMj7VosoB7exJ5ObjORlV4wzXbcttxajoW
Lih+AzefJmxUE0prDKsttdWahxtRkKQoz9r5XkVAXUzvW4VcKKkA3fZ8LRWDn2voSBIeThOgjaULFoEDyzFRxEmGRRwEOU88XWPh
Tci5VbhKlZRBgeEFphGX6N5GOqHkitsmlQdayW2Wu48yL4ygTArELPRDyaYp8MjVIuOEAmlYlbwQW14C7la+kgj+2ol+BEmnbMmq
PZLO82VDdqXPsYpGS1K9H8UoMFdQSSMp/fHZ0V2Xmn2PQrOyj8k72Lv9BHdV/sCZHYa3+Lt8S3F6yJA8gmX5/vboX4sIbkpWaKxM
RluUqmoK7W+GNnrRKjbRNKCN94jcn/ZCW/soPjdgOEM5WH8hlK6A8G4O+zA25LX6EdQteBqvCjEHC99sRXDCkxthAwFPAccJRwvy
S1FgXPYJ6oJpkJmarFev4Dl6VsK/nZSVyxCvq3Mu7NXSlnUxumfPgArbofkMVKStBWtg8ATemreBrMIrZhnW1rqrcKer8AVVUk3S
aQ2ZOOxeY0a/sEHQp9txjBeYbL7QPJTQ3DgRK/ATPUD9Yivq0nuKVgo6QDa7G14FMPv30Bh5qfV4r8864yAPOudVLze2BHDPWMie
O0ooUmGkfN0frdtpMWC0GqMXGumNk2C4IaJfisc2STImQM2HI08QfEWhNbpovVu3aTXnbFGw2DQSl9mcBioLDVSsIxVgXxftzlnP
MIRE8DJha6HIvO6ZMrE9b+Z0qGltw0wmd1HH5H7+5vGZ21UY2+rFIU1HzHIWdsh6h5VtQ0R4uSiT0HV5DxcHEKcI9WhYntxSBAAt
oQQq/IXtHkWf7bsstvkA62dRnKZkroK/RU3SQBiM1VlMi1dl/U4xSuYkpBdhPXmqbCRFjcoPHI4G+FzRmHhfMZlSwSlFu5NRfCEo
d0vj+ldaUb0H8aFVF2E8ngMjnjv6UJ8rncgv7SaCWzkPRqFrKup7dTLyU8cWcZvaKDBeNNYRdo2FrIQVEgcjLqjIb2Xlkn4TmiUn
M7K0n0p9EgWejJByghYxUMucRB/2yjgz+MjxxcQBxCsNz0KHrwtux/sM/9UJ89FVbA1pNza68jX/vC67dmiuSJrIXRxFVBVAqSQT
ESDFsTE4sGyRLqMlc03QGjmnIR7F5yiFQ0ksS8TtIt8XALOV3UTA4Y3tMvvX0AR72Tmtbx5NMu52GbR7PH6R0NnpLQ/bLu5BC0Ak
FFdCp2z5b9htWH6Thec9HRyvmSZR43AUZbyxGOJlHGXpYk4BG5DlN6yByPJgvoA9ulrEI44fiv3s/MX7nl3i/FE2Eqz5rwChyW3m
HSe3YToE0nzqfd/fII0QR6bLyeNocT3BG2INA/zDVMjJlNqilgfxfIG+VCIDUhjDyQszaQIodQLA3atkPRmbVmEYjTlnG5p5Poei
LkK49jyRP7nHnejJp4EdR/H+p93JCO6CwfHyxdk5/fvD2Tku0SelToVzq6Ufl0+cQPxzz3sLR/M2uM+oD8x4D3sRoukH/qb4bD2v
lIq+55WSzX/mNf85WAbstTkswoABiVWsLfZxuYim7Ng/gyWL701Ckl4g+ODFO7vEtcINh7eUOKXHpmWICm9RxLHUtnASZNIJC/vx
xdKYY6f6peHTeaY2Wc5ziYGYUGKbUcJRnMIink8XGBkYLfm6tOmHwt+LRC95siCHIjGWTWGIhnafIuwQaQbl9ht+SdLohlNjUS0A
2G/UpeBxwiox6G8YjZixdUZTDFEi5fLfmNgG7fS0PQc42784Ptl7M/jvi6OTwdvBISz1dBxe9SeAUI9IprSOYBgD5GGYqV9h4/4Z
Y+yF5wAVsKjedz1gQhcwk+0xxj+JMso04b2oEjJwiLOcJEfcuWjVsB91laWuXnrfNZe0Deal92LLuEzKm+4fDN+cXsBbEQqd4gJR
TBhYhmNe3nU8LtwnLMRuMguieHuByuEc7Rlh057XzVn2xRVhSM+3XKQeAgnhJhXXTlY+pHxkLzHOHY8K708xqg7enY9perpZyCqX
UJH9TLDUwfaO3o8fxN7eHWdWlSLQjO4lriJbkf5u+Iztsc00HCfArZlIpUbHDQWogWwpSfW+8jCYEc+GWK6YRc/LksrphuaIMnIF
oWpvNcu3ocpk9lCjs3JAwZqyTdlE6a4d5OFMS7C2ioQDATBpNAqiuDQ6vYkxw/23YU7ZdMWF1CLnqN7zqODPjq7U4Dk0r2xZzzbp
0o6NrDEQj6dwuPxRU7D2FlkNT4HhY395wyoZb6DfmBP9jW4ZoA5CtvpASXyeFUC5adxGbFgFUB7ovYwUvkGXUQpCBSh5WxlKC0JU
0ENdvCx6OP2IjSvRzrqHTgfK3rrvsSKWnSO/Mbz0kZFmS810ilPRLDWpAboOoXO8AoNLtNmFgwjDWmIIIJhWosK3iejZJq3V13s7
4nADQa6bYcNCFE5scPOhgg4FFEFsXqoieABHHFALQ/cxTZJufr03YTlLdzYS++xcQTj0kiTL6gZGz4tJMpVm5yQJNgauNhcHqAZO
Rxc5eGEVFKJO6Te4CH/zZsE9mlkpS3Ph8cu9lIk8Fy4iRYE0ndZlr1ISq8yoTWNswPG16Ehq1WdRlmG1ZsV6DaaRApgV8Mxlazxz
qXOyLcSms2AkWFnEGpdlrLFVO6zAQEK0ttCeK0XlqoapYrGVpYEc4GFhaeCdcZy6ET6c0wmwXskuI1W1QC3UJcZ+RGSz4V82LZAo
FzSZa9wGcZ61tNcgP4E45/WIOFGTTobh2mgxdGTRwFF0xV2hkdKedAIL3u102zoM/BpkSI7CFMhr8V2QMeXJc0LCBKiygmylQk+K
UoG91IOmUeD99sPnBgz3cBvABvUAK2TKhWFLDw1buG3dsqX2Gi6QGB/lkpmMHFbRnlVkJYsVgn/Xnf4r3kdofENJiAGiUF0OcGWg
+QxxQU7B6i/vkdbdVEz8JzIH6nmsBYmY94Y1kbJpMxjEFSVoh2v6M9PBVNkTyWBCEUgCcD9cWBndVUAgj4lPvZZ8uDeOs4tMcuH0
QGx46WofiVNB4Sa4mwKb+DROgVqJoImTErKJSOwAawOzJf56BpPpK3GAGeJi7O0eou8VDUq7Iq8TEQ6fgNJPYO54HaMYoscfUmLN
YAU03ozuS6yx/KGLhIfeF6ppTMkPkCDon0+cyb1Geik+oyAP6F6ehtcAYbCdIVACowkqFIzLfh9dcYfSQQcqaa4YIlYMyfv4/n+U
m76Z6xCGdDoVIDkRSQ0QbCl/wIfyI3gSssdnSMwh//+PXDAW/1EJB9oQwsK78AtD5ohT2ul5FkJCmmQRBqr5Tvd9909ISVQ14KWb
p1pFaroIp70saAS8Uw2haKdbT7qcnb/y6JxXiRf4ZCNfqDTtTjnngMLpsE90fw3prCOF0DXfBBFl292yhS/ZVqhURmIDqtCUc0jm
ieSZAvxZ1MlYVzBmEk/2m0kwbEiju9pCqnst8AbrkKiVIgSUOzK/BPoQPrciYdw9y1tTbUKCgcR8eYvRMHBHuo7vgfxuHUnNjIs7
WnZdyM5Vr9Uvsr+HdEdUgI4VaCGllJ7WWR2n8qdm+CNaAHn1OCnEEopDVyAnyY4VwM1N8X855Mnh2KCv2q8FEC2DaweTpcQkMJw5
Xoc01LbzIjMiQQMLW4r52cZ5z5ufPT+XRuRCtoP6wKN0jJZkg+uYLtss7K7qNVa6beaUwL1K2uqjQHB9mFOY3XkLR1Cn8NXVIDJv
A3lM9ThNjlWQTVuBlCzLTJQgShL+SIvqHUlBC2ov03GYbnqfCl/AnmfQ/OxQ+rnPrn6RCDJAo+TyJAKEPYLSRA1e3hsULWZF5LrE
5fpEuAai2S4FrhcSORGEW3PgKyJda+qkOSAx0i5mi9HkwTSn7oFcR3fCin4x1Tnn5K4PIToNyYO6dI+FzmwF2VZdAByEA9OZpVgF
ff4tvbOZHXspcUN3fCacSs6b6CGtBifO3GomyAy7AagI3GfHYbMoBobxxRSZ2RoJw5IT5hDWWYVrQOm8lHyuN+28Jx5WMrI9w3yp
nXMSOMBadx6DaCWzmTMRfvJ8VZL84TM1sZM8qXHitaBTV54jmsAiPYzGsN1itlv17JAGYbTu7Sh5Q3Bq8kHdJlAj6hA1ScWrgnhu
uyeASF8ngDcZoWNylox0Fij5Zy3HplKkY+hOiiSD28FB84RDBdz1fedNXEYuRTJPmmYDz4l/Ki0gENl5RfyDpbZlFX9OiY+RckHC
BM0uEMi6bQMSlBZdEcZtF9jAsxSk56VXJpPt0yinaLtGbFqhwFckVHA2av1xOD3vutUetIu6sA3/+EbqwcpeUgCCXTjcURzIpEER
YRPvWssDv9mhTMmbm8/WKVfyep/+92y909T2IRCi7xJOwnXtLkymJt4aZ6MZIlXAeGbMZqEeZq6Ew7BN6WvoO0u1MB1llodxTu/6
rJ1j4qCuLyXpugYiDG1betLVKUqlkJL0kHPVgSmw24LydR1oA10jQo1EhEJ9twziKJvIs0u5ldkgr+9ssoytYV1vMZ4EGYV0rBQd
XQbdh0c6sJw3nSFcAaeJnIlLEa6KRJy3tOhSHkA4LBytb+L/ruDPJiG6UTihTKnK5Ijl2HgYXX2hVBZzpFbllt4sTK9DtMRAkXUw
i6ZwQ3ehn0iG2SX7SdqhWcCRDGcClvrN2ERO8KVX5ZG3vvk9DjC5CnBHptaDTx6PQaFeToMniivFAzrjCHN7rnUSZmFuq0o+TA50
VIFOTOoOy7ADSxybra0Gq+2hUsgAHi1iTf3Sq8AtQtc2nIcjjP4mRBHnukS2LKXYesAS/g6rpoQKrfl4xIHk30K0WIP0Y6smKg7p
skyzsVVvTo6Yt2YzbJMMJsAx8KybZPiB3qU9jnYewAMZqhVBK0XS+6w9+m1PLNvM6aKMBnd5L9Fapz2eNnbzwYrk+sV9LNZAStOq
pkD3Yf7QOSP4/OitI6mNP1+9NG0I+2wB/PWmvIhvyGxUOmcr2SHHTcpXn+aKQ388OrAMQexxpC3uGcznfKs9keI6oo9PsFilcDge
p0+T0lZLH3fWM7Btpk6l9L1tZYEsNcJov0Xlk6sramCaZKE0fxYNm7lWVQh94jp8Ye+FmtaNH/6z//z7F/27/r2XA90RC09vah9p
0CTuilhN2L40eNJ07E7XKnLTMBmwVlKsXkn+0iuxyz3Bl/d0wY5LbgZFf6J5FEotXW+yVS3MMQwN5GYvTEYfmW5aIx+T2yYp1pcc
Gz4uYlHfICnJh4WtX1zlaQ5YjBbjJeAwYKl2hf09sVV7Mf+2aE0cR2twPNBUqXyopKbKfao+W5eRPEsbVk2xwTpAUMC8PTYl0ayA
uqtoCORuh2T3XRjyi2tMN6xvwyA/DoFXROvTKbqQJlinYrfumC0IoNoyXdG6CnH3+Zsm8UZr0bEU69pyzwurLvz3hxbZ5ttByRWJ
OnCYhn1WeXkbTK3+mPFf8vhbArhMYsNzWhmUms7HE/N8IGlUkiqJnrt/1NER/ddV0P23qE51xuJj6xMnZCS/y3EzqYk1+EPeLTJf
j+YOJ7zfsEhFDRhSwFGAq99QsPFboepDxcFvs2D0G8sypDDaSxfkuROUvVekkVvhiaJ3pbvJmOUtTip979cElXVArhvWg0TnYEyg
klylxrNbOz2FbJ0VblPyfiuE9m08SONoZHXirjHZwm5WMtS6a22odaf7j8AMBOfBNzsmDjJ13vLI35UttAozp0Y9eMPpxVEpR5a7
iiOLoIrvXFXlgRvM/buubnbEbke6SQO0xptx18odBcq2yd0mAjexEbK+KdG8Kby/GHo018xuXhoOeOaBJTEhm21mFdNPMr9sY9hZ
pJ1UTC8ceGzbsCxVrMY42dLEjeFM6tkz1IsCYY/kP/n1ijLYy1P3+aL1GsyXP+zeAxKLRqutWWG4TatGV2PP7WvYRZiuq0PG3nU2
D1JbQ55G0fw3RkKo3zJtYYUaSyKfcYiZSC/Zavk3IFR/Q7FnKFXZ6HwHh98IWRujj9JbppBPWPAuBM26hkGiNeWdSCWhd5IQk2kC
bM9tNBLaAWC1TFfLQgKPHvuqTlcaNrCs2bl9BrWmVEnmHpqcF0y+lVMMJhd5AOl3zRYCvBfhWGQ7z4qT9Vbp27pk/91tk9TtiaJF
cFhSw4W/6bK+bufRhuXrgEs/vwK+CsOXXg2oEUQVmghCDLrqod32aTL/P3ADs6YNLIa52hYOUNkrl8TPzB3MvnAH69ZVm4zxfonR
17PfdXF1jxhaqOIKpamUZknIGGDnpfdER8lYs8Wm8Xxa7UVW0ssCWkYXg0fcEDhSJWXcRs/b3HxOWHBz8zuW896G0+kayz4xb8ba
NEEKE7BeMl1aVXZ8tvDKNH0hYvKZHKmd9vxxGlzla1GYX61FsJZr4zhbG0fZKEGHVc5Ci2hb2ASL+0JdwQ33pQnKYg8a7sqsT4ku
s18BS/id0uJ0WhFvrpWWvMizKXM3cjoz4uXQu6NYGEVJ9EwtJnqJo8lvO1wlLLbbEQuPgZa+DkuOCO7q95Q5qfPlFFWgedczlPvr
FrgW/hUD1e9jvBCVp9K3hydrcYqFsTcOrtuayC7ouPJtJbeMhJos502opAtAWm4MtdfqsmnYFTGaAhnbFNPWlSpFsGy4gbTpvFJT
qV2t2iNkNFc+R/rHFfyR5LUuulfhjVZieMPWDG+os3/qMISPe/vrQxuYXKAQPLSRFFDYIFIecB0MxjVvSBYjBgpVRXSodglr3FMR
G0YstTa2sQKbm/C+4d4Z67oNzVYPa3o/YVpTTEdTDn5Zs7oke2HoKeQwDYOY1kfMaknJSVpUrAoRPI956RTTgcLUujoPVbqOi1UC
zNnoOuv5M1fNjcsS65FJtDwlj3t6VC71tNU6i9Z5taQ06yevg8ooemlNqOLunrR3iL/bdI7rY/aMlCy9IFFk0hT6r2gADSrY4Ldp
T+A6AxItC8fOOMcw/O+e90/T+2Ms50tLYuqIA1VwA3j+0BDmpy4/W0PQ2vI7i37gLKN0pU9JA757zjPR47kjbTCNxkA85kZod3NF
ZOkjaOxqmtzWFG0PP5J8abWNuOeRkNeLSVjxahnAIk6htSKIEflCQs6VAVxAFaJSn8CLXq+OyJjgsrCjrdDZKJnf29CZaMJcOyzc
xw59ncMI01r+Qps41l8Bb5Aj3woTkySoES4BiHquZQ1v0LCz6oazcvtimLVbXmY+lqux16bQfinm0lo8/3g0qeG3yHqiIDPSMJep
kl4hSxZng8TTrNpBLlvk2nZyiTWaPw4/ZZAxD8jKPJ9yhLgxTsVdrnpfc8UnlQub3pcXWvayWtLB+nSAFMueGj6jHIAa1jLTATrs
kCKnIRKpDilcpNQdyhxVpsaw/V6R06PupGWY6fQMT3NdBad+S79BqbbmeB8tRW21HmirbkrhU4aZ+/BX5Tt7kGHL6IJY/qqco3i6
le/slfUSp1/51pAVDUoUgbnpV+U7OamxwY8VPY/b4MWaBWVFfCz28gE78qD0nELBbzp7OZZYTBSrfOFchVJfSw3ba5pZz6s5BeJB
OKg+YOlWX7czTl6LS4U/Kl8pAjVBk7Fc4mvtQQhqD0JwJhPGclY6/Gnfp60VwhdLAW+GUfSE1PIyjcbXqATNwmCW9Skccd/bQ8Q6
CzHSLUefg5UKoutJLryN4zzBTmSD/hVFJZaxb6LU297Z56RBfMfhDMfebJEjAsMXmC7JG4qMmKm3c3TgbR8POOcllBLD7o8pyD1G
2yTXIhlsOUg5OCdqZFFHBPj+3fIwzF/TZPqjTDkohyjKDu/CEer8OLbyQRInXnCNRAsG1L4JOQ7zOBllz3g11kgyDbRC1p+NhTg8
n8A6kCl0MEsE3ieTDgo5CC1iV7KnhwXKFav5Tiaa/1TJIIpbxJGmASSm1P+W8v/msffn2QYmbIKXa5QdO0cLRaZEMMI76nRdztnY
85D6oL/9N4t4pM5IHRkjjxgfcnFQ59kv6IvlPqtFdxKlqTflk5j1dzi1dPUYZv13I0k8HAboxAXP2/Oo2gQlKhIlxVrTK0tnU86m
hCWH91kezuhNtaBItgRF0dx6fIAATslzdijYfrk4JQkT7QJlio/qDFQbP4BDGMXhIftg78XLKE1i1OzrX8qVjrLXSJqUKhwNxV70
5b9Uqlz5WG4ZVFfbZ8U7zlgJBhRyPCr0p2AExG4bKjamiAsPJyx2wiQf6W2ueLKIHwso1RvsvCCkqDdkpRs4KNxBHprPAMu9FDDf
hU0CApxb15qt4msdHzAi0MEY+O4B/yrhBLVMNPC9eDHDJAOhryXQUNOCZU7vNSocGuwXNbgol9ky7nqji//CAmbzmMmXkrDV9MPV
uHzUph8+Oo6O6Ie4HQZFxzIMbKlv0VTRuV5TVrENhezwD5JxdNUwYwHC2C92KKoUHcrvzk5ExkBbJ7JRUUQ2Wrd27+KMMohLHiHM
J0kx2HmAoeqrI9dWTDYga3IVfRYuoNXwJMIsHw56tAOuSson8uJ9ItdeNRj5WaTN4xxk1hXkDHlIVM+iKVzWnMkP53U6QfZZpNAz
PpYmAnjr7TS5DKYfTLKpzwe3J9LpiCjiwNIjeXOdBjGps4f/MzzdOyBd+/Z4FsUREkt5gvFdUHom3NY2ZU8B00EiBIBs+fKeMKRo
i5KKiNDBGPr+FkYusihiKK5A7wbwbDIPRZS/Eh7R7yTCJCK5W3lLBFGvwr1TJR7nlj1d44Qo2so3s0tnmhEqMQRaKY3ye7RLFZei
8b5yI4YjlMZvj0Zhlp3AnemrKqV3soWBjF2d+ipdwDAaY7qM/j5aPzDQDgk1oKCix82dIKkLBAO82uHd63nchXikFran0+S2+7sO
Em9pgDETrB5zuLSXAgbNLwyk2rb4MjWhOCr2s9JhkbtoEtHsyCFMNK75IpmlwNm6NJwoOxOubDiQ5iJTWiI+wIjaMJgDp+hD0NXz
NFxGySLz2MbEG0fiqONMUkqDCOecSRjCbyieW6ToK3nbtygMRJpNWsE+5jU9ikO/GMyWPbHu9mVAqbp4moZaQDRoE1KKNZoYDKYD
U6qMjjUKHpkGkgcvavD+VwYuhmVJNMm1d6NsnlAGyRZEj06RFxcIPVa5IQYStsW94k3z3WgYURpaRgAijfIAfYqTq6sepUBLS2W7
FXMnwMQY+j5hk9IlNHEVhRxcixugDuE+EAEROUY/IOq+445+w4ZM2slrSpUWYVBizKqEqc0vgaL0ddr+bZhzk5R3Sf9CTu7BlL9i
XeBctzFf9YiMKeGKDdBs3DzH5fDNVTTlZfeSiXkwom3sA664FfpowJNV+fSTXUASIyh1LzPXwiq3M60Ue1av6mRZlOjCctFVvtnC
fOJdMgzz4t44TpOcfTh8zgJIR89d8wgB1IeldBSpXlR43nivtA8Zxn8uvtium0FxuN5Mg2tl8ogWU/TF+3e1DGcPE68xp00yD64J
NPn7YYLMU8ubbMU5waL835hTAaiM9NQzQmz5fq2qrapAGIxQkFI0+1ZCmBgOnYSaaHeXQZsAd3xa8/uTUATGEtjyJfaPfTJs5jD3
5MqvnnGb6zC38OQlIYe//c1TzwCgeB5hZByOnj/ALY2mffTQtdkiPMGhbKdhARaZOGHh2GhPvzpINVdNg6q0UTZo81IUUYqJa72J
Uyz+di9FG7yU9itAhQp8B6Th8qX96ibxYtZ8RWSiL01A7TMzRPckrbmlcoPdDEXSDsZaXJyGOWP+u1tNDrOHGWT9zru9/eO9k4ud
7Z13exfvD4fbb/bQaFUjFCi8H1ypGNlvtqAAk9OEIxWX6AZKqgivcg7d6SYw/BJtAbfqJZCO9swEOMtC0Y7D2PI4ValOziSpdEoh
UgMIDMx7WTmZjmCmaR0tSJSHuPU0yYB2oyEMy3uRP/37317lxqQvTsFGGVuVenKjtWqzmEEMTxVm8vIw1+SvGFzs3ywX2WRpOK4Z
5+q5RBKdSUNko4E9plyUI6Xy4CDCRb6gF10XqYZ9kV2NPngHsbagIA98/PMUk4NdCTRZvPJZnIIvDqDn/hHw7fzIx7SPHfaKyfbV
ZOGqKd7yxEtYQfTPHZ3wgqSShNJe+lecHfX96Zt/7MWwAKgTZzqiEc8I8EhpXKfJXjz2nfDoAAuazWF469tkUjlKSAE4CP6oJCAr
2gAuht/do99y8z20/8p3AHi3USHzHRfB9FTfqoYoqpWRJKVbarhcpScuXu2mrcRQnidqTHxSJ8gUcZ1W9W7P++tS9wagI1730eMo
GqGj3pTlPZR4ElVIcRZdQoFbofeDfy8W8zGxYouMuKK+7G0H8w1iEpZN73R7+M+L7Z3TwdHhxd5/7+1gAkN6d3oyePsWsPXro6NT
7x/i5c7J3vbp3sXRycX741345f0gPuwfvYUGhi/ee897ak7ah72TXwY7e9DRztH7w1Pve1Ht5P3h/t4ve/sX7wZv3+0NT70Ni6is
rI1BDvTn5FI9OwRmVcNhaXRqRlrRLFaRBMB72O/2B/EyuQkPSM0q8tm/hpXFPDREK0JJpB/DNL+XoY0SK/hZgsgMXWNR5iRslIVm
risMaWgfUmFojK4ibL33uXaQYhDcn2ukFL06K5pGNfsD11J+Z7G2Gjm12GKcgml3IX9RKlsif0ehJJEwEFfbgA4CYBMiv8SQ36TJ
DFbyerDrd8oHTyR5ryRK5rWCToCOECGaOnYzQqOoEhAg/fHhQ2cVW3gxov8zE4cyLcRgnJnbt5mXAEAsyGm8x3RSkDExLx9zTKLd
ajXU0m3ZyozDKzLB1WYGtyLiIFiEdXsdleyQXSWgCag1FC+rchsgW8S3HoctQsKf3OIGV0fx6yCHNYgoooZNjFCqP8yT+eDqLZCx
1yvX3SOrCLjUUKGzHwFBTcliT5+/69gnCrAYj6I5peQtZnos39qmqqpAwZNFvA+k4BR62Wgo+j4Dbh6zvst9RmPn4drG2vdrG/9A
o2chlpTsDELxziIFjiYHpHNYDYVc7mA/uYZ5A9ybfXwPTT+3sLgCvgDHCdAopn+aRtfX5AiMp4AOGLT5jwpfJdYwGOUFgBWtbHMI
ELORdcskoD6uOZASUMApfOQJKeIdaogFK7Jrf/iw3Oivf/gwxzcZvumHd9WUOkWf2/IIcvgX/m0HFMEsvWyN8DR0wnURXAQ+wMO3
G14BY4dLpALN0Lr9UIIQYgU7woVA3ic1++tCRYvYL9EJYnTiH3nv8KwEeqCiDOedyuVLFvufreQjVh/EV4mpyq8LBadqRPgXMxPy
nQOxIc+1ZVGKkEpTbZR7Xg7tyClAQphjbRZe29wmcJAVOQ+8Ewyr1KBUv6ODLdrYlF088NjguAn/4VGpRr+D2vtBlp+QCXB9E1gO
Z8plK21hkBPYUYwjgqV2MNLpiLNfs1CExBHextplgN4r6BPm+Uigr3GqaqTjR6pSBnsVUtqcUBh6JGm3b9uwlPss9kYM9y0uN1/g
mQVHiFDolcmK5uimhlGjE6iIcsxbEV8DDjmOxo61EtVdlF0Hp91pppPVKEqnYwOOBt5IPIrBbqfqz6UDU9P5NXmx0hHWYJzLaWBO
61mYbP4/NZ5WvcLhAQA=
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
