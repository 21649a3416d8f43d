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
H4sIAAAAAAACA+y9aXPbRroo/D2/AkamxuCEoiXbycxQtlOKJMeaWMuIcnLPK7tUEAmJiEiAA4CUdDz+7/dZuhvdQDcAys5yq96c
OYkINHp9+tmXZR4n197oPi+i+fZXS+3X4HSZFPE8GhwkRZSli1GUreJxlFda7aazWTQu4jRpeDP4MUqiLB5XWvw4Sy/DWfy/ITaq
vDs4rk4nuhLdVV6MovEyi4v7wW52vyjS6yxcTO8rbc6iu6Ly6JfocjAaZ/GigB6y2DUP1fvOGBaf76ZJkaUzV6OTLE7G8SKsNjib
ZlE4gQfbX3315Ik3vV/Abg6SqLhNsxvvze6RN41m8Gzg7X7tfeulyex+6P0SJ5P0NvdO0tsoG0GDmfftYMsbp/NFPItyLy6827iY
euN87BXTLF1eT72dyWTjDHof4DC7YZIm8TiceXm6zMbRtneZxZPraLDIt7xofhlNcvgw8vJwHnkFbJEXJ17o4cRn0cZ/lmkRTWBi
WbSRFxmuJgihWV5442k0vqFv773wOouiHo03iq+TsFhmMLcrOPz0lua6LCKx0MEElhDm3jweZ2meXhVPpuM8n8ZzbzpOnvxvfp/D
XGcXt7zuwXXq4W9c6BC7P91//eO7gz0vnvS9k91fRmenXh4VBUwsf/KfZZTd9710WeBuXvzNm4bJZBbxkxNqC9NazoonUZal2Wk0
TrOJF+ymZ2F+cxjNYQFfJbAN+SIcR94bPJ+fj3jWX338yoN/YAI7CR1VmnlvjkY0N9iCsPCuQjiPyRCeZFkc8Z6+Od0fvXt75sE0
6DcNC3OgcWmvsY8sgu1KosmAhlgsL2fx2BvPwjz33oyT/btxtECY9Iae+pta8pTomyxehUXkIXwh2HjiqFJYgYDntqY8KYBM1ZDn
oc8gqHbbB1gpvClvat/sqqd6wn+G3mWYR4H60vvG88WWMfzKrdq88+Gd6HJwlo6oz8D/P//we943Rp/in4CbDA7yo+VsdpztzxfF
fSAm4X3v+T6M7sP/oF/xtJzbR6PHYhrng3KOL20bqNqJY3yptk5v8eaUFgBvxVLK159qeyz27VgN/NG7jgr4N0OGNgvvk/vzfQ2m
Kx2IGTZ9LSaMOLL6tc9nIlpUzoQ71dYVI6VIEN0UMGcJyEfw9yo6jIppOskd0DsGIlGo+Yxx//067vA1GD3fm80O5os0KwJo3/d2
p2E2inDXxV+Dd4D60gmggP27cFyMFoA/sfeXXpEto96H+mbQnGETYA0E3Aj/yXKOBxAJXJDLe6DhG6CPJ0XmiXnmxkMN2fS2f+e5
78I9VxOHS3Hl/biMJ4Q9xSIk9rSt40+zDLgaiXURf+I5H6aT+Opezro6yabd/yNn/W+EaTHpkwwxTwHUzDX9+g1YqG/+NEvai2aR
4w6sPcPPuYqzNI/s4ND743DafjJZpPCwAalFssmfDKvJqdeAszOakyv7U+E5tSwnpP7ZZs2Yrnoc5TT/1LhOTruO7GoL+H8I27UD
0e+C7lww8QcivCMp4DWxcarNn42RkxNbg5XL/1xcnH0Ff84JCxZOTVmb4Z+bf5MztnBw+f+TzFsr1PxO7FsdFHRU9uQJKXRWW4Do
iuzeI1y37S3zaELqPO8qzbwf98+8J9ek9cyfrKIsB8F+YJuxv5oL8Zfk3t9mh49Gu+FsJlHhnAR0BSGLsJhqah0AmNzkOjLYDZDa
I7HlQgUA23A2jZM+jQfnB/L/bRYuALTyoRfBku9ZbwbAhuAIM89JRTbGLc63vUk6BmQNDCd2IDVUuaEeM5QLcDoVlQKqV1mr+Dj3
JtFViLoYgncveJPmxS7vK10W1j+NxtNoHv7Mx+E9HWz2vdez8Dr3jtIENZuVnTR0FXs8APf20vM/vveN7t77Q3h0GP6aZvDn0z78
HSf09+Yn+EHj0A9dt2FqRfCsABsdpcXrdJmg1mmZkAI2mgQBEtTNu39sbv4d/rff227oAxDCuEMnrytQ/a/R8ZEXZhmcRnpFqsyD
vRz/5NNML3+NxgX+vomhX8WIS3KP2lJFUwcOqJRqLEmoJUxilybOcqnvBFDO4hzvCP8a/H9Rlm7bmmXRuKkVazbNZ0r/iaesMxWo
HzuLi1kU4Gx7qN3M/YrOMLs3fn+s6TLjK48+915C72IP/Z73EaYB4xkatIFVLaUhdNwD/guWiUq62mjRLI/MIeVpdRmzFBvXH7R9
QSWL1rl389c4LMZTL0AjyNs0nJQ69AjXhnaSW+8wztHIEaQLANRaf+Ko40kOUz0LbyKh9MRZ9MyT3cUrRN1Msz5Pzngv1KhWNTX0
Tzrq8w+opYZfVj0xIdRII88KReKdAwQlbiAsBOkAEJowV8zA30omQJkavLhouYb0qXkFq+xml7vIFhjYQuT9Au4nnvRqV6PUNtPA
b+gz0V5acXi86kFdxQnQEuyAKLTxjdHY3E/mpxn3Iz5DghRlQC0O9rYlAjuA5eZMvZFwKz0I0fKBd0oTZkuP5WhaNpgn4Nhh+kPN
osZtdt303wEF8jIq+O83xnx1pTZBpcGK66a/7ihQEan20Q2O9OHj1x5+tNm4KjpueZ/UXvVLYKlsvnnHmlakZHVDj/awldkuZn2y
1k9/W7SOBlx5P8hsCxw23FlCA2FiGmiD0cXxT8SYhuLRULXpS/6SzeCv04zMb3mvOhogEGJrJ16Rph4AyyqObjeeeklaRLnGV3a7
KG2kRiM3bjyqs6uV778Iat1ZLJACeXOSnqXcUJKs4ONpxL4IeJB9wKPUgH+MBKx96sGGaaTNhU1XKWBKltObqZWYxheiVy3n1A2/
unCsDc/yEhvxrG1qboyyJs41rVkSlAyZsAkZPIjbrOiVHzZoy4IUGl+r9/qTz0dNXe73599Py+1hFYv19rTcli/AP/Dgvy//UDcI
SmXSFxWWLJr4TuO0TLvGePxeIlETcH6yKcFIyRMYWizoNNPYZqk/At56Fc2AhfY+jpbkY9dnf5a+d7ws4ONPLdz0myRfU4/VCtpi
ZmvCt5vPEpo2OTWekySOAFIJiIXSXamChKSS7TOO1Bfj+w3CLnmkGdJuRb+n3zdY4gtvsxwoiW5NZzE5Ijle8arJ6wt/8uIRjHDM
2nwEC1OQw6YNiQm9loABcWREsh+AxX5PcQnn+Psiu6rrjMQYDxOQOqC9mg177REbl2JFf21df2lUyLfcghDtI+n3otfG4ltIeZ3N
wzk2sQbiBnEHXe6QrvYRUoNxlYy7spYKCFUj+W9zu9a8Cg7fJkO/xDBEc3aD04Puhcvb4IHDNy/SYgBcfxwnWaDvrFpQX87AohEv
5+K3qEq7In5iX/nCuIHVBZ5ExATqN+Cup5SR1Q1xwltdpaI7e1k48g5QZO+zIg25YMMxoYq04xQSrLiBj1Pb6KadtW6TdCgWG+M3
7q+xGfJLufzmT001nhpVPa2hc8XB7GTXpKTQ2JhlcpOkt8Lrnw1dOBA7lFcouMkGv86iKPdCTwUYKG4VulKq+IAYP1pVlHkbr4gR
1C2O9sMob6PEs03HsXDCOA1np2+iwWGY5dNwNoBvpe/3uyQOFg2qePkJ7oBafeWLtmtN+ETxTzLUoK+RCyPK4GMdG7E7gCLQBl/L
cQCuk9uRqsDbaZSgjdMI58C4hdw7Pq3HdMQ5Kva8CG07fTTCKCu0aZpOnsD/05cc4WLoEL1JNI4nADnBFMSkrU3YNRpIsSk3UbQw
AkwalWP6Vli20xG08dHB8Hv//a/3qCniokEi0DglctNwahD3ZjNppC6ZM1TE7qNbxQlelfr74DItpl6Nqet5V1k6h1t48uQgWaU3
kfNmGcE2kv/TdszGLzr2S14t2w5ECCXWFX5vmPiHhrG+X+MBLbERTwxZG63uBDilLwoOPeeVDQkLrZ7CJDEETMaZYYQfgPvTza1/
wo4u49nE2/r737971sPeZiGiKGUzwzi4MAY4zr2riGK+fONG8b8/2aLdOAbNm6XX8fjLxrvto0dCMSXGBeY4TdFPA66TulUzIIw5
RbQZoXB8qchLh/QWeVxQFFcIvNEyIU30eA40E253OJ7SUGiTpQ9uw/sc1dVy8mEWcUxdFM5zjKdDn5MR/hgqY+MGDgCTmkXXCIMB
d573AMEByOwsYhwhqJ8xNviBpv0aN0T9AgI/vsGPYai38Cfdl4N/pZfoijJZzjCu8CzKi5yWgxFM7D2DwwB8wbkepknqhddwojmG
s91E5OFBjjrk8zH3Agz8y5/gnqLb0RNsdBsn3eLmkNss0nE6k6gVjzGG+WBXXnByur97fLR3cHZwfHTxeufg7f5e3/thZ+/idP/f
7/ZHZ31vMBjA4gm3JN7lPe0kA1A9cI73hPDpA+LmcEbtIXOTCKB/Vg+Z08YOtA4VqoWNysPr8jf305MxcuJ1Y4wabdnLyjzVW+4Q
3ssZtoae7WJ/lbAv6rwpZGyPh6l8JsashoWJT4nJuUIwkVBurnANJ6Dt6kedXRZqX36WLb7sbW1bVOXTJkV8bc4P0HhuNx+IhlXq
7nSI63Ym8ziJodOwADZlQ3g0zhB3BGPawgkxTMD43JDBs0/3e2f3rQdIOb6KIyT6xO5ys8sc7YGIqJBrEl0Mqit9TUMAeQfUwW20
3aCn+3cwK+XPjWuvbi2f8F4MrAfM/d7RVDw9hYuOgZBNHf6SxWhCuA1sG85KTUMUgF0FyIgG0nfhdggoFmU12glEZVfQBJg8XAkg
XUQ294Bw4cWv6eVjQtbxHHknYUB+qokItAmq5y5TojWcRosZCoMSoskmq6GlHACc4k7rML56wFcmeGub2gKRRNkqELkHSz2L55H3
rgAW6ZaRkM5Q0oijGRB19GwEpmc2i3PgO5NJ3jaqpKCWS5AtxYEBYwKSW4gwDOCbohyHswSkuUQHIeT8oQVAOx9yeFUIGQKzKaTL
onJ2O+P/LAE2aaqixWFeP65ZhATCOn8meyhpHSRXaZXOcRvtrmxX3+HII3TXtb55G+bFaSWOWXu9n1wDG3gST1p2VudGKlMUK7yG
yUWKbCJToSArFKI5sDy0kDDnvAryZ/FDmtZBfJnonWmv5VaZZKPSCM78QE4qmuAng1GRLoLN3hDdwVgIK+DxY2KrEnIZBPYpTMYo
v1kvK0Mm9mIf03JXtBa2U1fcpf3YXy+T8Qvuqe/txZQ+I8zu1SNWarxSf3hIV2rnLOg1yjP1dxrpIFSXu5rQXfbo39vWearb98oD
VPbW1s4AIzrH+nBi4w6BVQfIRM2PFXCP8x9QxHF9fpILD25nAyWlnAA6c58QL34nyW9rgG92eGZoPvUrdhcXVSf7kzAr4nA2LAUd
PkEhtqAUgnQVrbHyRQASU4FSw1Wa3YbZhADgClDPLfL52ZIkCuoqLArYPOS3Izneas5++kLYy708CRf5FG4djYVyzgr4fjzBYx5v
MDbd9hc8Y2NX7PthONifhRjT4J+bQuQHf7vxKyJv9wfo5+5vin82LP+S/7i6I9QI3N4sehvP42IE/X23aeCIHYXes2gRxhTmAJuH
ELwBG3KKe+49kT8PTkBgzTAqYk5C1tHbHeDwALOhtxR2IoVkksU0LLLlikPAGQJ6Nuf4bLNpPQWcxC8ht9yqrAYVIlnBQITXyytv
G6wvzQCOgKFcou5ytPtmf+9idHG2M/rpAuS0d/t7PVQy3ELXwm2WRM1ZipljrPiwNrd/U99ycpWtxsev02w3TQBq54B7b0SuFQJa
wi44KPKdAGP4JL0ZIjCjTo4EWvEpohbs7DDns3K75tUmWO8Bpwn/bHf6ZkdOxjwjWBxSMNxiANsh3DZx3VALiPdL21NghlFmn4A8
TJMvc5bAXgP0R+izeBXdEjOhE6Jvm9aFw8sMT3L7nzWuiq+YtqDnrY1PoyK7py3b+pa2zKWOq4jb5x+8Y7IjmuKwv4B3ft/zJS6i
v2/jYjy9YGFBewA3RPuVRUhXtQcF0NBamznwur6pffOn4+RCXFJtEP0p+z5Wn07Y2Uk8lQYO1UV9ENXE7E89NjtUOpjqpNRz2Y1l
OapN2edqfhFOwgXgNrkrxuB44y6YTNjfoSoA35mjwWZcEBWCzif4YflA7rbnx4uLkkLJ0SWdukA6pa3RfE6NzSHNBuUoswjoTwbz
SBeF9jtjRhufgOx1QdhQ+1Esc/lrzLfa9z5Z4FgBsOLPvNsGrdK/wlXIuchkKjLAt7/mtuRNgsAxORSa6norYou5zU9owXJpqoJy
fqSwdGmebuHyUQNT5YRThDeo67YtIejVmw8Ow7t/wX/fRsl1MWWr/7On+PTncLaMLB+cYnI15MSIvBHNevrcZb3ZgH/YVDAkva10
spoBK+gFQiueC5o2kfz7PMxuoowa9dAMd5XBlZiUjmCIikE8L1hfiWPYt5O5PGA9YyV6YJ9KjmGdMzJ6ro02+gn5P7zB+pvA4pRF
K3wkfMn++lcaeEC0Pv8lLqaB//V0BddtA2B3CDDMdhwMhgyzGLf5GO9bOOu1OamAWAVMeMDdLy95ZcHWVs/iq8ILoOx7yIn5To91
btjk1aKWiEZesRQml37bjJG2MQEKfts5ugUsAiV02YhuTwVQBWt7fwkLNIC0x8dcnyrdezhRDDp4yQoIq6M46WyxG7phe8A/ijvL
zDvtdG+77Aljirfdrs8VNyrgmF9jmAH5EAK61FT5iD2ZWdbupTCdrmAGE4o3ZQN7NDgU+nDb0GTapvn1Orq9/4CThTn9p+/xxLTr
aI+cGYWrSAivQM2ioPGDDm5nVvOhfcLVPTw4Ots/Pdp5ixsoLGhoiwZZDH14yMoVJvclN1jbwtoIQeCG1x6Oeu6Ttcb/0Dv3WbXv
fwBYiMo0cI0u6pr20eYnK12LUqQGtEqXC11n/znRJQZhS4PTe3+41X/vpzfwB10H+MFZ+TDs+vwD/KRFcpx2DIz1HfyJlwu/WpR/
I+aHX+/VQbz34akw2NALBGtxMuN0OWPFtrhY6O2D5jdx99/7nz75TXtXQUpfK4TH329cRtdx8vXXeMS06G8sbYAhgxbbtn5RowD9
4n/Q/CN2/6sOSM+ktvuKJgLYYZRP/oR3YEPu/2A+GXqbXnrT97YwgqqUVjgDZN976l2Gk9Lr+RmGnmHcpcuxQWpEaOItGLfJpwFR
2mD/P0sAioChPb0BUNe8Yzar8HhQDoeGTMr/qF0TVP1qTazewMJ6R1+bft9wpQJ4fE6QBhOpU3j+9qWJT9EpQ704OT0+O949fntx
eDA63DnbfaM7QT21+U2pT3ePj0ZnpzsHRyDTv905+vHdzo/7tc5390eji2dPfziojPvuaPTu5OT49Aw+Pjn+Zf909Gb/7Vuzzb/2
dy72j/ZOjuEC6dN65vAA39puj2FpOH6D0jrAoAl6BNflblJFfnByEugJTW7VXgsYv4gn1KBOwTOGQTvlhpfRDOTcaHIxz6nRpmUE
wmzcPcz+bZwXL9zzlXBrnYtIH9rZF1MRrJY72fcaDOMPOKlo7ZOKzhnRO1YOr9OF+x1fT6sFHt6KlK/uz8VCqYH4u9ZGI7a2g9FR
DqASF3IeSdLDqqQoH4cL+FskYZmGWThG1WV4CRKxt3n39304jBTOY4I+wZh9Jfd2RrsHBx45YN0LPA/zHbgU2EzKBZu6QnHOdZ6m
ezExoUpsDPhLc9XMcJDGHuacX4pDNx4H2N2ABcvK51dpxpo+XLeHRIStoh3iLcbeK9odRFn55WBnsQDCGvjv3y/9nvzFKVTGPS1B
7t1zzNoDoAAcGtqaBgfJCiStMCnEw15TEEQ5UFtAg7in8IGNK7MIx2jNv0TGaujdTtNZtCFZcWK/mTZfRrhheOrsTZUtMVmPoWqF
27Ug/6Y0wxOxycSEFpjpLkUXpvJdcUS7wKyswaSqIWHldkBGpgHbh228J03qIEkAZtSU6iKB08VVXEETGxMIBObY3oacFoJGEc4O
NVt0i0NsuXs80d9uC3W2hqVCCRJNDA3eDWrNSGpNuU+IfCGnF+KJ+ypCsLr1cu0xHu9Ods1CnE5QLewStn5UTo4PrUKDkenK4knP
MSARdGNIReItAz4KuH2cE5P6178yTIhOgCPorSv01fk52kYYQAga+SIKb/LSvW5r29N3Ge2jZDRQDVBiwEXTg54zhUCTbHKAXIXH
gT3lxsBv4OoQYPB1fXOoveB4gS2En4NddJjwXsC+rLktFbjCrudLmNMloCwAq2SDnLA5GRQmyZEyR+4/aMFkdSEPWmK64D8vyvnD
z2++aVuAvIohwu9oCnT4JEsvZ9Ect+U8/mCZFu4ZtpcQ3FHH0bxVwnn7dZrNwyJook59nGzfi3sOzchayoOS24rtvdnOoE2lovnL
sK1qs8IPiztcGGCKyPlCfIaY23KNCx1rlCPspglwTpgDnzTWQdFC3mvCo/LOnco/kFQJTwebRveRbDiQPkJiNmvjkbfHuz9dnB0c
7h+/oxsTAu6dAtWuemaTvoX8m+pm1XlKns0gw5PWQewLRvXOH3iv2jWeuvwi6ncg1gn05z2J2IXoU5/Juve3IRWPRimRLgTagx5f
ZTuAa848guogSKaEvHzXHWum8GuLPZoAUUo4hndMvZVTGjWaAdcYOqQVrR0ez2BnMkGgdGcqsj63n0ZJjBa8H3JPFxiN4KBFNRUy
fqpdeCUpKBaAvFuwGb7eyXNAAidwF42zX/CFdyQjqYJOqM01zK4l4XRxWtUphzrPFXaBg4Z5NQAZHuuDoYz7zhfE/rMzX9inLjvo
3euQhX+0tBXASqYKa0v7JrSp5tthsCqRn6UcAABLjvtVF7+axQbA7abrfD99ZR9bLL0yEdt9dIk0itSUnqbrxIeaPI1ICbroInCk
VGqnVdJIdZiXUZ2lMvnj5ie7SGHTee5gMlMg2MCUHF8FxxgGrWNjnAsvqyfTXNgHJL8JVGrLMFH42j6ecdU1G+2j6rvY2Iaec+wh
usTqXG/TmktMVkOS9Y3mVrW9tkWKMu4VKVfpOzf7z61K/p+ax3Kj9Sf6+t3LR7Rcrh57ry27hskRj1MOT+hWyGtrbDj1tchIdo/p
sXP37Soa8zK6JH6FMw0/aIN6NMr+kzUEf3Z08gg9t7GUY0AKwuNq6E3O/UUKfyl8S09M7bcLs3FHymVr6I3EnwHSh17bd4Z7F3xM
v0UQzxodoKeQ/Bq45XU+Fb5j8utT+rlOB8rXTHZxBg/WngQ5MpWTwJ+dOrA4sA3LKgN6qkbsrc+IYI0+hZ/ZsEyiX+1znd6ER9qw
zAf/kN6q7nbGglWyAblixJBhX6UvIPXSWqPYtqAyylr92TbhAf3VfATNc1cpEtY++aqPoXn2lX7X69F6/mv2WPFlHHo/z3f4d9dL
5/R9HHJ9EX6DAv4OPX9gp8JpstbpXtS5U9PDcuhJF3SUu9b7XmEY2cUaOKbuwjn0Dhav1aOu+271+hx6r8XjU3i6Buqv+4qaXT1s
Vmqf9K7W2CvDEXXovVuAqBO9pYeBVBQgNsKYUMBDfU9/GPMjKvlARFjotTF0lMIYjYbdZiJdYB84F1IWfP5kSu/boYdBP/hnwHjJ
sNF06QS9dmUv8HenY9FdfOlb4cXf8rEoODHU8mDoMeFV1XUpOXiPUa1GCqJvPP+xL9GvQ3qzeb1yBhGbJa6BX5TCqib/3sm3Hilu
+2Umu9/fPE9/uezz6cJtnfd3D/fe7p9d7J+eHp/6n2en9/31TPSkcCw39A6t9Hfb8F8h+m3To7sBGfY6e7fpeQ3Q/n2H4pb20GFD
WNeCoG/i5WC35uTg2KNL6WnobK1t2eVgr5KewCIvRevZA4wULuhY/hpgBx4G0Z0thaV9W+pbYsDUm6ORFaAsQDUdaGV1ra313Zu6
d8/cuelAq/VbbywSsOqJiTiAiCTU4KMvUqxKZ0ifevOH/mAw8MUvPHJ/mHzqDSkxCse5omfFZ2ScNk3MY9aB1/MIGavD4hikLhi6
vJQrzbvoUNlqPdaVMPBzINLZ5IHYEFIE1M7oWC9hPVS2VOjgXHz3Yb2U0bWUY9ZhJWhY1X+2q2K2K29FQblIq/j0dorZBwJ8GWMY
eXYdFZguaUxLLb+GrYI2FaRl2Mqo+3qbWp46c4G7lP1GLBKn0WvCtq9hsPt/LwEMMKcE7frBxPJVfWfcSkwDdUi0oRNEF937bRB9
DZPdiZou5Y5aUf3UdHfgLKCdvIecqikKCdXyMTFiCU6XCRoAzQRdwBT2ALCzLGatqI6oKNQJXaCNxBi2o8TsPll0NYvGnNmLA/0H
h2EC0EG1VXaWRTpXEY8JhU1eRVmUjNHNxpy6TNtE056HE8Rk2ZySVKCG7N7boGF3eDCMzMdSV5QlCracH5+o7vG9WnMf3ae0Ih4w
noBhnJaPblYyLcA4nc9xh3L4fhHBEqNxuMwjUT1G9u6RAfkS7qKvTaoc3ffSTB8Ne4VJL0IMVkJPPlSnwmKLlBYy9F6oHHWvfA4U
n5cTRHd07YQGal1mvrqADs44E+DxcTFy8vEdFbpYFiLZWnLPbn0UQpwXMUCNBIq4aA+1rVTKMXBDlyspMo3eU34HRneDHyOqMBH0
8C/ZQKB6Xn5VE66crZBULTRXbUGQFtgTBawFyCBbWHVjHjHefzLQjOt9If1xzVAuuDq/cicYkl7KIaqd0+NysjCWmC3CtwOfkNcj
daubKpjmDk4lOArXeWqIxad61MpK1qmNikTRsBPC6QnBEFYKrLRz+IVXvoHjrYe4OB3GpbnK7KObD7KRYIC/Rp7wMy66X993eUM1
U8kj8UwP5uPhm6L4yk2e29kHdIgIi9ILWRnEfAOJNIUK2iNGCsoV+b1CNkM1QhkuGJLniDlQ3XO37RjtvMAfR7hruOchqGdN9GPH
PjqrqxnzAISB8NlD+UyENWFs5Zq/ded9xySqfpiyJB68sGGmbg7PBlrH6ZiJXiz6EclseyGJQJ50/VUJUlBOmkj5AekVETRO5ihD
mntW/YoAS3FsqObSBZ7SJHcT3bekDQ0mOtKdlIIJfooS0eQc/voAMOA2J9oxnvIgXjVFRa062n7Fq9IpTvier9q84jqw44iZyMuu
nHE5maob3qqDG55rINE9dHScIb2yjbeq3z7RrMdzXFWGMHafHNX4CF7hGeDv9WHD6EXY21V4j3ge2DmYlbD4wzg4wHa9IhomEJip
vAIxJq1Ok2gjmhG3LUpvhnpW1se5sq2nmDAW87KG+cACS3HpSfGReiL/L0Fveyvl703vau4FIhMkcsRzZCtfwmpQxi+fW+gnNayB
sK3/qn/AHfoH4PfGZPHi3PVczMjMcHZwggGFZY/QTCwTmpVWehMnIvMkOCt0lHIT34PrBOa/G+bNIE4j/wL3IZoEBhhdxTOQGfq6
Z2ITXuDmlp21RYarnRWdX+HOcg/S94I240p4R9W7s+92xQ+x1StJGR4s9xrvD76nA171enr4jI167KrEwMNqQuC+ck0Nc+GMsq1X
BSURyrhBXj7FXMGUWNdGTwy/Vz3VJ06g0f0D3YJc5yi5Cg6RoV6pO3Il+v77VjV9BXsYk6xiJYdun3iSjvdTZB5VGZlV9SjcfipI
vY37iJHW2s5idQPvMsQkyBK1KWNGXsBJ9GtlGika5QZYPDwkDGhGI0yAAvLJiKUeWcNcSbKVuq8qHTGddbW2oxgfdfbvEuwpyCrb
oqM6FOYuW/GcISFcmp5UlxY3KoXPsmaka0WKkby1dzojp7q86zlvrBs/mhe2AaJPAtJw5OLB+QfvZvUAO9RkbTtU3W38G28LZJub
lZBU6NFL7yluxuRcUrWb1Xn8ATWV+Ad+8sFBOyZN9Z4V5IUZZYQPBcIB2ptSVTRKZhOW/Oo9xzTmRU4ZbCgZARoym0toilMWYPkl
GUTkzCn2YlXy6ZZYC8W6U4x4k7JvILekNd+Ldt8KU2z5AXZEdlKKHqtGEepSZ8gvLUIHvm+b+e4yh19y6HLnxMZfdpN5Vm4drUBG
91Y6g3q3v8CuDHC6vaFKnl9ogAaAxU4yE9buwRo30OlaH2YezS8x43+we3CooT9gUijxk9xnoADJzWgRUY46HUQfI5rF+kMIuYOj
/TM17Rb4xJ6VW3FnniXt6seq8+NoVm71RrYJtJqsRhMDeUGc7uQcH3zoSaHNdVPSP+qmyDJdlduiFW3SbkvqvC2SzsLEyCEYY2wc
+oMDaEPFoG9p+YDUPxLIpVcSjXqftDFFsSpsrqjAR3aW+OQug8wTqUpv4lDwpWt2NKi+5phyDQvtRMM9rSmAzB21hAJwgZ46NIlZ
Lur7bq9rfYnKi914fiAyEHtBktaISFzA5Ue+RmNdKt+VZ85AO6DBB+5VjuN5HXKsHdq8zenrTpdUABcygy9x0DaAlNgCM4bhV18I
EqGnbnAolpImkRME4V1nCEwxi1wVAFsFoBNN7VPBm6YmjhGsFMeqAtBORfo/544+oKtUgXaweDyVLDG5gD9W7OhVHM0muQcfR8BE
x0URJVT9g1Ehciq+31bvavdhq0CRxvetwhzVKdn42QtXYTxDBluYx1LMCujtHO3xamZhAUzgHOvYUoJESo8qlf19WWPnl8MDT7mk
uvSDXLeByqPI8kKNBZfK1I26MddI+li5INon1igo42Or2xIOTGKhD2C3cUibAVfjJPBRpNuRe+Wzv2Gfq6qhF5vYTh+kaI7pBojf
bKM91flQegB5MBoLIw5FmHopw/oMUzemopINRakG4rmndzJXxNEr0nQGgvsBt9oQxXpeczJr73S0c7Yhvto4w6Z0uPJJOZmeOzug
IyFnnUYYYnO+Qg1/uekiBS/vutxehD78r2YVxp+jeAZLm93vCqV+LY4UzxMGKM9kC1lYwgnw+HzzA3bC3pE9YipOGbL9FlQsRBQD
7tWmZyJlPuUbT4v3qzgr0E7wv8SavF89BewSykJUaLzG4ym7icl1gIzWJtEhRdbtPLaHo3JaD35d7qZGhsodlZ7jPk2vMj98vosJ
yuXeX1wc7Rzuj052dvfx52tSYvkC9l8+Xj193O1kxCG8qicVqyW5UwvhdVoCyuB1yxFVL5cBBps1GP6+w+0rb97lsjDumcKTfEcJ
l2bixno/8/7KdPxeybEqhErotSdqwXi2Y4HfTyvwZr3xWYqo3HHLRaOeX1v+8EHL774y9AfxvnHdPAyhFw4Vate6bgJnayfyhJnP
HVtSRVvNKMsVmcahz0zDgpbETnMFeRWaZ9HYi6a6I5ndd/ro+OLN/5zsn/58cXi89+4tXkj5Mezhtgxnw738+VBIs5mW/YPK3QH/
q3yrHRGuddX98W0STTjSSsXlkftKAwm3ekLwV9rltd5xlfUcs6NSoD9+NjjL4vl+MgFecbSYxUXw+H3y2M510nfn9G+hq/I2vK0P
qofH77PHhPLPwuaDF1wXL/2H+wNVRtJdWd0EE3N6VNHqWmjiSPseT5q0yvMOKuWqxpKSUjENEHfg/XskBj8f8irk6UudppoKX09M
tYrhCbg7ZLaak44zt+g4CXoFWn2E6X3coGupcOdzDG4ZTsoJMYcSjOPJS0QasGGIIAT7g0GyUaJlqZdPyuYuU9Uc0M46Z32kmaua
NC1N5/27HyaZldRBEhHvaUam3/0so7sFLCPC7OHhGDgCkgfFySWUY9wM+8DiLCip40MxnfpRY+uX8rO1jxvlOYEaOYAdek1nKyra
ZkyT6pGRsVI055OhJn2KktkAghMleYz1pq1ViwUaO+URxLC5aYikSTRavpVti2T/kr07igrRpT1axhgmXRZvu1nOq9bLBGGwMsuG
dDVywHmHoWwgH+JwIRNCE6RDHaQ1eK68dCQi+T0hXFWx0QBNgnoDnMvmdUC3utWLI6U9QHBvVM1JfYz45iylLBBBszbFAL+f5yQV
KBK4mh81oMXPRn2ruRP3ubHeaq7BiJhgCSirudtSN2+yRh0d7FIiNTjanw+H6A6MWsQDUfIxpuLX14AEVMUi7xnmFsFQT+87kAdu
U+wC6yzce/kUVY4hI68+J7y8vNdHJEgSiQ8oGTQhIUaS5FU8R5EJa1BhLlPgwKnvYOfwh4Mf3x2/G138fHixs7dzcrZ/2pNWX5z+
Ih7fUBxbYikELXZdhQabp2xondSPhzFBBmRgXa2XJWiJI6tzydDud7q7wDpr15UnVLuzajpGqRh1ceGRurtySU1qkCQe5w+4Igk5
i9nviChCXBIIEP/p5sDUEVf0uuR+LT0XQUQubxmMK9jEPsIAJu+uvKtxHrhCuoPwR4uxrzLwX//KH/8xmJsqNR8IYGBe9DGq3gBK
muCjnLEdQNzcKrHk5XpfNS7XduVxvZbZedMwr0yNGOvKgnMrW7ZN2I3katHucY67ERzG4yzN06ti+ALG/PHdwd6r9+9fILqkvxHa
5Nrz8w+DAwAW4LLG0zRF03xSKbVkuTc8R53hoydUa/SluZy2rfwjib46hc8HnU7cL3bSwACzEWD3qKKst7jOHaXFa5xaYAZltag/
pllzBKhUwJArlL9594/NZz9sbm5uUcb86tOn1aebf998/k+9ZGFdeUFYFKXaVxg3djDJ9crSjSwLfxRPDHxMD4MGpyXh/uWI07wd
wCQGZWFvLm+Nz/Y4XJ7qsPZ6rV5PehYpTYkSm8mUnX5MevInw5UJOmDkrDsF3vV6bnYJh3QVxaAE69JexVwTrnjofcQ64MxBTNLx
J0au8BchFgD4dImFqXTrLJ/awHq8P0X3ZBs8CeOMTqivJK5XdOyiEGfno2/uEBZkwERjayflFjXNqWAoAyZNq2MCXdwrV5ZJNgFw
CwY4ru7LwBbbAK6holHlusuMYQodTHsKlbrFLZpMt+gLM0Goc4UPzFPquJcwv+5R06nOkaRaxLSQOqUhnNObpuf8/EsEROubYhMD
ATDV7W2CyoCuHzRSiomP5W30PvU6yY8wWCNVOdHoZSUZhxCmUlQme1ez8BqxQ+TAFizksOSj02BmPMJk8iRlEgs0HjZmSOrBIgvH
N0YUrM2hGCOcD1mEMmIRMIlpM12jiZX5axeYJ1omg7GWu4nrzWNn40p2XG6eCJ2GW3hg1qGb7zEv4KVUqbU6SDXJcZ+lr+x4kXHO
KAxozr4N+mpdq07hmEEi/MXkx0360XXTntK+08XTzSNl52iz8Huu5Maf1kruQVoC4wBlEjhclXqokqIZT8t8YWsp8DgdEgDWaRRO
OAkShe9Qvxi96Ip30ze960GbBPKuRh8FATLlwrv6oX/UjoUXUGLqOy3GwaUltFckWXcRTVjYS8XiJHtiYQDagc9yMdIBDGu9BgT1
KbuykfFVieXuzaLeqhv2m0ByKeN8cXTEOkSlXTIxqxA28YquDaWfp4DpPey43cjMqnSh+huTpg+UBqcCCzXr8Jc87q5nXdvrcqft
xo+uhyio7fWSiDNvB25GAn1dAZbEq+P3trvSo8Ae84/d0xmo28hPqvezjU4ldTrV7azWJidJWHyBQzkKC4b1dp+gdZiARAQaSNTf
tEFfZn/aam2uld/O0CLRppMKSJLS1nR3ehAgLs3Fgu9Oo/ENR4gZQ8InUWYWtdjmJeSeRfGFG0nsaz1wRnOFwSoAvzH/jKqoOk9M
T12f3E4pqwP22mzXvCG7pikOKaIgOW9m2EE46qAtVxO86enKFZrQN3DHSL13g+f98rHMnaV902NIaFaOWzl/XaBZZDXzSVIImatW
MrF6nTlQFXuVDJdeJfSKrhZ19c03dfaJ9IXpjcUHkw/xJSlTyX2D+sH6L3xPnb6BCk+VXYSX7h5evuzUBa3A73KiBK+PSnEJMY96
pjhw/WHJgRtNSw7crYCuVnWCWWb5NF5I3xch3FJcXhMKsakIcKcYBl5VYcCyXR8/B7vxPtPc+M+myZFSKb3pPQzZrqOyx/nwTYQ/
RdjsZeQZ09TV8DpcUZEfqY7gqxLkQG6wHe8qtmCw6pejqL7XyWL6GqabD72wSOeAbTFkgOJrQ8yGUlDtFDQgk2U2TmecBixApL5B
9Smf9/ocg8vfFOmMVM5EERo88/fiLKD7yzmGNd3y7YBmNHidUolJ8d6W8oEowy844R2avMSzi7CY9vWKl21FMecYOYRf4S4OcBeR
W8JKUcQ16VUmj9h/dADfVHw85bxpQvBpAE36PHwtCcRptJjB5cQP0F0y4YDmgjIBspJ6b//t/tm+yJwCp0N7DBQ1KDPsYlYwb+dn
Lx+HmDSnB5R2hg4AlnBr7BKLR70GiL0Yvdk53b8QA8zDG84ThmBLNz305ilqBLdJwRteg3DWB1SLBH3iBU83QQj+dtObV2OuVfBu
WBRYDY5LEmzLn+0l27orW8kjW+z2PvpMARGCwyNiIZ+LHeZDoLdIPwSykY0OMWW00eIziqXZXMttpW3sa0IzBuY5vdjZpZrPe/tH
B8AWBaHHCdk3sDYpASsBSZ+uLS0AblqRwqlRFbEreNpjn37XMO+ScAnQkMX/G012CLzK6cL/KEr0NWa4I9ticHFBuG/wS5wcHNOf
yPZi2ZfEgwfy06FrOEQiMca4zuKbSMtG93zbm6QFkLQnGec2/Prv/3y69QwwYg4o/sk4L77+++a3vYETAh4F5LutzQHlGHrWsETD
iuDsW8Lwq5fe0811RWcRGiFgTOTQBygjCBQQos0aJ6SeN80c27kHpSWtUYVJ1k0dzaJoEXy72eue/Nfmuk2IFPV2I/Q2muiouDEl
2GdijDrZwDlQChLnlf6sS7pTvY944xDmLLeXEHTTddNuwx8P6FubrV+YMLO1+UCgkZwHq3jRBkPxE0cj72Av5xizcTqTCUmZAZhY
LTvym2CGESQblEge/UA4uAUrJpOoOEPERklhAJ8KLbOMjRSVlykzDHqsJMC49MrSy/qIMm0ZTHiSjvMnkyiPr5MnxAuJd4M5cH5U
zgED73PPfwF4L8xf/fcFZ+6EPxLM1TlNF6+I+5MFGjxqx5XD9TFl6QMPSx+wU+xgjWTzpSY96FIbTBSg4y/20jGZBqt6z4bhZg/J
+dEuIwvBh2LypLyTS4mZxJy8g8Rs2Boq/hZd3IVLC1ucqNRiXF/vpmd1aognepYjKzKand9Q1n3du6F+jTrtEoEdbUsJVvRLr55B
G4W5ZHjc6jJcWbdc6h+hxEdzN9q1F2GWRxOK5SS9GXmramFWCYfJXxFrj2wEMyx151AdKKvQ2MzMT2K0IKF4Iepi1HNJxFnHEHiN
iKHiFv4D8tn8Mk4i7KQvC3jQ8q31qV1canueP4cDgUZhRWcubwKXc7W8ABUbW/d8iXovPR2/UJ7EJh8pkteMEiealk7z8e2zZiec
TJrCvX4vtQilmmKaIfP7S3zU9xQ24mBKhY6YRe6mL9mdhsm13JHS1tn3HHikTzvjDjWZUGgiV8lhzSxcG3R5YF8HsRby7ArGlOYO
qGs1umR2P2RKSvkqJLEsyWxfH1OjXRqdoi9FSOjj2gAiwKOv+mYFBFbHHNjDIY19KuFVAc4KrY3tsFPDE1zLZx0Sp0N9QwQMFXNY
P/yFbNHmNZvR3VJOUWSLuOvzigmh4FDO1GDE6E0mRjv+tAqKPA4qs6GdOUtdz9KGCfveWfov+CtwJc8oc/yR/904XdwzGwhUgosN
eQH/d+NFPg2ffvvdq8Ei34L5Jui+Q8qKXKTcQma+IUVsWS8VenkT3QWX9wUmHcH/OKOg+Kr9sIyRTnn5pThF43H1GDlqIhi92YGB
UGeG5JV+DETJrF5nYxdODrPKJdgP7vQCSPubMJ8GPG08yvxysLNAKSS41PRTd0/9lvys3TJf5Zd6fsY2pD4KVxHjUDrRoIPuzRmx
Sx+VRHJ77RrmDVRbXXeAWAFfZBdRwLGfjFPkmwY7o92DA8wG8wNuuJwUav4ADl1+KM3kvsEL8ctoINfSQtY1FXVtmENbYVdtNMBU
LeNCywnKRJQp0C0UBDPCRxh+JHRgePEZTaD5CIBn0F3qlNVP7a7oDM6yQOoaVWC7iFdMFl+W9S7xd0stcsuYOmmQeWUbqtMbzR8k
f7EximULpyymBV50EMbErFkKwf2gvdAtmRgAJKST8t2wvcJ2dUHIUGkCm6ymh55yXQ1yaMNDKd/nxJP8N04ca0WOWE9hL/pe93uY
JvkFkLCcakyI7rRH1GuS/8w/u3aqNl70qH7T7oofjROF2/GLMBLIRBaByMUBzKRKOCLSP/TpboYxVsD4+TDvAYZbpFlBEt52afXP
hQonD+9zkAXvBx2WomBNLEX9/lDPbaEl+hqJZnKREr607wl66i6rnTZYeqvwnMQvnNFRuC4AqAtUdsa/aYHjRHanVd1Viynbdhys
vKFitPJBdTitvq0aT2vddXWlRkaur3xSW6GWHchpSm7y31OD6I+aAUXFm9ZBxejkc6CFmWE5N/HrQ1Vw6NSVUOqIrsQv6or+XBP2
Kqog0WvlKRX90kqrrjvIaq4dS/txlN2vt+Pr+gzIAujruDJ8alKnNHADBl3oEq9O0bgNebSMFFkgUz97eiGkgowTk9ackxpmN11b
SzvFmow8HHsrfaCYH5GIiaIKOfdf9as0v7hEcUl8cJyT8FRrxomRLpjgNEFM7csYSCcnbbqY82zocy2cdVPlYKMIRdi/w3QSzUQG
tkpOqfoKFiZtvh2cSOLsWPIVZ78S90j8COxpg6bbDwUwjUVocW5Ac4MM0ILPBJDt0914cj1LL8NZ/kQuEZ5VhRujkqQ7tIlEjNY8
vplRZ0n39UIeEBUJsl5me7y44/qXJUP7VD+U6gjAer3qYg1PHZy+VU5yZy5OBeeKsz6mFOHrs/IqK8HaV3J17h+Gv6ZMV7gwCk4m
Rfim5z3LB3Fi/4Ce9+wwuuqS/pTEph+BPC0CbQkxhhTreO6VNw9BvkSjL+elFl7zpIxqUBQ8gs9UpMBP0b0ozvMRu5Mqq3bSIRvr
CjCHpPhDilH4J1hXLEPR4xrWegtcLMiARyPSc4JMG12nrFblkLJY+nOzQ5SXJvgnDBhRPT8qrGxUS9ybjmEzlBv4IXpKjKlz4cq/
K8eAXb5XFpVSqyoMljDR1fNyeLK+pGbhwiQRrPgiS8liHYSUY4T8ejzyHxE5j8gDqIjCed+bxDlGBU/w2TJZzJbX13hdSt+vrZa4
t5rksX4VgXgB5/9go6JMkF1zGj84Udv+MOdxi7QIMz3ne0VpcWPdxZ9KvfmsQXqC+KbSECAS4Cx/Hc7j2T20I5tgEyJqvmUhdGfR
CNRbtu3cnWXnxFw77xtcU8YMNKu+vvQ72x71vbva1W1e7vXtF1lsVlssMdlfCkCkXlIWMiSeBIkHENOCKqRy8dH4zqZflIkOqOSv
+vQICNabdOFSSAZyMExkMKD/e7JJsXrai+EQnlFUCHb+qGzq68+GQ788Sdhw4xwz+znit8QktegHm093kvwWoLwHrNAshjPEDMBR
ti5Qt5y1nqohpwFwDQrmjTGVCtCViEG5tcuOukW4W0NlRR/SlJTrcQN8trDdXe4oQqBIq55bgxubj1jayPLlFd8G2/m2GczEwsaO
k10HQ/E8dPw9tq37g7x8+HZXkdXRIhrHV/F4RL34regL/vUKOQjHuvF126IXNWRVTueEifw664fJ6ItfuBZfaVNhVPxKKvuanNux
atVnhuJZiDOmQLoz55/Y1li/eY3MydqsicifQFzJ1fP6O7JeA1v3HBkA4CgGZ9l9WRXjjvgHNPGhohY6sOH9xbmPnCXXsseevtcK
LjLHcfUcyQ426tl16vW0ac87HFv9q+86foWTRi6WJr167mzwHTf4zt7gR8GlUyOgUYbIEN9hhRh4eh7ffbCrmux7meSMrrlbQI+W
buHpA7plbIG9MvqxdCzwkujbek60NaYQ0Xr21fYNYIBl1kevzy5Mrtl7rXzMht4mXAAWFfrelrefsNQQNDhJKtPAU4vjKy6o7L5c
C+pxyiVoLXSbkawVisS0ZLFrXyD8iznDbdrElPKJ/LXVa9zrKs4jfVNYWA5PzgWRa+MJsoNGVoOsh4aJE69DPeK46zqwN2C86EEI
T+lt8Q5LTgu3jQqNEIOhHjd/zvwxZ9j2K/QI+zHe97r0dZzF13Hi7ku8b+oLj6/ybVWeQ56NytatnpP2IdLDUVbflc8eFAHfcmjh
gw4tlAmF5DmVcc/Wxgo1gDhD1cmkynS3FvCut2jpjOkyicN3zS0pit4+nivAPkQd2rgGkAnp0MYNEAkfqpJr5nflY/tnogiB8Y0s
TGD9QCio+QtVivkHYBOiMCkZGdms17kctDZGzMxCvKi/VTUnwy6h4q3VJw3uoGqztZTL7WQ8eSBT+bDUQXY3gUei4q8s8lvJ+NNr
k9WM9QDJ5OysVmJhqdJMUJAzOy4YY9td6ypnUq9a6oNH/KSsLd2VLKmFdOCJnGRMFoimzlSFaCF63smqUx2znn1x0oYkTUMBMjuU
taGJTvMGdAqNGQaxVFmVNuGH2tue/fud2Sy9LSukHI+aMAh2Wf9gfVwSnbeAoK8E6HZw9R8ygGDSEVasX+/PL6PJJJqcRZRwQjJ9
LXvj+OpBG3SQrjqOqrV80EgnGL5f7MUZAG/HIW2fPGjsH8JkchtPiukpWgpXpNxEu6sNmJ1tHaDNic5MSOLcZw30K/ry9Ev3/fkN
6dQXTHnz0b0/Zfmz3WqSG2akknCmyX+CORL66n6F6Wpq2+t91kmAOIp5hCciHIhKwDOexnAMkR0Znr0ZJ5Rz9G8nel147Duiyk/z
QfPhan5KRpTK78WkPCCjm9DpVliRMg1bzygiLp9vffiMauKVeg1Vg9/vzNF1qeDwUGZOK/TQW1fz/gWzttkZLVPpNiudiRoH+3kW
JnLA2jQwbb6DTZO7jaEwMJjmafM9/gZIc2o6fjP1ApAFWITBYGkn5vymIuFqWe2cn+jsXpnVztmcOTU1jpYMT3vj/twqn9LnzRJq
7fPRIk2vpDpN14JXOlPteg07DYBzLKu82aj6aoY+MUYL4tM33X1y+Dr2LDa42p3RoK03oJDxKmrozWjQOjdkjaMJt8a7xrEY5YHy
BB2tHP06OZO2XHEdKCQHOrRU5xtiuC5AH0UPXN6T2/Z4PplFWJoePSY5XKEhTIIGEMFNXyBUoinZJi6K/Ax5UjhXgYYuIyTOIkvA
NqayicV7zEB0xDVs0CF9mUcUnZhjsaf0dtDVBYUM7oo7kjnUwjJVclMMoKpy8dKIQEiiQvoaX4gokG1LzB5/WyLYNuq10MUjhXOq
1cBkvz2XJroyLBWxgK5ZIKjIQjQCFT925GSXm0WbflGWCL5Ic99IW7foLrQ29tkmrnxuIsZFTTjXYYLdqC4Km2heD8uUX0W0tRdx
uqrtCe86yIIte6F3seYWWGayIEHwYkKSoGNOurDYbXKVXj9jmgB68Xw5v7iUsiM6D0e1iR5yMyVhKmKlH5mrr8YJJCxxVsYrRVMD
T4jM3I0lmfLbOtd2FN3q6shFBZ4m577Qeee3BhfGcvEtuzsTgasyZK6aszzWKPoisW9S0Yor0yqa6ltDyekryxKfza/nhRYsZ73r
2+7zqWBY7aha7nc7KdCOJL819FiCSFQxbjUEHIDFgI/aXHvep169wJ5S0OLOPAxz4qet107svKv+QwVIR6bOfNHb7pII2Iovux5R
8wwsJ6Qh7H4Dum5H2NWtX3sm9YPqP+yY1kZPa0+VkVnfisrqo5fISGCfmmTUjHNOIwT9PxDtVPaH59O2RdGtjS+MbstM79tfdJeQ
6/pjsXMDGOHkXPvUgiFbmOMvvo+nlB7lzwRtOJ8WaHudZuSvTikMvtiGKLXdF4Iro45nhRMqSyBYST4qyl5qJUFlLVCL0GU+tO0w
yTJa2SSB6sX3HfSA4bnxzQfd8bZyfHtxLoIsnCo9h4bNHd5YGWL3Af1TZUYFQ0ahcSphXFmgDa27459WszDR+DP86bdHgNFXHcm8
gCTkxjU4wh6Qa3dZiIhM0ycvpdbId9K/9TSiSg0lLiHuL6uQ+lpIlZgg5+69wF8XDJ/NAbRqzmfZMrn5glPm/tSMDdWXZd4Jvdfm
bdNtaRRPLpebyO/y5gV/qbW9g9uNYUklVmyEX4msUcmpwe48HF+ErP+8yJUC1JJYnr5r46nWup8WzauNIaSRWzhCEPz848QHWc8/
vrryrSyaRMDkRkvYtUZGEouu2qalrlAcmy7cUQS01EEOKNHLwR6mKEMtmZZsrUzMKZR7HoBxvu2FIm5TPr2dpprKRqXp9CZpxGns
I8zG4xUy0TV6TlNWa0oGimkqwiS/xYxoUbiiJpzBgvJ0hosFmhMn6aIQWdWgVU6teo40ZW/GiVCJGnbDNQiriosU6R4OnKRWFnfU
Sry0UUX6BDqmb0T3Wjw+pR2iREzCl1l1Wk6m0qOR0U8WfzTy1VkyrJX1Jbe/qqck0otKis0sq0ommP7akOGiokD7r29BOOumHuLx
yQqolwMr2QhR9Kt90SL9pLXoV21W1tzOlpzOLpHLGLt2TaWxnH1j9C138YSw9sN0El/dPxiIvyDIMhyI+ZRwoH+WRf9ZRpigx80W
O7aoYQdEfqs/zQ6I+cgdWPsa2hKirrM/EoXvRQXn7fs1vcyFmz8gxji8jGdxcT+Yw33hshJo9X4RTuZU5AWT5r16j98MvRfx5NVA
HBolDTTySdJbTvCF6da8QEsM2EcyIM1VRZjfPM4Bi2NtBFghffhrukQHFE5KG6g8z+UXBrFIZvd9QPNhVnhXWTr3RH2FDI1gV3EG
5EGkC5DdA58Pz+dciUH8qMdBC6D5V3qJCegkDMEnB2WmU47taBGjaI8b0tjh+y65Z7GdUSGB8Spr79Psnhs4stEao2NDLTkprUnP
T4pFSHhlTXkDW5JW/4sP0di4lp0SCf/klou99g14WCtL73pFYJIUZ0nJJGhoLtGScFJLSocVcPJKgi6RJTkGtkLMz7sNc5G1ddKD
DnnJDZGE1W37FRYfuN/3uqYUrhlekUVTX2XedYxsEpxvNNnI4YkXZll4n2+r+4VcU5RgRZgUn+VcrTwfPCDxXBEtck7iM0kTSn6T
RYsQriX+eRtmCdH9jrm/1/QuqjpbAwITIsOvlIuuiys1fqOJC1YHZ2hjrZGuHARETlcLh/Ar588zXQGcHgO/tlM9Shsp714TrLnu
op4mVt5EpG6/niOmQnnyQ69+KVXC2F977clGYUtGABeN0ytxLLTsy0ph6ukEKFg8e0A6inxtB6X83Bep4g4RiZ5SMfNAVlJ4V4yP
AMdscKdwDGfxPAq2/vn3zb63Rf/blP+Tb38C0o7f9RDnFuFsRLWnACM/q4+Mq2f7YFHN5wtv0xt6V62gBm94f4QrNf5ptggC/d70
fj0XF/VDj+C16lhgANWvTt7irCTo43Q+R7+VGdCbobdBWVmjya54CiI4FqXChIOEhQT9l0WrsBZVhYPoe2OqU6gPh6h39GZnA7P1
cuLqBMW6gXdEWHoDaQIWXqKoeO8kBfi7B1kyGi85kQo/CHZms1F8nQDO9gBzZzBkZAyzsS8/EV1g2RN2V6fk9yJVOFdekuvW6mt9
22MZWawRazxRzhfBPHHunGGVpSFcDBcO9hKzeHsBZ+bnhUYbmMsRS39MRKULkUwV8zA/zpmQcgHHkyy9zsL5HtaFwG9x06ZhPh00
Z1t+S5OVteVzieN52Sd6eS7O7qx+zsPsxu0jKhqJrXhZQ4f+XzSHaHQ3jrIoGaPu8PGoSBePt72/0IKEM7L2tuI4DS2Bjlv6x0zQ
5wfHxDB8GA6RdgIAcI5grkCnlqhKUFF6Of/xY87b+7jn6huZl41fU1RMnMOlXmbIS+9m94sCz2AxvR9wOmkYVyaUNlJD/+Wy5/0X
43L3gcRsMHUHMvKXi5I3e3z39DGalh1TQBIE09hIZDk9OhyeNfQU3cWF99z75FoAEtVzrL0zkGmUYaoqkbKYAszS8f1fcd20fT8g
biyX+RdMvUwTYvCgCXl/KbZ5Rpu+NW+Vv3GUikQIHvyZkDt6OKbc87VL+cP9IszzGqbBMTVdXJhH3z0X61CZot8lMX5T5ooW0kgH
GRMI5AiZwWAt5ZC4BXxnz9rL25Goiaw6lUWSYqagxjajSYUflmQ8tnDTD+CTJZMcM4dM2jl0yUPEfe+zYFu1OiC58dKFnjsZfglr
A738/nuaAG/T+eaHZkdx8p+HHjoaIBLTkJVWjBw0G6cpQlZa9pVkSQl4qo8xArT2XIiXa1SrMHeXc9tRl7jXWCgQaA0K0HGSA6UC
kgMftGe/lGuxJmzXALFhngdHZ/unRztvxSR5J6BZNMk1EiQ8Tzkb3+00hjPjelCYxG+CmkucfzSO4Ba7pt1we4Bors3AwTfnBG3E
Ky1yy1uUTvwPGnDSA1s/EwBywCwXeSULH35UviN/5K2nm44Sxcw8lJIuX8yS2/F77tIN/HFfxx7brQw8D6CrazSWHR6vkXv017X3
X5McSEtVe8vFmfGlD5CNEqFfayMukgiAI0VYrY15NtXjsgwbCaBoEyShMbAcy1nRuXmEd4Yb18Io5GquL9hC0rVP8VF4VYhkxJ2m
zcJ2x+ZKIO/YXkj1XVo7ZQg9NxpwQYimW6s56Bhr20JpMuTc7rX7DPJjccFPNaJjSW/KH2qx0/ykuwe37foRI3l/0HQJTwJCUX0x
Xq/nziDHLUZVJKIP4kYl1SnqnTUgFdZhn4FwhwUar2HvIiAJnPV3IAxLKKTLrYeFVEUIcyQ8apjp19MVfL0hT0aauC32JmthL1JW
YU5+cyIlDbWCWZhdIyNSk3GsU4O+htyXq3j8PXEWQAxxewKcUp+GEPp6i6afeLTpfVcvChAJR8/fgdR0jdWgWDyUhdl4C4gWU5Xh
ZY6lEUUhAKqt80R8ixUU4+spsGrXEfJrtmEycbQYYYn9kkDOSk+UrgfeayTjl+H4BlWDo/8Zne0f9vE63cbJxZLsFznbbTUB+DtL
hqBy8546d49BobZ52gY+te+gO8xO1kthQJblT+CHXiylQ8HWX0UqeInPrJOsUze2e/vOpiXVIJ5L6Hf93cO9t/tnZU5kPPYc7TfL
mTwoyVkRIAzxRAquv0IJ5WCnCS4CAIWeLGx+jxzlNjblc1TPn6K7rewed+ooLUas8naFQkmN3q84O5yPmgs5doh7gH07OujGcxqM
cdsueIF9F/p4mdo3AV9guaq0oBruqNtHX4JYFGy3ruRTs6m3gQuatHBB7sTNDayaDkTiwuGFLHU1UZ6H11FHpaq0JAU+JUIWzDuL
Tupv7N/vi2H8KXNN5WsxIjxQY0tVZV8O79IuSrKTl8o+if9IB5bAGVE2GiqGTtq4K7RGsHaVwycopTO+p88D2nLvlHfbLIiXeFFy
HScR5ltGLzAy9rBOjq68Mi4iFwl0i3yiEJ6gcwMMB5aD44JmCulpxKyv0yhZCi/nCgF9r4strb28Vo2O60i3HMxmbDY+XyYCda5R
OMqLtOqZviQ3uKiUSEwiq0PRfdbzux/AJc5IAVKPK5KadQ8Lkc/I8UTXzqNOWyjZA9r1X8K4GFVFHtkHsGfLaPKutad/UztbVwZn
4FcBgqhznNCiytmQeJ9XSAPIz5jpm7ihDu6uQUBcbU+nTAwrmn6/jDL67389h6JIWV4lCu+1FT3FfxAs0K/N43IFDCWUwsEGJ3LS
hVlQQExFhxIFDjGwLihuuAIVi8GILjR0+Bx7QzUm3uGTmGx4mx3WAFd/825zc/P51rPNZ95o983+3sXo4mxn9NPFm53RxdHx2cXp
u6O+avT0W7PRv9/tv9vfG3LlyFs4WBReHJN9G+bFKSFImt0djwkih/UVjESveImPMBtdR6anhMMIEPdE+uWhJaBEYQSVHuNrGJAq
KmjT0MrX/Z9/+Gvnk6HEqFkU3mx3SPFERdr5FipKnnglFyu2VeD4STpHV8Cy1FwP4QTbwOfYZJYm10j1w9w2Upjk8eUsGtyKhPw6
I0u3c2N/MY3QRDxDgKaOc3ExcXvwoTgpGLYEC9tYZbV4YB44cz/MEesBAGqPkTIVRtE8tuTEZOOI8zoYKZQ1i+cxXjoDcF6WgPO9
gdSGjCZdFRANu+arl9x5V1irQXY5C3JdUaB4S1lfYrj24qRJrUFIUUOsEis62PDOIGXWvX/67WYj0YKj8qUtEwAC5ihzhaDUg8pX
kIgSMWMOV5+QKDHxYQObAUgoRavjoXo09/6CIw7Q0hUAshL3lKUU/BZY9xzeeZTLTVQX4isM8IMVIGaCL8x0oQ2Bqjoc8tKXESmQ
EeSA1M9IqNMhdICM0b/IAjmehfGcxs7RcEsEsJwBCYksgeLUbsNKmThT6KLVrSFyfa7IJhA+QJ6z4DKcp/z+MXrwhKIYOt1G2Joo
8q7DFWLMoYcRiIjx0pvoMJpfYj4GaOvtHh9Kn19Ma6d/+9iwJkPDkhnCHK9ANjMQyLHLMblUl68Dv/wbC4VcRiTzZ6hgV95w+DEZ
1BPDNq66G8DtmaRFEhVPMrz38+jrZ8+fbm71CGaWlIUPgRiZaqJa2O2b0/3Ru7dnGjw867VYjEv+TGf2HExq2QRTekdWrucO75V7
c4AY3g1o0PKZ5nuD/VbfO6rDiwJLu5Q545DlkuCugiH27zgrVjnYOJ3jGAgotZd1dQ+21qZHY34DqNAL5F4z0YV2A5LbdtEkuQ7V
JYHVd/j/4XhdzZnFMv+CUWRrGS9b7A6NKhd74q1qNzcrvHW/cnm7m9XgJ1Eue8XJtBwgwoIiGxBLlc66lldlDKRaHblk5Hyk9jDK
BaJgv/4qmvCbNhFgUrWSUFIPeyEKySf7Uqchi3WWSoiyr05F9QDpvEvYiUcUD0WK2wf24SYyXH2BN2BnHkngQg9XiUscsjlT2pI9
sTGscMQSSsAzpAMn7O7yjP8o4LXASgVgmyBnfXCAE3Pb+hSsWe3x5UWH9UycKpcdUZ294rCNokM0u8LT0kvLsWGjrykfSz72Nl3O
UPLQ9cJP6ySlyad4mRwv8kB5EjzA9+/BxuNFlhbpOGV/ui1LA7F2qd1rKv1t+RovygVS5nRZXIiCm99t4j/rGLIbF55j4guYEXDl
izTJo+oyf8BzRktwnxpLw7yNlOB7F8C8BnmLa6ktpvd5DAwQFiljF7WyvNk4zLJ7ul4FegqiVXPJ4WRecLCgW3w92IVGMeY4slco
c6/2lSc/DVpUmbWxglq9M+fVOEmRYWd9096b3RNPhJUhGyXNUMBew/urmFkXYOFW6IZdFFSRLREbNeax4doU3hzuhj7IiBq/RQFs
JBWZ+g16Bheb1yIZTl4HXkHCs4hGHWkymzaQx23xz+WbyDicKwKSpDgyPHedt7S7xo577T1YM9a62iTlxD0SaJyGV6F4sJNUBUy8
eZNA7gx0z9VexOedc0JqRhV2gmaDmOVmVuA6qQad2YViu7hPB/LgKQpLj0/aTgHqpWTPR8lCvbC0iD35EuupCPmAPp1SfsWyIG0J
i1mYYHZZ4TXRpwx05LmUA531kL3sSwMAAgQ+KG/gLcrBqNdAnwgmg+hK2Zxy9ZSGWuOqNaZfbQdzcbWhUwmfOpIRsZizWqiwmd4e
t6Xd44OMFxmlGLD46yh2vanuBRZZ0vD0CZwPb1iuX6+uhfvoJLV0FuMCLVbw0G/wtqBTrX4kczwpDz3z9VUczSZNnZrimLFh6U0j
585rWNPqLSoI40rw7uGEA3PGrPTwRTJ+9tHD0qkYGOMy+tJMLSdrv521vHzu+TZBBLtuPCzFrC4XYAyUSn5BW4Bdt6S/0A+CO7CF
BpVf7yeovULWh8fDZjjMuTD59SIpf0ZK/HSoOvWz90WuGaOYp+rbF2KQ5ijn6LNqKmw+FULIdJvt0GnkxcGpskmxoexOFS4Z5LDw
FGlCcLWs0+hYU8dhcFxzjdVZjUl0wSsB4oucosUm6eyw6Z7YF1J/giiXQnMKu2+W7oDB1Es4MoQA2hg31VoYm8Q98SmuktS5Dk42
OHqLbTdIvaw42YMTT6TgIGMuVl4FQT9MrqN+daTDeJyleXpVeG+jEG18e2TFoeAJOH9RCB69hpPHBToGoGIVKbSw9ogiyH5vSBwE
p4PoS5NKbTg9EwXqZDMRZKR7VGq6zq2KwxI5BoZ0e+vkE0seWAio4Hqk/6UrLhfPtSmcynRwGXp5Ei7yaYpSNia26Asmqy8GQs+L
+SLEeQk2ZVu6RginCM0p3Qg5ykjZwpqWAN06abeEdkjL94G4LMPzzmlQug1S3C/luLrQRjoaNiisExJsRtnXIpWtka5kregr7VJy
zx48SICGFvNFelUqNqShkW0oZNgYo+89GlZqUMUnjN+y71BpRhFm8553FaPEJrTrGOuSK9+8Il2Op9LbAUW6vu5eAgdSHa6cpG6k
cQdDc+wNyPwVzZCy6ZNmqLSJrxmo3KiLbXdCOTA1Rxj5rD3qEOrc5Nrec5W1bOKPBbw0S4JW323+sxkpy4vrt4hx1UgZUsmsFyvT
TRkk9GmoSWupASpc3/GIjKhR7EhzjLdulu42L/62tis9H7lX8XvbVpnBC6gYLLTd3Ib/vJAds2sLPPrmm66csQGFVRgU3Z7HH9qd
HtMFc9Ux/Gurp7hsqvKNOjsKmsaDH+z/ZwmsAD29oacOQKjzAPWgXeXdT2G7p0hqAyFQKgrVa4TiMpigCeqNzLeT+OpKl/4cNZ67
ynh3hoS3y+RLSXfCo6k24d46Dgmq9x3y3mBeI7AV52zmDAEJHwEbGNIWiNhTohHop1Z6Iw69X4QziaCPRAHIYdvirtI0Gue1yiVl
uJTxX25WpRleyvCOnqrDhkjmrirSSr5vLEqkoimWGN5SY8oviPkto6CwIz6hHnfVJ4UI7/jOElmRAplIzPMvNylHb3TJw7GDpmWb
5F5gKhl9L4bIklmLZ5f5w2AE2xR6TaVKVXWYNWQPBIvmfdVVBXeaoqDT/dfxjWDz0GsWB2WnPvS1oaxK6HT2L2ClA3/bk03O0h3M
8hH0XGGOjwz0RFiYMFTXm7aGq7u+EpEWRCgOW5WbnRSbCcoMFPhlxOgxLW2N0qsvRhpJm0k8IpcySSMOs4EzQMMOS2NyTuzU5DgG
9Ht6jeZ/tmX+yqmyxKcN7Br+cyrsqPgVLRaoe1+SR0UQ1vTXbWHkOh47Lk2n86XexKD+Zyl7/kfSZdwaIGoNOeBOFCRFA+HK0bhe
YNCBab/vlFOu4oPkDjrq6Jn0qUHuI+vNLE1vVF4JAgcWv1GYoOgHrg+DPmmaydibUvYekf+hYo0PDWckTRhELy8yygtxiG3OiEKH
1eGBFkQgxGAiJHRIQv9Fzqx4tcy5NFsW1bXepNysAHenBDAI/tqN/gIWJdmT1Xwvs4NVo3OVQd1qiKrYUV6IWWDt1YpLiEw4xpm8
dIvFt2iwqGtlOJuJnJYhqCtZktKLGP57lOa9h2cnU4OgOg2Tj7Dh1ZuH94AQqoNNonE8kVJpjqIvwMjAO8tQCyCO7S2MtFMU0RxT
aiJ2A6L8bNObx7CjeM9DjJnBKcsRmbzDD2SWamJtjPmhJVGnrFMSi7BP8tvj3Z8uzg4O94/fnWHWMgY95Z0CK+UtQc9m8iEhbQTp
ndhnpCa3C6WGvEYak2EycrABZKbWfU5IangDFwp3gW4W/YHgBqI2/m01g0wjyj1lt4OwQBPylpKHgfrx4qV11xGusEvVsCry1HGY
mIGc8WBn/J9lDJy21j3ezkNXUSH8HmGWfW5bELLuom1goBI/+3KJiDPl35Rx7Upm7agtm3goCV5VuEYo863xKvol22oyCypWiBbb
zagkXJpt0Wlq1cQE0wFc3lvnj/tE8qNt1X/zamfkPWEHEZY0MTtjqYxSjAceAjl5ysuFs2i9P9u1++O52Z+OxN8d2qhfbo6rA8j4
cZZehrP3700CK4Ka/Rbtt8lPQoeW9tIpsmbH+LSmFsvi8qfwe3e2uYvXXn23Nf+8ViZbEq/uPgT2WXxqgQDDda3lnEz+OLpbADbS
gkVFOkbJn+hRU618tFiDBdtauT+Ru09iOIUiTzlXdFDJAezynlXcd4sx39R89kuVX9+qd+tm/uc2pLjXFYecx6Sr5tAYnnM71LR+
WtYHByGLS12fEEw3kKTF6F2CGruNjd46yuF11HJ1OVYKsS0FX+15goxx4YBgTHeqIN5girPDAF/iASep2IHv6Qd8Xx6Fq8IqO4NS
L6WQJLvdi65CWP076IzyEvX5rM/9SViE/od6XiP2U3WvWLg3+MrCU9NjBnoGop7fYcIYe0cPNL0ELoLhhjQk0ro6JAWNALUgSRmC
ryixKupnGg+t4Z4tSw03zcQVfKiBylIDFetMBdg3lURwfmeEsiJ4mbC1VASyd66CpD/0WgVf6lo7MFPHvGzSMX/66svrltfRK9cJ
h3RsNttZaLuVhlU9l0VxgTiX0AWsF0VpIdRjaoD0lnI+aoVI0TwnIiCpatHAFXPPF1i/i+I2pQuV+j9uM23CZKzpgbRs5db3lJV2
QX4govYLL5Vd+KlT+YKTEfvbsjPxvObQryqYiH6n4+RCcF2WzvW3HPemjSBedBoChL1FChTDMYZ6XRtEvum2EDzKRTiOXEtR7+uL
ka98W6U26qPEePFER9gNccYSVsi2jbigZj6VH1cc7KBbShNEuRJm0mWJqpPEyDlBj5iad0F6YfvHuDJ4ydnlxQVEkoZ3wWdywf14
n+B/TZ4JmOxnA3k3YZTWMiz1WPzRkslo/gPiKqLfA7RKc1H/Q1wbQz2VL7NVvGKVEvRG6YUQj+LvOINLSfqcmPtFaT7M4IrexItF
pHk9cxwDfgv7fo2FSYCfjPIygw7F9cqEJ6jUglHHIo5SaU291XzOg7w5GgnlCXmR3H9ljfD9VrqmIC27BIlP9pvjVpGbSg9Vs6ha
DJNyg3SDEqn+hLTIDnpfGf4A8B2iLH0fvODN7tHF/sXhztHOj/unF6Oz45OT/T1v8+4fm89+2Nx8utn3Qk+UuxHFooUOixbIi4aZ
wUpNTSG7JbCnT7osxumc/Nowl/z7F5uDwWCzmri/zIuIMj0KoJvinw3Lv+Q/DteRH+AAOcNV8IDIj89NWidza/1Oqes2//9cdX/e
XHWck2U2O7Y76rYrDcxoAuhEaMVHAkEELRoOiUjIuCr6eCnMJfIBevEqjDVF9JhFMr+KTWL+Yu447lR3vd/O28XmFJIuHuIQYsqB
TW4dlEeWRMLOyWTd6l6nHrfdKYGVZD8lGBTe6Ga6lluQhXsQi/3UYDTXoQiwStWbp5NvtU00a7RGt2+RS8ARWJJ9IYJG5yZHLWfH
FWXJXBiCmSdy505rSWbR7HIgdwt3W0taiQAKj845H9eHHjHDtnTOD91O12IF91XKuTQLXaL9bfbADOUn2FMV0ZQ5aVjfFyMcgt7I
nGUfOBTCN299ZTnNICyv+CvJQEiV/kN3XVKdlltuPSCpVhW198qgLN32Iv4WwVkOX/MvcmCV+emj67NS8+aECZirr+DYUXYXEhph
QXZOkZ0m68iWMo7kTffOtA0ZnfQe7qxv8IV8Zt+XTiRY3dFpKbFoO6iDDiqc38x1o4uDxm/gnmGKnL9Q3iW2qpNPIYgUBoNDcpPI
RR/nKqmfDKslAUJyWJRbaJvxA4qBplgV3XvkQS9S+oWU4IdzFZVppZxp/WrM3Of7K9Sm/pnBsNKTE0TL/4mKdX05ZQXW1RhvH9dP
/TEqNsQMWR8hioRXy0HhiaGaAQ7M9z7BH1q5D3xeLeOBXON6nJsQOGUR7RWWNOVUBy48IJMvwFeYYuFUMskwX94gYg+07riUKiEX
4RbJn1u1tfawW9GxqR5vSU3XFK6rZcsrEXsNbBgfSlpWOgn20UlQTKl0E2Rsy9wLIVxK7WTNxVXzY2mKvOV/w+2Gy1ZNIM0m8Vl6
DWK/4TsgtEN8y1GWQbMBamLkCy5iOIny+Dp5QhHy4s1gPsGRcvYNzb0twhhP0TUGc3yyIhHJDVdE5IpnNOhjTOtFKl4RVVNgnui+
d3Cyes7hTRQNg813qCrJCJ19+zgaNYEFgIxK3jQLTBQm8x/0levr6ziLbtH+ny2pjpBy7BLBAuWsebg+qa7wiwv+AsdaSSQIUx5c
RSEmA8oH3u7X3reUKnrgnWAwi/Dr+kF4HcywWkrwZnUUFfxoMM6F3o7cfvIonAvHY/z9lchRRoHQ8JzLKMF+sZfZYZqkTJHzQmQU
u4nUMgP4pMjpVJDveoIvb2MMEvpKaVhZJ/WzqLH8Fd9xoQDCrQe5U0yap/uViQmEUvKaSj2xkgp3SNSeQOPCmJM2kQo4F5kSYGpH
0S16D8uTOMWPNqhiVG/bPIsZk5aipp8CJE2GP8I/siMuOlVLTa6RV5jyG7jDmJ4QQZEhUOQXlLC/OjrYVU5b+EACLMCmjLULrihq
fUYAcH17ITIZDq5TLHE1ywEMLEk0eNII+js0sPAreel9a6QdcbTG7BfU+um30LhWX3Q0J6COML96To9qCdeS5RzFwVALr5+GIlgK
y3ANxXKhGRXIAqEZ4xGXlHINc6Atr6fegSjtgxkcUWcp3vcrkW30JQI1mUyBuSU9E94IeoqXh8ZwpjjDhWOhQHQkFuRv1UewhDsi
9RIf2GbkIveIvVcWA8GmK+MUlvf2KEliVss5QSTL0hm7Oq9qhKiuH/kG8OALYeV6GyXXxZSe1rKK2l1eRvBdIGOYqROyjOd6llgc
T77D4T60FKeB2VnSpsF6nj0dnGX3J1j+LADMc0RHPCru0ecGS0JRcs+mzGicfSMxUthWJ9Mh//gyie4WcNKA9DSw5DJbVNDKb7FJ
In8m3HlJhyhKHaCzIQo3Z/QTXm8NPcBIsoAY3PT9BMPwxbCYFA87eom1BV8jM43X0DBCHI5en11UkZrohNP+1crTiwRNeGVFp8FT
UsGRGsZxLWgVMJlieq+uxbrwbw1Q58ZYMRhG0GGKfq8argxyaSu7NY2AFgDIx+0D/g2dFEgvsuW7rciyMm2GBprinvkPYf1BS5a0
5eGhUlXS4G0KGO0kzQoMDZ6nRSQC9JFvEH9GuRPTGDo3DK7JW3f2IZVRXadBdUhdhyHuu17YdKUSEFk/1YuvzjFrqcBpzqqrOBY3
tFRR5bNtHtFanxV7bC7Qil2/o1SYGBZmqfmuD9lUWVtVE2Fv+jLbMi6KSF0AJA9uXMYCMaJgSdspGKhnIZeYvxPRDnGVJdlPlxn5
awOxJRYp9zY3nn77LbLymI2KeAZkhxE6icdygx3d5IMcB1ClHptusrWMmIH+rfdaiYI83ZdePhgtZnERPB48tkAotRLkCY/teVv/
1ZLEVBQc0wWQUbONsNUpkD4ROY8XQDkBdeiPXnnP2mZmzG48heMfy4lJyBxD1483H2PnY+jy8T8fWzp1yIWPKnQS+62QyiNKStSF
TlIRO5gBwFLbsuy5Rg2bWC3XLkHxIouu4jsvHFwOxoPJk4Rd/ROu4L6JUhgspx1YT6ibTiCbdyY+AAf5jCtRIYcxie6Or4LHT2wQ
yu1ecDL9R/ICDUbLS55SsNnnvnod74Z3GcuLofrgQdAAtd2FZcIeKsCqP4Jz7XyNSkDFHj4HUGXGPRNMsdeHg+lf/woA8+IlQIqb
fqMJMqZyRkBLhwh2eZRwOgbUIKCK+X4bBQcUBCh8iXIy/werFnjzJRBTbEYJC+HxbTybwN8TL/ib97137n3oOV3ExHFSfGwlH6l0
8IruRYEPHLzFWWxV1jKD73pNgoEVN696nStQQv8cVbAkp2PcnDTZoJ0SY3Kjno1RoH2Eg1nJi7OT3JMxEUGJdICP//a47z3+Hv91
jv/68BhdjV4JHdj6M6TzSZMiFKoYdUY4YjimgjHitIbMra8kt25bhADUlQuklBbnIpzFYY6eWHkRJ+S7c8FYDdWed8XFNF1woWvO
hIOugYInaAEa2KZT/ATOu5KIuQVIaEaoo0egw0S1lcn69qIuiscllKylOiMv/erqrAVnHxnomBt2hzjLKCX0mQQjXwJegkVubQ6e
frs5+Mdg88nT51yAm85WNBMHbJ2+A/HicZlrl6fYtOIA3q+xUAUY1eWFUkhQK8FWchnlTBzgWtGzC9CU4IhdfepSS4qw0SEGyKeJ
qvnNpVw1d/GWrKokzGq2aEqCKMkoJ6RiFMW5HmJ0LTlGNWk4O7hOgPTshgCiHCzg9u5lzzXmodmBUM9VwP4pR2nxGl3tvIBO4zQa
p9lEpS4g4iJ/9Fn0vUTvlyuhLOxV1Eg8zGtY1v2/l7DFwK9PqOODCUYK5l45Hk8v/l+CvKFILS9+UkWcC9m2/4Lbvmrmzc0F6Ua+
O9dxkNKnkmj/bttTAtC2NUd+G5fM1aEGp2qXBidCNqbSPwvq8seowDoJQQ//ku8DXzsFmzFGiGxZNIZOFpoBn/4DxBt7ozR5mDvB
YXfkIp5jndlrCiFoWc6YY1nGrhXpsNSwpBj7ekm9VRc1jstVwUDOdbVNlKI4eJzqEPi0bQGubATYb8WvBB6VU8a+xZzZycQEVF/j
DEkscMgvCudYbxfI5Gh2U322dGrFkBWXCYvofiCJZT6Eu7OkFGFoRQGcEN1RisgxIKaNOAEOMo+pCj0T3OBHzkBycKK68DbUnzvU
pghvIsO3WbIp6GuLHsKcXd2Q8MkSjcp/VglUcbaALfxEDRbonACHzVOxPheOEH3wcm3+n1V9SmzafM1Vs+lXKLleh/N4hnVgfZyh
/wBbr133LPXwCMNBDP2Y4/XKAZ/yn9/hnyCgU8msFnRAXjt0YI/ULSK9IZl/cTTzXHE4at+De8badzUv1ZJon8/3g0+DsoXylsfd
oBdbN1JwcT6nLO+4gaIFEhDfmR8LUNq08ECxjmUdDJDN6YxjFEqfdRkblaR8AcpM8ShOTJgf4mNBjsh+4QwwoH56vs4CK9mvwhS/
VJ27mKu4KQzCuLER5Xstpyfm1PMi9GNErUa8oOuOmzZwnaH46g3c/CiThxcvGuh8XeVZuaIySSxdUP0nzue3vrF0d+6o2zJZLd6F
hYbI7zrdAxNBWZC4ETeEBtELYVd9YnmFBUfHU7Y0rrbQnWCXkgmM83waz1EdYDFenhyPzrwnsqP8yYt48urJi1WUXb4aAGMq3Otk
UR+6Fbn3ZpxoVYhgoMcUf8Y5UwAy4lyYO1fRDEizPt5Hf7QcYwVSf8iuU3wq/tAfDAa++IXFgvxh8skL5OQJyoGlfjJNcvz/q2Uy
Jpsw/I2rHHo+uk/wdE3CVEyFs1ZvwKYmFSkjpzsX5NpLb85Ir0KCd5gUXLEPbbmUkEHUcXEkg3mT5PtiGwlcMcUnZXuROg/YU/Xj
Mp3cqx88bIs0vAgLVOH52llxggYtfyjiE3qKY227ikNtWwqSySzBAzjawRveU8B2xyTn4dB9mnINpwgvPR0gvGmXW6RYpOlA46P7
ci86MFoEi00ehNWw6zo7wGvHd46IANoW4Tdb8fa2b4Q0mBh5ktTgFg2T4eesO4lT/ABiKXFdOqtcWYh86ek+w7SOoVIHZBIZWnUB
6miop65HItA1FfIwBxd8uzEw3fCera7YJNJ3pLTsAm387nnAlZibC4dRbdS2FFiKvOugG/gSaRJaJA0MwT5gG9Z1BeQH8IBZ9Trk
rHbwHDCnsli6dYJlNj4+M5H1XiQZ9Otj1wm/5olj8ABkwUAl/pvdI2/11JukYwLwMg2lyJGcn38YHCwERdyWRIiMgPpYimh6FAh4
G+dRz+l8KvEpqaYEPnVmjNBuO0zSfacZx3Eh3zL0lvPS4RsRB00Nes0J9HWDMIeIycgfmAFyCJUtElikyVwsu3lkq4nwsdWNlawb
oo81XU1jXWE4rkcBqcN1BgORItGqr0feCG5zvCgNUMPHPbQ0aVglXrR7nFoxHsBZOXOx8yeuybonudqiSa62mia52uroa7OOpKD8
NsuUS1QhU0oQ8jLGHCFbBSvygcEX5FtKTnYis+plxLIWjqwGiRcolExeyux+rZlgEEWKjzFVGPvMfYmydOJK6znRdY11bMklqgOr
gR5qUefoj+vgHuVWIAOprWirN1R98qM9YqlPOfDP+8haK1Q80We1FOq7pV/twcTb+jQQ/oWx7hNJnk/ST1dkgfXP0LGzPCHFa1Y9
easjcgaEgV+6TS5urp9g3gno7Am7UD6peVL2PdH6661n/8RV58xkDGyRoTyPlzX+lvII8vQQvD6+98vtee8P3/u4Re/9/nvf2BZ4
tfUJP6iusMoOTM59Ea5s8Li1RqKfC9UPh6nQQ2tCfbogwWof6U8SASV7oTYeBfRXiPQXiyjMOLs9Vw4QNzD05imRP0yhnw1FUjJZ
qKFalBsGlMdC2XulH2wpxUtnWDKcyHh775nHnt9cyvzbSlLkDqEWh/FsFosKa4HuEVvZPkE1cHVIuAxJHXC2NS6DG5csmj1XZBvh
Mn3sdTdcC3HpNr86c61PtTtH6Ga+bHga76rF2x6AAs36aeWsc8LTEpqomwUHi6k4B+O8zNgviy7GV5eQ8zPEC8brLZuDSOZOZRMm
JR9Oyqbnq99KpXEi9R9f0buGZmytpew5iN6rAwnVY+2uHqUqYEHYnFlsvwb4vw3vdZaVr7S6PVinAm8VhUV4mwP6vyebnMuVfUNr
FcsBR0VFVN54ETKBag0x4KC2hZyQZlJPcVBly7KaEotM4kKBZe44cKKoXdorbb1sh8aTVkv5wuqszDogm0DKMfG2awCTObXCd8ww
0eZ8802LpzRZuHgfX3UQ3Ehk560s60Z9gd3cVTkF2anAGv5kCUoUXkSPKibNqDSj192HPlXvioDzC46LEYmOJqKABP29NpfGrMsf
xKVpvFc5l2GNgfqEGUJ1lgmQaTqPKVT2vjfgyAqBcgsRuYhsrUS4wxo7xHwMZ9Wva/B6FgYH+tuR+NvB5LBitYnJIYZGn9lDmZnb
MDcZmUfa/BpVxcDJMPhcAH4FslH+ZggatgR61VXDZ5UG4lNMma1oGhARIHrCTWUVh+ScEYh0/sLkOBTuwDNyXsJoN/RHi03/XWsx
SRrwOOFYj7u+6drT11xdOjmTzzt4kv9GiFvO2AcWJx7f034iyGjb++UwejcUjci8DfeLc9VbHkV3gF4W/B53HrDcnJzOs14nm8e8
i+eOSEAKOw3MbtiUgbTUrwvLnvJRgMU+AGIcjAv91Y0Twr+26wi+5rmFjfnPWmvlIPWBUlwvag04n7E1A5OLPEjQxaP6YhXlzz8I
1uyl5uMXtjjk0RfnWx+23X5r3OTpB6u0Ei/iK0piZbEN84e15CY2fhe7aed3K76IxMBWv7QysCX0TvrKgeHO8GKzsLwcvnkq2V3p
balnA+Bkaoh9RMU3GR/FX0mxmlv79TJvSY7xhRtlFGn+BPD1fJnExf1A6Ai+frb1VA+f1T1B6YhC8idRVCCXlLc6mkzpz4GRHBLM
WbiXCWXpQ4wVU53heu23Ev9X9k1Emr/SNXMOawg6174sre3/Nb0q/ytcE2sHcUxz0wstsocelohEmWKGmjbW3mBwyopKpXMOTj4y
3KsV1flRK8UAq1uMHJpE5lp36Ta/jUDqBImTySz783Iimp7NasVESQeYBxMlidNpc5uJVM9lAezsccez73K8MpFA0/YIB2BrJEl7
yZJOZsQKunWGg1ixLYsofwzClTWBJU78XbCyiY5pCnVvGwM38ofKWsizHjZi2tpHwsQouLZeByzfhIjJGQgHeKARhphGBd1rT6ar
3Uaw6AwPgN50BlUgRcSvBZUB5akprCRCQrgkKMXKzum2zDEN8uALlVdulNIXy4JFZniQWeVvZ7+NN7I9X9MXEuLbjFNwPCLj/kQr
Z0HCWDgDWMmUI0oWCcGWDAWz6KqgIkhCbDMVxkKDzIcOX10DVel1Iid8sdw0sB5NYZEy48VFmQfkAivRWZ05CQceLF6rpqOo+BJI
UOqrEQ0A6iujiGpMe8+BpCpfLS5CaSes44CgHEc6BsIfgejkpfQT7hotUd+7JIomObvjziiHMEbYVFbCrFY5z/pa+56xDFsBGKWs
iThsHsQ3GY7+GfNHwyWH8sv4D8oJkGYMSb4+XnVapHvht5idk6ZSm6QNLePeaw4iMnCFX6g4svWWJfXx7WEsTJRgqJ6KZmnbfAVE
WqR2e0iT3bsGCUjLprQRqyaTT7k6h/+8YVD5Yl6yVRNJzXW8vvMOS4jFPVadzkuzF6t+18rEcGK4DpYSx6bpvMoX2jS7EdGyTboX
Qaw5tn/WTlmS1H9slMrJ6iOuQb27P0A4B3ImpWbd67qkV0NvEwhUTnio723JdCN1E5Aqs2068vMkyv7IkV92CPu/idq+RP7a6m1/
YSVUXafUUuC7WakkpeIEyBSlEAQ5VvCXooIicpXyydUVJ88aCoGY+Jy44Ji0cld16TrUHchVFlgmD4Dl5S5bJcKSKPlK08JiswUb
B2VXW+QqyIOsY3YaOSJF7JK30xv9tT5tsdTvS6jAvJoKYLpZo7oKDutz8oJoJIC37NgxvmtJHlueZUC9lIUmjIsD79a6NwwS3WDC
TlnXkxXsOgSHHsHebav0YuHfBJA+cJkWPt5IvCcqiXj/t7srb24bufL/z6fAcLfKZIXCWL5qQsbjkiXZVqJrRdmTLY/LhkhIQkwR
DEBKVk383ff93utudAMNEJTlye5OqmIKaPT5+t3HT6XHYFHLz0Qq8RuLOImfiitFVkmJE9HJyuqizthGNNTSq5u5jnuBh4XIq6V6
EQuJQyuCz/rBQTLO0jw9X+ykY1QHXOQq7xTdpl89ofSwRkVjHC5u2Qp7lD23HFObdK0E63+gDcqeiJuglHMj35MdqYgUy0yaUBmi
932sPkW+ADvTVNwyawCmrCWIjDvQ/EwMx1tbZmhql6g8/WtIEOVerFwTnMCKhDqbnYUNNVMCOEvmnmmUN9VJdKuyYtHJ4HHNQoaN
qYQ4qgr9tAEELWN96VkSl0qO8OUb9kklsJD8Bsa278pexVa126iKDgY+BJzsg3eNBtma3UqezJ9GPpTjwB6UzDdpNulVmRNOtuUq
qk3+rQ6NUZvcgFuZvLTt7wVxX/HReVP2FZXB0VwjWlN6E09a5GKx/DmQRaQN8OjOTSIy2oVr21G6qjG7U74WpRXxZ/k1k/iTyvnr
S4nSfoeR564dstFZ7Cxd0hSZ8j7OqQuf4uJHSTqH6BEwPRxGcq0TGqm/fgmePX36+Gn7C1UMaasuEskiKaEbm1Alcred8hz94CkR
Lte9wkulMa5ltSnEvl7bzGjcnzlEVzYx+pSZ0EGP1UyXqUtyZIC2v1GPPqpvG3LKTGgpknj3ubqN8r16ytz97Ew73B8tF/K7zh6e
LtJxOnX60g/x/dudY/xzun1c00NUnUtkJrKFq4EfL7lQdc0cADrPBe79ViQYnBgjsmzvkuWoKrbyHnJNIvpxBwlzS/Icc3bnSPyx
y6nwccvTJfFu8LZFXuau1pwnqHeIMELJaY+am2E9K8Y9SsUiD2PHbE71GuuPLAv03fyK19H2RIYHl92xwsh1sYkHeoO0+b8ruaO5
EfNweubvH6LoK+dzlqzvD1Dm3rjWmQ2McrZUI5VDKeczqm7YMkEQnbECCXN5rifV6H5cEmKcJOAduwRLb91iVI5VfBWbvCMXXz1U
aMBsTt9Nfs3ti4tuLn3fKw12jouLrO809WCyqVaLCfBVRA0B55bBOMZ/Kzs8jy2X3JGEVRbYtSpqtLfU192PRkN9zbH+b7XY22u8
J2vVXWnU/WJltwg3i+jrYDz+Qh30j6w0uxcNdpF82rJ+rUZzfZVpBA+tmVVQklZql3BSVTzQegvO3q7N5INgVKuNkMzSTHiM3qFk
f7W1hFUcVDJ9YxGCk++OHHrfQojXvx737dSyxg35VhbDq1upuwwtEGRLjWvZE2IlVLR3iGjlDPEHRTKsQwCatJOjSsGQpnoouhXy
IVX0krbTu6oZYvu0c7hPVPg1dtPZxjSZfTYVSpRvnA4i6rPGkF00qEE7B/aRTK97nxnP1/JTrzVBfG9vdMd7rOpC7jeXemOz2dOc
JOVLVQlbHUdHPXMjtnX21abUWA3YKl67ui6bQd+XbY4m4G11tFu5gz1jyVvlzO/tp+rt6czF4+3v7UYflNcLXbVhMDuIaX/Gvvna
r7kC4UPPUEZv1iw1tEhaX1gh6K6LBFSqyaTj+1BwG0SV62zrXBcSohKySSoHR+ArPeGU9MZdYYeFq0FgxINgM1BqgH7wKNBqgGGw
pdBUwLJ5P3gsP17eziM4mTwJWFQfmgIZm6qIxiOpYbGOdeLfg3OqZK1OlLofC8WProlCCbWl0XqrUIGzFwAK9iXwrQvM2SsGEoVY
8zwdJ3QSk+riM9/ddIYC2NUOpXH2t4ymzmkOvwxeV6G1CF7IE+I8g4EnM5LtKYTPea7O5/yk6fPvgWEPNe+37Zql/FjQEu9d/Ge9
8H+qBWvGaFIRxqA0/a4O9xolwYeyV0jm6BB6jrZw01YY0pX3d77V0PNW0S3xbjpDiLGaa33gI/1b0A49eWyUhISD/OMabYbZxzn8
W8xj/1eFQPNBcfe5TJc/Lt7W7KQr65S6iM4r0lDvu5KWXa7C9u5AKAii+A/3tokxTfJ8GQebTx5AuX9NWCzNbnsDqf+28e43XOt3
B/1A/lX14LYm0RwOwXhjj+Fr9G4azUIaF1Uf4wHRAlMK9HFwdE678CwYRdfwp/lzcBxxzv+usYKHUoYuPE5v4mx0GU+noeppFev6
7uoPoSHXVwUR0Vum9kzXn2pVA1RPY5aM8xbT8E1lloxr5+IeiaBjnuH1VfuSns5Er6cF6m8cDOevB6xMg+ZcJxfqDYZ9gQZzcDf9
3YS5V2Dv2Z2wN/6bEYs7KXAIzR44sLaU+KyM8OWDOrytPhlxShzz4XHxofWm/vODaGyjHGtc603D+oqqWGWUpZZrNag7O0IFOPYj
Agvm0g+QFW+T+EeE2In3ZySB7u/2tw6HqMYkFhD2xcxiYWIehnWTROfqIBwycg0dtTMqk5O3s0V0cVFQEklIKDSLqOPsMxMsdqkj
4LIkAO5PmqshlQxAoPewZgvpAjPCnvXaqDG+P5NxfdXMZdgAzW398EwtR6Y4tbvpV6qmr2z2EQJC1Obq4r1CtQnbK2pNIvp8Li+e
4E/gf/r9DCSZSQD98WfpNVtIu82HTC/zGOqlzc0a9kIQi0AuTuJ7ElSnwOsg+H1bqp7Q8H1NPc2PjYKAfQ1QlZXwJjxNM9iswgBl
gYmcjv72Nh+oPw6iWXQRZw/yMn1VVVxfycAoyah66w2D8TSB0lj62dkbHTzI7W+OWFMWTfW3G0ezKU0YKgvQT1OS0Mk/y95wXDiS
VUf2Kg2Z3jDrrTzakIUgP4a1CaEp9p058ugsTgA+Jq9Y1wpd5bjhXm2aZrWo+grfRh39Ob4F7fqdVZRqMZyaUmZs/bRm3LFLdjjd
qU33dFjZDO9D/w5VxmvAFOdrY4qyR8xncA7YF86F/v5zoX0uu8CstGBCri0kQsLBRpYG/7B1TacIMFPqcY2bcNltuCfSUmeirmdQ
VqTedm+OY1DF0u9Y/rzZ8bhxo10nxS+Wk+LnnnUQtgDHebv1je/0auyQ9f7AOv9uG9pULVP7F556UaH2T3+636MpISg5IkFSBbyo
l+rk5PZxvdvvcHyEkoBGNXJhPNkPTHqYs1tVsjgP8nGWzIlpmaRB9z/PQ8GoG/E/gwcKrcJNQX4ex5zdq2nQbkQnlS+4XiL1uYx7
2r+hIB638SJsdFl3Qcvetp61bxrS6GDpL8Cb+11B2XfrYuHqQaj6xA+AKwz9VqXgUhrqpvr1AxWItTG2s41yjc5c0qWjHNgkybPl
nD25/5GeBV02znAa58eoJpEHc5BK5GtnS06IcUwx96A7zseq6Lour17g8OBpuMnAkkCjmyxMoWziPzaQgYl2cmu0vbcnheG5Uj3M
aIMgUgI2KhigLnqUO8XPudy4sDrGeJRfRnOlyg26h2ypKhj+fvAuyRbLaNqXQWwlfF+Skf6+czme99ne9P4D//uMiBtt0e+G46fr
yOp2uf/6r6MsuUhmX/vBa0kzl/MYO7NcEDp9hd/Lc44PN0OLTh32KT4rXfjmq+z5X6PraMQ3aqSzH2fgloq9xRhny0SF210NuKKr
k/CXH4Dm9FUdcjlwenqTTDB9rjpo2JBr6wgl6oxFEozTVVvjzp2/L02fWSTuUxeWZiX6RAWAYAnL2Xy6hDQC/UuPD/1Q+X9xJPUi
XY4v6SDVXAYmvojmB9eoXOXzVMePSSCpBz+dc7LOieaY8BUB7A/MvaHirLCj79SkfxC855a3Gk+jvMjQ+4OLHlFvwTpzgrP9j8cn
u6/2/v7x6GTv9d4hbfV0Ep+Hl71BwIIABC4i6Si3QQLBr3Rwf0M2EcgD2FRIA2xiybYmXDk+Zz4oeFJl84qa9zK46pVktuHKtjzU
8+Dx6pa+yTwPngwdzr986KbCN23aTK4jEetzuvW0DceyvQ9xXWRM2oid9IrYxC2i68hVj1Jpk+BR05r1WPIhSowP63yBASSMmwyH
qj8+ZC6eGVWZFdtQ5WvmN+1FviJYjVlnOL+8zWmOUwBsvxS6yaU42XcRNZZtPDswWSglu6VROx5sbTvl0aNZsPtF8hurdMDAZSCv
Ti5LQgysHcDf6I+6iqfndJ2mnFl6IQHh8K1ZpHTzVE9p5sTcxNEV3C1L8aScf7p8u0Fvob5rLA1ez3H/QrueEe7O8i4jIXNjG7WR
Tf2VNZQNbVdpLRGyHOwt4qu8a6a1Sk1pe8sAANPGzPKaB5nZkXIobo+45y58/xRBUnUhmuxb9shjVjryxsJjWE2eSxianm09V11M
89hbd/x4SperO+61iwlqNOSaQi1yh8YyZ1CgTxLB+YmpDHEHcYB01xyHusgLoBw41EiSXxCURz84SV81voGT5jmnNz7c3wqSCdAK
SrbxdVH8UA/Eol8krAp23mwfExnkfwPO9BGqFOBc1cW5Olk8jxKpzxFl00RFy+YSTcsdMDmkwTkk7QxJszizYnpNs8GyUhOsEC+g
1MldXiv8wRuoK9RPNu8yMimtEFOHfMHsXjxziarKEXMRw53YbAzTY14kU35Hx0EdYWWg2Zzkil3kGIeecbkQQ4EfcHgg9YY10D+L
5Cp2Jm4Ol4P+9MT56nZpx/+RLoHnWFnziQjhp+AqukXYg2qZ6/woMkqZyWusSTniKU0UupF59IUDCjgsFUei64bKignHN6IjHbB1
leS5eJob7KNerYFpZEZr4Zmz1njmrG2FSbUBV9FYhQ0Ba5yVscawcVqRg4R4b6m/upQT/gTe9XKn2mxGSPYERXKTtAjv4RKKNdAf
HwY6aKZCkuv0/GaDWghsznlwPbp592zVBql2UZ0LgQYspLjNW4CV5R5T1JVdACFI1NQ/ED1U3HWVSXvjUbDJGbTRPTMhLFLnmieT
hPCEs3xjGRwqKc8VDhWpwce+AZPngjRSZDUkyVJ4NWx2ljL/LmrNeOIbrzB6BvuEYkHIZJiNf6QJmPorLsRAY4yj2YMFibELXDAg
CzWQWn1nwGiYmX/fQDs5QdTOWERErCCIrIXQEoA893e2joeS82CDxYtUUzIrrlGSOIn3pifpFoHkC9AZwyc/B5Ml8JywH53DRnuv
HfeR+LqIWndBl9CehRVIa3e83iVlwJVYychDhjutjD/Mz7abHj21Gt1hltp/zFwfYBDdHzsuW/2HXE1WJapBuoNK48TXttdu2Vjx
r1EOoYwAgWNy30S5yF8CGcq/sxDeJHC3aBX5W93p9Arup/30pQMni6cPbUfNaNsfEyp9mwDbVcxoQcqFoBW9DdGbnlbR39Ab366a
FQEx9cW+J8n5OWExILkux2gKz0gwwJFujAIxK6kXUtJjCEPE3KcHiXKuMMfkpVA1dD9KzCV4DHV8Q0Xg1oWDkPrBN0C3AxqSs2bK
HoZQILVGqykkZ7COXAEMsA2m3deXqcOo7xZ4PqcFS6KCnUtsu6IIdEC1K9koIbdScoifVKrbjTl0Yjl0YhtwMv+PR5vPbPMo9BVE
DnhJkB+Q2EamXk+h8pBJLfSh2hiPT8HS3hBpYlmTY91zVx6xIINBQVL9YosWUf7ZIctDS/Eazm+V7uBj0UPOitoJlJ/T5HPcyPpu
MbjJGTlhHeiuKd8C3tsSqr64eM4xOfGUC1wT+u2MDZFZUcdQ0z2LWKn+VA6jXjW78wudm8b9gPMudmruLA/xvKwaIkSJriwygj/h
Uq5//8VVCGlzjjeExtlrxTu7hGC2MDSlaafHFqF1Z2xtZ8dzzTo1cd6mQ70088C/vuCF+/i9bg8/Iv3bW9rAxX+/ArAFTHOSshY3
MbDATeoIe3lf8pGKjehga3tgVPm/M1DpYBKV5p1ogs4n5Vjf+fxBEvKvog3jj61EHF11NOlMMZ+9fjBhbfWF1sYHk1n+Mde6eP6D
lfElAX9s0AzyH/IwhUzR5XkqAYuRh5P2Tpaey6Wn1bKWHalYQ2MUcFYFFvpwpNCwLShfEFJhksJEuYvqnaAhMEb05QXznISnbA0t
M6P44vpZD+oHx6MgXbh6SSDlz3E8H0hB90IBY7SNhZKApfNpfEEUlo4zJsogzK4j8u8TdtLCN390PI1mJ6wuUVRPClmJFuBe5P3V
ukehyI4uQOsjtU6AYUs/vLNWEjchv3+1pDvl/39KA2fz71V9wAfCXOgO/ep27KyJHnWCOKkqDNTwnqX+3v9CfYIbgunhvGsDAwSn
WRJlu/gkS0/x/sMvAd/zqgqDXvmUGNxa/APdCNlOkROoHzD/PuK7Dgmp5z6J6Enw1a8h2SpYbF25YFaydmgVKls1FfirNJuMdZV6
VuPJ0AuWjiCPjhSXtA6k1u8FKFiHDa7MY5QHct9E9hS+thLh6kfWVNMcAjG/8aSrqRhPAyfSq3kf6ffemTSsuKDReujCgm5Grb7R
491lOOYCbKzAG6lt9bzP5jqVX62GP+YFoLGfpYVezujpDcgZrq09uFWVPvcHeYbJ90BfdVwPIHom1w4mS55iNJ05yCFPte267NrA
qgz7/P3mh34wf//oQ19pB5SFB8Wlj5B6MZruXcyY2Obx2g5SJWoz50wAVdbWngXAdXgn/yGvHMAzaIqntJ0hBCrhWsXGEVWQ0aM7
56MAJyuWE2OO0ow/eFF7IG1uoRND+plsEPyuCsZkF8hpafP8dM60+V9DnhKUBoWTq7RnhTMnQ4uZGzxzEkdy2gD5liW8rooBl257
tOHZZ2WXK6ooqyXTHG4uk/Gl61QiEn7ERXAu78xzWmxvI99JO/rNXCccXe7IdDr2B0N0j5XnzBoWrqZ8EezdqHjw8i7Y628ZgC7i
2HONG3qT90o18WEVP2R9IXknhqsZMluD0pOafr7vgGzUxJ5b+bg7rZEwAsOAOQRoVCJe+X/nvnQkrxMAGF5UA7/sicsKhSpNmFBO
5wMrXGmvO/fBtLKuCKmqVVj7muTmzit1sZO+qbM0aMGnrr1GncacE+gVqx02i0MWhPG+t+PkHfOpKwf1VoEac4fQ1hWPrISa7YvP
vEwJb9oKR3guwP4vvg4D404Hex5h5oWqA5lJSlRWa96kYS0lLiOXUEUH5F1e5gqZE/9VegAQ+WVF/IdWRR4lzB7UlmaeSC5vT4ak
FYapYocNY7xWtKDGs5fRNbBRmU0e/tDGZ/4C2LTCga/JqHBYgt5/TKcfXLQ6gxWxF0yvOYlm3m1MIo6GdZktLgrQ6AwQYxZ0BgMU
LB7YRX5X9W2nu7gYNrmXH6bBhpU7RfCMrlV9kyUwA9tZZlirRReUjjSeLfhZKD46whw0jWU0XRfEhMHDVTRrksJCl8KGKntuBnAV
dggPbBrAmugGM2pilhYnnutoluSX+u5ympwsPkvTBtf5MrYu16jzcHQS5zu8s1O8577ZAuGaBbWMWjUXFecNb7rWBzAOi8cPB/jf
Of03YEQ3ji+5hopxPBY9Ni5j3VjQykqEVsUZ/SrOLmL4Y0JljbQ9qJZL4yQcD0hzQFDZjarb9TkWr3WBpXA1NtELfB5UZeS1o4Fb
XWCcjRrVtfrKzZM5uIGzunmRKTn4qmuNyFcczej7lHNg1aCjCnTCfkjbsM3xHE5v68Fqe6hUOoCWQPmtWy97VZhHR/N4nJwnY6WK
+GBrZMtaiuEdtvA77FphOWwrx4tRTfNia3vNWEY3v4VwhRNNvT5lZbhUG8N8shAXpUmKDGUrvKXyEPERTUNGhmFbNButTSEX1Htd
JCQ7a8fGrm1B7tXThnp+uj7kztZf1e3387vt930JFloXV3Unvo0XnfaUzYF/AN9fgodg1PHzl+des+wft+Tl7DOHnng9oeiP9Ze5
5tTvj4ssQxAH8JeN2x+G7Vmcult7/+yOV4eH+dT6Gxlbt2IblZVC4jtsHicMtkwUk7Ynw+uF23NRJxhh0zzWIVSqY3u0BCq+CVuN
WWbpKp9x2Gk3n/05fPT0SfglvOX8qTPlQMr9g4NNZ0TkF9orSOMWy0IfNtaLd8W3Vjqwfkl70y8J230l1feDFoVePH4rttVlpc9K
VN9YfBxtpxT9Z3qzSgf2LddGroubPxKXRXwH69rzGtBMedgg5UxRxAlCmQ6F9dhcaq6WW21LLpW2c9Xfqq/ebeR81W1r+toAwcWK
dsURxfKh7K1jX9CnHXPsWBEMqMiYHZzXRry+H/bQhKg6/GBsp6tpzw4WaW6Lj82R2WbadVjDhnI4SjnSWvGslcI4zLL9SmdGhWzW
Cb7eD5Scs6IE03S8W8vbu8JR9d8z/zOZf0sA14UplI/7uqC06n786N4PsEYlnZQauffvujpq/KYP7Bhw/qa6YvWy9Y1TGpbvct08
6ZkRIStqCCekXkXQe0vDwXvvFnD1CWqRT4WhEGaHT1fR+JNoQrQqm7O4cuxJKQJWu8gV0az2UHaordveE+gaBr+mMPWlM9f3kPkc
eljWytSzH/btKTTzYq6bcgR9ofKv4x6c+NAEloFqcrYGhy+u5bWOm9eX1m5eX2wPX1qBdghlyk6PShZzfeW/lP27CieplVb0FbcX
szLBsF8qwbCKK/5S96m+cHvz7pee7bSkExX37OhWOYwvrUJaqW2bclPsdK1DOOxDSeZ14KEG0FNP5pbTznMniP9rOf/5M+X0mVcc
R9l5s41baOGrb4ReuvDo2/FLNaLGJB1aysr4Slvpc1hVibHn8gnQWas2GOVB/f3i/dqbXz/buSUklozX27Mi7IV3jUljvz5fAecZ
b/qGQ2WaPCa0rYejlZP5J0FCsI65nrTKCKaRzyRGEpwz8Xn+RIzqJyhNYxMe0mevCnswqH4GgZ3w3aipbfuERmsmwwG3pNFZv6xz
WN8kY2VbIFHLTddQ6O9Rqd1809NuEaKprj0+h1szhij3DF3JixbfKrCWpvTxDqzfhfgX6Ay5KuV8Xtys18Za12Pv8XbZqA0vgmlp
+xh+M7G+aBcVj/ZNwGXfXwVfhdtMvwHUGKIKOwYjBttw0e74LIvBv/EA81UHWExzvSPcg6lYb0k3d08w/8YTbNpXazHOc46gyr/r
5trxhLxRBQnlpZRWyciYYOd58KONkvFli0OT9bQ6i7xk1SW0jACFezwQulIlU95mPxgMHjEWHAwei573BqFhovvMk0W8wUUUgfrS
6bXX4Cd3CyTTjaSYcd6FsTnpoDvJovPFRhIvzjcS2suNySzfmCT5GDHEt7Q4DhIzHsWKXhgSvIJeuqCszmAFrcxDzhma/0pYotsp
bU6nFfNWt9NaFvlpKtKNXs4Vy3LTW3tjDCfRd22gyDQDh+F2uEr5e7djFu4DLf0xIjkQ3Pn31DmZ+1WrqoBz2E/Q+9v+ux75FVVE
9xFfaeqGdv2l7FvcYuUqjsn1WjPZBR9Xplb6yFipKXrelFvWAUjLg+H+WhGbFaeiZlMgY59Z27tTpbpXKyiQtZxfzFIad6vxCjnd
le+R/XKNaCZN1tXwLLXuryvwxq0F3tgW/8xliO+X+ttT23OlQKV4aKMp4NSDbDyQbwiUEtT1bFqmmih9+uLFGnlv65eiDux1qWri
xK5OvYLuTGzbhuXphy+DF8EE+TWrCesbdpd1LwI9hR5mxSQ4wFDtiazp/cMPa3NymhfVCfg5vcM9Ep1iOcjszwH2+j4MvVXK7Si9
Br7Oe//alohPvVcmteKB7/f2KMACfWqzz7omOe+W1ma9CDowRvHDVYHLpeHZegf83WZw7I87MjhZfsCqyHTakKDV7SDR1d1XngmR
M2LR8ngyrEshS9N//Cg8zW6P0a6r/ZB5IEl2JR3g/sGN5kVP/vaWjahkuS5WRHcZ2pWQ6wI8fiQrYW8ulacWvME0mRDzuGhIWatb
H1Fn59P0pl122xXwo9mXVsfIqXSUvl4twotXywCWSIqXNUGM2RdWcq4N4AqqgEq7DF78eH1EJgyXRxxthc7G6fzWh85UF+7eoXGI
Abu2hBFnjfKFnc2Avl8Db3AY4BoL0yyok2wG5V/4K29ymBUnayicV9pX02w88rLwcb2eeO0q7a/VWlqr5++PJ3WiHsVOxE5n9VxJ
v9Alq7thOaZBylZF0GulxAbLn6SwdNiYugNo6GU+lSyzXEa9vl2VXsuHP1YINj8vb7Qe5Y61C4pPdnnXWZaZYFDu+H0c/i22M3rA
VhkLLhvW+iEls8bKrpxyWtsOSZhcThdli2H7s+KQSTvEy3HT6Ttx6rYJzvzWUYfabC3ZQlqq2hrj19Y9lCIiDZUj8GvNuscmtEqW
W3kvMV3PsfzKO5VWB6/lZ6WF5NFhAzd+Vd7fqHKn9K8XPU/a4MWGDRVD/Eyd5R1ORBn01zsUZeCvFmX1bLFaKD75xrUqo76CSYmC
XbGyftBwC9QfKrz1Dlu3/r6972DavFX4UXmLOQs0Odul3jZehKjxItBbWSe/l5/+cxquUQJBK3hzZOJVWsszLnwPr4c4uspDLmkQ
BrtArFcxsuVLBlvaqSi5uFyoWOXZIsUgusPuOVc2sGrSbm3vB+PLePxZaBxWOAmulgsgMDw4RR6wERIjLeHivX10EGwd70lJDWql
ph1OiHgMMZIEJumCDVEmCb5hkYWNiPD9m+vDePGSFxOOcxPeHEOVHX+Jx7D5SX2Gg3SWSvqzHJnJPsdSy4ELc8tubLBmmngFrsot
6vDFZcKFdYkoX6UK77NLB6ctph4xlB7pbsn21W6+oV6r+fYloIeOSKpVEEhMefyhiR6XuYfzfPNBzg83oOUPFvBQFE5kEk9j2HTr
Qrsx8ojH4P/vvlrOxuaONLEx+orJJVcXdZ6/QyRX/V0thtMozTwp38Q8RI0Y7zXMwzdjzTwcRggBo7+35km1i1cMpNJS1wDCI89g
qCKqWo5u80V8xU+qDQ/jm31pCnfryQEAHA/CbTqgRVxuDqjXMyDOFH+aO1Dt/EASvR5KBPfu7DrJ0hks+/ab8kdH+UuwJqUPjkbq
LEL9L7cqf3ysjwyFdvVvL96pzbTgQKFks0IshSr2x5EcJr92Fv9zGbMOaFYLk3Klt+TDk+XsvoDSPMHgBSPFo0GUXiFB4QRlal0B
WBmlgPkeHRIx4NK71W0VX9v4QBCBDcYkd+/JrxJOMNvEE0clPpQ7jE2BqWRWEFDa5uzW4sKpw7D4QppKm6E36x938l9o4Hb/eplM
gqR5HPlM2idtxpGrUzMQ/1DUYa8YWKeSL42tuioGt7/Un/imwn74B+kkOV+xYgXCGBcDqk+KAfX72kF2CCfXrFZ3qproTpv27s0s
52JaWkaIF5dpMdl5hHI31ZlbO6Y70F/KJ/Yq6oDWwpOAWbkc/KcfcHfoZE4TQm1vF+PD9IamgcBgMxn9OpTXUt/Mu4OjaRzPmam+
SqZErDnJHkPC6SXE51AaOC9LC0FJxWl6Fk1/c9mmUC4usSUMSKoSCYn0YG8usmjG5uzRf49Odw/Y1r41uUpmCZilRYrsMNCeqUi2
wQ8mTI35IJVAQPd8dssYUvXFaVJV+QGUz7lJuB7q+TIHEg0iexjCs+k8VjkCS3jEpkmMSYjA7nuORDH1pmQMfyTzrNaXYb3PJXO0
lXfukLU1GLnFiHilLFkgze5YEUXneYUixmNo46UOK+rFd80npWe6hz2duz3rmpJDo2SCklshl+0WoB0xaoCioi/dnYDVJYaBHm3L
6fVV0Vr1J/fA1cd733WSoNIEYy5Y3ed0+SwVDLpvBEitY+my6gtOZXJV/HelIyp31SXQ7LjXIqWsgUyN/m1tOHN2Llz5cKCkAB7/
c5lkMeMDVOWgyRzUqj4UXz1HPuJ0mQfiYxJMEnXVsZIsRuAX3XNhYRi/QT23zHJOQe0xGFxKlh7ewfDXKFkczeJuMZmhv8zd1hlh
EGKLZJmOWUB16FNSqj26dATMGkx5wkuJu00GHnTEacx58uoLOf/KxNW0SipRAzzhTpLPU4zXhumxOfKCgPCfVWlIgER8cc/l0Lr1
aBgoDZ4RhEiTRYQw4xRZleme0Xdu217F3YkwMWfwFpfSa+rC1IKQDnhAogcqnaJURyBEHdbQ6FfiyGTdvOZKtQSOSOl+TJQ4JKHh
jDjKrs3bv44X0iVaOG84RD6aylt8S5Lr1nw+RUJlgiwisRHcxt17XE5+X0VTQX6rhZg7I9qVYxCJW2OMFXiyqp/+cYeQxHiBVM+7
XyDgd2mX27lWqjNrNnWKLkoN4SF0lXe+JKGgJaN4UdCN4yxdSAxHV4qg8tWr//IIANqlraxpUiVUuG9yVtaLHNmjizc+crNXXK5X
0+jCuDzCY4rfBP+qtjliCU09Rl28dB5dMGjK+8MUwlNLSrbmmmhT/m+sqQBUQXrmb0Bsmb5WzVZVIIzGUKQU3b7WEKamwzehKVce
ZrpeijzfCQQZ1HY0mWICeJwryFb/T1uTnnerKKDX6q5mYWWjYdSu231kZJHFsddHFsp4i9uTWOUGU0VOhu2DOs8i7JRC0Fl6NuVi
e7JquZ4Na5Th+rxLW1ls7ZLCBOCw1JQ9SI7GriueXd0v1KS9sfQaXES523mzu3+8e/Jxe2v7ze7Ht4ejrVe7cAK1CC8n2yMShTx7
V0tO9zhNJW9wiQ6DUkJ0UbVB6gl2t0SriUqdESvmr5OCVRaGa0xjSJgZobs2e4AyRRLkwaSbCHYH9VizxstjUotmjVUAiB28ybBk
kzpeBn1gswiQGQfOwrujjc2NpxubP/cwO3cLnMqY0u7xo42nT570OHM8fLixjRlyerIgCmdjBg/hU+wNVIeCjWxM6qlBtgSsigvh
lTBJZc7FGuAIzNSeD0dQ83Y+FnJL2jj462lwKQ57YzpwE/G83fyZC3UASrjQj5wIHRmgSbfv+VyVfnTX6PRi7y8b66vVsCthAwmn
A/VuTT0Ky8uLwTJz3/qd+QksGNCgu4jl5p6VeiGe+mmSJhgCFN9k6ZYsnggYX3NW8upf/woqPBe/qVWNleldaaR6wljtFnVsQYNQ
T5bEoGjyK5Lb/Us0awOxpwBLSMXIMwh5Rb0ausYnMUcYaaOZJLEuqlY+6dUx+xiLPbPsydfciKWkIOKJLjKUqD1Xl6J41BWFHB4c
0Mjh0TyeyZ9CHEIM2C8WG5rFErNSPJWFl2ioGl8GOpENyTQTbj3snvf52dvTVz/vzmgD4FUhnOhKqqzAI+N5naa7s0m3FgPXgAWv
5jC+6fq0mgvo2Ak4GP64JZF2PgBphvf1s/fBDG+zQBgNqkoZmTBShoSYoTno7p6cHJ18fLW3v/tx9+97o9NRn7PuHxWy/EAXBtRZ
l+3RGPbGSrIl7N5VaaxgzptGyRX0sKpu0qMqwIk3lp5n/ebUAN8iu11xdHcBTzMfB0b5XGwgBVPcOhDk7HYRv//A5T1qzhG81Utq
Rbyka3Jx0LNMAzUuHhJN02mo2qR2s33GGnCpdgu1zr8Fwq9gzlVlpgzztuY9UjjNkKd0mY0LS9ikSFBq7pP5QjW12mhBu96Wcr3O
SNK8OkxbO4qmEdyZemWogqv432eVdjKbqFoXcEUQ02HOITL5nI8RO7y8uIQSfioiOHI8sXtBvjyjCS7gYRCxQ4Gjii+yq+1tp1cv
4XKTlRRayr/LNXzNs/Riz+bqregE7dle8pDhVPG5dvn/oJyMih7EXFL/veOgWxl4b3adfo7bjg2PGNWHT9t3YrbRbAqUfnU7pL5t
2qjilnAiWHDRCv3szXJm1Los6tH+4d9XWXp1jC93utKBiJw9L4TddeutQAU9brcXykYesHdNVz5/KfAnKgJqCbVBnC1udUa7tK8P
s9YK1vJYEdawxlxG3rlYgSUIDRRv7a9NW3cH4Lnb5un3Yr40MxZwrFz+06or0qPwoXZHIl5IPQ4RhJ2MkbtgKiawJYyx8KqZ5QnJ
SaGqwkgi4Ozjcj5hGr7MmZCHerTtlCFxkQ+C063R3z5ubZ/uHR0Sr7C7DRrEz05P9l6/JoH75dHRafCzerh9srt1uvuRmIu3xzv0
K3imXuwfvaYORk/eBo/6Zk3Wi92Td3vbuzTQ9tHbw9Pgqfrs5O3h/u673f2Pb/Zev9kdnQab6sXu4dsDerizs3sYPGQ/Ddp5fX9y
j4mx7MWCS/zX9Mz8vcrQWNx4uH4N6xsqeKEtzYYVIKv60gQD9thi/Z8H13TpIJXBQet4AGPbyyyLEdsZwt4ECPy6eix3CX17prXM
Fk0tpMZwaLJXbd7hY3opq23wwlT3SUFnrWFHNcuvxzKidozolOG7UwlnuFI3qksf9wOdf7fjj16gNm2me5KmC9vAZ41iVgI7ozZs
QM/z22+deuR3El8gY7hxNnUcRunqLzkNjNJcRLmoIvWfi5c0nVY7ZyY39LWZxOdqd50dI+YX8EJreOj/TjuiqI+56meMop8j9cJ3
KED3+sO+JCWEXoGD3vfOj2YvowXtR8L5snxGAk8fo0U63zt/ndKfd/p+l30f6ZbBbWM/uUqQQrlzfProTce/cIKK2TiZR9PKyo/1
m7qlm0+p8clytk+i05RG22zR/C3dqb0JMospOEB4U6FdGcjFXd3PfnpBSyWi5Hb1lHp45NFblcHMLwAg0RHanWbJxUWcgXWNbsXw
jGT1xKLwc/iOxEoKLZEvqWyvi4gG11dXond9czjyjabKUHKYiVWX9yndNcyDOX67irO43OacSyKsK6inZ+ncBveE1QIJtoFUGBvR
Pv7sEb/03qtOAezYFIGtzYNOowJXTSgaL5omsyVp0dy5PKyBAeoLQ5MwQY1qjbICD0YlRV8ocnOMLAIjVGn+7bfrzfDhb78VdZvD
+Eu1UKE77pZGZpIaT377r5dSfHtQUhWx1iF96QOXTGFYQNtOfJ7MEmyZScbH+/isdKdYy91RYZaaF2u4KnXIfTmz8brkVHNOUv0U
siLrUyiXPxAc0amwrRzb6Oda8fne7Dx1nR6bkuaaLxL8n6gm9LMaggHd4tDjPsLOX86x1a2sxpPklCADbNt1KoZ+X4gpplktWH2e
KtWD9japvkcyEvgjl8Nh9ZXC7Jma4BpVswVTD/tRTogFIVOru0FbrFjaV/oDvqSzRe41tNpGwni+zINADF9scgo2N84iRPwijj7o
goPfYA6eGf2x+SinU4u5UGGsnGPTrJQEXh1dJmO6p6SmbHPMHjyiCtB4F626ZT6LZo8EGqq+hBzN7ILwzHEyadi3aldYNNNG0Gjp
YW+nU41jtwGjLgmfRgPxBNsdgmXo0vy655C9YGBDrqoJFs3CkS0MSd29/1zY3ykiJQoa7tEv26L5t6IAdCLH0U6F5BnI9F5M2GDA
h5Z0+fV/AJH9HJaMtAIA
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
