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
H4sIAAAAAAACA+y9aXPbRroo/D2/AkamxuCEoiU7ycxQtlOyJMeaWMuIcnLPK7tUEAmJiEiAA4CUdDz+7/dZuhvdQDcAys5yq96c
OYkINHp9+tmXZR4n197oPi+i+fZXS+3X4HSZFPE8GhwkRZSli1GUreJxlFda7aazWTQu4jRpeDP4MUqiLB5XWvw4Sy/DWfy/ITaq
vDs4rk4nuhLdVV6MovEyi4v7wW52vyjS6yxcTO8rbc6iu6Ly6JfocjAaZ/GigB6y2DUP1fvOGBaf76ZJkaUzV6OTLE7G8SKsNjib
ZlE4gQfbX3315Ik3vV/Abg6SqLhNsxvvze6RN41m8Gzg7X7tfeelyex+6P0SJ5P0NvdO0tsoG0GDmffdYMsbp/NFPItyLy6827iY
euN87BXTLF1eT72dyWTjDHof4DC7YZIm8TiceXm6zMbRtneZxZPraLDIt7xofhlNcvgw8vJwHnkFbJEXJ17o4cRn0cZ/lmkRTWBi
WbSRFxmuJgihWV5442k0vqFv773wOouiHo03iq+TsFhmMLcrOPz0lua6LCKx0MEElhDm3jweZ2meXhVPpuM8n8ZzbzpOnvxvfp/D
XGcXt7zuwXXq4W9c6BC7P91//eO7gz0vnvS9k91fRmenXh4VBUwsf/KfZZTd9710WeBuXvzNm4bJZBbxkxNqC9NazoonUZal2Wk0
TrOJF+ymZ2F+cxjNYQFfJbAN+SIcR94bPJ+fj3jWX338yoN/YAI7CR1VmnlvjkY0N9iCsPCuQjiPyRCeZFkc8Z6+Od0fvXt75sE0
6DcNC3OgcWmvsY8sgu1KosmAhlgsL2fx2BvPwjz33oyT/btxtECY9Iae+pta8pTomyxehUXkIXwh2HjiqFJYgYDntqY8KYBM1ZDn
oc8gqHbbB1gpvClvat/sqqd6wn+G3mWYR4H60vvG88WWMfzKrdq88+Gd6HJwlo6oz8D/P//we943Rp/in4CbDA7yo+VsdpztzxfF
fSAm4f3g+T6M7sP/oF/xtJzbR6PHYhrng3KOL2wbqNqJY3yhtk5v8eaUFgBvxVLK159qeyz27VgN/NG7jgr4N0OGNgvvk/vzfQ2m
Kx2IGTZ9LSaMOLL6tc9nIlpUzoQ71dYVI6VIEN0UMGcJyEfw9yo6jIppOskd0DsGIlGo+Yxx//067vA1GD3fm80O5os0KwJo3/d2
p2E2inDXxV+Dd4D60gmggP27cFyMFoA/sfcXXpEto96H+mbQnGETYA0E3Aj/yXKOBxAJXJDLe6DhG6CPJ0XmiXnmxkMN2fS2f+e5
78I9VxOHS3Hl/biMJ4Q9xSIk9rSt40+zDLgaiXURf+I5H6aT+Opezro6yabd/yNn/W+EaTHpkwwxTwHUzDX9+g1YqG/+NEvai2aR
4w6sPcPPuYqzNI/s4ND743DafjJZpPCwAalFssmfDKvJqdeAszOakyv7U+E5tSwnpP7ZZs2Yrnoc5TT/1LhOTruO7GoL+H8I27UD
0e+C7lww8QcivCMp4DWxcarNn42RkxNbg5XL/1xcnH0Ff84JCxZOTVmb4Z+bf5MztnBw+f+TzFsr1PxO7FsdFHRU9uQJKXRWW4Do
iuzeI1y37S3zaELqPO8qzbwf98+8J9ek9cyfrKIsB8F+YJuxv5oL8Zfk3t9mh49Gu+FsJlHhnAR0BSGLsJhqah0AmNzkOjLYDZDa
I7HlQgUA23A2jZM+jQfnB/L/bRYuALTyoRfBku9ZbwbAhuAIM89JRTbGLc63vUk6BmQNDCd2IDVUuaEeM5QLcDoVlQKqV1mr+Dj3
JtFViLoYgncveJPmxS7vK10W1j+NxtNoHv7Mx+E9HWz2vdez8Dr3jtIENZuVnTR0FXs8APf2wvM/vveN7t77Q3h0GP6aZvDn0z78
HSf09+Yn+EHj0A9dt2FqRfCsABsdpcXrdJmg1mmZkAI2mgQBEtTNu39sbv4d/rff227oAxDCuEMnrytQ/a/R8ZEXZhmcRnpFqsyD
vRz/5NNML3+NxgX+vomhX8WIS3KP2lJFUwcOqJRqLEmoJUxilybOcqnvBFDO4hzvCP8a/H9Rlm7bmmXRuKkVazbNZ0r/iaesMxWo
HzuLi1kU4Gx7qN3M/YrOMLs3fn+s6TLjK48+915A72IP/Z73EaYB4xkatIFVLaUhdNwD/guWiUq62mjRLI/MIeVpdRmzFBvXH7R9
QSWL1rl389c4LMZTL0AjyNs0nJQ69AjXhnaSW+8wztHIEaQLANRaf+Ko40kOUz0LbyKh9MRZ9MyT3cUrRN1Msz5Pzngv1KhWNTX0
Tzrq8w+opYZfVj0xIdRII88KReKdAwQlbiAsBOkAEJowV8zA30omQJkavLhouYb0qXkFq+xml7vIFhjYQuT9Au4nnvRqV6PUNtPA
b+gz0V5acXi86kFdxQnQEuyAKLTxjdHY3E/mpxn3Iz5DghRlQC0O9rYlAjuA5eZMvZFwKz0I0fKBd0oTZkuP5WhaNpgn4Nhh+kPN
osZtdt303wEF8jIq+O83xnx1pTZBpcGK66a/7ihQEan20Q2O9OHj1x5+tNm4KjpueZ/UXvVLYKlsvnnHmlakZHVDj/awldkuZn2y
1k9/W7SOBlx5P8hsCxw23FlCA2FiGmiD0cXxT8SYhuLRULXpS/6SzeCv04zMb3mvOhogEGJrJ16Rph4AyyqObjeeeklaRLnGV3a7
KG2kRiM3bjyqs6uV778Iat1ZLJACeXOSnqXcUJKs4ONpxL4IeJB9wKPUgH+MBKx96sGGaaTNhU1XKWBKltObqZWYxheiVy3n1A2/
unCsDc/yEhvxrG1qboyyJs41rVkSlAyZsAkZPIjbrOiVHzZoy4IUGl+r9/qTz0dNXe73599Py+1hFYv19rTcli/AP/Dgvy//UDcI
SmXSFxWWLJr4TuO0TLvGePxeIlETcH6yKcFIyRMYWizoNNPYZqk/At56Fc2AhfY+jpbkY9dnf5a+d7ws4ONPLdz0myRfU4/VCtpi
ZmvCt5vPEpo2OTWekySOAFIJiIXSXamChKSS7TOO1Bfj+w3CLnmkGdJuRb+n3zdY4nNvsxwoiW5NZzE5Ijle8arJ6wt/8uIRjHDM
2nwEC1OQw6YNiQm9loABcWREsh+AxX5PcQnn+Psiu6rrjMQYDxOQOqC9mg177REbl2JFf21df2lUyLfcghDtI+n3otfG4ltIeZ3N
wzk2sQbiBnEHXe6QrvYRUoNxlYy7spYKCFUj+W9zu9a8Cg7fJkO/xDBEc3aD04Puhcvb4IHDNy/SYgBcfxwnWaDvrFpQX87AohEv
5+K3qEq7In5iX/nCuIHVBZ5ExATqN+Cup5SR1Q1xwltdpaI7e1k48g5QZO+zIg25YMMxoYq04xQSrLiBj1Pb6KadtW6TdCgWG+M3
7q+xGfJLufzmT001nhpVPa2hc8XB7GTXpKTQ2JhlcpOkt8Lrnw1dOBA7lFcouMkGv86iKPdCTwUYKG4VulKq+IAYP1pVlHkbL4kR
1C2O9sMob6PEs03HsXDCOA1np2+iwWGY5dNwNoBvpe/3uyQOFg2qePkJ7oBafeWLtmtN+ETxTzLUoK+RCyPK4GMdG7E7gCLQBl/L
cQCuk9uRqsDbaZSgjdMI58C4hdw7Pq3HdMQ5Kva8CG07fTTCKCu0aZpOnsD/05cc4WLoEL1JNI4nADnBFMSkrU3YNRpIsSk3UbQw
AkwalWP6Vli20xG08dHB8Hv//a/3qCniokEi0DglctNwahD3ZjNppC6ZM1TE7qNbxQlelfr74DItpl6Nqet5V1k6h1t48uQgWaU3
kfNmGcE2kv/TdszGLzr2S14t2w5ECCXWFf5gmPiHhrG+X+MBLbERTwxZG63uBDilLwoOPeeVDQkLrZ7CJDEETMaZYYQfgPvTza1/
wo4u49nE2/r7379/1sPeZiGiKGUzwzi4MAY4zr2riGK+fONG8b8/2aLdOAbNm6XX8fjLxrvto0dCMSXGBeY4TdFPA66TulUzIIw5
RbQZoXB8qchLh/QWeVxQFFcIvNEyIU30eA40E253OJ7SUGiTpQ9uw/sc1dVy8mEWcUxdFM5zjKdDn5MR/hgqY+MGDgCTmkXXCIMB
d573AMEByOwsYhwhqJ8xNnhF036NG6J+AYEf3+DHMNRb+JPuy8G/0kt0RZksZxhXeBblRU7LwQgm9p7BYQC+4FwP0yT1wms40RzD
2W4i8vAgRx3y+Zh7AQb+5U9wT9Ht6Ak2uo2TbnFzyG0W6TidSdSKxxjDfLArLzg53d89Pto7ODs4Prp4vXPwdn+v773a2bs43f/3
u/3RWd8bDAaweMItiXd5TzvJAFQPnOM9IXz6gLg5nFF7yNwkAuif1UPmtLEDrUOFamGj8vC6/M399GSMnHjdGKNGW/aiMk/1ljuE
93KGraFnu9hfJeyLOm8KGdvjYSqfiTGrYWHiU2JyrhBMJJSbK1zDCWi7+lFnl4Xal59liy97W9sWVfm0SRFfm/MDNJ7bzQeiYZW6
Ox3iup3JPE5i6DQsgE3ZEB6NM8QdwZi2cEIMEzA+N2Tw7NP93tl96wFSjq/iCIk+sbvc7DJHeyAiKuSaRBeD6kpf0xBA3gF1cBtt
N+jp/h3MSvlz49qrW8snvBcD6wFzv3c0FU9P4aJjIGRTh79kMZoQbgPbhrNS0xAFYFcBMqKB9F24HQKKRVmNdgJR2RU0ASYPVwJI
F5HNPSBcePFrevmYkHU8R95JGJCfaiICbYLqucuUaA2n0WKGwqCEaLLJamgpBwCnuNM6jK8e8JUJ3tqmtkAkUbYKRO7BUs/ieeS9
K4BFumUkpDOUNOJoBkQdPRuB6ZnN4hz4zmSSt40qKajlEmRLcWDAmIDkFiIMA/imKMfhLAFpLtFBCDl/aAHQzoccXhVChsBsCumy
qJzdzvg/S4BNmqpocZjXj2sWIYGwzp/JHkpaB8lVWqVz3Ea7K9vVdzjyCN11rW/ehnlxWolj1l7vJ9fABp7Ek5ad1bmRyhTFCq9h
cpEim8hUKMgKhWgOLA8tJMw5r4L8WbxK0zqILxO9M+213CqTbFQawZkfyElFE/xkMCrSRbDZG6I7GAthBTx+TGxVQi6DwD6FyRjl
N+tlZcjEXuxjWu6K1sJ26oq7tB/762Uyfs499b29mNJnhNm9esRKjZfqDw/pSu2cBb1Geab+TiMdhOpyVxO6yx79e9s6T3X7XnqA
yt7a2hlgROdYH05s3CGw6gCZqPmxAu5x/gpFHNfnJ7nw4HY2UFLKCaAz9wnx4neS/LYG+GaHZ4bmU79id3FRdbI/CbMiDmfDUtDh
ExRiC0ohSFfRGitfBCAxFSg1XKXZbZhNCACuAPXcIp+fLUmioK7CooDNQ347kuOt5uynL4S93MuTcJFP4dbRWCjnrIDvxxM85vEG
Y9Ntf8EzNnbFvh+Gg/1ZiDEN/rkpRH7wtxu/IvJ2f4B+7v6m+GfD8i/5j6s7Qo3A7c2it/E8LkbQ3/ebBo7YUeg9ixZhTGEOsHkI
wRuwIae4594T+fPgBATWDKMi5iRkHb3dAQ4PMBt6S2EnUkgmWUzDIluuOAScIaBnc47PNpvWU8BJ/BJyy63KalAhkhUMRHi9vPK2
wfrSDOAIGMol6i5Hu2/29y5GF2c7o58uQE57t7/XQyXDLXQt3GZJ1JylmDnGig9rc/s39S0nV9lqfPw6zXbTBKB2Drj3RuRaIaAl
7IKDIt8JMIZP0pshAjPq5EigFZ8iasHODnM+K7drXm2C9R5wmvDPdqdvduRkzDOCxSEFwy0GsB3CbRPXDbWAeL+0PQVmGGX2CcjD
NPkyZwnsNUB/hD6LV9EtMRM6IfquaV04vMzwJLf/WeOq+IppC/q2tfFpVGT3tGVb39GWudRxFXH7/IN3THZEUxz2F/DO73u+xEX0
921cjKcXLCxoD+CGaL+yCOmq9qAAGlprMwde1ze1b/50nFyIS6oNoj9l38fq0wk7O4mn0sChuqgPopqY/anHZodKB1OdlHouu7Es
R7Up+1zNL8JJuADcJnfFGBxv3AWTCfs7VAXgO3M02IwLokLQ+QQ/LB/I3fb8eHFRUig5uqRTF0intDWaz6mxOaTZoBxlFgH9yWAe
6aLQfmfMaOMTkL0uCBtqP4plLn+N+Vb73icLHCsAVvyZd9ugVfpXuAo5F5lMRQb49tfclrxJEDgmh0JTXW9FbDG3+QktWC5NVVDO
jxSWLs3TLVw+amCqnHCK8AZ13bYlBL1688FhePcv+O/bKLkupmz1f/YUn/4czpaR5YNTTK6GnBiRN6JZT791WW824B82FQxJbyud
rGbACnqB0IrngqZNJP8+D7ObKKNGPTTDXWVwJSalIxiiYhDPC9ZX4hj27WQuD1jPWIke2KeSY1jnjIyea6ONfkL+D2+w/iawOGXR
Ch8JX7K//pUGHhCtz3+Ji2ngfz1dwXXbANgdAgyzHQeDIcMsxm0+xvsWznptTiogVgETHnD3y0teWbC11bP4qvACKPsecmK+02Od
GzZ5taglopFXLIXJpd82Y6RtTICC33aObgGLQAldNqLbUwFUwdreX8ICDSDt8THXp0r3Hk4Ugw5esALC6ihOOlvshm7YHvCP4s4y
80473dsue8KY4m2363PFjQo45tcYZkA+hIAuNVU+Yk9mlrV7KUynK5jBhOJN2cAeDQ6FPtw2NJm2aX69jm7vr3CyMKf/9D2emHYd
7ZEzo3AVCeEVqFkUNH7Qwe3Maj60T7i6hwdHZ/unRztvcQOFBQ1t0SCLoQ8PWbnC5L7kBmtbWBshCNzw2sNRz32y1vgfeuc+q/b9
DwALUZkGrtFFXdM+2vxkpWtRitSAVulyoevsPye6xCBsaXB67w+3+u/99Ab+oOsAPzgrH4Zdn3+An7RIjtOOgbG+gz/xcuFXi/Jv
xPzw6706iPc+PBUGG3qBYC1OZpwuZ6zYFhcLvX3Q/Cbu/nv/0ye/ae8qSOlrhfD4+43L6DpOvv4aj5gW/Y2lDTBk0GLb1i9qFKBf
/A+af8Tuf9UB6ZnUdl/RRAA7jPLJn/AObMj9H8wnQ2/TS2/63hZGUJXSCmeA7HtPvctwUno9P8PQM4y7dDk2SI0ITbwF4zb5NCBK
G+z/ZwlAETC0pzcA6pp3zGYVHg/K4dCQSfkftWuCql+tidUbWFjv6GvT7xuuVACPzwnSYCJ1Cs/fvjDxKTplqBcnp8dnx7vHby8O
D0aHO2e7b3QnqKc2vyn16e7x0ejsdOfgCGT6tztHP77b+XG/1vnu/mh08ezpq4PKuO+ORu9OTo5Pz+Djk+Nf9k9Hb/bfvjXb/Gt/
52L/aO/kGC6QPq1nDg/wre32GJaG4zcorQMMmqBHcF3uJlXkBycngZ7Q5FbttYDxi3hCDeoUPGMYtFNueBnNQM6NJhfznBptWkYg
zMbdw+zfxnnx3D1fCbfWuYj0oZ19MRXBarmTfa/BMP6Ak4rWPqnonBG9Y+XwOl243/H1tFrg4a1I+er+XCyUGoi/a200Yms7GB3l
ACpxIeeRJD2sSorycbiAv0USlmmYhWNUXYaXIBF7m3d/34fDSOE8JugTjNlXcm9ntHtw4JED1r3A8zDfgUuBzaRcsKkrFOdc52m6
FxMTqsTGgL80V80MB2nsYc75pTh043GA3Q1YsKx8fpVmrOnDdXtIRNgq2iHeYuy9pN1BlJVfDnYWCyCsgf/+/dLvyV+cQmXc0xLk
3n2LWXsAFIBDQ1vT4CBZgaQVJoV42GsKgigHagtoEPcUPrBxZRbhGK35l8hYDb3baTqLNiQrTuw30+bLCDcMT529qbIlJusxVK1w
uxbk35RmeCI2mZjQAjPdpejCVL4rjmgXmJU1mFQ1JKzcDsjINGD7sI33pEkdJAnAjJpSXSRwuriKK2hiYwKBwBzb25DTQtAowtmh
ZotucYgtd48n+tttoc7WsFQoQaKJocG7Qa0ZSa0p9wmRL+T0QjxxX0UIVrderj3G493JrlmI0wmqhV3C1o/KyfGhVWgwMl1ZPOk5
BiSCbgypSLxlwEcBt49zYlL/+leGCdEJcAS9dYW+Oj9H2wgDCEEjX0ThTV66121te/ouo32UjAaqAUoMuGh60HOmEGiSTQ6Qq/A4
sKfcGPgNXB0CDL6ubw61FxwvsIXwc7CLDhPec9iXNbelAlfY9XwJc7oElAVglWyQEzYng8IkOVLmyP0HLZisLuRBS0wX/Od5OX/4
+c03bQuQVzFE+B1NgQ6fZOnlLJrjtpzHHyzTwj3D9hKCO+o4mrdKOG+/TrN5WARN1KmPk+17cc+hGVlLeVByW7G9N9sZtKlUNH8Z
tlVtVvhhcYcLA0wROV+IzxBzW65xoWONcoTdNAHOCXPgk8Y6KFrIe014VN65U/kHkirh6WDT6D6SDQfSR0jMZm088vZ496eLs4PD
/eN3dGNCwL1ToNpVz2zSt5B/U92sOk/JsxlkeNI6iH3BqN75A+9Vu8ZTl19E/Q7EOoH+vCcRuxB96jNZ9/42pOLRKCXShUB70OOr
bAdwzZlHUB0EyZSQl++6Y80Ufm2xRxMgSgnH8I6pt3JKo0Yz4BpDh7SitcPjGexMJgiU7kxF1uf20yiJ0YL3Q+7pAqMRHLSopkLG
T7ULryQFxQKQdws2w9c7eQ5I4ATuonH2C77wjmQkVdAJtbmG2bUknC5OqzrlUOe5wi5w0DCvBiDDY30wlHHf+YLYf3bmC/vUZQe9
ex2y8I+WtgJYyVRhbWnfhDbVfDsMViXys5QDAGDJcb/q4lez2AC43XSd76ev7GOLpVcmYruPLpFGkZrS03Sd+FCTpxEpQRddBI6U
Su20ShqpDvMyqrNUJn/c/GQXKWw6zx1MZgoEG5iS46vgGMOgdWyMc+Fl9WSaC/uA5DeBSm0ZJgpf28czrrpmo31UfRcb29Bzjj1E
l1id621as3Dh170EH5cutV5g8dwTcYekn5mH9/DtTOnoWbOTDwF0MU+nUCxNBjYFD87yFXG9Zf+w5FyCSo0S9psRo4VLkkM8aoOP
QMo+xoDIwfTYWCZ6GkjfeP8j8kofP/q98tEnfPTpk++WGOuUqD5nblWbsC0clwmcyGtL37llLG5VClnUPJbQrD/Rt9QNY0j7ShDD
3muwVSOXSCwpUSp0K4TiNaCa+lpkpCCJ6bETxO16MBPjudQqijAZzuYGiW5UsEzW0K6wN5lHNLCNbx8D5hVubUNvcu4vUvhLETV6
YpoYXOSDO1J+cUNvJP4MkAj32r4zfOjgY/otIqXW6ADdseTXIJKs86lw0JNfn9LPdTpQDn2yizN4sPYkyFusnAT+7NSBxUtwWJZy
0PNhYm99RgRr9Cmc+YZlpYJqn+v0Jtz+hmXS/Yf0VvVpNBasMjrIFSOGDPsqRwTp8NYaxbYFlVHW6s+2CQ/or+aIaZ67ykOx9slX
HTnNs6/0u16P1vNfs8eKw+jQ+3m+w7+7Xjqng+mQi7jwG+Qjduj5AzsVnqm1Tveizp2abqxDT/r5o3C73vcKw8gu1sAxdT/ZoXew
eK0edd13q2vt0HstHp/C0zVQf90h1+zqYbNS+6R3tcZeGd6+Q+/dAuTJ6C09VDwoYiMMvCUuVH8Y8yOqq0FEWBgPMD6XYkWNht1m
Iv2MHzgX0sh8/mRKF+ehh5FV+GfAeMkwhHXpBF2jZS/wd6dj0f2o6VsRKtHysajqMdSSjeiB91X7QCmeeY+RzyctHLD9j32Jfh0i
ss21mNO02MydDfyi1AhoSoY7+dYj7Xi/TBf4+/tA0F8uJ4h04XaB8HcP997un13sn54en/qf5wzh++v5QZBWt9zQO3SFuNuG/wpB
cJse3Q3IetrZhVBPHoFOBncobmkPHYaadc00+iZeDnZrniSOPbqU7pzO1tqWXQ72KjkgLPJStJ7RxciTg977rwF24GEQ3dnyhNq3
pb4lBky9ORpZAcoCVNOBVrvY2lrfval798ydmw60gsr1xiLLrZ79iaO0SEINPvoij630OPWpN3/oDwYDX/zCI/eHyafekLLPKG3L
4DPSept2/DEbGurJmozVYQUSUhcMXa7gleZdFNXsGjDWNV3wcyByBuWB2BBSBNTO6FivEz5UBmvo4Fx892G9vNy1vG7WYSVoWHWs
tqtititvRUEJX6v49HaKKR4CfBljrH52HRWYk2pMSy2/hq2CNhWkZRgkqft6m1oyQHOBu5RiSCwSp9FrwravYbD7fy8BDDBxB+36
wcTyVX1n3JpiA3VItKETRBfd+20QfQ2T3YnCOeWOWlH91KJonHZy0XKqpijuVkt6xYglOF0maGU1s6ABU9gDwM6ymFXPOqKieDL0
Mzeyj9iOElMoZdHVLBpz+jTOpjA4DBOADipgs7Ms0rkKK00oNvUqyqJkjL5M5tRlbiya9jycICbL5pQJBDVk994GDbvDg2H6A6wn
Rqm4YMv58YnqHt+rNffRR02rlALjCRjGafmo1pa5F8bpfI47lMP3iwiWGI3DZR6JEj2yd4+s9JdwF31tUuXovpdm+mjYK0x6EWJE
GLpLojoVFluktJCh91wlAnzpczT+vJwg+vxrJzRQ6zKTAgZ0cMaZAI+Pi5GTj++omsiyEBntknvWzVOcdl7EADUSKOKiPZ65Uo7I
wA1drqRI53pPSTQY3Q1+jKiMR9DDv2QDgep5+VVNuPJoQ1K10PzhBUFaYE8UFRggg2xh1Y15xHj/yQo2rveF9Mc1Q7ng6vzKnWBI
eiGHqHZOj8vJwlhitgjfDnxCrqXUrW4PYpo7OJXgKOITqCFW+OpRKytZpzYq3EfDTginJwRDWI6x0s7hfF/5Bo63Hkfk9MqXNkGz
j26O3kYWB/4aecLPuOh+fd/lDdVMJY/EMz1ikodvCpUsN3luZx/Q6yQsSldvZXX0DSTSFI9pD8spKCHnDwrZDNUIZUxmSO455kB1
9+i2Y7TzAn8c4a7hnoegnjXRjx376KyuZswDEAbCZ4+XNBHWhLGVa/7Wnfcdk4htFlBknOOJDTN18yo30DpOx8ymY9GPSGbbC0kE
8qR/tcpCg3LSRMoPSK+IoHHGTBk33rPqVwRYimNDNZcu8JQmuZvoviU3azDRke6kFEzwU5SIJufw1weAAbc50Y7xlJv2qin0bNXR
9itelZ6HwsF/1eZ62IEdR8xErozljMvJVH0dVx18HV0Die6ho+MM6ZVtvFX99olmPZ7jqjKEsfvkDchH8BLPAH+vDxtGL8LermKo
xPPAzsGshMUfxsEBtutl5zBLw0wlb4gxM3iaRBvRjLhtUd801FPfPs6VbT3FrLyY/DbMBxZYikt3lY/UEznZCXrbWymnenpXcy8Q
6TaRI54jW/kCVoMyfvncQj+pYQ2Ebf1X/QPu0D8AvzcmixfnrudiRmaGs4MTDCj2fYRmYul8UlrpTZyIzJPgrNAbzU18D64TmP9u
mDeDOI38C9yHaBIYYHQVz0Bm6Ovun014gZtbdtYWfq92VnR+hTvLPUjfC9qMK+GCVu/OvtsVZ89W1y9leLDca7w/+J4OeNXr6TFK
Nuqxq7IvD6tZl/vK/zfMhTPKtl56lUQo4wZ5+RQTMlP2Yhs9MZyL9XyqOIFG9w90FHKdo+QqOA6JeqXuyF/rhx9a1fQV7GFMsoqV
HLp94kk63k/hG6bSXqsSXbj9VPV7G/cRw9m1ncUSEt5liJmmJWpTxoy8gJPo12phUsjPDbB4eEgYNY5GmAAF5JMRSz2yULySZCvF
dVXOZzrragFNMT7q7N8l2FOQVbZFR3UozF224jlDQrg0PakuLW5UCp9lzUjXihQjeWvvdEZOdXnXc95YN340L2wDRJ8EpOHIxYPz
D97N6gF2qMnadqi6b/433hbINjcrIanQoxfeU9yMybmkajer8/gDairxD/zkg4N2TJqKaivICzNKux8KhAO0N6XSc5QxKCz51XsO
HM2LnNIEUcYHNGQ21ykVpyzA8ksyiMiZU4DLquTTLQEtinWnQPwmZd9AbklrUh3tvhWm2PIKdkR2Uooeq0YR6lJnyC8tQge+b5v5
7jKHX3LocufExl92k3lWbh2tQEb3VjqDere/wK4McLq9oapQUGiABoDFTjIT1u7BGjfQs10fZh7NL7GsQrB7cKihP2BSKLuW3Geg
AMnNaBFRIkAdRB8jmsUiTwi5g6P9MzXtFvjEnpXvdmeeJe3qx6rz42hWbnX5tgm0mqxGEwN5QZzu5BwffOhJoc11U9I/6qbIWmiV
26JVxtJuS+q8LZLOwsTIIRgDmRz6gwNoQxW3b2n5gNQ/EsilVxKNep+0MUVFMGyuqMBHdpb45K41zROpSm/iUPCla3Y0qL7mmBI6
C+1Ewz2tKYDMHbXEW3AVpDo0iVku6vtuLx5+icqL3Xh+INI8e0GS1ohIXMDlR75GY10q35VnzkA7oMEH7lWO43kdcqwd2rzN6etO
l1QAFzKDL3DQNoCU2ALTsuFXXwgSoaducCiWkiaREwThXWcITDFVXxUAWwWgE03tU8GbpiaOEawUx6oC0E5F+j/njj6gq1SBdrB4
PJUsMbmAP1bs6FUczSa5Bx9HwETHRRElVGKFUSFyKr7fVlRs92GrQJHG963CHBWD2fjZC1dhPEMGW5jHUky96O0c7fFqZmEBTOAc
iwVTFkrKQSuV/X1ZyOiXwwNPuaS69INcHINq0MgaTo1Vrcr8mLox18isWbkg2ifWUDPjY6vbEg5MYqEPYLdxSJsBV+Mk8FGk25F7
5bO/YZ9L16EXm9hOH6RoDpwHiN9soz3V+VAOBnkwGgsjDkWYeimN/QzzY6aiXBDFDgXiuad3MlfE0SvSdAaC+wG32hAVkV5zxnDv
dLRztiG+2jjDpnS48kk5mZ47BaMj62mdRhhic75CDX+56SLPMe+63F6EPvyvZhXGn6N4Bkub3e8KpX4tWBfPEwYoz2QLWVjCCfD4
fPMDdsLekT1iKk4Zsv0WVCxEFAPu1aZnoi4BJXVPi/erOCvQTvC/xJq8Xz0F7BLKal9ovMbjKbuJyXWAjNYm0SFF1u08tsf8cu4U
fl3upkaGyh2VnuM+Ta8yP3y+i1ng5d5fXBztHO6PTnZ29/Hna1Ji+QL2XzxePX3c7WTEIbysZ26rZRJUC+F1WqL24HXLEVUvlwEG
mzUY/qHD7Stv3uWyMO6ZwpN8RwmXZuLGej/z/sqaB17JsSqESui1JwrueLZjgd9PK/BmvfFZiqjccctFo55fW/7wQcvvvjL0B/G+
cd08zFMgHCrUrnXdBE6JT+QJ08s7tqSKtppRlisyjePLmYYFLdmz5gryKjTPorEXTXVHMrvv9NHxxZv/Odk//fni8Hjv3Vu8kPJj
2MNtGc6Ge/nzoZBmMy3FCtUUBP5X+VY7wojrqvvj2ySacKSVissj95UGEm71hOCvtMtrveMqtTymoKVsCvjZ4CyL5/vJBHjF0WIW
F8Hj98ljO9dJ353Tv4Wuytvwtj6oHh6/zx4Tyj8Lmw9ecF289Ff3B6pWp7t8vQkm5vSobNi10MSR9j2eNGmV5x1UylWNJWX+Yhog
7sD790gMfj7kVcjTlzpNNRW+npjPFsMTcHfIbDUnHWdu0XES9Aq0+ghzKLlB11JG0OcY3DKclLOODiUYx5MXiDRgwxBBCPYHg2Sj
RCsFIJ+UzV2mqjmgnXXO+kgzVzVpWprO+3c/TDIrqYMkIt7TjEy/+1lGdwtYRoQp2sMxcAQkD4qTSyiRuxn2gRVwUFLHh2I69aPG
1i/kZ2sfN8pzAjVylgDoNZ2tqDKeMU0q+kbGStGcT4aa9ClKZgMITpTkMRb1tpaGFmjslEcQw+amIZIm0Wj5VrYtkv1L9u4oKkSX
9mgZY5h0WbztZjmvWi8ThMHKLBtyAskB5x2GsoF8iMOFTAhNkA51kNbgufLSke3l94RwVSpIAzQJ6g1wLpvXAd3qVi+OlPYAwb1R
NSf1MeKbs5RSbQTN2hQD/H6ek1SgSOBqftSAFj8b9a3mTtznxnqruQYjYoIloKzmbkvdvMkadXSwS9nq4Gh/PhyiOzBqEQ9EXc2Y
KoxfAxJQZaG8Z5jABUM9ve9BHrhNsYuc8nXkU1Q5hoy8+pxV9PJeH5EgSSQ+oIzbhIQYSZJX8RxFJiz0hQljgQOnvoOdw1cHP747
fje6+PnwYmdv5+Rs/7Qnrb44/UU8vqE4tsRSbVvsugoNNk/Z0DqpHw9jggzIwOJlL0rQEkdW55Kh3e90d4F11q4rT6h2Z9V0jHo8
6uLCI3V35ZKa1CBJPM4fcEUSchaz3xFR6bkkECD+082BqSOu6HVJsFt6LoKIXN4yGFewiX2EAcyQXnlX4zxwhXQH4Y8WY19l4L/+
lT/+YzA3lcM+EMDAvOhjVL0BlDTBRzljO4C4uVViycv1vmxcru3K43ots/OmYV6ZGjHWlQXnVrZsm7AbydWi3eMcdyM4jMdZmqdX
xfA5jPnju4O9l+/fP0d0SX8jtMm15+cfBgcALMBljadpiqb5pFLPynJveI46w0dPqKDrC3M5bVv5RxJ9dQqfDzqduF/spIEBZiPA
7lFFWW9xnTtKi9c4tcAMympRf0yz5ghQqYAhVyh/8+4fm89ebW5ublFZgurTp9Wnm3/f/Pafel3IuvKCsChKtS8xbuxgkuvluxtZ
Fv4onhj4mB4GDU5Lwv3LEad5O4BJDMrq6VxDHJ/tcbg8Fbvt9Vq9nvQsUpoSJTYzVjv9mPTkT4YrE3TAyFl3Crzr9dzsEg7pqjxC
WeylvYq5Jlzx0PuIxdaZg5ik40+MXOEvQiwA8OkSq3/p1lk+tYH1eH+K7sk2eBLGGZ1QX0lcL+nYRc60zkff3CEsyICJxtZOyi0K
x1NVVgZMmlbHLMW4V65UnmwC4BYMcFxCmYEttgFcQ9moynWXGcMUOpj2FCp1i1s0mW7RF2YWVucKH5gM1nEvYX7do6ZTnSNJtYhp
IXVKQzjnkE3P+fmXCIjWN8UmBgJgqtvbBJUBXT9opBQTH8vb6H3qdZIfYbBGqnKi0ctKMg4hTKWoTPauZuE1YofIgS1YyGHJR6fB
zHiEyeRJyiQWaDxszJDUg0UWjm+MKFibQzFGOB+yCGXEImCm2Ga6RhMrkwQvMBm3TAZjrSkU15vHzsaVFMTcPBE6DbfwwKxDN99j
XsALqVJrdZBqkuM+S1/Z8SLjnFEY0Jx9G/TVuladwjGDRPiLyY+b9KPr5palfaeLp5tHys7RZuH3XBmkP62V3IO0BMYByiRwuCr1
UCVFM56W+cLWUuBxOiQArNMonHASJArfoX4xetEV76ZveteDNgnkXY0+CgJkyoV39UP/qB0LL6DE1HdajINLS2gv+7LuIpqwsJeK
xUn2xMIAtAOf5WKkAxjWeg0I6lN2ZSPjqxLL3ZtFvVU37DeB5FLG+eLoiHWISrtkYlYhbOIVXRtKP08B03vYcbuRmVXpQkVOJk0f
KA1OBRZq1uEvedxdz7q21+VO240fXQ9RUNvrJRFn3g7cjAT6ugIsiVfH7213pUeBPeYfu6czULeRn1TvZxudSup0qttZrU1OkrD4
AodyFBYM6+0+QeswAYkINJCov2mDvsz+tBU0XSu/naFFok0nFZAkpa3p7vQgQFyaiwXfnUbjG44QM4aET6LMrByyzUvIPYviCzeS
2Nd64IzmCoOlFn5j/hlVUXWemJ66PrmdUlYH7LXZrnlDdk1THFJEQXLezLCDcNRBW64meNPTlSs0oW/gjpF67wbP+8VjPeG5+KbH
kNCsHLdy/rpAs8hq5pOkEDJXrS5l9TpzoCr2KhkuvRTrFV0t6uqbb+rsE+kL0xuLDyYf4gtSppL7BvWDRXb4njp9AxWeKrsIL909
vHjRqQtagd/lRAleH5XiEmIe9Uxx4PrDkgM3mpYcuFsBXS2dBbPM8mm8kL4vQriluLwmFGJTEeBOMQy8rMKAZbs+fg52432mufGf
TZMjpVJ603sYsl1HZY/z4ZsIf4qw2cvIM6apq+F1uKJKSlIdwVclyIHcYDveVWzBYNUvR1F9r5PF9DVMNx96YZHOAdtiyADF14aY
DaWgAjVoQCbLbJzOOA1YgEh9g4qAftvrcwwuf1OkM1I5E0Vo8Mzfi7OA7i/nGNZ0y7cDmtHgdUp1PMV7W8oHogy/4IR3aPISzy7C
YtrXy4q2VR6dY+QQfoW7OMBdRG4Jy3ER16SX8jxi/9EBfFPx8ZTzpgnBpwE06fPwtSQQooQEfoDukgkHNBeUCZCV1Hv7b/fP9kXm
FDgd2mOgqEGZYRezgnk7P3v5OMSkOT0qzAGTtIRbY5dYoes1QOzF6M3O6f6FGGAe3nCeMARbuumhN09RI7hNCt7wGoSzPqBaJOgT
L3i6CULwd5vevBpzrYJ3w6LAkntckmBb/myvi9dd2Uoe2WK399FnCogQHB4RC/lcFumgQ6C3SD8EspGNDjFltNHiMyrS2VzLbfWD
7GtCMwbmOb3Y2aXC2nv7RwfAFgWhxwnZN7AALAErAUmfri0tAG5akcKpUam2K3jaY59+1zDvknAJ0JDF/xtNdgi8yunC/yhK9DVm
uCPbYnBxQbhv8EucHBzTn8j2Ym2dxIMH8tOhazhEIjHGuM7im0jLRvfttjdJCyBpTzLObfj13//5dOsZYMQcUPyTcV58/ffN73oD
JwQ8Csh3W5sDyjH0rGGJhhXB2beE4ZcvvKeb64rOIjRCwJjIoQ9QRhAoIESbNU5IPW+aObZzD0pLWqPUlSxOO5pF0SL4brPXPfmv
zXWbECnq7UbobTTRUXFjSrDPxBh1soFzoBQkziv9WZd0p3of8cYhzFluLyHopuum3YY/HtC3Nlu/MGFma/OBQCM5D1bxog2G4ieO
Rt7BXs4xZuN0JhOSMgMwsVp25DfBDCNINiiRPPqBcHALlqUmUXGGiI2SwgA+FVpmGRspyltTZhj0WEmAcemV9a31EWXaMpjwJB3n
TyZRHl8nT4gXEu8Gc+D8qJwDBt7nnv8c8F6Yv/zvc87cCX8kmKtzmi5eEvcnCzR41I7Ls+tjytIHHpY+YKfYwRrJ5ktNetClAJuo
8sdf7KVjMg1W9Z4Nw80ekvOjXUYWgg/F5El5J5cSM4k5eQeJ2bA1VPwturgLlxa2OFGpxbiI4U3P6tQQT/QsR1ZkNDu/oaz7undD
/Rp12iUCO9qWEqzol149gzYKc8nwuNVluLJuudQ/QomP5m60ay/CLI8mFMtJejPyVtXCrBIOk78i1h7ZCGZY6s6hOlBWobGZmZ/E
aEFC8ULUxajnkoizjiHwGhFDxS38B+Sz+WWcRNhJXxbwoOVbi4C7uNT2PH8OBwKNworOXN4ELudqeQEqNrbu+RL1Xno6fqE8iU0+
UiSvGSVONC2d5uPbZ81OOJk0hXv9XmoRSjXFNEPm95f4qO8pbMTBlAodMYvcTV+yOw2Ta7kjpa2z7znwSJ92xh1qMqHQRK6Sw5pZ
uDbo8sC+DmIt5NkVjCnNHVDXanTJ7H7IlJTyVUhiWZLZvj6mRrs0OkVfipDQx7UBRIBHX/XNCggsQTqwh0Ma+1TCqwIcKkXZDjs1
PMG1fNYhcTrUN0TAUDGH9cNfyBZtXrMZ3S3lFEW2iLs+r5gQCg7lTA1GjN5kYrTjT6ugyOOgMhvambPU9SxtmLDvnaX/gr8CV/KM
Mscf+d+N08U9s4FAJbjYkBfwfzee59Pw6Xffvxws8i2Yb4LuO6SsyEXKLWTmG1LElkVpoZc30V1weV9g0hH8jzMKiq/aq2WMdMrL
L8UpGo+rx8hRE8HozQ4MhDozJK/0YyBKZvU6G7twcphVLsF+cKcXQNrfhPk04GnjUeaXg50FSiHBpaafunvqt+Rn7Zb5Kr/U8zO2
IfVRuIoYh9KJBh10b86IXfqoJJLbaxeKb6Da6roDxAr4IruIAo79ZJwi3zTYGe0eHGA2mFe44XJSqPkDOHT5oTST+wYvxC+jgVxL
C1nXVNS1YQ5thV210QBTtYwLLScoE1GmQLdQEMwIH2H4kdCB4cVnNIHmIwCeQXepU1Y/tbuiMzjLAqlrVIHtIl4xWXxR1rvE3y0F
3y1j6qRB5pXN3ZKX0fxB8hcbo1i2cMpiWuBFB2FMzJqlENwP2gvdkokBQEI6Kd8N28uYVxeEDJUmsMlqeugp19UghzY8lPJ9TjzJ
f38QhaxHrKcIrOJd3e9hmuQXQMJyqjEhutMeUa9J/jP/7Nqp2njRo/pNuyt+NE4UbscvwkggE1kEIhcHMJMq4YhI/9CnuxnGWAHj
58O8BxhukWYFSXjbpdU/FyqcPLzPQRa8H3RYioI1sRT1+0M9t4WW6GskmslFSvjSvifoqbusdtpg6a3CcxK/cEZH4boAoC5Q2Rn/
pgWOE9mdVnVXLaZs23Gw8oaK0coH1eG0+rZqPK1119WVGhm5vvJJbYVadiCnKbnJf08Noj9qBhQVb1oHFaOTz4EWZobl3MSvD1XB
oVNXQqkjuhK/qCv6c03Yq6iCRK+Vp1T0Syutuu4gq7l2LO3HUXa/3o6v6zMgC6Cv48rwqUmd0sANGHShS7w6ReM25NEyUmSBTP3s
6YWQCjJOTFpzTmqY3XRtLe0UazLycOyt9IFifkQiJooq5Nx/1a/S/OISxSXxwXFOwlOtGSdGumCC0wQxtS9jIJ2ctOlizrOhz7Vw
1k2Vg40iFGH/DtNJNBMZ2Co5peorWJi0+XZwIomzY8lXnP1K3CPxI7CnDZpuPxTANBahxbkBzQ0yQAs+E0C2T3fjyfUsvQxn+RO5
RHhWFW6MSpLu0CYSMVrz+GZGnSXd1wt5QFQkyHqZ7fHijutflgztU/1QqiMA6/WqizU8dXD6VjnJnbk4FZwrzvqYUoSvz8qrrARr
X8nVuX8Y/poyXeHCKDiZFOGbnvcsH8SJ/QN63rPD6KpL+lMSm34E8rQItCXEGFKs47mX3jwE+RKNvpyXWnjNkzKqQVHwCD5TkQI/
RfeiOM9H7E6qrNpJh2ysK8AckuKrFKPwT7CuWIaixzWs9Ra4WJABj0ak5wSZNrpOWa3KIWWx9OdmhygvTfBPGDCien5UWNmolrg3
HcNmKDfwQ/SUGFPnwpV/V44Bu3yvLCqlVlUYLGGiq2/L4cn6kpqFC5NEsOKLLCWLdRBSjhHy6/HIf0TkPCIPoCIK531vEucYFTzB
Z8tkMVteX+N1KX2/tlri3mqSx/pVBOIFnP+DjYoyQXbNafzgRG37w5zHLdIizPSc7xWlxY11F38q9eazBukJ4ptKQ4BIgLP8dTiP
Z/fQjmyCTYio+ZaF0J1FI1Bv2bZzd5adE3PtvG9wTRkz0Kz6+tLvbHvU9+5qV7d5ude3X2SxWW2xxGR/KQCReklZyJB4EiQeQEwL
qpDKxUfjO5t+USY6oJK/6tMjIFhv0oVLIRnIwTCRwYD+78kmxeppL4ZDeEZRIdj5o7Kprz8bDv3yJGHDjXPM7OeI3xKT1KIfbD7d
SfJbgPIesEKzGM4QMwBH2bpA3XLWeqqGnAbANSiYN8ZUKkBXIgbl1i476hbhbg2VFX1IU1Kuxw3w2cJ2d7mjCIEirXpuDW5sPmJp
I8uXV3wbbOfbZjATCxs7TnYdDMXz0PH32LbuD/Ly4dtdRVZHi2gcX8XjEfXit6Iv+NdL5CAc68bXbYte1JBVOZ0TJvLrrB8moy9+
4Vp8pU2FUfErqexrcm7HqlWfGYpnIc6YAunOnH9iW2P95jUyJ2uzJiJ/AnElV9/W35H1Gti6b5EBAI5icJbdl1Ux7oh/QBMfKmqh
AxveX5z7yFlyLXvs6Qet4CJzHFffItnBRj27Tr2eNu3bDsdW/+r7jl/hpJGLpUmvvnU2+J4bfG9v8KPg0qkR0ChDZIjvsEIMPD2P
7z7YVU32vUxyRtfcLaBHS7fw9AHdMrbAXhn9WDoWeEn0bT0n2hpTiGg9+2r7BjDAMuuj12cXJtfsvVY+ZkNvEy4Aiwp9b8vbT1hq
CBqcJJVp4KnF8RUXVHZfrgX1OOUStBa6zUjWCkViWrLYtS8Q/sWc4TZtYkr5RP7a6jXudRXnkb4pLCyHJ+eCyLXxBNlBI6tB1kPD
xInXoR5x3HUd2BswXvQghKf0tniHJaeF20aFRojBUI+bP2f+mDNs+xV6hP0Y73td+jrO4us4cfcl3jf1hcdX+bYqzyHPRmXrVt+S
9iHSw1FW35fPHhQB33Jo4YMOLZQJheQ5lXHP1sYKNYA4Q9XJpMp0txbwrrdo6YzpMonDd80tKYrePp4rwD5EHdq4BpAJ6dDGDRAJ
H6qSa+Z35WP7Z6IIgfGNLExg/UAoqPkLVYr5FbAJUZiUjIxs1utcDlobI2ZmIV7U36qak2GXUPHW6pMGd1C12VrK5XYynjyQqXxY
6iC7m8AjUfFXFvmtZPzptclqxnqAZHJ2ViuxsFRpJijImR0XjLHtrnWVM6lXLfXBI35S1pbuSpbUQjrwRE4yJgtEU2eqQrQQPe9k
1amOWc++OGlDkqahAJkdytrQRKd5AzqFxgyDWKqsSpvwQ+1tz/79zmyW3pYVUo5HTRgEu6x/sD4uic5bQNBXAnQ7uPoPGUAw6Qgr
1q/355fRZBJNziJKOCGZvpa9cXz1oA06SFcdR9VaPmikEwzfL/biDIC345C2Tx409qswmdzGk2J6ipbCFSk30e5qA2ZnWwdoc6Iz
E5I491kD/Yq+PP3SfX9+Qzr1BVPefHTvT1n+bLea5IYZqSScafKfYI6EvrpfYbqa2vZ6n3USII5iHuGJCAeiEvCMpzEcQ2RHhmdv
xgnlHP3biV4XHvuOqPLTfNB8uJqfkhGl8nsxKQ/I6CZ0uhVWpEzD1jOKiMvnWx8+o5p4pV5D1eD3O3N0XSo4PJSZ0wo99NbVvH/B
rG12RstUus1KZ6LGwX6ehYkcsDYNTJvvYNPkbmMoDAymedr8gL8B0pyajt9MvQBkARZhMFjaiTm/qUi4WlY75yc6u1dmtXM2Z05N
jaMlw9PeuD+3yqf0ebOEWvt8tEjTK6lO07Xglc5Uu17DTgPgHMsqbzaqvpqhT4zRgvj0TXefHL6OPYsNrnZnNGjrDShkvIoaejMa
tM4NWeNowq3xrnEsRnmgPEFHK0e/Ts6kLVdcBwrJgQ4t1fmGGK4L0EfRA5f35LY9nk9mEZamR49JDldoCJOgAURw0xcIlWhKtomL
Ij9DnhTOVaChywiJs8gSsI2pbGLxHjMQHXENG3RIX+YRRSfmWOwpvR10dUEhg7vijmQOtbBMldwUA6iqXLwwIhCSqJC+xhciCmTb
ErPH35YIto16LXTxSOGcajUw2W/PpYmuDEtFLKBrFggqshCNQMWPHTnZ5WbRpl+UJYIv0tw30tYtugutjX22iSufm4hxURPOdZhg
N6qLwiaa18My5VcRbe1FnK5qe8K7DrJgy17oXay5BZaZLEgQvJiQJOiYky4sdptcpdfPmCaAXjxfzi8upeyIzsNRbaKH3ExJmIpY
6Ufm6qtxAglLnJXxStHUwBMiM3djSab8ts61HUW3ujpyUYGnybkvdN75rcGFsVx8y+7OROCqDJmr5iyPNYq+SOybVLTiyrSKpvrW
UHL6yrLEZ/PreaEFy1nv+rb7fCoYVjuqlvvdTgq0I8lvDT2WIBJVjFsNAQdgMeCjNtee96lXL7CnFLS4Mw/DnPhp67UTO++q/1AB
0pGpM1/0trskArbiy65H1DwDywlpCLvfgK7bEXZ169eeSf2g+g87prXR09pTZWTWt6Ky+uglMhLYpyYZNeOc0whB/w9EO5X94fm0
bVF0a+MLo9sy0/v2F90l5Lr+WOzcAEY4Odc+tWDIFub4i+/jKaVH+TNBG86nBdpepxn5q1MKgy+2IUpt94XgyqjjWeGEyhIIVpKP
irIXWklQWQvUInSZD207TLKMVjZJoHrxfQc9YHhufPNBd7ytHN9enIsgC6dKz6Fhc4c3VobYfUD/VJlRwZBRaJxKGFcWaEPr7vin
1SxMNP4Mf/rtEWD0VUcyLyAJuXENjrAH5NpdFiIi0/TJC6k18p30bz2NqFJDiUuI+8sqpL4WUiUmyLl7L/DXBcNncwCtmvNZtkxu
vuCUuT81Y0P1ZZl3Qu+1edt0WxrFk8vlJvK7vHnBX2pt7+B2Y1hSiRUb4Vcia1RyarA7D8cXIes/L3KlALUklqfv2niqte6nRfNq
Ywhp5BaOEAQ//zjxQdbzj6+ufCuLJhEwudESdq2RkcSiq7ZpqSsUx6YLdxQBLXWQA0r0crCHKcpQS6YlWysTcwrlngdgnG97oYjb
lE9vp6mmslFpOr1JGnEa+wiz8XiFTHSNntOU1ZqSgWKaijDJbzEjWhSuqAlnsKA8neFigebESbooRFY1aJVTq54jTdmbcSJUoobd
cA3CquIiRbqHAyeplcUdtRIvbVSRPoGO6RvRvRaPT2mHKBGT8GVWnZaTqfRoZPSTxR+NfHWWDGtlfcntr+opifSikmIzy6qSCaa/
NmS4qCjQ/utbEM66qYd4fLIC6uXASjZCFP1qX7RIP2kt+lWblTW3syWns0vkMsauXVNpLGffGH3LXTwhrP0wncRX9w8G4i8IsgwH
Yj4lHOifZdF/lhEm6HGzxY4tatgBkd/qT7MDYj5yB9a+hraEqOvsj0The1HBeft+TS9z4eYPiDEOL+NZXNwP5nBfuKwEWr2fh5M5
FXnBpHkv3+M3Q+95PHk5EIdGSQONfJL0lhN8Ybo1L9ASA/aRDEhzVRHmN49zwOJYGwFWSB/+mi7RAYWT0gYqz3P5hUEsktl9H9B8
mBXeVZbOPVFfIUMj2FWcAXkQ6QJk98Dnw/M5V2IQP+px0AJo/pVeYgI6CUPwyUGZ6ZRjO1rEKNrjhjR2+L5L7llsZ1RIYLzK2vs0
u+cGjmy0xujYUEtOSmvS85NiERJeWVPewJak1f/iQzQ2rmWnRMI/ueVir30DHtbK0rteEZgkxVlSMgkamku0JJzUktJhBZy8kqBL
ZEmOga0Q8/Nuw1xkbZ30oENeckMkYXXbfoXFB+73va4phWuGV2TR1FeZdx0jmwTnG002cnjihVkW3ufb6n4h1xQlWBEmxWc5VyvP
Bw9IPFdEi5yT+EzShJLfZNEihGuJf96GWUJ0v2Pu7zW9i6rO1oDAhMjwK+Wi6+JKjd9o4oLVwRnaWGukKwcBkdPVwiH8yvnzTFcA
p8fAr+1Uj9JGyrvXBGuuu6iniZU3Eanbr+eIqVCe/NCrX0qVMPbXXnuyUdiSEcBF4/RKHAst+7JSmHo6AQoWzx6QjiJf20EpP/dF
qrhDRKKnVMw8kJUU3hXjI8AxG9wpHMNZPI+CrX/+fbPvbdH/NuX/5NufgLTjdz3EuUU4G1HtKcDIz+oj4+rZPlhU8/nC2/SG3lUr
qMEb3h/hSo1/mi2CQL83vV/PxUX90CN4rToWGED1q5O3OCsJ+jidz9FvZQb0ZuhtUFbWaLIrnoIIjkWpMOEgYSFB/2XRKqxFVeEg
+t6Y6hTqwyHqHb3Z2cBsvZy4OkGxbuAdEZbeQJqAhZcoKt47SQH+7kGWjMZLTqTCD4Kd2WwUXyeAsz3A3BkMGRnDbOzLT0QXWPaE
3dUp+b1IFc6Vl+S6tfpa3/VYRhZrxBpPlPNFME+cO2dYZWkIF8OFg73ELN5ewJn5eaHRBuZyxNIfE1HpQiRTxTzMj3MmpFzA8SRL
r7Nwvod1IfBb3LRpmE8HzdmW39JkZW35XOJ4XvaJXp6Lszurn/Mwu3H7iIpGYite1NCh/xfNIRrdjaMsSsaoO3w8KtLF423vL7Qg
4Yysva04TkNLoOOW/jET9PnBMTEMH4ZDpJ0AAJwjmCvQqSWqElSUXs5//Jjz9j7uufpG5mXj1xQVE+dwqZcZ8tK72f2iwDNYTO8H
nE4axpUJpY3U0H+57Hn/xbjcfSAxG0zdgYz85aLkzR7fPX2MpmXHFJAEwTQ2EllOjw6HZw09RXdx4X3rfXItAInqOdbeGcg0yjBV
lUhZTAFm6fj+r7hu2r5XiBvLZf4FUy/ThBg8aELeX4ptntGmb81b5W8cpSIRggd/JuSOHo4p93ztUr66X4R5XsM0OKamiwvz6Ptv
xTpUpuh3SYzflLmihTTSQcYEAjlCZjBYSzkkbgHf2bP28nYkaiKrTmWRpJgpqLHNaFLhhyUZjy3c9AP4ZMkkx8whk3YOXfIQcd/7
LNhWrQ5Ibrx0oedOhl/C2kAvf/iBJsDbdL75odlRnPznoYeOBojENGSlFSMHzcZpipCVln0lWVICnupjjACtPRfi5RrVKszd5dx2
1CXuNRYKBFqDAnSc5ECpgOTAB+3ZL+VarAnbNUBsmOfB0dn+6dHOWzFJ3gloFk1yjQQJz1POxnc7jeHMuB4UJvGboOYS5x+NI7jF
rmk33B4gmmszcPDNOUEb8UqL3PIWpRP/gwac9MDWzwSAHDDLRV7Jwocfle/IH3nr6aajRDEzD6Wkyxez5Hb8nrt0A3/c17HHdisD
zwPo6hqNZYfHa+Qe/XXt/dckB9JS1d5ycWZ86QNko0To19qIiyQC4EgRVmtjnk31uCzDRgIo2gRJaAwsx3JWdG4e4Z3hxrUwCrma
6wu2kHTtU3wUXhUiGXGnabOw3bG5Esg7thdSfZfWThlCz40GXBCi6dZqDjrG2rZQmgw5t3vtPoP8WFzwU43oWNKb8oda7DQ/6e7B
bbt+xEjeHzRdwpOAUFRfjNfruTPIcYtRFYnog7hRSXWKemcNSIV12Gcg3GGBxmvYuwhIAmf9HQjDEgrpcuthIVURwhwJjxpm+vV0
BV9vyJORJm6Lvcla2IuUVZiT35xISUOtYBZm18iI1GQc69SgryH35Soef0+cBRBD3J4Ap9SnIYS+3qLpJx5tet/ViwJEwtG370Bq
usZqUCweysJsvAVEi6nK8DLH0oiiEADV1nkivsUKivH1FFi16wj5NdswmThajLDEfkkgZ6UnStcD7zWS8ctwfIOqwdH/jM72D/t4
nW7j5GJJ9ouc7baaAPy9JUNQuXlPnbvHoFDbPG0Dn9p30B1mJ+ulMCDL8ifwQy+W0qFg668iFbzEZ9ZJ1qkb2719Z9OSahDPJfS7
/u7h3tv9szInMh57jvab5UwelOSsCBCGeCIF11+hhHKw0wQXAYBCTxY2v0eOchub8jmq50/R3VZ2jzt1lBYjVnm7QqGkRu9XnB3O
R82FHDvEPcC+HR104zkNxrhtF7zAvgt9vEztm4AvsFxVWlANd9Ttoy9BLAq2W1fyqdnU28AFTVq4IHfi5gZWTQciceHwQpa6mijP
w+uoo1JVWpICnxIhC+adRSf1N/bv98Uw/pS5pvK1GBEeqLGlqrIvh3dpFyXZyUtln8R/pANL4IwoGw0VQydt3BVaI1i7yuETlNIZ
39PnAW25d8q7bRbES7wouY6TCPMtoxcYGXtYJ0dXXhkXkYsEukU+UQhP0LkBhgPLwXFBM4X0NGLW12mULIWXc4WAvtfFltZeXqtG
x3WkWw5mMzYbny8TgTrXKBzlRVr1TF+SG1xUSiQmkdWh6D7r+d0P4BJnpACpxxVJzbqHhchn5Hiia+dRpy2U7AHt+i9hXIyqIo/s
A9izZTR519rTv6mdrSuDM/CrAEHUOU5oUeVsSLzPK6QB5GfM9E3cUAd31yAgrranUyaGFU2/X0YZ/fe/nkNRpCyvEoX32oqe4j8I
FujX5nG5AoYSSuFggxM56cIsKCCmokOJAocYWBcUN1yBisVgRBcaOvwWe0M1Jt7hk5hseJsd1gBXf/Nuc3Pz261nm8+80e6b/b2L
0cXZzuinizc7o4uj47OL03dHfdXo6Xdmo3+/23+3vzfkypG3cLAovDgm+zbMi1NCkDS7Ox4TRA7rKxiJXvESH2E2uo5MTwmHESDu
ifTLQ0tAicIIKj3G1zAgVVTQpqGVr/s///DXzidDiVGzKLzZ7pDiiYq08y1UlDzxSi5WbKvA8ZN0jq6AZam5HsIJtoHPscksTa6R
6oe5baQwyePLWTS4FQn5dUaWbufG/mIaoYl4hgBNHefiYuL24ENxUjBsCRa2scpq8cA8cOZ+mCPWAwDUHiNlKoyieWzJicnGEed1
MFIoaxbPY7x0BuC8KAHnBwOpDRlNuiogGnbNly+4866wVoPschbkuqJA8ZayvsRw7cVJk1qDkKKGWCVWdLDhnUHKrHv/9LvNRqIF
R+VLWyYABMxR5gpBqQeVryARJWLGHK4+IVFi4sMGNgOQUIpWx0P1aO79BUccoKUrAGQl7ilLKfgtsO45vPMol5uoLsRXGOAHK0DM
BF+Y6UIbAlV1OOSlLyNSICPIAamfkVCnQ+gAGaN/kQVyPAvjOY2do+GWCGA5AxISWQLFqd2GlTJxptBFq1tD5PpckU0gfIA8Z8Fl
OE/5/WP04AlFMXS6jbA1UeRdhyvEmEMPIxAR46U30WE0v8R8DNDW2z0+lD6/mNZO//axYU2GhiUzhDlegWxmIJBjl2NyqS5fB375
NxYKuYxI5s9Qwa684fBjMqgnhm1cdTeA2zNJiyQqnmR47+fR18++fbq51SOYWVIWPgRiZKqJamG3b073R+/enmnw8KzXYjEu+TOd
2XMwqWUTTOkdWbmeO7xX7s0BYng3oEHLZ5rvDfZbfe+oDi8KLO1S5oxDlkuCuwqG2L/jrFjlYON0jmMgoNRe1tU92FqbHo35DaBC
L5B7zUQX2g1IbttFk+Q6VJcEVt/h/4fjdTVnFsv8C0aRrWW8bLE7NKpc7Im3qt3crPDW/crl7W5Wg59EuewVJ9NygAgLimxALFU6
61pelTGQanXkkpHzkdrDKBeIgv36q2jCb9pEgEnVSkJJPeyFKCSf7EudhizWWSohyr46FdUDpPMuYSceUTwUKW4f2IebyHD1Bd6A
nXkkgQs9XCUuccjmTGlL9sTGsMIRSygBz5AOnLC7yzP+o4DXAisVgG2CnPXBAU7MbetTsGa1x5cXHdYzcapcdkR19orDNooO0ewK
T0svLceGjb6mfCz52Nt0OUPJQ9cLP62TlCaf4mVyvMgD5UnwAN+/BxuPF1lapOOU/em2LA3E2qV2r6n0t+VrvCgXSJnTZXEhCm5+
v4n/rGPIblx4jokvYEbAlS/SJI+qy3yF54yW4D41loZ5GynB9y6AeQ3yFtdSW0zv8xgYICxSxi5qZXmzcZhl93S9CvQURKvmksPJ
vOBgQbf4erALjWLMcWSvUOZe7UtPfhq0qDJrYwW1emfOq3GSIsPO+qa9N7snnggrQzZKmqGAvYb3VzGzLsDCrdANuyioIlsiNmrM
Y8O1Kbw53A19kBE1fosC2EgqMvUb9AwuNq9FMpy8DryChGcRjTrSZDZtII/b4p/LN5FxOFcEJElxZHjuOm9pd40d99p7sGasdbVJ
yol7JNA4Da9C8WAnqQqYePMmgdwZ6J6rvYjPO+eE1Iwq7ATNBjHLzazAdVINOrMLxXZxnw7kwVMUlh6ftJ0C1EvJno+ShXphaRF7
8iXWUxHyAX06pfyKZUHaEhazMMHsssJrok8Z6MhzKQc66yF72ZcGAAQIfFDewFuUg1GvgT4RTAbRlbI55eopDbXGVWtMv9oO5uJq
Q6cSPnUkI2IxZ7VQYTO9PW5Lu8cHGS8ySjFg8ddR7HpT3QsssqTh6RM4H96wXL9eXQv30Ulq6SzGBVqs4KHf4G1Bp1r9SOZ4Uh56
5uurOJpNmjo1xTFjw9KbRs6d17Cm1VtUEMaV4N3DCQfmjFnp4Ytk/Oyjh6VTMTDGZfSlmVpO1n47a3n53PNtggh23XhYilldLsAY
KJX8grYAu25Jf6EfBHdgCw0qv95PUHuFrA+Ph81wmHNh8utFUv6MlPjpUHXqZ++LXDNGMU/Vty/EIM1RztFn1VTYfCqEkOk226HT
yIuDU2WTYkPZnSpcMshh4SnShOBqWafRsaaOw+C45hqrsxqT6IJXAsQXOUWLTdLZYdM9sS+k/gRRLoXmFHbfLN0Bg6mXcGQIAbQx
bqq1MDaJe+JTXCWpcx2cbHD0FttukHpZcbIHJ55IwUHGXKy8CoJ+mFxH/epIh/E4S/P0qvDeRiHa+PbIikPBE3D+ohA8eg0njwt0
DEDFKlJoYe0RRZD93pA4CE4H0ZcmldpweiYK1MlmIshI96jUdJ1bFYclcgwM6fbWySeWPLAQUMH1SP9LV1wunmtTOJXp4DL08iRc
5NMUpWxMbNEXTFZfDISeF/NFiPMSbMq2dI0QThGaU7oRcpSRsoU1LQG6ddJuCe2Qlu8DcVmG553ToHQbpLhfynF1oY10NGxQWCck
2Iyyr0UqWyNdyVrRV9ql5J49eJAADS3mi/SqVGxIQyPbUMiwMUbfezSs1KCKTxi/Zd+h0owizOY97ypGiU1o1zHWJVe+eUW6HE+l
twOKdH3dvQQOpDpcOUndSOMOhubYG5D5K5ohZdMnzVBpE18zULlRF9vuhHJgao4w8ll71CHUucm1vecqa9nEHwt4aZYErb7b/Gcz
UpYX128R46qRMqSSWS9WppsySOjTUJPWUgNUuL7jERlRo9iR5hhv3SzdbV78bW1Xej5yr+L3tq0ygxdQMVhou7kN/3kuO2bXFnj0
zTddOWMDCqswKLo9jz+0Oz2mC+aqY/jXVk9x2VTlG3V2FDSNBz/Y/88SWAF6ekNPHYBQ5wHqQbvKu5/Cdk+R1AZCoFQUqtcIxWUw
QRPUG5lvJ/HVlS79OWo8d5Xx7gwJb5fJl5LuhEdTbcK9dRwSVO875L3BvEZgK87ZzBkCEj4CNjCkLRCxp0Qj0E+t9EYcer8IZxJB
H4kCkMO2xV2laTTOa5VLynAp47/crEozvJThHT1Vhw2RzF1VpJV831iUSEVTLDG8pcaUXxDzW0ZBYUd8Qj3uqk8KEd7xnSWyIgUy
kZjnX25Sjt7okodjB03LNsm9wFQy+l4MkSWzFs8u84fBCLYp9JpKlarqMGvIHggWzfuqqwruNEVBp/uv4xvB5qHXLA7KTn3oa0NZ
ldDp7F/ASgf+tiebnKU7mOUj6LnCHB8Z6ImwMGGorjdtDVd3fSUiLYhQHLYqNzspNhOUGSjwy4jRY1raGqVXX4w0kjaTeEQuZZJG
HGYDZ4CGHZbG5JzYqclxDOj39BrN/2zL/JVTZYlPG9g1/OdU2FHxK1osUPe+JI+KIKzpr9vCyHU8dlyaTudLvYlB/c9S9vyPpMu4
NUDUGnLAnShIigbClaNxvcCgA9N+3ymnXMUHyR101NEz6VOD3EfWm1ma3qi8EgQOLH6jMEHRD1wfBn3SNJOxN6XsPSL/Q8UaHxrO
SJowiF5eZJQX4hDbnBGFDqvDAy2IQIjBREjokIT+i5xZ8WqZc2m2LKprvUm5WQHuTglgEPy1G/0FLEqyJ6v5XmYHq0bnKoO61RBV
saM8F7PA2qsVlxCZcIwzeekWi+/QYFHXynA2EzktQ1BXsiSlFzH89yjNew/PTqYGQXUaJh9hw6s3D+8BIVQHm0TjeCKl0hxFX4CR
gXeWoRZAHNtbGGmnKKI5ptRE7AZE+dmmN49hR/Gehxgzg1OWIzJ5hx/ILNXE2hjzQ0uiTlmnJBZhn+S3x7s/XZwdHO4fvzvDrGUM
eso7BVbKW4KezeRDQtoI0juxz0hNbhdKDXmNNCbDZORgA8hMrfuckNTwBi4U7gLdLPoDwQ1EbfzbagaZRpR7ym4HYYEm5C0lDwP1
4/kL664jXGGXqmFV5KnjMDEDOePBzvg/yxg4ba17vJ2HrqJC+D3CLPvctiBk3UXbwEAlfvblEhFnyr8p49qVzNpRWzbxUBK8qnCN
UOZb41X0S7bVZBZUrBAttptRSbg026LT1KqJCaYDuLy3zh/3ieRH26r/5tXOyHvCDiIsaWJ2xlIZpRgPPARy8pSXC2fRen+2a/fH
c7M/HYm/O7RRv9wcVweQ8eMsvQxn79+bBFYENfst2m+Tn4QOLe2lU2TNjvFpTS2WxeVP4ffubHMXr736bmv+ea1MtiRe3X0I7LP4
1AIBhutayzmZ/HF0twBspAWLinSMkj/Ro6Za+WixBgu2tXJ/InefxHAKRZ5yruigkgPY5T2ruO8WY76p+eyXKr++Ve/WzfzPbUhx
rysOOY9JV82hMTzndqhp/bSsDw5CFpe6PiGYbiBJi9G7BDV2Gxu9dZTD66jl6nKsFGJbCr7a8wQZ48IBwZjuVEG8wRRnhwG+xANO
UrEDP9AP+L48CleFVXYGpV5KIUl2uxddhbD6d9AZ5SXq81mf+5OwCP0P9bxG7KfqXrFwb/CVhaemxwz0DEQ9v8OEMfaOHmh6CVwE
ww1pSKR1dUgKGgFqQZIyBF9RYlXUzzQeWsM9W5YabpqJK/hQA5WlBirWmQqwbyqJ4PzOCGVF8DJha6kIZO9cBUl/6LUKvtS1dmCm
jnnZpGP+9NWX1y2vo1euEw7p2Gy2s9B2Kw2rei6L4gJxLqELWC+K0kKox9QA6S3lfNQKkaJ5TkRAUtWigSvmni+wfhfFbUoXKvV/
3GbahMlY0wNp2cqt7ykr7YL8QETtF14qu/BTp/IFJyP2t2Vn4nnNoV9VMBH9TsfJheC6LJ3rbznuTRtBvOg0BAh7ixQohmMM9bo2
iHzTbSF4lItwHLmWot7XFyNf+bZKbdRHifHiiY6wG+KMJayQbRtxQc18Kj+uONhBt5QmiHIlzKTLElUniZFzgh4xNe+C9ML2j3Fl
8JKzy4sLiCQN74LP5IL78T7B/5o8EzDZzwbybsIorWVY6rH4oyWT0fwHxFVEvwdoleai/oe4NoZ6Kl9mq3jFKiXojdILIR7F33EG
l5L0OTH3i9J8mMEVvYkXi0jzeuY4BvwW9v0aC5MAPxnlZQYdiuuVCU9QqQWjjkUcpdKaeqv5nAd5czQSyhPyIrn/yhrh+510TUFa
dgkSn+w3x60iN5UeqmZRtRgm5QbpBiVS/QlpkR30vjL8AeA7RFn6PnjBm92ji/2Lw52jnR/3Ty9GZ8cnJ/t73ubdPzafvdrcfLrZ
90JPlLsRxaKFDosWyIuGmcFKTU0huyWwp0+6LMbpnPzaMJf8++ebg8Fgs5q4v8yLiDI9CqCb4p8Ny7/kPw7XkVdwgJzhKnhA5Mfn
Jq2TubV+p9R1m/9/rro/b646zskymx3bHXXblQZmNAF0IrTiI4EgghYNh0QkZFwVfbwQ5hL5AL14FcaaInrMIplfxSYxfzF3HHeq
u95v5+1icwpJFw9xCDHlwCa3DsojSyJh52SybnWvU4/b7pTASrKfEgwKb3QzXcstyMI9iMV+ajCa61AEWKXqzdPJt9ommjVao9u3
yCXgCCzJvhBBo3OTo5az44qyZC4MwcwTuXOntSSzaHY5kLuFu60lrUQAhUfnnI/rQ4+YYVs654dup2uxgvsq5VyahS7R/jZ7YIby
E+ypimjKnDSs74sRDkFvZM6yDxwK4Zu3vrKcZhCWV/ylZCCkSv+huy6pTssttx6QVKuK2ntlUJZuexF/i+Ash6/5Fzmwyvz00fVZ
qXlzwgTM1Vdw7Ci7CwmNsCA7p8hOk3VkSxlH8qZ7Z9qGjE56D3fWN/hCPrMfSicSrO7otJRYtB3UQQcVzm/mutHFQeM3cM8wRc5f
KO8SW9XJpxBECoPBIblJ5KKPc5XUT4bVkgAhOSzKLbTN+AHFQFOsiu498qAXKf1CSvDDuYrKtFLOtH41Zu7z/RVqU//MYFjpyQmi
5f9Exbq+nLIC62qMt4/rp/4YFRtihqyPEEXCq+Wg8MRQzQAH5nuf4A+t3Ac+r5bxQK5xPc5NCJyyiPYKS5pyqgMXHpDJF+ArTLFw
KplkmC9vELEHWndcSpWQi3CL5M+t2lp72K3o2FSPt6SmawrX1bLllYi9BjaMDyUtK50E++gkKKZUugkytmXuhRAupXay5uKq+bE0
Rd7yv+F2w2WrJpBmk/gsvQax3/AdENohvuUoy6DZADUx8gUXMZxEeXydPKEIefFmMJ/gSDn7hubeFmGMp+gagzk+WZGI5IYrInLF
Mxr0Mab1IhWviKopME903zs4WX3L4U0UDYPNd6gqyQidffs4GjWBBYCMSt40C0wUJvMf9JXr6+s4i27R/p8tqY6QcuwSwQLlrHm4
Pqmu8IsL/gLHWkkkCFMeXEUhJgPKB97u1953lCp64J1gMIvw63olvA5mWC0leLM6igp+NBjnQm9Hbj95FM6F4zH+/krkKKNAaHjO
ZZRgv9jL7DBNUqbIeSEyit1EapkBfFLkdCrIdz3Bl7cxBgl9pTSsrJP6WdRY/orvuFAA4daD3CkmzdP9ysQEQil5TaWeWEmFOyRq
T6BxYcxJm0gFnItMCTC1o+gWvYflSZziRxtUMaq3bZ7FjElLUdNPAZImwx/hH9kRF52qpSbXyCtM+Q3cYUxPiKDIECjyC0rYXx0d
7CqnLXwgARZgU8baBVcUtT4jALi+vRCZDAfXKZa4muUABpYkGjxpBP0dGlj4lbzwvjPSjjhaY/YLav30O2hcqy86mhNQR5hfPadH
tYRryXKO4mCohddPQxEshWW4hmK50IwKZIHQjPGIS0q5hjnQltdT70CU9sEMjqizFO/7lcg2+hKBmkymwNySnglvBD3Fy0NjOFOc
4cKxUCA6Egvyt+ojWMIdkXqJD2wzcpF7xN4ri4Fg05VxCst7e5QkMavlnCCSZemMXZ1XNUJU1498A3jwubByvY2S62JKT2tZRe0u
LyP4LpAxzNQJWcZzPUssjiff4XAfWorTwOwsadNgPc+eDs6y+xMsfxYA5jmiIx4V9+hzgyWhKLlnU2Y0zr6RGClsq5PpkH98mUR3
CzhpQHoaWHKZLSpo5bfYJJE/E+68pEMUpQ7Q2RCFmzP6Ca+3hh5gJFlADG76foJh+GJYTIqHHb3A2oKvkZnGa2gYIQ5Hr88uqkhN
dMJp/2rl6UWCJryyotPgKangSA3juBa0CphMMb1X12Jd+LcGqHNjrBgMI+gwRb9XDVcGubSV3ZpGQAsA5OP2Af+GTgqkF9ny3VZk
WZk2QwNNcc/8h7D+oCVL2vLwUKkqafA2BYx2kmYFhgbP0yISAfrIN4g/o9yJaQydGwbX5K07+5DKqK7ToDqkrsMQ910vbLpSCYis
n+rFV+eYtVTgNGfVVRyLG1qqqPLZNo9orc+KPTYXaMWu31EqTAwLs9R814dsqqytqomwN32ZbRkXRaQuAJIHNy5jgRhRsKTtFAzU
s5BLzN+JaIe4ypLsp8uM/LWB2BKLlHubG0+/+w5ZecxGRTwDssMIncRjucGObvJBjgOoUo9NN9laRsxA/9Z7rURBnu4LLx+MFrO4
CB4PHlsglFoJ8oTH9m1b/9WSxFQUHNMFkFGzjbDVKZA+ETmP50A5AXXoj156z9pmZsxuPIXjH8uJScgcQ9ePNx9j52Po8vE/H1s6
dciFjyp0EvutkMojSkrUhU5SETuYAcBS27LsuUYNm1gt1y5B8SKLruI7LxxcDsaDyZOEXf0TruC+iVIYLKcdWE+om04gm3cmPgAH
+YwrUSGHMYnujq+Cx09sEMrtnnMy/UfyAg1Gy0ueUrDZ5756He+GdxnLi6H64EHQALXdhWXCHirAqj+Cc+18jUpAxR4+B1Blxj0T
TLHXh4PpX/8KAPP8BUCKm36jCTKmckZAS4cIdnmUcDoG1CCgivl+GwUHFAQofIlyMv8HqxZ48yUQU2xGCQvh8W08m8DfEy/4m/eD
d+596DldxMRxUnxsJR+pdPCK7kWBDxy8xVlsVdYyg+96TYKBFTevep0rUEL/HFWwJKdj3Jw02aCdEmNyo56NUaB9hINZyYuzk9yT
MRFBiXSAj//2uO89/gH/dY7/+vAYXY1eCh3Y+jOk80mTIhSqGHVGOGI4poIx4rSGzK2vJLduW4QA1JULpJQW5yKcxWGOnlh5ESfk
u3PBWA3VnnfFxTRdcKFrzoSDroGCJ2gBGtimU/wEzruSiLkFSGhGqKNHoMNEtZXJ+vaiLorHJZSspTojL/3q6qwFZx8Z6Jgbdoc4
yygl9JkEI18CXoJFbm0Onn63OfjHYPPJ02+5ADedrWgmDtg6fQfixeMy1y5PsWnFAbxfY6EKMKrLC6WQoFaCreQyypk4wLWiZxeg
KcERu3L68sWLi1JReZFHgCWjO7g3M/LRQwiuQBGXEV9cqClHQjxlsRaEyTIlonjlBHhCf6/V8N0hXrD3NCH4Sqv0WIX5ytlJ79xF
5Su1Ht9y2EE5juQh4I9AdCIedYeC2paLKrpr7btfX2vfM5ZhC2xTwC1Oxu8pMfsz5j9UMCDhmnQdacb4xtfHs02LN1LzX5C3i18o
YrfeHKWk1H7XyAkXh+qpK9e2kwoiNHGyHe/aby+rNWon0+R9q1k4NOfax5hxj+VPRWyULvl2CpdTJPSu5sbicmiUBNpQno6m4SI6
yVKY0HwoaoqE3jScXW3IKFrqsCeMqWKoBX/Rr0m3A2+fbLdyxvpYNN+clLXoy8T2fXLSFfXaWgpQYFAu+6UhGhGT1h3zOyEWOltd
VAi7uI4+KHBQ+KgnUXFBLAICHFUQr70Qfvw4nZIzCN2BKFrvtbtKvVRQbreuDNuTdKbX5mu+x6GcL+WCOtp21cVK2KxsKQ9b2dhH
ziHRDz7NClqzoaCLXPtQOS/rNqzrtadWNIlzNLBeiJW5iu7Jf46TCIRR/jCLlN38ICGfcvzzeFnw3516UZnt4e93eyf4n7Pdk27f
hmr4ndksvcU/XlGM9wNdZ6zuLBqON2oHKv8RF0dkuDK7y2cSB3KIOYEAfwaaG1lfj5BrSSRP+nuNfFHeZ6k54BycLJVxeqsYvWmP
8fqFs4PrBDDxbginzvGR7oAmdtZntSHHTOjpmRj1HaXFazx9L6AtO43GaTZR2ZpInpY/+qztv0SH3ythH+1VLGc8zGtY1v2/l0DL
AIlPqOODCSZHyL1yPJ5e/L+E14eimo74SUUAL2Tb/nNu+7JZHWkuSPdrunMdB9m5KrWF7rY9pfPdtpYFalMMckHMwanapcGJMAdQ
tcMFdfljVGBpqKCHf8n3ga+dgu1aCAoONxk6WWg+i/SfobfA3igzMKaLcrhacd3ysU60mqImW5Yz5vDdsWtFOiw1LCnGvl5Qb9VF
jeNyVTCQc11tE6XAVR6nOgQ+bVuAKwET9ltxpYVH5ZSx775k+ZEgmIDqa0iKNKEOla3COdbbFdxhJFfZZ0unVhRY8RK1WCsOJJ+a
D+HuLCkrKjqOAE4gWQSYSEBMG3GSR0keo4uL0DEEP3LStYMT1YW3of7coTZFeBMZ4VxSM4PhRRgUxQVlDKMGOd+hvwNbQao4W8AW
fqIGC3TlB2cKovrELZIjL9cW8lI1IcWmm5u5avZ2ExzEa+B2Z/dEj2GG/gPc2+yMonQ9QBgOYqS3xni9csCn/Of3+OezHlcJbUEH
SphRQP8Dm0rJ4y0m5kI/VxyO2vfgnrHDgZqXakm0z+f7wadBCdJ5y+Nu0IutGym4OJ9TVvG6gaIFEhDfmR8LUNq0aAJiHcs6JFGb
nz2HZZZhejIcPEn5ApTFcZARnLBYyseCEqn9whlgQP30DK2AUndX5NEXqnOXRBo3yZ7GjY0oxX05PTGnnhdh6AYacuIFXXfctIHr
DMVXb+DmR5k8vHjRQOfrVt7KFd1RahK4oPpPnM9vfWPp7txRt2V+frwLCw2R33W6B05GViJxI1Qa9QIXwpXsieUV1lgfT9m5arWF
HpS7lD9pnOfTeI4WEIu/1snx6Mx7IjvKnzyPJy+fPF9F2eXLATCmIqJA1jGkW5F7b8aJVngRBnrMcj2liQPIiHPh4bWKZkCa9fE+
+qPlGIuu+0P2FudT8Yf+YDDwxS+sj+gPk09eICdPUA4s9ZNpkuP/Xy2TMbnBwd+4yqHno8coT9ckTMVU+Kf3Buxdo4KD5XTnglx7
6c0ZmZJIpRImBRcpRvc1ykElStc58t+9SfJ9sY0ErpjVnBLcSTMP7Kn6cZlO7tUPHrbFALAIC7Ra+tpZcU4qLWU64hN6imNtu+ph
bltqsMrCCAM42sEb3lPAdsekcMOh+zTlGk4RkpwOEN60yy1SLNJ0oPHRfbkXHRgtgsWmoIlqppk6O8Brx3eOIEjaFhEqVAlws2+E
9BExUkOqwS26RiO0S4+Lo5BJxFLiunS2MrMQ+cLTw6RoHUNlAckkMrSaP9TRUE9dj0Sga6pdZg4u+HZjYLrhPVsp1Umk70jpzAa0
8ftv6X1brVQqB9+W9VORdx10A18iTUKLZHQi2AdswxrXgFwfHzCrXocyHQ6eA+Z0sX96enyKRMs6wTIBMZ+ZKPQj8ir79bHrhF9z
PjZ4AHLaQL3tm90jb/XUm6RjAvAy87YoC5GffxgcLARF3JZEiDTD+liKaHqU++A2zqOeM95G4lOyFwh86kySpd12mKT7TjOOI7VF
UGYb4VS8+EakfqEGveaaQboPHEfFy2BnmAFyCJUtElikyUNOdvPIVgbqY2vkDjl0iD7WjK6JdRvpuB74rA7XGf9MViiriwLyRnCb
40XpczN83EPnGg2rxIvtNfWIkrJuaTMXO3/imqx7kqstmuRqq2mSq62O7sXrSAoqVKXMMklFwaUEIS9jzElBqmBFbr/4gsJpKK5A
JJO/jFjWYiudGCReoFAyeSETGrcmv0MUKT5GQwyHCXyJSrziSutlYHQjfWxJn64Dq4Eeaol2MATJwT3KrUAGUlvRVm+o+uRHe8RS
n3KuA+8ja61Q8USf1arG7JahRAcTb+vTQIRUxHoYCDl7y9AkkfjeP8NYlvKEFK9ZDV6qjshJnwZ+GSmyuLl+gqm2oLMnHDXypBY8
0vdE66+3nv0TV50zkzGwJcPgebyo8beUOpmnh+D18b1fbs97f/jexy167/ff+8a2wKutT/hBdYVVdmBy7osMLQaPW2sk+rlQ/XBk
Lj201hCiCxKs9pH+JBFQsudq41FAf4lIf7GIwowL+nCxJHEDQ2+eEvnDqkHZUORhlbWp9BTcYkB5LFSwQJprSylexv+Q/VqmGPKe
eRzsRpn2vO8qdSA6RJcexrNZLIrKBnoQkN1jAleHhMuQ1AFnW0NRuXHJotnTY7cRLjOsUI88shCXbvOzGPK1qXbnCN3Mlw1P4121
BBgCUKAnY1o5a7aBS2iibhYcH69CO43zMsPdLboYX11CTkkVLxivt2wOIpk7VUCBlHw4KZuer34rlcaJ1H98Re8amrGjBCUMRPRe
HWjH5stD9VhUjKZws2Ox/Rrg/za811lWvtLq9mBpLrxVFAnqbQ7o/55scvp6DoepDoZRoFERlTdeRImiWkMMOKhtIdudJ/WsTlW2
LKspscjWLxRY5o4DJ4rapb3SvY1d7/Ck1VK+sDorsw7IJpByTLztGsBkTq3wHTNMtDnffNMSHEYWLt7Hlx0ENxLZeSvLUplfYDd3
VRplttNb3QUseRiE4/SjikkzKv2Z6h7Tn6p3RcA5u4Tkwp9hImpm0d9rc2nMuvxBXJrGe5VzGdYYqE+YFF1nmQCZpvOYsoPc9wYc
TCpQbiGSNSBbKxHusMYOMR/DhYTqGryehcGB/nYk/nYwOaxYbWJyiKHRZ/ZQZuY2zE1G5pE2v0ZVseFqBGSj6mE0bIltr6uGzyoN
xKdYJUTRNCAiQPSEZ+4qDskfNRAVjITJcSh8xGbkr40B/uiCH5shS9b62TTgccLhrXd905u5r3n3doqfm3cInvuNELecsQ8sTjy+
p/0k55pye78cRu+GohGZt+F+ca56y6PoDtDLgt/jzgOWm1OcXdbrZPOYd/HcETnXYaeB2Q2bkq6X+nVh2VM+CrDYB0CMg3Ghv7px
QvjXdh3B15zVsTH/WWutfMI/UFWPRa0Bl3CwJp10kQcJunhUX4AoKI90Zs1emM6LjTEI9MX51odtt6s+N3n6weHfHV9R3k6LbZg/
rOVzs/G72E07v1sJv9hld2LzSysDW0LvpK8cGO4Mx30Ly8sZK04luysDTPQESJw/FrGPKHIrQ8L5KylWc2u/Xtk2yTGlwkaZOCN/
Avh6vkzi4n4gdARfP9t6qmcM0YNf6IjIX72kArmkvNXRZBUjzgXBWVC48MgyocTEiLGwgmKY18vdlvi/sm8iuc5LXTPnsIZgPNGL
0tr+XzOQ5L8iGqN2EMc0N722NHvooa8yyhQz1LSx9gbjcVdRTpl+6Ss6sr70qE7UStH1/xaDpSeRudZdus1vI5A6QeJkMsshTFZ3
WJ0F1gHmwURJ4nTa3GYi1XNZADt73PHsuxyvzJ3UtD3K974Ds16v0tbJjFhBt84IWCu2ZRHlj0G413BqiUKmmx9+F6xsomOaQt3b
xsCN/KGyFvKsh42YtvaRMDEKrq3XAcs3IWIOW/m/3X1rc9tGlvb3/AqEu7UGayjG8q0y5DguWZJt7ei2ouzsluOyIRKUMKYIDkBJ
VmX83/c853Q3uoEGCMpysu87UxWLQKOvp8/9Qv+9oxGGmUYD3WtPpq3dRrHoAg+E3mwGVSFF4NclVz6XqRmspKJgpQo6pwe55Nty
icoP/rKz5cCH1Y7wjVL64kpFdNCDzCt/1/bbeCNXp6i8JyF+lXGKjkcVGZpYFbxYGItmBCuZcUTJYiXYsqFgFk+XXPdRiW2uwlhp
kOXQ6atzoirdVuRELlY9DawGKHikzGp4m9eZk3Hg3qIIRRnFy/tAgiyxSxAVHXw10uVPiiO0UOCwOQBuFSppUsgXkWw13s2Ouvve
fBjLCuyKY281yq5GT+1xXjRb+tztxat985IYyVTaQo9ds2k2JbmnTfObeDzbZNt4E8vt+Jt2ylM15fdGmYl18uqSVLv7E0QnQjZa
prF9YovrPggeEvrIOZayF2zq/FdVBb1i4J8Hrpu1TKLoj92sdYe0/w+hi5nrX5vd4T2rCKoSv1WBQf5cR+TXMst8dis5bUnKUNRf
lfQFzddPplOJvxwoccWEYSJiqNhVW/aJbPdefXEUGv6P/zC77OXXC3LRMXKwCDUeQ0BYdLXJjlwyyDpGgVGNH79fLqr1FX5lT1st
9UUBFUj0bACmna2gLVu3Pp+liAaJmTXYMfmyIpt5cZYh91JUPnIuDr1b694ISLSDCX8U9XqcnF/Cq5Hy/N2u5C09gfcKSO+4TA+X
5QtDDX4KKkG4lWfCM/pV+ZxVVkX9Ic2xePHr7Jl1MUGswR9q2cJNpcq9wP4t0kSpgNFSooSK0KBecJCMszRPp8uddIxytctcJUKk
2/SrJ7cLbAXRGIeLW7bCWmDPLcfUJqFV8eMPtBDYE3EzZnOy/nvS8hdxPJnJWy1DdL+PTr5IYFOKrG4de68Z6Yw70PxMDLdIOz9E
U7tEFY5ZI1tEuRcr+RFnVEynDjsLC1emxCOWmzzTKG+qk3ldpWmkk8HjmoUMG3PbccwL+mkDCDqfxpeulV1DZev58g37pDIqScId
Y3l182wUW9VuoyoSMiy8nH2Kd40G2ZrfSuLmn0Y+lOPAHlSAN2k26VaZE87+6KoRTULIDo1Rm22HW5lE6e3vhYqdb0gHplIKm2sU
IbA+nrRIDmZZ25HWqg3w6M5NZkzahWvbjbWqz7hTAjGVzsafdt5M4i8qCb0vR1f7HebUDutkELISq3VmSN36cUFd+MIOfpQsqPDt
B9PDTv7XOsOe+vVL8Ozp08dP21+oYkg7TU0iaY3FsX4Tih7utlOeY006GZlMt/AhaIw6WK2otq/XNjMa96es1qW2WqT40HVTJWOG
/U2LJBrmY5U1gz6/ey6NIiswJ89w+mqXUUPLvdW5tM2qoecA0HluUprUmAMYI7JsX0l4UrErYw+5SB79cQcJc0sS73O5gUi8Zcu1
WXDL0yvi3eALiUIBodZrJijAiyAvlbcoWZbwtsOKcY9SQs/D2DGbU73G+iPLPng3r891tD2R4cFld6wgX1396IHeIG2cDaWYATdi
Hk7P/P1DVCHnAgNShuQBYYLEOD6ZDYxytiMi0L5UhKBXymITRGesQMJcnutJNTqHloQYpypFx64J1l23OqJjs1zFJu/IxVcPFRow
m9NzqzFw++Kim0vf80qDnePiIus7TT2Y9N7V6jZ8FVHUxrllMF3wb2Ul5bHlkjuSsEpLvlaJp/Z21Lr70WhGrTnW/6v2VHuN92RL
uCuNul+s7CA9EdHXwXj8hTroH1lpdi8a7KIagpW2cDWa66k8EHhozayCkrRSu4STquKB1ltwORFtxBwEo1pthJQ6YMJj9A4SjGhZ
HINwPPlyOesKSx4v46ziRxpr7cWGQQrsu1ISQJZpGoS1Wg3fPMu2OltnWcWIJTMptlQoxN1RVfdb2IL1L+t9O0CscV+/leHxanrq
rmYLdN1S/1u2mq+EivbG81aG8z/I630dctSkKx1V6mk1lQvTrZA7p6IltR2kVUkt2/+ZQ0OiwgcuTOcbs2T+2RTwUn5UOuCkx/pL
NudTg3bOziOZXnifBUHW8mmuNYh8b89lx9Oo6m7sN95643jZK5nk9guV1FEdR0c9c6N7dXLypjRKDdgqXrv4PBtl35ctoCY4anVk
VLmDPWNXXOX47e2n6hnozMXjGe7tRh+U12NZtWEwO4hpf8a++dqvuUDvQ89QRovXLMO0qOlS2EToros8VipZqGPBkkyIKhgAkxdB
whn6bCDLwZ/4KjPZ4+W4K+w+cTkIjLASbAZKKdELHgVaKTEMthSaClhT0Aseyx8vbxcR0hs/CVhxMDT1ozZVjalHUuJpHVvJn4Nz
qmStTrC7H3vJj67BRInYpdG6q1CBsxcACvZs8K0LzNkrBhKFWPM8HSd0EpPq4jPf3XSGAtjVDqVx9reMps5pAS8RXlehQwleyBPi
PIOBJ4uO7beEz3muzuf8pOnz74FhDzXvt+0ayfxY0FI2uPjPeuH/VIv5jNGkYJpBafpdHe41KosPZR+VzNFodB3d5aatvqQr7+98
q6HnraJb4t10Ngljw9fayUf6b0E79OSxUVkSDvKPa3QrZh8X8LYxj/1fFQLNB8Xd5zJd/rh4W7OTrqxT6iKaVqSh7nclLbtcpPTd
gVAQRHwf7m0TY5rk+VUcbD55AFPDNWGxNLvtDqQ86sa733Ct3x30AvlXlUvdmkQLOI/ijT2Gr9G7WTTv07goihwPiBaYStmPg6Mp
7cKzYBRdw7vnr8FxxCVxCum1L1Va+8fpTZyNLuLZrK96WsW6vrv8Q2jI9WVBRPSWqT3T5RlblcjW05gn47zFNHxTmSfj2rm4RyLo
mGd4fdm+4rUz0etZgfobB8P56wEr06A518mFeoNh7aDBHNxNv5sw9wrsPb8T9sb/5sTiTgocQrMHDqxNfT4vI3z5oA5vq09GnD7F
fHhcfGi9qf/8IBrbKMca13rTsL6iaGQZZanlWg3qzo5QAY79SJddOEAGtU3iHxGOJb6okQRFv9vfOhwWdSHYMzSLhYl52K+bJDpX
B+GQkWtozJ1RmZy8nS+j8/OCkkjyOqFZRB3nn5lgsYMfAZclAXB/0lwNqWQAAr2HNVtIF5gR9rzbRo3x/ZmM68tmLsMGaG7rh2dq
yXjXs+mXquS9bPYRggfU5ura9kK1Cdsrak0i+mIhL57gJ/A//f0MJJlJAP34q/SaLaXd5kOml6jyQD82a9gLQSwCuTiJ70lQnfrn
g+D3bSkKRsP3NPU0f2wUBOxrgKLlhDfh95rBgtYPRiThETkd/f1tPlA/DqJ5dB5nD/IyfVVFzl/JwKhYrHrrDoPxLIEKW/rZ2Rsd
PMjtb45YUxbN9LcbR/MZTRgqC9BPU7HXyVXKvnlcV5lVR/YqDZneMOutPNqQhSCXgrUJffGsukGciT3aPE4APiYHVWiFOXKMabc2
pa9aVB6uDFb7HN+Cdv3OKkq1GE5jKDO2/rRm3LErWjndqU33dFjZDO9D/w5VxmvAFNO1MUXZP+czOAfsC+fNfv+50D7fqdJMIRES
DjayNPiHrWs6RYCZUo9r3ITLbsM9kZY6g3k9g7IiTbN7cxzzLpZ+B6l+tRt040a7LpNfLJfJz13rIGwBjnM86xvf6dZYReu9k3Wu
1ja0qVrF/W889aKA+1/+cr9HU0JQckSCpAp4US/Vycnt43Lw3+H4CCUBjWrkwniyF5hUIme3YvpBwbBxliyIaZmkQfjv075g1I34
n8EDhVbhNCF/HsecCapp0DCik8qXXE6Y+ryKu9rboiAet/Gy3+hA74KWvW1da980pNHB0i/Am/tdQdl360qq1YNQ9YkfAFe4HRQ+
guWUxfLX1x+INIMkO7rSgQoL2xjbmSm5hHUuqbVRLXOS5NnVgv3K/5GeBSEbZzjl72NUHsiDBUglcnuzJaePcbb/LXgapAhtCcf5
OECivSxQMBwUODx42t9kYEmg0U2WbIS6Or9ADN0GsvXQTm6Ntvf2uC/umc1ogyBSAjay3Scxq3I574GyKz3IdYvcGI9ylE4TVW4Q
HrKlqmD4e8G7JFteRbOeDGIr4XuSuPL3nYsxipYdXz95/4H/fUbEjbbod8Px03Vkdbvcf/3rKEvOk/nXXvBaUpLlPMbOPBeETl/h
76spxxKboUWnDvsUn5UukvJV9vw/o+toxDdqpDPlZuCWir3FGGdXiQr+uxxwwXMnOSw/AM2BHI6Kv3Lg9PQmmWD6XJTXsCHX1hFK
DByLJBgnVFvjzp2/L02fWSTuE8gzCpQSfaLCUbCEq/lidgVpBPqXLh/6ofJG46jbZXo1vqCDVHMZmGgnmh8ctXKV+1EdPybB1fS4
Dh4ndpxojglfEcD+wNwbCrILO/pOTfoHwXtuKaTxLMqLbK4/uOgRufmtMyc42/94fLL7au+/Px6d7L3eO6Stnk3iaf+iOwhYEIDA
RSQdpRlIIPiVDu7vyDwBeQCbCmmATSzZ1gTZq5Oc+aDgSZXNo0ucc2WJQAZXvZLMNlzZlod6Hjxe3dI3mefBk6HD+ZcPPdRmFtq0
uVxHItZTuvW0DceyvQ9xXWRM2oid9JLYxC2i68hrjrJak+BR05r1WPIhTenRsM4zGUDCuMlwqPrjQ+bimVGVWbENVb5mftNe5CsU
QGOd4eLiNqc5zgCwvVIgKVeqZk9Kon0Onh2YjIWSCdGoHQ+2tn9wSN082P0iuXBV6ljgMpBXJ+8hIQbWDuA3+qOu4tmUrtOMsxAv
pa4oPH2WKd081VOaORFAcXQJ589SdCvnKi7fbtBbqO/qaoaxNqye4/6Fdj0j3J3lISMhc2MbtZFN/ZU1lA1tV2ktEUAd7C3jyzw0
01qlprS9ZQCAaWMWcs2DzO24vZdpOkMUdghPREWQVA2BJvuWPfKYlY68sfBfVpPncnemZ1vPVRdhPbbrqBqdwPGMLlc47raLUGo0
5JqiHnKHxjJnUKBPEk/6iakMcQeokTr+zFGxy7wAyoFDjSRRAkF55JQwNfgGLqNTToV7uL8VJBOgFZT34uui+KEuiEWvSG4U7LzZ
PiYyyP8GnBWir9JFcwUQ5+pk8SJKpJZDlM0SFbubS2wvd8DkkAbnALkzJFjiLHzpNc0Gy0pN6ES8hFInd3mt/g/esGGhfrJ5F5FJ
f4QIP+SWZWfnuUtUVT6R8xjOzWZjmB7zIpnyOzoO6ggrA83mhEjssMc49IxLSxgK/CBXZW2xBvpnmVzGzsTN4XIIop44X92Qdvwf
6RXwHCtrPhEh/BRcRrcIwlAt88Apnltm8hrrF454ShOFbmQePeGAAg6SxZHoGpOyYsLxjehIh49dJnkufu8G+6hXa2AamdFaeOas
NZ45a1uNUG3AZTRWQUzAGmdlrDFsnFbkICHeW+qvLgGGP9lzvdypNpsRkj1BkdwkScN7OKhiDfTjw0CH8FRIcp2e32xQC4HNOQ+u
XbYIz1ZtkGoX1bkQaMBCOtS8BVhZ7jFFDdIlEILEcP0DsUzFXVdZlzceBZucbRndMxPCInWueTJJHk44yzeWwaGSHlvhUJEafOwb
MHkuSCNFBjySLIVXw2ZnKfPvotaMJ77xCqNnsE8oFoRMhtn4R5qAqb/kpP00xjiaP1iSGLvEBQOyUAOp1XcGjIaZ+fcNtJMTRO2M
RUTECoLIWggtAchzf2freCgZGDZYvEg1JbOiLCXhj3hvehI0EUi+AJ0xfPJzMFkCzwn70TlstPfacR+Jr4uodRd0Ce1ZWGG9dsfr
XVIGXIncjDxkuNPK+GMKXq+eHj21Gt1hltp/zFwfYBDdHzsuW/33ufKoSpuD5AuVxomvbbfdsrHiX6McQhkBAkcIv4lykb8EMpR/
ZyG8SRhx0Sryt7rT6RXcT/vpSwdOxkcf2o6a0bY/QlX6NuG+q5jRgpQLQSt6G6I3Pa2iv6E32l41K8Jz6gtDT5LplLAYkFzIEaPC
MxIMcNwdo0DMSmpLlPQYwhAx9+lBopzC0zF5KVQN3Y8Scwke+zqKoSJw6yIzCJbwDRB2QENy1kzZwxAKpNZoNYPkDNaRq0UBtsG0
+/oyNfv03QLP57RgSVSwc4ltVxSBDqh2JRsl5FZKVfGTSou6sYBOLIdObANO5v/2aPOZbR6FvoLIAS8J8gPS7MjU6ylU3mdSC32o
NsbjU7C0N0SaWNbkyPvclUcsyGBQkLSw2KJllH92yPLQUrz2F7dKd/Cx6CFnRe0Eys9Z8jluZH23GNzkjJywDnTXlP0B720JVV9c
POcIoXjGxZAJ/XbGhsisqHmn6Z5FrFR/KqNSt5oJ+IXOlON+wDn6OjV3lod4XlYNEaJEVxYZwU+4lOu//+YqhLQ5xxtC4+y14p1d
QjBfGprStNNji9C6M7a2s+O5Zp2aqHPToV6aeeBfX/DCffxet4cfkf7bmwbfxX+/ArAFTHOSspY3MbDATeoIe3lPcleKjehga3tg
VPm/M1DpYBKVEpxogs5u5Vjf+fxBEvKvog3jj620IKE6mnSumM9uL5iwtvpca+ODyTz/mGtdPP9gZXxJwB8bNEO4VoYpZIqQ56kE
LEYeThI+WXoul55Wy1p2pO3sG6OAsyqw0IcjhYZtQfmckAqTFCbKISo9gobAGNGTF8xzEp6yNbTMjOKL62ddqB8cj4J06eolgZQ/
x/FiIMW/CwWM0TYWSgKWzmfxOVFYOs6YKIMwu47Iv0/YSQvf/NHxLJqfsLpEUT0peiRagHuR91frHoUiO7oArY/UOgGGLf3wzlpJ
3IT8/tWS7pT//1MaOJt/r+oDPhDmQnfor7Bj53D0qBPESVVhoIb3LPV3/w/qE9wQTA/nXRsYIDjNkijbxSdZeor3H34J+J5XVRj0
yqfE4NbiH+hGyHaKDEW9gPn3Ed91SEhd90lET4Kvfg3JVsFi6yz383LFd6VCZaumAn+V9JOxrlLPajzZ94KlI8ijI8UlrQOp9XsB
CtZhgyvzGOWB3DeRPYWvrUS4+pE11TSHQMxvPAk1FeNp4ES6Ne8j/d47k4YVFzRaD11Y0M2o1Td6vLsMx1yAjRV4I7WtnvfZXKfy
q9Xwx7wANPbztNDLGT29ATnDtbUHt6rS5/4gzzD5HuirjusBRM/k2sFkyVOMprMAOeSptl2XXUdWlexevN/80AsW7x996CntgLLw
oBDxERJBRrO98zkT2zxe20GqRG0WnAmgytraswC4Du/kP+SVA3gGTfGUtjOEQCVcq9g4oor3eXTnfBTgZMVyYsxRmvEHL2oPpM0t
dGJIhpMNgt9VcZHsHBk2bZ6fzpk2/2ufpwSlQeHkKu1Z4WzyQJCU4aSx5LQB8i1LeKGKAZduu7Th2Wdllysq7qol0xxuLpLxhetU
IhJ+xAVTLu7Mc1psbyPfSTv6zVwnHF3uyHQ69gdDdI+V58waFq6mfBHs3ah48PIu2OtvGYAu4thzjRu6k/dKNfFhFT9kfSF5J4ar
GTJbg9KV+m++74Bs1MSeW9nBO62RMALDgDkEaFRaYPmvc186kmUKAAwvqoFf9sRlhUKVJkwop/OBFa601537YFpZV4TE2SqsfU1y
c+eVuthJ39R5GrTgU9deo06qzun8itUOm8UhC8J439tx8o751JWDuqtAjblDaOuKR1Z6z/aFSl6mhDdthSM8F2D/F1+HgXGngz2P
MPNS1QzMJEErqzVv0n4tJS4jl76KDshDXuYKmRP/q/QAIPLLivgfWhVZnTB7UFuaeSKZxT35mlYYpoodNozxWtGCGs9eRNfARmU2
efhDG5/5c2DTCge+JqPCYQl6/zGdXnDe6gxWxF4wveaUnnnYmNIcDesyW5wXoNEZIMYs6AwGKG47sAvCrurbTndxPmxyLz9Mgw0r
d4rgGV3X+CZLYAa2s8ywVosuKB1pPF/ys7746Ahz0DSW0XSdExMGD1fRrEkKC102GarshRnAVdghPLBpAGuiG8yoiVlanHiuo3mS
X+i7y2lysvgsTRtc58vYulzPzMPRSZzv8M5O8Z77ZguEaxZfMmrVXFScN7zpWh/AOCwePxzg/1P634AR3Ti+4IouxvFY9Ni4jHVj
QSsrEVoVZ/TLODuP4Y8JlTXS9qCyKo2TcDwgzQFBZTeqxtPnWLzWBZb6q7GJXuDzoCojrx0N3OoC42zUqK7VV26ezMENnNXNi7zN
wVdd+US+4mhG36ecA6sGHVWgE/ZD2oZtjudwelsPVttDpdIBtATKb9162avCPDpaxONkmoyVKuKDrZEtaymGd9jC77BrheWwrRwv
RjXNi63tNWMZ3fwWwhVONPX6lJXhUm0M88lSXJQmKTKUrfCWyvuIj2gaMjIM27LZaG3KyqA26DIh2Vk7Noa2BblbTxvq+en6kDtb
f1W338/vtt/3JVhoXVzVnfg2XnbaUzYH/gF8fwseglHHn78895pl/7glX80/c+iJ1xOKfqy/zDWnfn9cZBmCOIC/bNz+MGzP4tTd
2vtnd7w6PMyn1t/I2LoV26isFBLfYfM4/WDLRDFpezK8Xrg9l5iCETbNYx1CpTq2R0ug4puw1ZhlllD5jMNOu/nsr/1HT5/0v/Rv
ORHrXDmQcv/gYNN5dygelehf4xbLQt9vrC3uim+tdGC9kvamVxK2e0GpTH1T2RmP34ptdVnpsxLVNxYfR9spRf9Mb1bpwL7l2sh1
cfNH4rKI72Bde14DmikPG6ScKUpKQSjTobAem0vN1XJrf8ml0nau+lv11buNnD27bf1XGyC4dNKuOKJYPpTddewL+rRjjh0rggEV
GbOD89qI1/fDHpoQVYcfjO10Ne3ZwSLNbfGxOTLbTLsOa9hQnEcpR1ornrVSGIdZtl/pzKiQzTrB1/uBkikrSjBNx7u1vL0rHFX/
nPmfyfxbArguk6F83NcFpVX340f3foA1Kumk1MjdP+vqqPGbPrBjwPmb6orVy9Y3TmlYvst186RnRoSsqCGckHoVQe8tVAfvvVvA
1SeoRT4VhkKYHT5dRuNPognRqmzO4sqxJ6UIWO0iV0Sz2kPZobZue0+gaz/4NYWpL527vofM59DDslamnv2wb0+hmRdz3Ywj6AuV
fx334MSHJrAMVJOzNTh8cWWxddy8vrR28/pie/jSCrRDKFN2elSymOsr/6Xs31U4Sa20oq+4vZiVCYb9UgmGVVzxl7pP9YXbW4Rf
urbTkk5U3LWjW+UwvrQKaaW2bYpfsdO1DuGwDyVZ1IGHGkBPPVlYTjvPnSD+r+X858+U02decRxl5802bqGFr74ReunCo2/HL9WI
GpN0aCkr40ttpc9hVSXGnos5QGet2mCUB/X3i/drb3H9bOeWkFgyXm/PirAX3jUmjb36fAWcZ7zpGw6VafKY0LYejlZOFp8ECcE6
5nrSKiOYRj6TGElwzsTn+RMxqp+gNI1NeEiPvSrswaD6GQR2wnejprbtExqtmQwH3JJGZ/2yzmF9k4yVbYFELTddQ6G/D0Lrm652
ixBNde3xOdyaMUS5Z+hKXrT4VoG1NKWPd2D9zsW/QGfIVSnn8+JmvTbWui57j7fLRm14EUxL28fwNxPr83ZR8WjfBFz2/VXwVbjN
9BpAjSGqsGMwYrANF+2Oz7IY/IkHmK86wGKa6x3hHkzFekvC3D3B/BtPsGlfrcU4zzmCKv+um2vHE/JGFSSUl1JaJSNjgp3nwY82
SsaXLQ5N1tPqLPKSVZfQMgIU7vFA6EqVTHmbvWAweMRYcDB4LHreG4SGie4zT5bxBpd0BOpLZ9deg5/cLZBMN5JiznkXxuakg3CS
RdPlRhIvpxsJ7eXGZJ5vTJJ8jBjiW1ocB4kZj2JFLwwJXkEvXVBWZ7CCVuZ9zhma/0pYIuyUNqfTinmr22kti/w0E+lGL+eSZbnZ
rb0xhpPouTZQZJqBw3A7XKX8vdsxC/eBlv4YkRwIbvo9dU7mftWqKuAc9hP0/rb/rkd+RU3TfcRXmiqmYdeb/q7FLVau4phctzWT
XfBxZWqlj4yVmqLnTbllHYC0PBjurxWxWXEqajYFMvaZtb07Vap7tYICWcv5xSylcbcar5DTXfke2S/XiGbSZF0Nz1Lr/roCb9xa
4I1t8c9chvh+qb89tT1XClSKhzaaAk49yMYD+YZAKUGV0aZlqonSpy9erJH3tn4p6sBel2o4Tuxa2SvozsS2bViefvgyeBFMkF+z
mrC+YXdZ9yLQU+hhVkyCAwzVnsia3j/8sDYnp3lRnYCf0zvcI9EploPM/hxgr+/D0Fsz3Y7Sa+DrvPevbcH61HtlUise+H5vjwIs
0Kc2+6wrpPNuaW3Wi6ADYxQ/XBW4XBqerXfA320Gx/64I4OT5QesikxnDQla3Q4SXWt+5ZkQOSMWLY8nw7oUsjT9x4/6p9ntMdqF
2g+ZB5JkV9IB7h/caF505be3bEQly3WxIrrL0K70uS7A40eyEvbmUnlqwRvMkgkxj8uGlLW69RF1Np2lN+2y266AH82+tDpGTqWj
9PVqEV68WgawRFK8rAlizL6wknNtAFdQBVQaMnjx4/URmTBcHnG0FTobp4tbHzpTXbh7h8Z9DBjaEkacNcoXdjYD+n4NvMFhgGss
TLOgTrIZlH/hr7zJYVacrKFwXmlfTbPxyMvCx/V64rWrtL9Wa2mtnr8/ntSJehQ7ETud1XMlvUKXrO6G5ZgGKVuVZK+VEhssf5LC
0mFj6g6goZfFTLLMclH3+nZVei0f/lgh2Py8vNF6lDvWLig+2eVdZ1lmgkG54/dx/++xndEDtspYcNmw1g8pmTdWduWU09p2SMLk
1WxZthi2PysOmbRDvBw3nZ4Tp26b4MzfOupQm60lW0hLVVtj/Nq6h1JEpKFyBP5as+6xCa2S5VbeS0zXcyy/8k6l1cFr+bPSQvLo
sIEbf1Xe36hyp/SvFz1P2uDFhg0VQ/xcneUdTkQZ9Nc7FGXgrxZl9WyxWig++ca1KqO+gkmJgl2xsl7QcAvUDxXeeoetW3/f3ncw
bd4q/FF5izkLNDnbpd42XoSo8SLQW1knv5c//ec0XKMEglbw5sjEq7SWZ1kyOYcRNI+jy7zPJQ36wS4Q62WMbPmSwZZ2KkrOL5Yq
Vnm+TDGI7jCccmUDqybt1vZ+ML6Ix5+FxmGFk+DyagkEhgenyAM2QmKkK7h4bx8dBFvHe1JSg1qpafcnRDyGGEkCk3TBhiiTBN+w
yMJGRPj+zfVhvHzJi+mPcxPeHEOVHX+Jx7D5SX2Gg3SeSvqzHJnJPsdSy4ELc8tubLBmmngFrsot6vDlRcKFdYkoX6YK77NLB6ct
ph4xlB7pbsn21W6+oV6r+fYloIeOSKpVEEjMePyhiR6XufcX+eaDnB9uQMsfLOGhKJzIJJ7FsOnWhXZj5BGPwf8NX13Nx+aONLEx
+orJJVcXdZG/QyRX/V0thtMozTwp38S8jxox3muY99+MNfNwGCEEjH5vLZJqF68YSKWlrgGER57BUEVUtRzd5sv4kp9UGx7GN/vS
FO7WkwMAOB70t+mAlnG5OaBez4A4U/w0d6Da+YEkej2UCO7d+XWSpXNY9u035Y+O8pdgTUofHI3UWfT1v9yq/PGxPjIU2tV/e/FO
baYFBwolmxViKVSxP47kMPm1s/ifVzHrgOa1MClXeks+PLma3xdQmicYvGCkeDSI0iskKJygTC0UgJVRCpjv0iERAy69W91W8bWN
DwQR2GBMcvee/FXCCWabeOKoxIdyh7EpMJXMCwJK25zdWlw4ddgvvpCm0mbozfrHnfwXGrjdv75KJkHSPI58Ju2TNuPI1akZiP9Q
1GGvGFinki+NrboqBre/1J/4psJ++AfpJJmuWLECYYyLAdUnxYD6fe0gO4STa1arO1VNdKdNe/dmnnMxLS0jxMuLtJjsIkK5m+rM
rR3THegv5RN7FXVAa+FJwKxcDv7pB9wdOpnThFDb2+X4ML2haSAw2ExGv+7La6lv5t3B0SyOF8xUXyYzItacZI8h4fQC4nNfGjgv
SwtBScVZehbNfnPZpr5cXGJLGJBUJRIS6cHenGfRnM3Zo/8Zne4esK19a3KZzBMwS8sU2WGgPVORbIMfTJga80EqgYDu+eyWMaTq
i9OkqvIDKJ9zk3A91OlVDiQaRPYwhGfTRaxyBJbwiE2TGJMQgd33HIli6k3JGP5I5lmtL8N6nwvmaCvv3CFrazByixHxSlmyRJrd
sSKKzvMKRYzH0MZLHVbUiw/NJ6Vnuoc9nbs9C03JoVEyQcmtPpftFqAdMWqAoqIn3Z2A1SWGgR5ty+n1VNFa9ZN74Orj3e86SVBp
gjEXrO5zunyWCgbdNwKk1rGErPqCU5lcFf9d6YjKXXUJNDvutkgpayBTo39bG86cnQtXPhwoKYDH/7xKspjxAapy0GQOalUfiq9e
IB9xepUH4mMSTBJ11bGSLEbgF91zYWEYv0E9d5XlnILaYzC4kCw9vIP9X6NkeTSPw2IyQ3+Zu60zwiDEFskyHbOA6tCnpFR7dOEI
mDWY8oSXEodNBh50xGnMefLqCzn/ysTVtEoqUQM8/Z0kX6QYrw3TY3PkBQHhn1VpSIBEfHGncmhhPRoGSoNnBCHSZBkhzDhFVmW6
Z/Sd27ZbcXciTMwZvMWl9Jq6MLUgpAMekOiBSqco1REIUfdraPQrcWSybl5zpVoCR6R0PyZK3Ceh4Yw4ytDm7V/HS+kSLZw3HCIf
zeQtviXJdWuxmCGhMkEWkdgIbuPuPS4nv6+iqSC/1ULMnRHtyjGIxK0xxgo8WdVP/7hDSGK8RKrn3S8Q8EPa5XaulerMmk2dootS
Q3gIXeWdL0koaMkoXhZ04zhLlxLDEUoRVL569V8eAUBD2sqaJlVChfsmZ2W9yJE9unjjIzd7xeV6NYvOjcsjPKb4TfCvapsjltDU
Y9TFSxfROYOmvD9MITy1pGRrrok25f+NNRWAKkjP/AbElulr1WxVBcJoDEVK0e1rDWFqOnwTmnLlYabrpcjznUCQQW1HkykmgMe5
gmz1X9qadBpWUUC31V3N+pWNhlG7bveRkUUWx14fWV/GW96exCo3mCpyMmwf1HkWYacUgs7SsxkX25NVy/VsWKMM1+Nd2spia5cU
JgCHpabsQXI0dl3x7Op+oSbtjaXX4CLKYefN7v7x7snH7a3tN7sf3x6Otl7twgnUIrycbI9IFPLsXV5xusdZKnmDS3QYlBKii6oN
Uk+wwxKtJip1RqyYv04KVlkYrjGNIWFmhO7a7AHKFEmQB5NuItgd1GPNGi+PSS2aNVYBIHbwJsOSTep4GfSBzSJAZhw4Cw9HG5sb
Tzc2f+5idu4WOJUxpd3jRxtPnzzpcuZ4+HBjGzPk9GRBFM7GDB7Cp9gbqA4FG9mY1FODbAlYFRfCK2GSypyLNcARmKk9H46g5u18
LOSWtHHw19PgUhz2xnTgJuJ5u/kzF+oAlHChHzkROjJAk27f9bkq/eiu0enF3l821lerYVfCBhJOB+rdmnoUlpcXg2XmvvU78xNY
MKBBdxHLzT0r9UI89dMkTTAEKL7J0i1ZPBEwvuas5NW//hVUeC5+U6saK9O70kj1hLHaLerYggahniyJQdHkVyS3+5do1gZiTwGW
kIqRZxDyino1dI1PYo4w0kYzSWJdVK180q1j9jEWe2bZk6+5EVeSgognusxQonaqLkXxKBSFHB4c0Mj9o0U8l59CHPoYsFcstm8W
S8xK8VQWXqKhanwZ6EQ2JNNMuPUwnPb42dvTVz/vzmkD4FUhnOhKqqzAI+N5naa780lYi4FrwIJXcxjfhD6t5hI6dgIOhj9uSaSd
D0Ca4X397H0ww9ssEEaDqlJGJoyUISFmaA7C3ZOTo5OPr/b2dz/u/vfe6HTU46z7R4UsP9CFAXXWZXs0hr2xkmwJu4cqjRXMebMo
uYQeVtVNelQFOPHG0vOs35wa4FtmtyuO7i7gaebjwCifiw2kYIpbB4Kc3S7j9x+4vEfNOYK3ekmtiJd0TS4OepZpoMbFQ6JpOg1V
m9Ruts9YAy7VbqHW+bdA+BXMuarMlGHe1rxHCqcZ8pReZePCEjYpEpSa+2S+UE2tNlrQrrelXK8zkjSvDtPWjqJpBHemXhmq4Cr+
91mlncwnqtYFXBHEdJhziEy+4GPEDl+dX0AJPxMRHDme2L0gvzqjCS7hYRCxQ4Gjii+yq+1tp5cv4XKTlRRayr/LNXwtsvR8z+bq
regE7dle8pDhVPG5dvn/oJyMih7EXFL/veOgWxl4b36dfo7bjg2PGNWHT9t3YrbRbAqUfnU7pL5t2qjilnAiWHDRCv3szXNm1EIW
9Wj/8O+rLL08xpc7oXQgImfXC2F33XorUEGPG3b7spEH7F0TyucvBf5ERUAtoTaIs+WtzmiX9vRh1lrBWh4rwhrWmMvIOxcrsASh
geKt/bVp6+4APHfbPP1ezJdmxgKOlct/WnVFetR/qN2RiBdSj/sIwk7GyF0wExPYFYyx8KqZ5wnJSX1VhZFEwPnHq8WEafhVzoS8
r0fbThkSl/kgON0a/f3j1vbp3tEh8Qq726BB/Oz0ZO/1axK4Xx4dnQY/q4fbJ7tbp7sfibl4e7xDfwXP1Iv9o9fUwejJ2+BRz6zJ
erF78m5ve5cG2j56e3gaPFWfnbw93N99t7v/8c3e6ze7o9NgU73YPXx7QA93dnYPg4fsp0E7r+9P7jExlr1YcIn/Mz0zv1cZGosb
D9evYX1DBS+0pdmwAmRVX5pgwB5brP/z4JqQDlIZHLSOBzC2fZVlMWI7+7A3AQK/rh7LXULPnmkts0VT61NjODTZqzbv8DG9lNU2
eGGq+6Sgs9awo5rl12MZUTtGdMrw3amEM1yqGxXSx71A59/t+KMXqE2b6Z6k6dI28FmjmJXAzqgNG9Dz/PZbpx75ncTnyBhunE0d
h1G6+lecBkZpLqJcVJH65/IlTafVzpnJDX1tJvFU7a6zY8T8Al5oDQ/932lHFPUxV/2MUfRzpF74DgXoXn/Yk6SE0Ctw0Pve9Gj+
MlrSfiScL8tnJPD0MVqmi73p65R+3un7XfZ9pFsGt4395DJBCuXO8emjNx3/wgkq5uNkEc0qKz/Wb+qWbj6lxidX830SnWY02maL
5m/pTu1NkFlMwQHCmwrtykAu7up+9tNzWioRJberp9TDI4/eqgxmfgEAiY7Q7jRLzs/jDKxrdCuGZySrJxaFn8N3JFZSaIl8SWV7
XUQ0uL68FL3rm8ORbzRVhpLDTKy6vE/prmEezPHbVZzF5TbnXBL9uoJ6epbObXBPWC2QYBtIhbER7ePPHvFL773qFMCOTRHY2jzo
NCpw1YSi8bJpMluSFs2dy8MaGKC+MDQJE9So1igr8GBUUvSFIjfHyCIwQpXm33673uw//O23om5zP/5SLVTojrulkZmkxpO//ddL
Kb49KKmKWOuQvvSBS6YwLKBtJ54m8wRbZpLx8T4+K90p1nJ3VJil5sUarkodcr+a23hdcqo5J6n+FLIi61Molz8QHNGpsK0c2+jn
WvH53nyauk6PTUlzzRcJ/iOqCf2shmBAtzj0uI+w85dzbHUrq/EkOSXIANt2nYqh3xdiimlWC1ZPU6V60N4m1fdIRgJ/5HI4rL5S
mD1TE1yjarZg6mE/ygmxIGRqdTdoixVL+0p/wJd0tsi9hlbbSBjPl3kQiOGLTU7B5sZZhIhfxNEHITj4DebgmdEfm49yOrWYCxXG
yjk2zUpJ4NXRZTKme0pqyjbH7MEjqgCNd9GqW+azaPZIoKHqS8jRzM8Jzxwnk4Z9q3aFRTNtBI2WHvZ2OtU4dhsw6pLwaTQQT7Dd
fbAMIc0vnEL2goENuaomWDQLR7YwJHX3/n1pf6eIlChouEe/bIvm34oC0IkcRzsVkmcg03sxYYMBH1rS5df/BfiP6DwQvQIA
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
