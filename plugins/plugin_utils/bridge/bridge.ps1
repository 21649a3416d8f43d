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
xsCN/KGyFvKsh42YtvaRMDEKrq3XAcs3IWIOW/m/3X1rc9tGlvb3/AqEu1UGayjG8q0y5DgpWZJtzei2omzvluOyIRKUMKYIDkBJ
VmX83/c853Q3uoEGCMpysu87UxWLQKOvp8/9Qv+9oxGGmUYD3WtPpq3dRrHoAg+E3mwGVSFF4NclVz6XqRmspKJgpQo6pwe55Nty
icoP/rKz5cCH1Y7wjVL64kpFdNCDzCt/1/bbeCNXp6i8JyF+lXGKjkcVGZpYFbxYGItmBCuZcUTJYiXYsqFgFk+XXPdRiW2uwlhp
kOXQ6atzoirdVuRELlY9DawGKHikzGp4m9eZk3Hg3qIIRRnFy/tAgiyxSxAVHXw10uVPiiO0UOCwOQBuFSppUsgXkWw13s2Ouvve
fBjLCuyKY281yq5GT+1xXjRb+tztxat985IYyVTaQo9ds2k2JbmnTfObeDzbZNt4E8vt+Jt2qlo1ZZXOwLetrKhXN6dbpeCa/lxx
nv4gnU7tlIhcx9baAq27O+dKUJGo67XSlzXusIoYVR9y2rBds+sbUzbNxZWT1Ngwi0yLwvQzZuVMfISB06ssF9zKxdv7KyGCA1YF
4bQlyzUaBGdDh6u/LDQK/lJi6gO7dENTuwaNQT3tKI600wtKENEUzbZGOW/PDWyS751JdFennfuDhX4CTy2N297cBaEaBA+J8OUc
BdwLNnXmtqppSYmezwM3QEAmUfTHAQK6Qzqkh9AizvWvze7wnpVbVV2VBYDy5zrKKi1tz2e3ko2Z5GPFt6pi1OBW9RNCMhw5PFCC
tgkgRqxbsau21B7Zjuka4BQDQVdb77JX0nSgX2lwRBz3mLDCoqtNdkH0IY1mc9aoJgLFL9HXerm/tKetlvprARVIUW4App2Vqy3m
W19CUOzOnCiun64nX1bk4S/OMuReippdzsWhd2vdGwGJdjDhj/9fTwbx6yZq9BP+bldKRZ6UEQpI77hMj3zgC6AOfgoq4eOVZ8IN
+I1QnA9ZxasiQbfEn+i8r3XRbGx7Gmqp2E0CzL3Ac0Pk4FLpraXEtxVBbb3gIBlnaZ5OlzvpGIWWl7lK4Um36Z0nKxGsXNEYh4tb
tsLOZc8tx9QmoVWr5g+0bdkTcXO9c5mJe7JPFRFomcm4LkN0v481qUi9VMoJ0DprhBYBM+5Ac+IxHHrtzCZN7RJV8miNPCflXqy0
XZwLNJ06ghhss5kS7Fni90yjvKlOzQCVYJROBo9rFjJszMrI0Vropw0g6EwwX7pWXhiVZ+rLN+yTygUmqaKMz4CbIabYqnYbVdHt
wDeB86bxrtEgW/NbSTn+08iHchzYg/L6Js0m3SpzwnlLXQW4SWXaoTFq80RxK5Piv/29UFkfGhLZqWTY5hpFSAkRT1qktbP8RJCQ
rQ3w6M5NTlfahWvbAbuqibtT6juViMlfMMFM4i+qfIIvu1z7HeakJOvkvrJSAnZmSDr8cUFd+AJmfpT8vYhKAdPD4SnXOjek+vVL
8Ozp08dP21+oYkg7wVIiCbklJGQTYjR32ynPsSYRkkymW3i/NMbLrDax2NdrmxmN+zOz6CJxLZLT6Iq/kuvF/qZF+hfzscr3Qp/f
PQtMkc+a0744fbXLBaPl3upc2uaD0XMA6Dw3yXhqDFmMEVnSr6TqqXhEYA9ZyUF/3EHC3JKSEVwoIxI/73JVIdxyrR8C/8eVXFjL
lKB0NMITVcatZFnC2w4rxj1K8UcPY8dsTvUa648sy/bd/JXX0VNGhgeX3bHC03Xdrgd6g7RbQShlOLgR83B65u8ffqBxuDSGFNB5
QJggMS57ZgOjnC3gSBFRKp/RK+VfCqIzVn1iLs/1pBrdmktCjFNPpWNXs+uuW9fTsbavYpN35OKrhwoNmM3puXVEuH1x0c2l73ml
wc5xcZH1naYeTGL6al0mvooox+TcMhjd+Ley7/PYcskdSVgl1F+rOFl7D4C6+9HoAFBzrP9XPQHsNd6TFeyuNOp+sbKD9EREXwfj
8RfqoH9kpdm92F6KOh5Wws3VaK6nMpjgoTWzCkrS5pgSTqqKB1pvwYVwtPl9EIxqtRFSpIMJj9E7SBitZSsPwvHky+WsKyx5vIyz
igd0rLUXGwYpsEWkJIAs0zQIa7UavnmWrcy2zrKKEUsGfmypUIi7o6rut7AF61/W+3bdWeO+fivD49X01F3NFui6pf637O+xEira
u320cvn4g+I11iFHTbrSUaUSXFOhO90KWZ8qWlLbtV8Vg7M999nEGhXem2E635gl88+m9JzyANShUj3WX7JxlRq0c9MfyfTC+yxl
s5Y3fq1B5Hv73Ds+clVHeb/bgTcCnf3pSW6/UOlI1XF01DM3Ll2n1W9KANaAreI2uW+reWPfly2gJqxvdUxfuYM9Y1dcFbLg7afq
0+rMxRPT4O1GH5TX1161YTA7iGl/xr752q+5tLTPXcJo8ZplmBbViAqbCN11kcdKxTZ1FGOSCVEFA2AyekggTp8NZDn4E19NMXs8
9pVgx5/LQWCElWAzUEqJXvAo0EqJYbCl0FTAmoJe8Fj+eHG7iOCd8SRgxcHQVD7bVNXRHklxsnVsJX8OzqmStTrB7n7sJT+6BhMl
YpdG665CBc5eACjYs8G3LjBnLxlIFGLN83Sc0ElMqovPfHfTGQpgVzuUxtnfMpo6pwV8RnhdhQ4l+FWeEOcZDGr8Y7THHT7nuTqf
85Omz78Hhj3UvN+2ayTzY0FL2eDiP+uF/1Mt5jNGk1J/BqXpd3W416gsPpR9VDJHo9F1dJebtvqSrry/862GnreKbol303lQjA1f
aycf6b8F7dCTx0ZlSTjIP67RrZh9XMDbxjz2f1UINB8Ud5/LdPnj4m3NTrqyTqmLaFqRhrrflbTscnndtweFV97h3jYxpkmeX8XB
5pMHMDVcExZLs9vuQAr7brz9Ddf67UEvkH9Vod+tSbSA2zPe2GP4Gr2dRfM+jYty3vGAaIGp8f44OJrSLjwLRtE1vHv+GhxHXMyp
kF77Ul+4f5zexNnoIp7N+qqnVazr28s/hIZcXxZERG+Z2jNdWLRVcXc9jXkyzltMwzeVeTKunYt7JIKOeYbXl+1rtTsTvZ4VqL9x
MJy/HrAyDZpznVyoNxjWDhrMwd30uwlzr8De8zthb/xvTizupMAhNHvgwNqk/fMywpcP6vC2+mTEDrLmw+PiQ+tN/ecH0dhGOda4
1puG9RXlTssoSy3XalB3doQKcOxHumDIAXL/bRL/CDde8aKOJJz/7f7W4bCoaMLFK7JYmJiH/bpJonN1EA4ZuYbG3BmVycmb+TI6
Py8oiaRdFJpF1HH+mQkWO/gRcFkSAPcnzdWQSgYg0HtYs4V0gRlhz7tt1Bjfn8m4vmzmMmyA5rZ+eKaWjHc9m46P5B02+whhL2pz
FapXVJuwvaLWJKIvFvLiCX4C/9Pfz0CSmQTQj79Kr9lS2m0+ZHqJ+iT0Y7OGvRDEIpCLk/ieBBVanP40jmDUJqD+fVvK2dHwPU09
zR8bBQH7Skg6XxLehN9rBgtaPxiRhEfkdPSPN/lA/TiI5tF5nD3Iy/T1ncTxvpSBUWtb9dYdBuNZAhW29LOzNzp4kNvfHLGmLJrp
bzeO5rMEfvt8ekWtaSfLLvvmcUVwVh3ZqzRkesOst/JoQxaCLCDWJvTFs+oGEVL2aPM4AfiY7GmhFaDL0dEW2UdWNknuQQMhfoiL
xuoD6SNHpNaY0ZAL7CXRTMTbDHhTCD2wjh5kbeuaOmd3U8jT1W123AihyFcZuFQkdxzNVGoofB4zp8Wuy2yIjvLPRYIwTuSnFX5i
GVhEnFP/so+oIKlLbY/H/pN4XGw9AEftrzIJxNMpF5WCu7WEpEUcCoFSuhpEyqCj8OwPTlgbf3IYx5N4ogX5OvBR0dHS6DjmxExS
qBwZ8SSCWgKLJJ0Zlg9FpT0gjm0Y0ACPH31UiHt+LolY6Lj2o3z5glq8WXBWNIFCdIPPOInM1VwGilUV9FBCDZRpeszwUZu/XC0k
D1eo9xm2ngeYyUGUfQ5rXT3gKc9ty+GrJDWFTUUcJQM091D+9JjeEfNzeUYnH1ILGK5sGO94SzBL6eUikRvJ4dR+ly3+/HolW2pb
R8a1MShi8W3IyXpCpzK6QMoYNeyKbMt1Rt1xTaZlk121Uv3jfQdn0fnAhJ2Phd7QU717RCQSZyqWK5rTrNlhUFemYLtqNClgqnos
U3uOPKOWsYOyy++yhITFZXqZjEMHKgBdbGuqwgbi5/5Of4XEf/N2cPHapdUQ9pluy2iBinHdXwOiSbvJy14iJ6bCEGcxIrhgthyU
7zuh8zen28EyQYW5MAq29w6CCd3fJV5GGV3mmLWckUmcyDVKHIKiyMw8UEhM0jUCOeSEdkFf5oHlDSQYoz5vcYEDalDGaocTR4xK
XQXadnKpk3+IzLQ9i/JcuZt0vGiy06A5A9ZKXdGJWbZUW2yd/e50ayUqQC87/JiNLu5KGJqHS/gAvpnTuWR5NMOjkJ7g+Nr6Bnqg
UJcJV06nS89y1Uxq6tsXuDRfy9mlWGIZ8TSVNbFRwKqED5/jWyzrdzaWKtrOqcCFtlt/WrxTx64K63Sn2D9PhxW2zPvQz6tVxmuQ
WaZryyxlT+HPuPXYF6498/5zYQe/U7XG4moJuye3ymH5lKFeS0kQO2wOnO5XnetevapkRakTlxFzHM2w9DvYF1YHZDVutBu88cUK
3vjctQ7CViVznRQte0i42VpxUlViUd+eK8Rx0Ccn5KR//sZT7+/H8/PlBT34y1/u92hKvK4ckYhLBbyol+rk5Pa9Tz58l+MjWgaB
TvOsLLH1ApOO7+xWnFBQdHecJYslCF0Q/ue0L7LdRvyv4IES8OC+6TDtTYOGhRxB6H9CTIZmrgsx9jZe9htD+VzQsreta+2bhjQ6
WPrFkdXOd4WOYbeuLHE9CH39oR0AfgNNkP8SbYBywLHaDlRqhY2xnd09mMTjJJfyNKg4P0ny7GrBEW7/TM+CkN1EuGzGY1TvyoMF
pC7Ux2Gfkj7G2f6P4KlIfeE4HwdIVp0ZVqfA4cHT/iYDC8QA+O7CHebq/AIS5wYyXtJObo229/a4L+6ZHXoGQaRU/agYlQi7xbnD
lIfLg1y3yI1Um6P8sBiVg/CQfWYK1WMveJtky6to1pNBbHeAniR//33nYozCv8fXT95/4H+fEXGjLfrd6B7pOrLhX+6//nWUJefJ
/GsveCVpfXMeY2eeC0Knr/D31ZTz8ZihxboPTxk+K11o8Kvs+d+j62jEN2qkJZsM4nextxjj7CpRCTQuB9BmugUW+AFoDiwCl2cs
wE/56U0ywfShNSgUItfWEVopETBOqLbGnTt/X5o+K2u4TyDPKFDm/IkKjMUSruaL2RX0orAEdfnQDxUnzJlrlukVMcO5nsvAxF3T
/CBs5yp/ujp+TIIrUnMtaU6OPtG6G3xFAPsDS/ALBM6LYUdN+gfBe2450TFYX1MR4QcXPaK+lXXmBGf7H49Pdl/u/ffHo5O9V3uH
tNWzSTztX3QHAaskofolko7yZpu94B0d3D+QvQ2aSWwq9JLs7JFtTVABJsmZDwqeVEUBusQ5V2cLZHDV6/Ngc7iyLQ/1PHi8uqVv
Ms+DJ0NHoiofeqgdPmjT5nIdiVhP6dbTNhzL9j7EdZExaSN20ktiE7euIAjRrsM6HzxqWrMeSz6kKT0a1sVIAUgYNxkOVX98yJoc
ZlRlVuzNJV8zv2kv8iWKCLNObXFxm9McZwDYXikZy5gEwluW4oj2OXh2UCjeOD2JMYAebG3/4JC6ebD7RepJqDQlwGWZzmSieyHE
wHYK/EZ/1FU8m9J1mnElDyaUfN0QbxLpnly5dBlHlwhDKWWIYe1Z+XaD3kJJUFd3lwXKeo77F9p1kpXpioaMhMyNbbSLNvVXtpU2
tF1lP0USomCPxNg8NNNaRzMFAEwbK/loHmRuZxAgoXeGTEYhYiIUQVJ1uJo8bco6MbWxiKRSk5dkKrpn2+JWl6XIKK6ceNDjGV2u
cNxtFyvd6FJmCuPJHRrLnEGBPklmi09MZYg7iAOUF+H8HMu8AMqBQ40k2RhBeWSPMjb4BsErUy4ncbi/FSQToBWUyFXqX8ZXXRCL
XpEgNNh5vX3cgx6H/g04s1pflVzx6cMXUSL10KJslqgsIrlkGeEOmBzS4Byqf4YkpZzJOr2m2WBZqQnijJdQpOQur+WYGIoEJkL9
ZPMuIpNCFJos1GfgsKu5S1RVTr7zGGFWZmOYHvMimfI71hbqCCsDzeakomwgYBx6xuXZDAV+wGkTZjGvgf6BTsyZuDlcToagJ85X
N6Qd/2d6BTzHZqNPRAg/BZfRLcJBVctc56OTUcpMXmMN8BFPaaLQjcyjJxxQwOk6cCS6TrusmHB8IzrSgeyXSZ5LBJ7BPurVGphG
ZrQWnjlrjWfO2lb0VhtwGY2VZgtY46yMNYaN04ocJMR7S/3VJZHzF0yplzvVZjNCsicokpskOnuPUBmsgX58GLjJwSySXOdxYDao
hcDmnAfX/12EZ6s2SLWL6pwZNWChpEDeAqwsVfZYc12ExAghSDT5PxFVXdx1Vblk41GwyRVL0D0zISxS55onkwI8hLN8YxkcKiVm
FA4VqcHHvgGT54I0UmSRJslSeDVsdpYy/66tZr7xCverYJ9QLAiZDLPxzzQBU3/Jha9iaMvnD5Ykxi5Z2UxbogZSq+8MGA0z8+8b
aCcniNoZi4jImvjIWggtAchzf2freCi5oDZYvEg1JbPyPUjSTIkj8SQ5JZD8FXTG8MnPwWQJPCfs0e+w0d5rx30kvi6i1l3QJbRn
YVmD7I7Xu6QMuJJDIvKQ4U4rNxTmZ9tNj55aje4wS+3Jbq4PMIjuj0OorP77b6MZdE6cehJpoCqNE1/bbrtlY8XvohxCGQEC5yp5
HeUifwlkqEiTQniThCZFq8jf6k6nV3A/7acvHThZ031oO2pG2/5cGdK3STyyihktSLkQtKK3IXrT0yr6G3rz/qhmRaBwHWe7FUyS
6ZSwGJBcyLkrhGckGGDHC0aBmJW4X5T0GMIQMffpQaKcBt/xjVCoGrofJeYSPPZ1PGVF4NaFGhG26Rsg7ICG5KyZsochFEit0WoG
yRmsI1dcBWyDaff1Zepe67sFns9pwZKoYOcS264oAtJA1q1ko4TcSkmzflKlBTYW0Inl0IltINztPx5tPrMdtaCvIHLAS4L8gIR/
MvV6CpX3mdRCH6rdAvEpWNqbKBM/Ys4BlLvyiAUZDApSWgFbtIzyzw5ZHlqK1/7iVukOPhY95KyonUD5OUs+x42s7xaDm5yRE2CK
7pryUOG9LaHqi4vnHKscz2BlAfrtjA2RWVE3WtM9i1ip/lRux261msavOmef+wE7FXVq7iwP8bysGiJEia4sMoKfCG7Tf//NVQhp
c47XzursteKdXUIwXxqa0rTTY4vQujO2trPjuWadmvw3pkO9NPPAv77gV/fxe90eHs36b28pKRf/vQNgC5jmJGUtb2JggZvUEfby
nuR/FxvRwdb2wKjyf2eg0mGtqqwO0QSdZ9PxA+TzB0nIv4o2jD+2EpSF6mjSuWI+u71gwtrqc62NDybz/GOudfH8g5XxJQF/bNAM
4VoZppApQp6nErBuxHujJHIkbHygvaHVspYdqe/7xijgrAos9OFIoWFbUD4npMIkhYlyiGrpoCEwRvTkBfOchKdsDS0zo/ji+lkX
6gfHFQUOaY79h5Dy5zheMEG6tRQwRttYKAlYOp/F50Rh6ThjogzC7Doi/z5hJy1880fHs2h+wuoSRfXEbVG0APci76/WPQpFdnQB
Wh+pdQIMW/rhnbWSuAn5/asl3Sn//6c0cDb/XtUHfCDMhe7QX2HHzoPuUSdIuIzCQA3vWerv/h/UJ7jJIDycd62fluA0S6JsFylt
6Snef/gl4HteVWHQK58Sg1tLpIKbq6NT5ErsBcy/j/iuQ0Lquk8iehJ89WtItgoWW1eKmpesHVqFylZNBf4qcT5jXaWe1XjSn9Pd
EeTRkeKS1oHU+r0ABeuwwZV5jPJA7pvInsLXViJc/ciaappDIOY3noSaivE0cCLdmveRfu+dScOKCxqthy4s6GbU6hs93l2GYy7A
xgq8kdpWz/tsrlP51Wr4Y14AGvt5WujljJ7egJzh2tqDW1Xpc3+QZ5h8D/RVx/UAomdy7WCy5ClG01mAHPJU265LottFB7DLOZ3D
xfvND71g8f7Rh57SDigLDxzHj5CSOprtnc+Z2Obx2g5SJWqzYA/XKmtrzwLgOryT/5BXDuAZNPk+284QApWqWkVPF8D26M75KMDJ
iuXEmKM04w9e1ImoUOYWOjGk5csGwe+qQF92jlzfNs9P50yb/7XPU4LSoAi3kfascDYZqUjKcBJqcwIj+ZYlvFBlo5Fuu7Th2Wdl
l1PKkLNYL5nmcHORjC9cpxKR8CMuOnhxZ57TYnsb+U7a0W/mOuHockem07E/GKJ7rDxn1rBwNWWuYu9GxYOXd8Fef8tUOCKOPde4
oTt5r1QTH1bxQ9YXkgFruJohszUoXamh7PuOYytkYs+tCjud1kgYIerAHAI0qkCB/Ne5Lx3JdwkAhhfVwC974rJCoUoTJpTT+cAK
V9rrzn0wrawrQgkPlWBnTXJz55W62Enf1HkatOBT116jLu/CiYWL1Q6bxSELwnjf23HyjvnUlYO6q0CNuUNo64pHVqLx9sX+XqSE
N22FIzwXYP8XX4eBcaeDPY8w81LV3c4kVTyrNW/Sfi0lLiOXvooOyENe5gqZE/+r9AAg8suK+B9aFfklMXtQW5p5IjVOPJkjVxim
ih02jPFaeQs0nr2IroGNymzy8Ic2PvPnwKYVDnxNRoXDEvT+Yzq94LzVGayIvWB6zcnF87CxuAoa1uXYOi9AozNAtHvQGQx+esi1
ZVTOMvq1qm878db5sMm9/DANNqwsboJnJvE0upotgxsEvOVOvjvWatEFpSON50t+1hcfHWEOmsYymq5zYsLg4WoKiiWZVlKyKnth
BnAVdkhU0DSANdENZtTELC1OPNfRPMkv9N3lhH1ZzHGstV2WsXW5JrCHo5OMI8M7O8V77pstEK5ZwNSoVXNRcd7wpmt9AOOwePxw
gP9P6X8DRnTj+IKjtI3jseixcRnrxoJWVmLFK87ol3F2HsMfEyprJBAkCt2lcRLOTEBzQHj7jaqT+jkWr3WBpf5qbKIX+Dyoyshr
5yVpdYFxNmpU1+orN0/m4Kbw0M2LChLBVzlo/RXnVfB9ytk4a9BRBTphP6Rt2OZ4Dqe39WC1PVQqHUBLoPzWrZe9Ksyjo0U8TqbJ
WKkiPtga2bKWYniHLfwOu1ZYDtvK8WJU07zY2l4zltHNbyFc4URTr09ZGS7VxjCfLMVFCUHBvVXeUnkf8RFNQ0aGYVs2G61NgbsE
xVcSkp21Y2NoW5C79bShnp+uD7mz9Vd1+/38bvt9X4KF1sVV3Ylv42WnPWVz4B/A97fgIRh1/PnLc69Z9o9b8tX8M4eeeD2h6Mf6
y1xz6vfHRZYhiFMJlY3bH4btWZy6W3v/7I5Xh4f51PobGVu3rkMrVgqJ77B5nH6wZaKYtD0ZXi/cnotdwgib5rEOoVId26MlUPFN
2GrMMkuofMZhp9189tf+o6dP+l/6t5z/Za4cSLl/cLDpvDsUj0r0r3GLZaHv18XscLJ0V3xrpQPrlbQ3vZKw3VNSfS9oUQDP47di
W11W+qxE9Y3Fx9FJjqJ+pjerdGDfcm3kuriZrHFZxHewrj2vAc2Uhw0yOBTFLSGU6VBYj82l5mq5VUjlUmk7V/2t+urdRq7jsWLX
jBBtAwQn99gVRxTLh7K7jn1Bn3bMsWNFMKAiY3ZwXhvx+n7YQxOi6vCDsZ04rz07WCTcLz42R2abaddhDRvKBCrlSGvFs1YK4zDL
9iudox2yWSf4ej9QMmVFCabpeLeWt3eFo+qfM/8zmX9LANcFu5SP+7qgtOp+/OjeD7BGJZ2UGrn7Z10dNX7TB3YMOH9TXbF62frG
KQ3Ld7lunkIRiJAVNYQTUq8i6L0lc+G9dwu4+gS1yKfCUAizw6fLaPxJNCFalc355Dn2pBQBq13kimhWeyg71NZt7wl07QfvUpj6
0rnre8h8DlLklbQy9eyHfXsKzbyY62YcQV+o/Ou4Byc+NPHnLmtw+OIap+u4eX1p7eb1xfbwpRVoh1Cm7PSoZDHXV/5L2b+rcJJa
aUVfcXsxKxMM+6USDKu44i91n+oLt7cIv3RtpyVdMqFrR7fKYXxpFdJKbduU4WSnax3CYR9KsqgDDzWAnnqysJx2njtB/F/LlVie
KafPvOI4ys6bbdxCC199I/TShUffjl+qETUm6dBSVsaX2kqfw6pKjD1no4TOWrXBKA/q7xfv197i+tnOLSGxZLzenhVhL7xrTBp7
9fkKuOJJ0zccKtPkMaFtPRytnCw+qYSaWVzypFVGMI18JjGS4JyJz/MnYlQ/QWkam/CQHntV2INB9TMI7NIzRk1t2yc0WjMZDrgl
jc76ZV1N4yYZK9sCiVpuuoZCfx+E1jdd7RYhmura43O4NWOIcs/Qlbxo8a0Ca2lKH+/A+p2Lf4HO1a+K3+TFzXplrHVd9h5vVxfD
8CKYlraP4W8m1uftouLRvgm47Pur4Ktwm+k1gBpDVGHHYMRgGy7aHZ9lMfgTDzBfdYDFNNc7wj2YivWWhLl7gvk3nmDTvlqLcZ5z
BFX+XTfXjifkjSpIKC+ltEpGxgQ7z4MfbZSML1scmqyn1VnkJasuoWUEKNzjgdCVKpnyNnvBYPCIseBg8Fj0vDcIDRPdZ54s4w0u
Lg3Ul86uvQY/uVsgmW4kxZzzLozNSQfhJIumy40kXk43EtrLjck835gk+RgxxLe0OA4SMx7Fil4YEryCXrqgrM5gBa3M+5y9PH9H
WCLslDan04p5q9tpLYv8NBPpRi/nkmW52a29MYaT6Lk2UGSagcNwO1yl/L3bMQv3gZb+GJEcCG76PXVO5n7VqirgHPYT9P62/65H
fkVm1X3EV5qcqaE/aW+LW6xcxTG5bmsmu+DjytRKHxkrNUXPm3LLOgBpeTDcXytis+JU1GwKZOwza/tTGbsVOFdQIGs5v5ilNO5W
4xVyuivfI/vlGtFMmqyr4Vlq3V9X4I1bC7yxLf6ZyxDfL/W3p7bnSoFK8dBGU8CpB9l4IN8QKCWod960TDVR+vTXX9fIe1u/FHVg
r0rVpCcGbD7HtyvozsS2bViefvgy+DWYIL9mtXROw+6y7kWgp9DDrJgEBxiqPZE1vX/4YW1OTvOiuhQQp3e4R6JTLAc1hjjAXt+H
Kl8nzQpobuDrvPfP3bV6XJZ6r0xqxQPf7+1RgAX61GafVe+yW0Wxgg6MUfxwVeByaXi23gF/txkc++OODE6WH7AqMp01JGh1O2DH
C3YXXnUmRM6IRcvjSW3ecZr+40f90+z2GO1C7YfMA0myK+kA9w9uNL925bc33Xoly3WxIrrL0K70uULR40eyEvbmUnlqwRvMkgkx
j8uGlLW69RF1Np2lN3fMeO7Cj2ZfWh0jp9JR+nq1CC9eLQNYIile1gQxZl9Yybk2gCuoAioNGbz48fqITBgujzjaCp2N08WtD52p
Lty9Q+M+BgxtCSPOGuULO5sBfb8G3uAwwDUW5qbqV8lmUIiOv/Imh1lxsobCeaV9Nc3GIy8LH9frideu0v5araW1ev7+eFIn6lHs
RFIdo5Yr6RW6ZHU3LMc0SNnRDCaq21opscHyJyksHTam7gAaelnMJMvsBEupb+epgcMf/lgh2Py8vNF6lDvWLig+2eVdZ1lmgkG5
4/dx/x+xndEDtspYcNmw1g8pmTfWmOeU09p2SMLk1WxZthi2PysOmbRDvBw3nZ4Tp26b4MzfOupQm60lW0hLVVtj/Nq6h1JEpKFy
BP6qvJ/rAnkcwFh+a0KrZLmV9xLT9RzLr7xTaXXwWv6stJA8Omzgxl+V9zeq8Dr960XPkzZ4sWFDxRA/V2d5hxNRBv31DkUZ+Kvl
4T1brBaKT75xrcqor2BSomBXrKwXNNwC9UOFt95h69bft/cdTJu3Cn9U3mLOAk3Odqm3jRcharwI9FbWye/lT/85DdcogaAVvDky
8Sqt5VmWTM5hBM3j6DLvc0mDfrALxHoZI1u+ZLClnYqS84ulilWeL1MMojsMp1zZQGfOSbJga3s/GF/E489C47DCSXB5tQQCw4NT
5AEbITHSFVy8t48Ogq3jPSmpQa3UtPsTIh5DjCSBSbpgQ5RJgm9YZGEjInz/+vowXr7gxfTHuQlvjqHKjr/EY9j8pD7DQTpPJf1Z
jsxkn2Op5YCcaT/JbmywZpp4hbx/OVHqcC6axa7Q0WWq8D67dHDaYuoRQ+mR7pZsX+3ma+q1mm9fAnroiKRahSl6ODTR4zL3/iLf
fJDzww1o+YOlFFbEIU7iWQybbl1oN0Ye8Rj83/Dl1Xxs7kgTG6OvmFxyXVYvf4tIrvq7WgynUZp5Uiny10eNGO81zPuvx5p5OIwQ
Aka/txZJtQuuwqda6hpAeOQZDPXMVUup88VPqg0P45t9aQp368kBABwP+tt0QMu43PyUi1FKv8SZ4qe5A9XODyTR66FEcO/Or5Ms
ncOyb78pf3SUvwBrUvrgaKTOoq//5Vblj4/1kdHn5vi8eKc204IDhZLNCrEUquywFJ3T+bWz+F9XMeuA5rUwKVd6Sz48uZrfF1Ca
Jxi8YKR4NIjSKyQonKBMLRSAlVEKmO/SIREDLr1b3VbxtY0PBBHYYExy9578VcIJZpt44qgJjMJ0sSkwlcwLAkrb7BRYpA77xRfS
VNoMvVn/uJP/QgO3+1dXySRImseRz6R90mYcuTo1A/EfijrsFQPrVPKlsVVXxeD2l/oT31TYD/8gnSTTFStWIIxxMaD6pBhQv68d
ZIdwcs1qdaeqie60ae9ez3MupqVlhHh5kRaTRQlQ38ytHdMd6C/lE3sVdUBr4UnArFwO/ukHXF22MHizHB+mNzQNBAabyejXfXkt
9c28OziaxfGCmerLZEbEWmoDY12nFxCf+9LAeVlaCIo7z9KzaPabyzb15eISW8KApCqRkEgP9uY8i+Zszh79z+h094Bt7VuTy2Se
gFlapsgOA+2ZimQb/GDC1JgPUgkEdM9nXIVY98VpUlX5AZTPuUm4Mvv0Ko+5vK89DOHZdBGrHIElPGLTJMYkRGD3PUeimHpTMoY/
knlW68uw3ueCOdrKO3fI2hqM3GJEvFKWLJFmd6yIovO8QhHjMbTxUhH+hGhmaD4pPdM97Onc7VloSg6NkglKbvX34f0gQDti1ABF
RU+6OwGrSwwDPdqW0+sFMoT6yT1szWbpTfe7ThJUmmDMBav7nC6fpYJB940AqXUsUkIZTmVyVfx3pSMqd9Ul0Oy42yKlrIFMjf5t
bThzdi5c+XCgpAAe/+sqyWLGB6jKQZM5qFV9KL56gXzE6VUeiI9JMEnUVcdKshiBX3TPhYVh/Ab13FWWcwpqj8HgQrL08A7230XJ
8mgeh8Vkhv4yd1tnhEGILZJlOmYB1aFPSan26MIRMGsw5QkvJQ6bDDzoiNOY8+TVF3L+lYmraZVUogZ4+jtJvkgxXhumx+bICwLC
P6vSkACJ+OJKVfkgrEfDQGnwjCBEmnB1X0QBEpzezOk7t2234u5EmJgzeItL6TV1YWpBSAc8INEDlU5RqiMQou7X0OiX4shk3bwV
BdCltLlTc9rm7V/FS+kSLZw3HCIfzeQtviXJdWuxmCGhMkEWkdgIbuPuPS4nv6+iqSC/1ULMnRHtyjGIxK0xxgo8WdVP/7hDSGK8
RKpnVZaddrmda6U6s2ZTp+ii1BAeQld550sSCloyipcF3TjO0qXEcIRSBNVX1d768ggAGtJW1jSpEircNzkr60WO7NHFGx+52Ssu
18tZdG5cHuExxW+Cf1fbSJF69bjHxbGjcwZNeX+YQnhqScnWXBNtyv8bayoAVZCe+Q2ILdPXqtmqCoTRGIqUottXGsLUdPgmNOXK
w0zXS5HnO4Egg9qOJlNMAI9zBdnqv7Q16TSsooBuq7ua9SsbDaN23e4jI4ssjr0+sr6Mt7w9iVVuMFXkZNg+qPMswk4pBJ2lZzMu
tierluvZsEYZrse7tJXF1i4pTAAOS03Zg+Ro7Lri2dX9Qk3aG0uvwUWUw87r3f3j3ZOP21vbr3c/vjkcbb3chROoRXg52R6RKOTZ
u7zidI+zVPIGl+gwKCVEF1UbpJ5ghyVaTVTqjFgxf50UrLIwXGMaQ8LMCN212QOUKZIgDybdRLA7qMeaNV4ek1o0a6wCQOzgTYYl
m9TxMugDm0WAzDhwFh6ONjY3nm5s/tzF7NwtcCpjSrvHjzaePnnS5czx8OHGNmbI6cmCKJyNGTyET7E3UB0KNrIxqacG2RKwKi6E
V8IklTkXa4AjMFN7PhxBzdv5WMgtaePgr6fBpTjsjenATcTzdvNnLtQBKOFCP3IidGSAJt2+63NV+tFdo9OLvb9srK9Ww66EDSSc
DtS7NfUoLC8vBsvMfet35iewYECD7iKWm3tW6oV46qdJmmAIUHyTpVuyeCJgfM1Zyat//zuo8Fz8plY1VqZ3pZHqCWO1W9SxBQ1C
PVkSg6LJOyS3+7do1gZiTwGWkIqRZxDyino1dI1PYo4w0kYzSWJdVK180q1j9jEWe2bZk6+5EVeSgognusxQonaqLkXxKBSFHB4c
0Mj9o0U8l59CHPoYsFcstm8WS8xK8VQWXqKhanwZ6EQ2JNNMuPUwnPb42ZvTlz/vzmkD4FUhnOhKqqzAI+N5naa780lYi4FrwIJX
cxjfhD6t5hI6dgIOhj9uSaSdD0Ca4X397H0ww9ssEEaDqlJGJoyUISFmaA7C3ZOTo5OPL/f2dz/u/vfe6HTU46z7R4UsP9CFAXXW
ZXs0hr2xkmwJu4cqjRXMebMouYQeVtVNelQFOPHG0vOs35wa4FtmtyuO7i7gaebjwCifiw2kYIpbB4Kc3S7j9x+4vEfNOYK3ekGt
iJd0TS4OepZpoMbFQ6JpOg1Vm9Ruts9YAy7VbqHW+bdA+BXMuarMlGHe1rxHCqcZ8pReZePCEjYpEpSa+2S+UE2tNlrQrrelXK8z
kjSvDtPWjqJpBHemXhmq4Cr+91mlncwnqtYFXBHEdJhziEy+4GPEDl+dX0AJPxMRHDme2L0gvzqjCS7hYRCxQ4Gjii+yq+1tp5cv
4HKTlRRayr/LNXwtsvR8z+bqregE7dle8pDhVPG5dvn/oJyMih7EXFL/veOgWxl4b36dfo7bjg2PGNWHT9t3YrbRbAqUfnU7pL5t
2qjilnAiWHDRCv3szXNm1EIW9Wj/8O/LLL08xpc7oXQgImfXC2F33XorUEGPG3b7spEH7F0TyucvBP5ERUAtoTaIs+WtzmiX9vRh
1lrBWh4rwhrWmMvIOxcrsAShgeKt/bVp6+4APHfbPP1ezJdmxgKOlct/WnVFetR/qN2RiBdSj/sIwk7GyF0wExPYFYyx8KqZ5wnJ
SX1VhZFEwPnHq8WEafhVzoS8r0fbThkSl/kgON0a/ePj1vbp3tEh8Qq726BB/Oz0ZO/VKxK4XxwdnQY/q4fbJ7tbp7sfibl4c7xD
fwXP1Iv9o1fUwejJm+BRz6zJerF78nZve5cG2j56c3gaPFWfnbw53N99u7v/8fXeq9e7o9NgU73YPXxzQA93dnYPg4fsp0E7r+9P
7jExlr1YcIn/np6Z36sMjcWNh+vXsL6hghfa0mxYAbKqL00wYI8t1v95cE1IB6kMDlrHAxjbvsqyGLGdfdibAIFfV4/lLqFnz7SW
2aKp9akxHJrsVZt3+JheymobvDDVfVLQWWvYUc3y67GMqB0jOmX47lTCGS7VjQrp416g8+92/NEL1KbNdE/SdGkb+KxRzEpgZ9SG
Deh5fvutU4/8TuJzZAw3zqaOwyhd/StOA6M0F1Euqkj9c/mCptNq58zkhr42k3iqdtfZMWJ+AS+0hof+77QjivqYq37GKPo5Ui98
hwJ0rz/sSVJC6BU46H1vejR/ES1pPxLOl+UzEnj6GC3Txd70VUo/7/T9Lvs+0i2D28Z+cpkghXLn+PTR645/4QQV83GyiGaVlR/r
N3VLN59S45Or+T6JTjMabbNF8zd0p/YmyCym4ADhTYV2ZSAXd3U/++k5LZWIktvVU+rhkUdvVQYzvwCAREdod5ol5+dxBtY1uhXD
M5LVE4vCz+E7EisptES+pLK9LiIaXF9eit719eHIN5oqQ8lhJlZd3qd01zAP5vjtKs7icptzLol+XUE9PUvnNrgnrBZIsA2kwtiI
9vFnj/il9151CmDHpghsbR50GhW4akLReNk0mS1Ji+bO5WENDFBfGJqECWpUa5QVeDAqKfpCkZtjZBEYoUrzb79db/Yf/vZbUbe5
H3+pFip0x93SyExS48nf/uulFN8elFRFrHVIX/rAJVMYFtC2E0+TeYItM8n4eB+fle4Ua7k7KsxS82INV6UOuV/NbbwuOdWck1R/
ClmR9SmUyx8IjuhU2FaObfRzrfh8bz5NXafHpqS55osE/xHVhH5WQzCgWxx63EfY+cs5trqV1XiSnBJkgG27TsXQ7wsxxTSrBaun
qVI9aG+T6nskI4E/cjkcVl8pzJ6pCa5RNVsw9bAf5YRYEDK1uhu0xYqlfaU/4Es6W+ReQ6ttJIznyzwIxPDFJqdgc+MsQsQv4uiD
EBz8BnPwzOiPzUc5nVrMhQpj5RybZqUk8OroMhnTPSU1ZZtj9uARVYDGu2jVLfNZNHsk0FD1JeRo5ueEZ46TScO+VbvCopk2gkZL
D3s7nWocuw0YdUn4NBqIJ9juPliGkOYXTiF7wcCGXFUTLJqFI1sYkrp7/7m0v1NEShQ03KNftkXzb0UB6ESOo50KyTOQ6b2YsMGA
Dy3p8uv/AhMrlxtUyAIA
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
