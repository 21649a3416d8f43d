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
H4sIAAAAAAACA929e3vbNpY4/H8/BaOZZ0JtZcVO086sXaePYzuJOvFlLafdfR0/Li3RFmOJ1JCUbG8m3/13LgAIkABJOW7afbuz
rUWCuBwcHJz7WWRRfO0N77M8nG19s9B+9U8WcR7Nwv4gzsM0mQ/DdBmNwqzUajeZTsNRHiVxzZv+mzAO02hUavFmmlwG0+h/A2xU
ejc4Kk8nvBLdlV4Mw9EijfL7/m56P8+T6zSYT+5LbU7Du7z06Nfwsj8cpdE8hx7SyDUP1fvOCBaf7SZxniZTV6PjNIpH0TwoNzid
pGEwhgdb33zz7Jk3uZ8DNPtxmN8m6Y33dvfQm4RTeNb3dv/ife8l8fR+0/s1isfJbeYdJ7dhOoQGU+/7/oY3SmbzaBpmXpR7t1E+
8UbZyMsnabK4nng74/HaKfTex2F2gziJo1Ew9bJkkY7CLe8yjcbXYX+ebXjh7DIcZ/Bh6GXBLPRyAJEXxV7g4cSn4dq/FkkejmFi
abiW5Smuxg+gWZZ7o0k4uqFv773gOg3DLo03jK7jIF+kMLcr2Pzklua6yEOx0P4YlhBk3iwapUmWXOXPJqMsm0QzbzKKn/1vdp/B
XKcXt7zu/nXi4W9c6CZ2f7L/+s37wZ4XjXve8e6vw9MTLwvzHCaWPfvXIkzve16yyBGaF//hTYJ4PA35yTG1hWktpvmzME2T9CQc
JenY83eT0yC7OQhnsIBvYgBDNg9GofcW9+eXQ571N5++8eAfmMBOTFuVpN7bwyHNDUAQ5N5VAPsx3oQnaRqFDNO3J/vD9+9OPZgG
/aZhYQ40LsEa+0hDAFccjvs0xHxxOY1G3mgaZJn3dhTv343COeKkt+mpv6klT4m+SaNlkIce4heijSe2KoEVCHxuasqTAsxUDXke
+gz8crc9wJXcmzBQe2ZXXdUT/rPpXQZZ6KsvvW+9jgAZ468E1fpdB96JLvunyZD69Dv//Y9O1/vW6FP843OT/iA7XEynR+n+bJ7f
+2IS3k9epwOjd+B/0K94Wsztk9FjPomyfjHHbRsAVTuxjdsKdHqLtye0AHgrllK8/lyBsYDbkRr4k3cd5vBvxgxtFt5n9+f7Gk6X
OhAzrPtaTBhpZPnrDu+JaFHaE+5UW1eEN0WM5CaHOUtEPoS/l+FBmE+ScebA3hFcErmazwjh36nSjo6Go2d70+lgNk/S3If2PW93
EqTDEKEu/uq/B9KXjIEE7N8Fo3w4B/qJvW97eboIu+dVYNCcAQiwBkJuxP94McMNCAUtyOQ50OgN3I/HeeqJeWbGQ43YdLe+8tx3
4ZyricOhuPLeLKIxUU+xCEk9bev40ywDjkZsXcSfeM4HyTi6upezLk+yDvp/5Kz/C3FaTPo4RcqTw23mmn71BMzVN3+aJe2F09Bx
Blae4ZccxWmShXZ06P5xNG0/Hs8TeFhD1ELZ5E9G1eTUK8jZmszJlf2p6JxalhNT/2yzZkpX3o5imn9qWienXSV2lQX8H6J2zUj0
VcidCyf+QIJ3KAW8OjZOtfmzMXJyYiuwctmfi4uzr+DPOWHBwqkpazP8c/NvcsYWDi77P8m8NWLNV2Lfqqigk7Jnz0ihs9wAQpen
9x7Rui1vkYVjUud5V0nqvdk/9Z5dk9Yze7YM0wwE+75txp3lTIi/JPf+PhA+HO4G06kkhTMS0BWGzIN8oql1AGEyk+tIARogtYcC
5EIFAGA4nURxj8aD/QP5/zYN5oBa2aYXwpLvWW8GyIboCDPPSEU2QhBnW944GQGxBoYTO5AaqsxQjxnKBdidkkoB1ausVXyaeePw
KkBdDOG7579NsnyX4UqHhfVPw9EknAW/8HZ4z/vrPe/1NLjOvMMkRs1mCZKGrmKPB+Detr3Opw8do7sPnU14dBB8TFL483kP/o5i
+nv9M/ygceiHrtswtSK4V0CNDpP8dbKIUeu0iEkBG459Hy/U9bt/rK//Hf63392q6QMIwqhFJ69LWP3z8OjQC9IUdiO5IlXmYC/D
P3k3k8uP4SjH3zcR9KsYcXndo7ZU3al9B1ZKNZa8qCVOYpcmzXKp7wRSTqMMzwj/6v9/YZps2Zql4aiuFWs2zWdK/4m7rDMVqB87
jfJp6ONsu6jdzDolnWF6b/z+VNFlRlcefe5tQ+8Chp2u9wmmAeMZGrS+VS2lEXSEAf8Fy0QlXWW0cJqF5pByt9qMWYiNqw/avKCC
RWvdu/lrFOSjieejEeRdEowLHXqIa0M7ya13EGVo5PCTOSBqpT+x1dE4g6meBjehUHriLLrmzu7iEaJuJmmPJ2e8F2pUq5oa+icd
9dk5aqnhl1VPTAQ11K5nRSLxzAGBEicQFoL3AFw0QaaYgf8omABlavCivOEY0qfmESyzm23OIltgAITI+/ncTzTuVo5GoW2mgd/S
Z6K9tOLweOWNuopiuEuwA7qhjW+MxiY8mZ9m2o/0DC+kMIXbYrC3JQnYAJab8e2NF7fSg9Bd3vdOaMJs6bFsTQOAeQIOCNMfahYV
brMt0L8CCeRllOjf70z5qkptwkqDFddNf+1JoLqkmkc3ONKHj195+Mlm4yrpuOV5UrDqFchSAr55xupWpGR1Q4/2sJXZDmZ1stZP
f1+y3kSrW5IineN7LIq0M58j4fZmJHRKdrug9P6nk5BN+Lj+HpAfasA/hmKLPne9PNFuBBcRWiZAYFi8rSfyYhqPROYb6EA7suQi
TTbyxEusJU+2qbkP4oqkyjQCSfQxRKm6M/QgJq2kjn3YoA0LUtRvpd6rT778RLc51V9+Pi2nhzUT1tPTcFoe4drlwb/utVu1o0kd
zKPKGBYFdqtxGqZdua+/liRRh5yfbboj0o34hvIHOk01blOqXYAlXYZT4Dy9T8MFuab12A2k5x0tcvj4cwMT+jbOVlT/NKK2mNmK
+O1mT4SCSk6N5yQvR0CpGKQp6eVTIkJSN/UFW9oR43dqZERy5DKExJJaTD9vsMQfvfVioDi8NX2s5Ijkr8SrJmcp/MmLRzTCMSvz
EWxLTn6ONiIm1EECB8SW0ZX9ACr2NaUMnOPXJXZljxNJMR4mV7QgexXT78oj1i7FSv6auv7a3LdAYJ5WGxTWlRWCUTcw2UDVlRQX
KNBnvw9yr4iJDo8cQyvCW0hzdu/mg9DSZSN/4PD1i7SYrVYfx0mV6Tur7q4jZ2DR4xZz6TSgbVu6S9wjs55uZHWhJ90hgvIaeNdV
cmsZIE58qyoCdBclC0PcAovsfZaEERduOCZUEjacPLqVNvB2aoCug6wVTNINVgCmUwtfAxjyS7n8+k9N5ZMaVT0tf1wwEDvpNekI
NC5iEd/Eya3wVWfzDA7EbtClC9TkQl+nYZh5gafc4hWzCF0pBbJPfBetKky9tZfEh+l2MvtmFKdR0tm67Zg7cZyGqwBEV94cBGk2
CaZ9+FZ6LL+PI39eo66RnyAE1OpLXzQda6Inin2RDvI97bowfOM/VakRG7HVLWmwley97tq5nVhEGNxOwhgtc0YQAnrbZ97RSTUS
Icq8OMm9EC0SPTQdKNupaVCNn8H/05ccl4GzfZ2kJHGgmXUUjQFz/AlIKRvrADUaSHEJN2E4N8IianVTOigs4HSEGnxy8Nvev//t
PamLE6hhyDV2hZwLnAq8velUmlYL3gjt2vvoDHCMR6X63r9M8olX4am63lWazOAUHj8bxMvkJnSeLCNERLJfGsRs7JoDXvJo2SAQ
IpZYV/iTYZjeNEzMvQqnavHof2aIumgrJsQpPChw6BmvbJOo0PI5TBIDl2R0FMalAbo/X9/4T4DoIpqOvY2///2H77rY2zRAEqUs
PRi9FUSAx5l3FVKkUsc4Ufzvz7YYLY6c8qbJdTR63CitfbSj5xNiXGCOkwS9C+A4qVM1hYsxozgsI4CLDxX5lpDaIItyij0KgDda
xKQIHs3gzoTTHYwmNBRaEumD2+A+Q22xnHyQhhwJFgazDKPA0FNiiD82lYlsDQeASU3Da8RBnzvPukDgAGV25hGO4Ff3GBu8omm/
RoCoX3DBj27wYxjqHfxJ52Xwc3KJDhTjxRSj4U5BpM9oORh3wz4fOAzgF+zrQRInXnANO5phENZNSH4J5F5Cngozz8dwtewZwhSd
ZZ5ho9sobhfthdxmnoySqSStuI0RzAe78vzjk/3do8O9weng6PDi9c7g3f5ez3u1s3dxsv9f7/eHpz2v3+/D4om2xN7lPUGSEaga
7sUwIXr6gGgvnFFzoNc4BOyfVgO9tLF9rUNFagFQWXBd/OZ+ujKyS7yujawikG2X5qnecofwXs6wMWBqF/srBStR53WBTns8TOkz
MWY5mEl8SkzOFaKJxHJzhSu4rmyVP2ptaK98+UUW5KK3lU1BpU/r9OCVOT9A4bhVvyEaVak6gSGt2xnPojiCToMc2JQ14Yc3Rdrh
jwiEY2KYgPG5gT/zpEfne2f3nQdEObqKQrz0id3lZpcZmuOQUCHXJLrol1f6moaA6x1IB7fRoEFP9+9gVsoLGddeBi3v8F4ErAfM
/d7RVDw9gYOO4Xt1Hf6aRqjBv/VtAGedovnBSTifouQl0YfsjxoNyACbKDSxilDLB3xl4pK2gobtp2uktP17ALrTaBZ673PgR275
xOvcG404nMINis5vwGFMp1EGTF48zppGldeVBePSRch4AlwAiEkBIgzgSoJCE84SKNQCfUiQzYYWgFpXAUq/wVUuGHYMuE8WmumW
sGVn9K8FIAJNVbQ4yKrbNQ2RGlvnz3cMijWD+CopXyrcRkPMrfI7HHmIHp3WN++CLD8phbpqr/fja+C5jqNxA2T1q780RbHCa5hc
qO4ovMEVZgVCDgb+ghYSZBx6L3/mr5KkiuKLWO9Mey1BZdLoUiML3motbDug2Cr7FrxexKMfuaeetxdRtoMgvVePWJp/qf7wkKBW
YC4uKmTkq+80munRv11N6Fx59O8t6zzVSXjpAVl5Z2tnbCnBtDqcANwB8KiAJajysCLRUfYKeXvX58eZcLh1NlDs+TGQFvcO8eJ3
4uy2goRmh6eGyk9H97sob+rf3rPhWXwaoDN358yUQ847W7VfEdG+H6CDb2dd/LNm+Zf8x9UdHXhgGKbhu2gW5UPo74f1urZ5kOa/
BtxyY33LqSop8aRn594RKdtNnrEzh3edntfJ4mCeTZKc/gYGfDS54BtVewCMjfYrDfEMag9yOG+VNjO4ozqmiNqZjOILAWZtEP0p
++eUn47ZIC+eSi2g6qI6iGpi9qcemx0qQaU8KfVcdmNZjmpT9LmcXQTjYA6EVEJlGgJKpvA0meu/U75R8MnH5PIiwy3WfuSLrDwk
vgGcuIrSWcf7bEECtfuKEHq3NXLLz8Ey4BwtMkULkJGPmS2phcB/Pi1CF1JtRXcBt/kn6khdspBfzI9EYpdscwuYSw1MoQanCG9Q
m2Jbgt+tNu8fBHc/w3/fhfE1iJmk+/zuOT79JZguQssHJ5h0BkkenVA6ds9fuPSDa/APK6M2STMgrehToLmeL/QumSDVwAkDqX6a
ebMgvQlTatRFRe9VCvg0Liz9yAiHQO5YIsYx7OBkcgo0PlL3LfapLm/WaiBFdQHa6Cfg/zCA9Te+xepOK3winAX+9jcauE/kKvsV
BHq/85fJEk7yGuDuJmA3awoxSCRIIwTzUTpGLXG322BkBl4Cbjufu19c8sr8jY2uxeeMF0BZiZBQd6othGzKDes8mtQS0YwglpLS
JdBpmjFyRHxf+L/vHN2cDKESGgXD2xOBVP7K5n1h4wCU9nibq1Olcw87iv7c28x1Wz0BSSuA3dAJ2wszeWaPaAyCNLDtqieMtdpy
+7aV7ORwob5G31FyEgFCqimLkK6ye492LoVyfgkzGFMcDptwwv6B0LjYhibjCc2v29Kv8RVOFub0r57HE9OOo92jeBgsQ8ElAtsW
+rUftPArsCqo7RMuw3BweLp/crjzDgEodLRo7VikIVqJSY8axPdFHp0KCCsj+L4bX7s46lmH9IGd8+5Zh5VHnXPAhbBIj1Prg6iJ
3DZHKGm8TvA2oFW6vJgKi0EDzESXGJwmVZofOpsbvQ+d5Ab+oOMAPzhbEYajnZ3DT1okx69F8Ti8gz/xcOFX8+JvpPzw64PaiA8d
eCpUgvQC0VrsDMi/U1adiIOF9mRU8Iqz/6Hz+XOnDnYlovQXRfD4+7VLEBHjv/wFt5gW/a2lDbBZ0GLL1i+y7tAv/gcVjAL637Qg
euZtu6/uREA7dOPOnjEE1iT8+7PxprfuJTc9bwM6K/BTZMbqec+9y2BcuLV9hy75GI/iMp1J0YMm3kBx66xmSNL6+/9aAFL4jO3J
DaC6Zn9dL+PjoBgOVeWUF0s7Jqjv0JpY3b2Efpi+Nh374Ej58PiMMA0mUr3h+dttk56i2U+9OD45Oj3aPXp3cTAYHuyc7r7VzezP
bZZ59enu0eHw9GRncLi/d/Fu5/DN+503+5XOd/eHw4vvnr8alMZ9fzh8f3x8dHIKHx8f/bp/Mny7/+6d2ebn/Z2L/cO94yM4QPq0
vnO4+G1sNTsp12y/cdM60KAOewTX5W5SJn6wcxLpiUxuVF4LHL+IxtSgeoOnjIP2mxtehlMQEsPxxSyjRuuWEYiycfcw+3dRlv/o
nq/EW+tcRFq11t4+6sJqOJM9r8b08oCdClfeqfCMCb1j5fA6mbvf8fG02njgrUiF5/5cLJQaiL8rbbTL1rYxOskBUuIizkN59XDk
eZiNgjn8LYLTJ0EajFAdG1wmy9Bbv/v7PmxGAvsxRq8zjErPvJ3h7mDgkYn/XtB5mG/fpSniq1ywqUsU51z7aTqwEROqxEafvzRX
zQwHqcZgztml2HTjsY/d9VmwLH1+laRoHAZ6B+v28BJhU0ALh9qR95KggyQru+zvzOdwsfqdDx8Wna78xaHlo66WOPDuBWYzAFQA
Dg0VrP1BvARJK4hz8bBb5+VaDNTksSrOKXxg48oswjHaiy6Rsdr0bifJNFyTrDix33w3X4YIMNx1ttenC0xioKz2bNBG51GAY5Li
jthkYiILzHQXogvf8m1pRLPArEwgpLYhYeW2T9rcPhtFbLwnTWoQx4AzakpVkcDpRCWOoEmNCQV8c2xvTU4LUSMPpgeaAabB5aqA
Hk/09wOhztawVChRoo6hwbNBrZlIrSj3CZEv4LQLPPGOCgEpg16uPcLt3UmvWYjTL1QLu4StnxST400r3cHIdKXRuOsYkC50Y0h1
xVsGfOJz+ygjJvVvf2OcEJ0AR9BdVeir8nMERhhACBrZPAxussKBY2PL06GMhgiK61YNUGLARdMDm8pGbEANxRkgV+Gx63gBGPgN
XB0iDL6uAofaC44X2EL42d9FK6H3I8BlRbCU8Aq7ni1gTpdAsgCt4jVy8+MkGZg8QMocWedBC0YAkk0yIqYL/vNjMX/4+e23TQuQ
RzFA/B1O4B4+TpPLaThDsJxF55ZpIcywvcTgljqOelAJ98DXSToLcr/udurhZHte1HVoRlZSHhTcVmTvzbYHTSoVzUgMHX+HRp4t
2xnODTRF4nwhPkPKbTnGuU41ihF2kxg4J8wNTBprP2+43ivCo/L/msg/8KoSJkWbRveJbNiXhnExm5XpyLuj3X9enA4O9o/e04kJ
gPZO4NYu+/6RvoWM+sZdTydglpDvHMjwpHUQcMGwrdkDz1WzxlOXX0Rec6Q6vv68Kwm7EH2qM1n1/NakKNBuSrwXfO1Bl4+yHcE1
q7m4dRAlEyJeHdcZq7/hVxZ7NAGikHAMM3S1lVMaNZoB1xg4pBWtHW5Pf2c8RqR0Z3CwPrfvRnEZzRkeEqZz9Hd13EUVFTJ+qh14
JSkoFiBELheb4eudLAMicAxn0dj7OR94R7R5GXUCba5Bei0vThenVZ5yoPNcQRs8qJlXDZLhtj4Yy7jvbE7sP3uwBD3qsoXevYpZ
+EdDW4GsZKqwtrQDoUk134yDZYn8NGEXU1hy1Cv70lQsNoBuN23n+/kb+9hi6aWJ2M6jS6RRV03hXrVKBJLJ04hUafM2AkdCJQga
JY1Ex3kZN1Qokz+tf7aLFDad5w4meYMLG5iSoyv/CAPtdGqMc+FldWUcs31AcjpApbYMRIKv7eMZR12z0T4pv4sMMHSdY2+iH5jO
9datuaBkFSJZBTS3qsDaFovEtFekoqPv3Ow/tyr4f2oeSUDrT/T1u5ePZLlYPfZeWXaFkiMdp9xm0K2Q11YAOPU1T0l2j+ixE/p2
FY15GF0Sv6KZhvOfcXvUyv7jFQR/9hLyiDw3sZQjIArCXWnTG5915gn8pegtPTG13y7Kxh0pf6dNbyj+9PF+6DZ9Z/hGwcf0W7iJ
r9ABegTJr4FbXuVT4Xglvz6hn6t0oBy1ZBen8GDlSZBnVzEJ/NmqA4v312aRfVlPYYW99ZgQrNCncNLaLJILl/tcpTfhzrVZ5Ml9
SG9lXzVjwSqcVa4YKST8Jcch9dJKo9hAUBplpf5sQHhAfxUHO3PfVRDuyjtfdtAz977U72o9Wvd/xR5LjoCb3i+zHf7d9tAZjoOb
3vs5sKPhO3roS2EOMQYjQwBXep7+MOJHlK6YCKXQPWIACQUzGA3bzUS6LD5wLiTQfflkCm/JTQ89oPFPn3HH0KO36QS9LGUv8Her
bdHdMOnbXf7R8LFIlrypRcPqkWFl9WLB3XlPUfVBQvy3XudpRx4RB4dt80zkOGKbtaTmTpcChSaj3Mm3HinXekU6ma9vQqW/XDbU
ZO62oHZ2D/be7Z9e7J+cHJ10vsyW2umsZkYlpVAB0Du0pN5twX8Fe75Fj+76ZHxp7YGkRzeijfIOWWLtoUPPu6qWVwfiZX+3Yoh2
wOhSeoM5W2sgu+zvlYIULTxtuJrO1gjkRuff14A78NAP72x5pOxgqYLEwKm3h0MrQlmQatLXSsJZW+vQm7ihZ0Ju0tfq1FUbiyxo
enoCDkwmKcL/1BF5zqTDWod662x2+v1+R/zCLe9sxp+7mxQezTFVaP3+grSPphlwxHrKajYBY3WY2JlEuk2XJ2mpeRs9F1sWR7qg
DD/7Iqg98wVASFir7NGRXn5xU9m7oIMz8d35ankbK4lHrMNK1LCqaGxHxWxXnIqcEoKV6entJJqGno8vI4xvS6/DHJMmjGipxdcA
KmhTIlqGPYO6r7apZKsxF4gfHDR7q7yGUe7/awH7jyGlBO7BGGdtdy5slf/KoBmSXug3oevC+30ofIWE3YlE5AUorTR+YtqiOQlY
K9cOp96AYve1dAxMUXxRz9jMzwHcYFfVbQ1ivZLmFsWhoH+qkSLHtpUY3J+q+sSeL6r+HgQxIAYlBN9Z5MmMz5/Qx0H7EETmEfpA
1GdqtGPPH7fVIi3WPcVHzqmDNyElI/a7+Jd8LwgSQ9NmClOuG0hU55rjpyCdc+yNwl/8OytPqVNFTTcHvG8exXbPfGPykajh6pq/
FfIdxyTKbhUy8z+8KNYBg4mVtPNfCnXY4nTMAEkLKy3pshfQbelJTx4Bbb5Sx/KqQbSndDOc/UNGKHWtrLhAS7FtKBHpd2OhYbsJ
7xvyzPhj/RYbF3cYfoqX5/gM/joHHHBrB21HBcEt/ezqnJyXLVW54lVh4xauZMsmI3cLAo6WVzKaFzMuJlO2qi9bWNVdA4nuoaOj
FDkW23jL6ukTzbo8x2VpCAP6ZHfmLXiJe4C/V8cNoxehPlfeuuJ5WeCSSxEKfBgHBzDb0H3ARc1VbQ/McpbE4Vo4JfosKowEehqf
p5lSlSeYYQgT+QRZ34JLUWEY+UQ9kTlXaKq7S+W+Re8q1gKROuQSZjdDf9JtWA2yg8XzqgjADSsobOu/rO6/Q3U/fm9MFg/OXdeV
VnZq2C6caEBRVkPU+sqg/ELpbtJEZJ9FjAHaPd1hd4PrGOa/G2T1KE4j/wrnIRz7BhpdRdM8LJKGmRr9Kl3g5hbI2gK9FGRF51cI
We5BmlIIGFfC2Fntzg7tkltBo5FR6ags5xrPD76nDV52u7o3rO322FWZpDbLGaR6ytMkyIRtaUsvfkLcknGCvGyCyaUoE5PtPjHc
WPTcMDiBWmsOWvlc+yi5CvZ4pV6pO7IM/vRTo0anRD2MSZapkkMNRDxJy/MpUtWoFF4q2zeCn+pubSEcMXBKgyymw/QuA8yaJUmb
0nsB7xmU0q/BIBE5l94Ai4ebhPFJqK/zMfzqeMhCqSzVphjiUnkblb+K9jrr9m1wR/XO+xh78tMSWHRSh7q1y0Y6F+q20UvTMHpp
sYoqepbWE10rUQzlqb3TGTnV5V3XeWLd9NE8sDUYfYxBmxhvzg/Ozr2b5QNUluOVVZZVL7BvvQ3vRxhehAzQo23vOQJjfCZvtZvl
WXSOsi3+gZ+cO+6OcV1ZK4V5QUopBANBcODuTSiLPcWmBwW/es8hClmeUUA6xRaizru+5InYZYGWj8kgImdOrpTLgk+3uE4q1p1C
vurEw74ESWP4tnbeclNseQUQkZ0UoseyVoS61BnyS4vQge+bZr67yOCXHLqAnAD8ZTuZZ+mW6gUxurfeM0DT/L8CVPo43e6myraY
a4gGiMU2rzGJ/zmscQ19qPRhZuHsElNE+ruDA6MuKudxkHCGGyC+Gc5DEOB7Boo+RTKLCasRc/uH+6dq2g34iT0rL6HWPEvS1i1F
58fRAtHoXGQTaDVZjSYG8oLY3fEZPjjvSqHNdVKSP+qkyLzupdOiZfnWTkviPC3ynoWJkX8Pusw69AcDaEM1r25p+UDUPxHKJVeS
jHqftTFFdnNsrm6BT2xX++z0JBYTKUtvYlPwpWt2NKi+5ojyZQntRM05rSiATIhaPPs4o3MVm8Qs51W4dy180g7Q+jT0dqPZAJic
IB4B/xInlUskyuHwI1+jsS6l74o9Z6Tt0+B99ypH0ayKOdYObc5j9HWrQyqQC5nBbRy0CSEltcAEIPjVI2Ei9NQOD8VSkjh0oiC8
a42BCSaFKSNgowB0rKl9SnTT1MQxgZXimFUAomSwa794wTKIpsiUcgLcWYKJcbydwz1miqdBDozTDGv1UI6gdBkBNqaLOGZeixPq
/HowKIrfunRqnByTctDKHM61Wa2L7EW6ytzIe1RCKu0TqyOw8bHVKowDkyjVga1aOyBgADod+x0Ug3YkrDrsztHj1PXoJCDA2QHJ
k8OaAEvWm+h1eT4UISc3Rrv2xaYIhToKPljJE+ttc7pgCtTwxXNP72SmLhQvT5IpCLsDbrUmMiK/5vTQ3slw53RNfLV2ik1pc+WT
YjJdd4IcR06qKl01RM1siVrxAuhDxjGGugQvYh/+l1TTO3ST489hNIWlTe93hSK8EkqB+wkDFHuygWwfnSN4fLZ+jp2w80mXLuIT
xuxOA/kSbL2B9wroqcjfiDrpJMk/LKM0R936/9J1/mH5HE5kILN9Y44d3J6im4gMNGTMMQk1KX9uZ5E9IoMjW/l1AU2NdBcQlc5T
HZpeaX74fBdT+EnYX1wc7hzsD493dvfx52tS/HQE7m8/XT5/2m5nxCa8rObVqOR5UQvhdVp8quF1wxaVD5eBBusVHP6pxekrTt4l
SGx6c0Un+YwSLU3FifV+YfjK1I9eweUpgkrktSsS7nq2bYHfz0v4Zj3xaYKk3HHKRaNup7L8zQctv/3K4HM0xTtOHkaRkZiiQa0t
EMgBzaPrCQiWCyRlslVPslzO2Rz9w3eY35DbYKYwr3TnWbTcoqlup7e7ph0eXbz9n+P9k18uDo723r/DAyk/BhhuSY9uhOUvB0IC
TLUAWKopADyjcl1rUwqS6M7RbRyO2dlYuaYneZjVXeFW/xH+Sju81jOusmZigjCKdcPP+qdpNNuPx8BfDefTKPeffoif2jk1+u6M
/i30O96at3Guenj6IX1KJP80qN94wW/x0l/dD1StDnf1OBNNzOlR2vBrob0ijXWliKxxPc5aqGHLWj7Ky8B3gDgDHz7gZfDLAa9C
7r7UA6qp8PHEbGPo/YnQIVPPjPSCmUUvSNgryOoTjHB3o66ljECHw1CKiArOCbUp0TgabyPRiLg6oGB/ME4kjLUsp/JJ0dxl3pkB
2Vllrw81E0+ddqJuv7/6ZpIpRm0kXeJdzTDz1fcyvJvDMkJMoBmMgCMgGUrsXExpNk2v2h5AAKVbqg3J06luNbbelp+tvN0oYgvS
yDFc0GsyXVJmfGOaIWYJJwOfaM47Q0165IS8BhdOGGcRFvWyloYSZOyERxDDZqbxjiZRay1W9iCSlwv27jDMRZd2Z2RjmGSRv2tn
bS5b/GLEwdIsayK25YCzFkPZUD7A4QK+CE2UDnSU1vC59NIRi/s1MVzG1AcaoklUr8Fz2byK6FavRbGlBANE91p1ltRhiG9OEwqE
9Os1EAb6/TIjqUBdgcvZYQ1Z/GLSt5w5aZ+b6i1nGo6ICRaIspy5rVuzNneDih0xYdBKi936nljOkOVR0BarqDKO0O4roTNwkxoG
84QqaKymY2TfVrgMjxQ6yyXVaQbiaJQ9AGti8jmyo40oflTQTJCICZlg6nh8LPgE3dnuUZwcYRT84bhMqckfT23kTqG6CLaxbgOL
Gdt3sNW1i53U3Lysfdw9LGkJLX4ussKab/rcNshdVHy1xrNfSn7kt9BZv/vH+nev1tfXNyhbZfnp8/LT9b+vv/hPvZpAVWoiXEV2
+iW6BQ/GWZvKnNpH0djAenro13gYCF8Nh//9LdYY7Rdlm7h4ET7b4zAoKvzR7Ta6KOgR3Jr0FpmJzJxOB3rgteF3AB3wOdI9eO66
XTedxiFdCWkpuaFUkV/R2eCaoJ+wyhMHU4+T0WcucgZ/kaYAED5ZYFJ43ZTCu9a3bu8/w3tS5B8HUUo71FOs3kvadoZ++62v7xAW
ZOBEbWsnfRQVq6jsHSMmTatl8iqElSvDC+seuQUjHJeTYWSLbAhXk028dNxltL4iB5OilKWbz6PJtHOVNpPzOFf4wBxBjnMJ82sf
DZPoTguJFgkj2F1pteLUQskZP3+MQBcdKDb+ExBTnd46rPTp+EEjJRF9Kk6j97nbinGFwWpvlWPtviwFWcqikKjF8q6mwTVSh9BB
LbwZQoTkPiPjw9MMj08Qj58lfMVyieBN0kvkaTC6sQU5GDwNBrAcYO9hZjgOYwKh+nuNayiraN455miTQb7WVNNRtXnkbFzKTMXN
YyFMuVk0Zh3aOQqqItAsyzd6M9Rxy1+kKGl5kHHOGOygeebVKMp0dV6Xcj/GwrlDflynmFk15RDBnQ6erpctOkdlaafrSiz2eaWg
zWo1dJmAAVdVrQpuPNUKfq+iOeAwd0AsrPjHwe3ka0/9AteauYJTdKC33Wjzgryr3I/iAoqMWI676qZ/0raFF1BQ6jvNIdmlnrBn
A151EXVUGC4kXpxkTywMQDPyWQ5G0odhrceAsD5hvxOy+igJyg0s6q0MsN8FkwsZ59HJESsvlAxvUlYhCuMRXRlLv0zM7T5su93E
zCofU+7bcd0HSDiRNeyWcKFilnrM7W671xVYF5C2a10f7U6JETSyVCQ+fsD1Elevl3YgXvkWiIP8EWB5GOSMos0+BKvAORbOvJJi
1wHoceDTVJ5mpXQjhvKHgE6aG3kDNmYf0QNtcGkuznl3Eo5uOArDGJJLjxt5YLd4CZln0VchIInrrDqna6ZzTJz5O7O9qEGqsrL0
1PXJLdaS36ah6u0gN2QHMaUYRcslw8x8Nsg0LYoLqAnedHWdCE3oWzhjpJW7wf3efipTGWjfdBkT6r3NrQy7LofM04puOc6FqFSp
MlI+zhwMhr1KPkkvrHNFR4u6+vbbKtdDar7kxuKzxZu4TTpQMvdSP5gymc+p05dI0amiC65mbe9he7tVF7SCTpsdJXx9Ukg5SHnU
M8U46w8LxtloWjDObr1xORE6zDLNJtFc2sqFTEqxL3UkxCbZI6QYB16WccACrk9fQt0YzjQ3/rNucqQLSm66DyO2q2jacT58EuFP
EZp2GXrGNHXtuY5XlBdbahH4qPgZXDfYjqGKLRitesUoqu9VkkpReeNNL8iTGVDbW6x/jjFsAWYcyCndcDYJ2FYVJVNOzuAjUV+j
ki4vuj2Oc+Nv8mRKmmK6EWo8efcis/J7oRK+7dOM+qI8vKwMb1GVFwXbd2jy7prtDXVkZuidj18hFPsIRWSWMLk6MU16YZZD9jfr
wzclnzA5b1VBHpr0yiXjBeBF0Xj8AN2rYg4azCkxC+uW9/bf7Z/ui+wEsDsEY7hR/SLhWQ8dPXd+8bJRgIkpunDTTscwSUtII3aJ
+dZfA8ZeDN/unOxfiAFmwU1IMUGItnTSA2+WoCJvi/SywTXIVFgdHC/0sec/XwfZ9ft1b1aOa1QBckGeYwEFzuK5JX82VzloryMl
D04Bba7E7uPm0WUhnwsI8ybQW7w/BLGRjQ4w66XR4gvqC2i60MGRI0tI/Zok5F5ue8/XV5WzhAOvWJlIdghro3Vb5gWN3Wm9WTu+
QhpsWbhmOA3Duf/9+goFLm2Og6JIdzAeAukpHAZol+qSuHwh/lWJEM6BgsadCPJoW76xrtslWkB5Y/2BYJaUnzVjqLomf9fDoTfY
yzgmYJRMZZoeJsDjVbMOFqq3hxTQmz4kQLeZ2RYcFAUDSMYpk6w38UsZst4Yz3x2c25RIDpTPzR7wUjlZKnLFRN+lMy7DrcoaXSL
UAmKV61I2VmNXYzSdlZZ7QRCl8fwH2BVZpdRHGIfqhp6H+1V1upGLoLtHtKIxORiAg5rmEYpRL91prEyprBNU+Zj4RoDnGDHYl6O
xnpyCBc6uGzMOuNipF7VxNVeYYHpsYgTjMd1ftJfSz6gvAZMMmTeQXmeep46TRyFoI5TjySJdoJDBWs56e0qNEOnOtYjcR2NS97T
znrExrmjPImruz6SOcBw1+wCZVFmiHPDpwHmhr9xKGcqBbo0xma7a4vPsjEKaiegsTlVnXFuOs89WZ3RFXFYJEYhP4hRMr/ne6Uo
NibKX6/9COLE8+9/eNmfZxsw7RjNqMR9ZiJPAd6nNXm1ipoR0Mvb8M6/vM8xUhP/43SDbVUAsrSXCwqM8IFdhoFQCEK1EP3oi6zX
3dbaS5wcpuKIsR+E9HyRh2+DbOLztM3ykJd6JcjnK1eCfGCJR504lUuXtxCmnCEb9FFB6rdWruNUc/coKqHqmq+Rokshx34MUirO
iYqRYgjtKwS4nBSKcoCHLntg/aVV4w3yOCLlSmJlVQioijcOQcAuNaxQkL7pHMjsPUmcp8hZpkSPMCI4HhO4iuLnqA8E5Om3Z2Nl
BQi7SyCjsywSsUIljDblZ9j/f7vI+Y+/G+oxWcbU7weZjKumQpfR/EF8MGsXQ2Z9XTxxYd3MWuijxayZbUZ4ECx01bT3k2Kyineb
zVWGygvCe01j2GS2evRYaKthRaUsqrA6nK2H/8aJY5W9IQs+vrvCrtlPnF3AFZah2Ul2pz2iXuPsF/7ZtlMFeNGj+k3QFT9qJwqn
41eh9ZGRjL4IxsSKnjLiVMT/9ehsBkBSU++Xg6wLFG6epDmWwwy3CjNOJmTCDMs7307u+y2WonBNLEX9Pq8GN2rZEYaimVykxC/t
e8KequtQKwBL8yPPSfzCGR0GqyKAOkBFZ/ybFjiKZXda5RG1mKJty8GKEypGKx6Uh9NqfKjxtNZtV1dIxnJ9xZPKCrXwcKdtoM6P
Qg2iP6pHFBVSUUUVo5MvwRZmhuXcxK/zsrzhLsi9mnVDVjdaxehSW22t5pozCF6bSBwKqqjJEGAE//8axd89vxDsbsppiipm1JrZ
TVZWA00wmT8Px3bVc3IqFiHmh5WCldA+yS4uUQIQTY8ykgcqzTjY+4JpaB1OVr6M4DbgQPSLGc+DPlfhHS+9dZVXgoIfAHIHyTic
iqwSpTj5TmWAuXnd3PaP5X1jD17YeiiyaPdYg0kF+FPlzQ2fCYTZJzx/dj1NLoNp9kxOGp6VOXCjnIBb80N8cHOhcd3T5YluYabS
vugsIoomdLsPtAwWdSN6VESCMoTCer3yYg37IE7fysx/rq14KGd9RMn/Vuc3VaDYysdredY5CD6qSpWY8lhWBOTnXcsHUWz/gJ53
7QH4yzaJjYi3f5Mmi7leTzrC+COdZr30ZgEIQWgc4IxzwsUOnQrrpNkn8JlyK/xneO9LrSA858Tb2y1uFNmYAwhpTJcK5VUC8uLg
GJYHPC/wx9ew1ltgtUBQORySYg0Er/A6Se8L//NIunuxGdZLYvwTBgwp3z5V1+nrg+xNRgAM5SV2EMKOj6hz4fe3K8cAKN/zsbml
zBoiHYg3CSjFxuB4+aIYHrnKONEHAo4yFvziPE2uqARF4B0OdtmaiNHSgQzlJrsjVrbreeMowxCiMT5bxPPp4voaj0thcd5ocJKv
sMermx+iOez/gy0QMvVdxVVtcKzA/jCXNYtIAzM943NFabsi3QOQipR2WM3xDOlNqSFgJOBZ9jqYRdN7aGepsf7ZBTLLKQugO4vY
Wm3ZBLk7C+TEXFvDDY4pUwaaVU9f+p0NRj3vrnJ065d7ffsoi00riz0Boe3REEQqz9LwKsIyFsRl4OUBlyn0Qf4cx/TSpgSTUZFU
90V9eggX1lssdmvXmvlyMIx67NP/PVvviCqt8sXmJjwjX1Ts/EnRtKM/29zsFDsJADf2MbXv4yRpUl/V7+s4/j2QeA+YoGkEu4cZ
ysJ0VXRu2GU9ojOjAXANCtuNMZWGyhWvqdzoZEftAuGsETWiD2nnMIql864CuNucTsQ9kSoxs8ZA1G+xtONkiys+B7b9bTLqiIWN
HDu7Cm3ieeiUe2Rb97k8dvh2V12ow3k4iq6i0ZB66TQSLvjXS+QdHOvG102LnlfIVDGdY77eV1k/TEZf/Ny1+FKbEovSKaWnrEir
LTPRf6HHvuVaxoRCd+b8Y9saqyevli1ZmSkRYZbEj1y9qL4jAzMwdC/w6gdeon+a3heZbu+Ic0ALFOoRoQMbxZ+fdZCn5FJm2NNP
WhEV5jWuXuCFg426dpVvNYfFixbbVv3qh5Zf4aSRf6VJL184G/zADX6wN3gj+HNqBLeTISxEd5j1GZ6eRXfndt2THZZxxuSauwXy
aOkWnj6gW6YW2CuTH0vHgi6Jvq37RKAxxYfGvS+3r0ED7L58zEldEuSW+cryO0hPaifNdvO0AsyHBlDR9U494rireus9ajlVQ+GI
aCuZC3V70J2qHtd/zswgJ73rlEgw9mO877bp6yiNrqPY3Zd4X9cXbl/p27LwgmwKVV9YviBRO9Q9Ppc/FM8eFBvWsGnBgzYtkKH2
cp+K0CJrY3WKgHenJPtS41cN/tJbNHQ2KErx3tW3pIgy+3gcbGb9/CAYVRAyJoXRqAYj4UNVOcD8rnhs/0zkBTW+kblCrR8I/Sp9
UVQUewU3YxjExd0tm3VbVzXTxoj4fozm1beqdErQJhqrsYiKcSGWrWiWqk+ttP4P5KMeFlRvN9w+EYWrZK2qUix8t0k8MdYzhuOR
OdN1WIqNERZkzIEKXtB21tqKVtSrFl34hJ8UJdLaXktqIS3YAOc1JuucUWeq0JmQtu4cAdQr0ceHXWp4mWmHX2ZMsDY0CWlWQ0ih
MWMf5tov30r4ofa2a/9+ZzpNbot0xUfDOtqBXVY/WJ2KhGcNyFdafn3bhwwgOFLEEuvX+7PLcDwOx6chRXPux6TIbYKN46sHAWiQ
LFuOqrV80EjHGBuX70UpIG/LIW2fPGjsV0E8vo3G+eQEDWJL0uEdyBLmJWR2tnWgNif/MDGJ84HU3Fzh499cuh/G73hDPWI8+Sc3
fIpaBJUIcmahsIZjYRwQbJFQy/ZK7FZd2273i3YCi8vvHmJSJcrlRDUMmU6ji7fIGMgFqykP138c64UNse+Q0rDP+vWbq/mMGJ7v
X4s9eUCWE6HALDEhRWqSrlEFTz7fOP+Ccnil5Kllu9ZX5uXapFN9KBunZV3trqpmfsRMJnYWy9QwTQv/l9rBfpkGsRywMg3M+ulg
0CS0MZoBBtNcRH7C34BpTh3H76ZYgGsBFmEwWNqOOb8pybZaphfnJ8x62T7U3rg/t4qa9Hm9sFn5fDhPkius5FK6UcudqXbdGtAB
JhzJGgq2a3o5RV8Oo0UXS7Cuu/vcIXcV7FkwyOXujAZNvcGVFy3Dmt6MBo1zQ143HHNrPDzs6K7hzlRyxJZWjn6drEZTZpUWVx57
kTfUvtj0qPJoSK7Zl/fkE1tU4bwVCc7rfNBpABE58gh+6HUZpXBRlKKXJ4VzlXUwQ7xtRUznlih3S+8xXp++YW/fRYaFuqZYFA53
qt/WdYIMxYrdkRlHgiIfYF2UlfTW5AQsyr07DnPpyHkhXOy3LFFR/G1BMZuuo7ku7yiaU861L/vtupTKpWEpUzN0zRx+SbihEWxV
svWULrhkAvpFUYDrIkHVgmY8nbeXQmv7bJI/vjRt0bwibes4we4/F7lN1q4GvsmvQgLtRZQsKzBhqINw1wALvYsVQWCZyZwku4sx
iXaOOenSX7vJlXr9gmkC6kWzxeziUgqD6MYaViZ6wM2UyKguK33LXH3VTiBmEbI0XiFrGnRCpJ+sze6e3VbZsMPwVtcszkv4ND7r
CPV1dmuwVSzo3rLjLV1wZQ7LVdGJxxqGjxJYJHWmuDKtXpAOGkroZq9tObue5VokkvWsb7n3p0Rhta1qON/NV4G2JdmtoZgSl0SZ
4paDbAFZDPyozBWrclbLVyhdK0LmYZQTP208dgLyriTHJSQdmurveXerTdo8K71su0X1M7DskEawezXkuplgl0G/8kyqG9V72Dat
TJ5WnioTs56VlFVHL4iRoD4V3XY9zTkJEfX/QLJTgg/PpwlE4a2NLwxvi3SmW48KJeS6/ljqXINGODkXnBooZANz/OhwPAlnGEv8
J8I2nE8Dtr1O0pGstft4AFF6uEfCK6MOUIkTKvL8Wq981HxtayWFZC2hZqGLBBetEICg66JxCy1ecGZ8c677iJb2ai/KRCSAUyHn
0I+54+lKQ+w+oH806BcIY9Tso2pgpQXaaLg7SGc5DWKNGcOfneYwJfqq5Z0uy4RiQESBNNgDsugu+w7dyfTJtlQRdZyX3Wr6TKVz
KqpbC31RT4v7ERPktHYX+OuCj3t9IKaa82m6iG8eccrcn1aPW9NzWeYd03tt3jZFlna9yeVyE/ldVr/gx1rbezjdGDtTkMBa/JWU
GTWaGu7OgtFFwMrOi0xpOy05V+m7JgZqpfNpUbPauD8auYH9wwLNR3EHCxUfXV11rPyYpLbk8TmrhoqK0OcmjbajXlWhSexTLozB
nhfGpOvS8ipdhmjdYN0iqeg8wM8M631z1KB8ejtJNMULDCM2b5yEnLqVSk96uUzuiN67lMkRI7CmGMkfxNktDAgAXFITDvKPMWwz
mM/RyjdO5jkVRU5DaJVRK0uNSroU345iodg0zHkrXI8qKk9ExA+cF6asQ6RlcWriHugT6Ji+Ed1rEeSUmYVy1Qh/WtVpMZlSj0by
LlmnSEuwI46cPStbMrLVXtfrHwlgFgWQYCIlSSzMsbQol+n4wuwsPD4Z5/TKFQV/IOpTNC9apJmz1qewlWn//E2LzJMuwckYu3JU
pQ2bXVZ0kLs4O1j7QTKOru4fjMSPiLKMB2I+BR7on6XhvxYh5jBxM7cOENVAQKQA+tNAQMxHQmDlY2hLfLgKfCQJ3wtzTm32MbnM
qD5Y9gwIYxRcRtMov+/P4LxwKmU0Rv8YjGeU2Bzzir38gN9sej9G45d9sWmUV62nj0JvOQcSZqTyfC13Wg+vAWl0yoPs5mkGVBzz
AcMK6cOPyQL9Qqhbz8ckznlofGFcFvH0vgdkHivfX6XJzBM5hVM0ZV1FKVwPIlhddg8MPDyfcfZh8aMahSuQ5ufkEnN0SRyCTwZF
UkOOL2gQhgjGNZm+8H2bJJPYzsgKzHSVdfBJes8NHDkcjdGxYa/AXVqTnjkQE2/zyupSqzWkS/2ZN9EAXAOkRE40CXIB646BDyul
41wt8Xmc4CwplQENzWnJY877RxmDfM7vR9gV4i2fAhuReWJ+3m2AjkMozI+70CEvuSaarQy2j7B43/2+2zZhaMV8iiya+ir1riNk
k2B/w/FaBk+8AIsfZ1vqfCHXFMaYBT3BZxkX1sz6D8jNlYfzjNPBjJOY0qik4TyIWmXheoijT9njGYiW4P8/UoquNv7M+I3G+1u9
jKGNtYSnMu2LfJcWruAjpxUzjfhOW//H5puOsunJ81aHX67zp2fPlKcPb7SPZ0idUDg871YPosqj+bHbnIMRQDIEXKidXkFXoWVP
VsRQT8dwa0XTByRAyFb2FcrOOiKD1gESzhOqtenLjNXv89Eh0JU17hS24TSahf7Gf/59vedt0P/W5f/k23/CdY7fdZHO5sF0SDUW
gAp/Vx0ZV8+Wvbyc5hTeJjf0rlwpBN4wfIRXM/5ptvB9/dx0P56Jw3neJXwtuwQYSPXRyU+cFpf4KJnN0ONkCnfMprdGySrD8a54
CvI0Fl/APGxEecSdL4szYM2FEtfQ80ZUj0cfDsnt8O3OGiYxxV5RosQ6O94hUeY1vAewwABFY3vHCeDfPciP4WjBqTv4gb8znQ6j
6xjotAfUOoUhQ2OYtX35iegCE7Kz5zg6J8pMwFxhQK5bqyPxfZflYrFGrGVAWUYEw8TZWjbLbAzRXzhwAMs370GkBnKeZuGYFxqu
YYo7TLE+RoGsyDGJ6WnhC7o8uVDRcZpcp8FsD9NM47cItEmQTfr1SWjf0WRl6VNVr5eXfayXoeCkt+rnLEhv3O6aopEAxXaFHHb+
qvkmo+dvmIbxCBWBT4d5Mn+65f2VFiT8grW3JR9maAl3t6V/TJB7NjgiJuF8cxPvS0AATp3KlVbUElWpBUpO1nn6lNOZPu26+kaG
Ze1jgsqIMzjUixT55930fp7jHswn933Osgvjyjy7Rsbcv152vX97r5N0H66YNb7R4Rr560XBjz29e/4UjcKOKeAVBNNYi2XZGNoc
njX0FN5FuffC++xaAF6qZ1gVoC+zy8JUVX5ZMQWYpeP7v+G6CXyvkDYWy/wrZqSlCTF6cN31v+ZbPKP1jjVTUmftMBEB+B78GZNn
eDBCRWX1UL66nwdZVqE0OKamWAuy8IcXYh0qge77OMJvihS6QgJpIVfCBTlEBtBfSSEkTgGf2dPmMi4kXiJ7TgUbpGgpbmObBaTE
A8trPLJw0A/gjSVjHDFXTBo5dKZDwn3fYWG2bELA68ZL5npKWfglTAf08qefaAIMprP183qfbXJlhx5aWhNKZXyTksWCZuO0K8iK
gh0lTVLKl/JjDMOsPBci5QrJ6E3ocjY16hJhjQVx4K5BoTmKM7ip4MqBD5pzJ8q1WPNYa4hYM8/B4en+yeHOOzFJhgQ0C8eZdgUJ
n1HO/3Y7iWDPuO4Gpo0bo7YS5x+OQjjFrmnXnB64NFdm4OCbM8I24pXmmeUtSiSdcw056YGtnzEgOVCWi6yU9w0/Kt6RJ/HG83VH
KT5mHgrplg9mwe10uu6M9vxxT6ceW40MPA+gq2g0lh0er5C58uPK8NckB9JMVd5yEUJ82QHMjtEcUmkjDpKIRSPlV6WNuTfl7bIM
GwqkaBIkoTGwHItp3rp5iGeGG1ciGuRqri/YKtK2T/FRcJWLHK2tps0CdsvmQjJv09opE+jZtYCrQbLbmLRep0BblpsjRU7sXjuf
IA/mF/xUu0QsCTL5Qy0gmZ+096W2HSdiDO8HdYfq2CeS0xPjWWuOCyhxi2GZKOiDuElDeYp6ZzVEgvXQpyCsYSmoa4BdCCSeM8H2
hXEIhW4JelhIWSQwR8Kthpn+ZbKEr9fkzkj7s8VmZK2QQgonTD1uTqS4E61oFqTXyFhUZBbr1KCvTe7LVfT0njgFuNwQPD5OqUdD
CJ27RVtPPNfkvq2LA4h4wxfvQQq6xvqyLO7dTsK40LnR3UrV8RYZsMuyyh2VEHkmvoUv0+h6AqzXdYj8l22YVGwtBi9ivyRgs+IS
peW+9xqv5ctgdIPqveH/DE/3D3p4nG6j+GJBNoiMba+aQPtDt+9CZQDCcyf0GBUqwNMA+NwOQXcEmywLwYgsqzzAD70mRIvScB9F
xmtJz6yTrN5WbLvuOJsWtwDxUEJH29k92Hu3f1pk1cVtz9AGs5jKjZKcEiHCJu5IzmUmKDEZQJrwwgdU6MqCnPfIIW5hU95H9fw5
Or7K7hFSh0k+ZLW1KyhJaug+4uxwPmou5HUhzgH27eigHQ9pMLpNUPB8OxR6eJiagYAvsCpPklPtUdTPoz9AJAqNWlfyud5cW8PV
jBu4Gnfq3xrWS0ciceDwQBa6lzDLguuwpZJUWoP8DqXSFcw4i0Lqb+y/0xPDdCbMBRWvxYjwQI0tVY89ObxLWyivnaxQ3kn6Rzqt
GPaIUrxQEU/Srl2hRYG1pRzIQEmB8T19LgoTnzC0DSNkEHthfB1RMe8EXbTIYMM6NjryykCIXCHcW+SwhPgEnRto2LdsHNdtUkRP
u8x6+h0lq55lnC++57WxhzVXEarc4zrRLQazGYyNzxexIJ0r1Mfx9AK3HXndUHFfumJiWQSHzrOeITzsHzDKVKQ/oSb3gEGLpuQ5
oqvaUUEtNOY+gfzXIMqHdXd5p7yFdJ9GsceVw2UXXM64XPt2QtmdiX9p4T3q+8SHdvW7hHdX07AXrGcBOleMBW4NOn55nHSed4oy
FNj2Sk4jN9PCCz2QvlNqS0A0v0aW3xW2l/eHstr3C+wNVYN4jo4jsou1WQMcv/W79fX1FxvfrX/nDXff7u9dDC9Od4b/vHi7M7w4
PDq9OHl/2FONnn9vNvqv9/vv9/c2uVLdLWwVChCOyb4LsvyEiBTN7o7HBLbf+gpGole8xCeYZq0l41FgVkjlg4V/G2rXCzLCBY+Z
ZsKAlBdfm4ZWKeu//9FZOV0KJblMw+CmTf1e1goaJquX23zCcAe5H8t3ZmHW55X6t5+/eUx2TNaondy3Vb3mi+wRfdVXUrQ26Ehq
2Ul7vo5yNzdL1HJ+5OIsN8v+PzkzP/xF3ziqTPIlyMrOgl1dVUusFJeUyTqTB6SDVc5glAuUGTrVV+GY3zQRy3FZo0Ohw/ZkzZL+
dCS/JustFQxW0ddWyzrB72M2OIr6T4jkPW8a3YSGKxKcVTY8ygMeeLhKXOImq16l3tsTgGFhCgsMZF6W9J24u8sz/qOQ14IrJYSt
w5zV0QF2zK2XVLhmtR0UBx3WM3aykzuiwGbJoQxJcji9wt3SC6+w0qanCVaifh/s+m2ymCJF12Xe51WnsDqfp0V8NM98ZfV4gJ/C
gxXdwN/myShh2/+GpYFYu5Rc6qo3Wr7Gg3KRA3uWLPKLGSsWf1jHf1ZRutcuPMPwWpgR3JLzJM7C8jJf4T6j1rpHjaURwXaT4HsX
wrwGDpUrjcwn91k0CqZYwoPN6UXxj1GQpvd0vHL0akAN7ILd3T1/MKdTfN3fhUYRZlKw1+9wr/alJz/1G8S0ylh+pRqI82gcA2Zn
gp3ee7t77Am3dypoLFRs0TiE91cABlrbJFiim1ieU72SWABqxGPDscm9GZwNfZAhNX4XzZCVFkKafoK+g4PNaxFHTqwDjyDRWSSj
juxadQDkcRt8ifgkMg13HsYV5A5trd0HCwyNS4sTzgUgMcSpQRZMsf3+VJjDsx77DAb0Wrnl9Ofi89Z5o3TtEOOICjSyHMUSIsdl
L/jVGdYvmaZQXXVIGBT4TRYVlgZ1JCZ5UCiQBIQeY2Ullhoop5OnLilMpIpkPg1izEcnjDs9SnFDBtYMrlgPOcue1GsgeuCD4vDd
og4Y1V9o6uEbED0+6pO0ndBQj3DKWiK9ONXQqehuy50xA9exStq3umzXWE1AI7bHAGleeqYfm7a1aWhPtMjXUY4qNXjYqTEH0f6U
P5LpIJRLgPn6Kgqn47pOcYsdNRKSm1r2m9ewolpeFMnDleApwgn75oxhL9j/BC3lHXYKwOpg6Inr0krTTC2mX/s5q6Twcc+3DiPY
tvSw9HI6c4+O1ip0lkCAXTcEz+obwR3YfJGLr/djFMGp1jQ1x2Y4zJnQSXZDKUSGSoZ0mET0ve+IsHSjXpXquyNkGc0y7+izrMus
3xUVHo/TYH1mTSL9Ms4xOgGV9BH7aCVoAXAYa+zztWg7V5x/eVYjki0Q3UG+kFMsK0SdvdUdAPsqqk+QWpKTr6PSun5r8gUjTCgB
4Cx6YDcWdRTXIQ5U5yls2no2VXHYHsdp9sT13BPXHBohZvMAKbC42raklUDYBzR/K8ObNiXZnAVzHz0c6BIVygQtfBVPTYqMbkaD
0t5I6bBg+6s8Pon0cDmDoLpKhIsZNFYJvHk8ZVOzBWFgisYYeqI9ahFrUudn1HXVtqnjAoS6pZ77tTrS8J/1eC1RrYltLbstksy5
muNiO2lXKAxQVdBQCEj4IeEWGS782JHmpWQFlu7DJP62tivM1tyr+L1ly1jr+VQRCtqub8F/fpQds5UDHn37bVuuoVwZ18BB0e1Z
dN5ssU7mzHFE8K+NruJAqMgfKiUogkUvlptyKEXXiQhVMlqNoFCuVhRDcRLE16Ev2OaCja3F4sKzqw7rG8/ONLzCO6fQGDDdVAys
sFFVxnWNJZOVjaOrK53PdhSVa8trU+gUzpXUudC3qs+AR+2ujum901hea7oJHRvEtQFnHQcT1jdgatYp6BhtST8nUex3tjy0WeM8
TpMdDILzuy6PYKPSMp8Rwp+2mL6CF4m+EhE1J0TYRlG7lZgNsBA+koY7K1O6RofW6mKkjr6eAOOdXSQnwWHWcAaoV2R2Q86JbbKO
bUCz7esklar0jxxJLj7tFpZJG4acCDU+fkWLBdrbk8TLIXU2msIbrtmW245L06lwwfEbtPk0YaeaUHpjWH2prd483InCJMV51q73
KgLuYnrfKuVCyQTo9udraRj8XMNHkvJwmgBvLEOwCB1Yj4kqTnIs4iTIeeLpFgtvQsGtIlSqZAwKjCgwjbnE8DayCSVX3DeZPNBL
brM8fJR5YQRtUmBmYRwqNk2JR64WGRcUSMOq5oXE8hJyt4qVRPTXTvQjaDplT1brkQyeLzuyK3uOVTVa0ur9KGaBtYJKFkkZj8+B
7rrW7HtUmpVjTN7C3r1LcFflH7iyw/AW/y7fUlweMqSIYNm+vzP61yKCm5INGiuz0RajqlpC+5uhjV20Sk00C2jjPSL3p73S1j6L
zw0UzjAO1l8IpSsgvJvDPowNfa1+BHUPnsarQqzBIjdbCZyI5EbcQMRTyHHC2YL8UhYYl3+CumAadKam6NUrZI6elfFvp2XlNiTr
6pILR7W0FV2M4TkyoCJ2aDEDFW1rIRoYMoG35m2gqPCSRYa1te4q0ukqckGVVZN8WkMlDnvUmDEubBCM6Q4cYwCTzxe6hxKZGycC
Aj/RD/i+2Iq68p6il4IPkN3uhVcBrP49dEZRaj3e67POOMiDznk1yo09AdwrFrrnjlKKVAQpX49H63ZaTBi9xuiBxnrjIhhviOmX
6rFN0owJVPPhyBMGX1FqjS5679ZtWs05WxQiNs3E5TanocpCQxXrTAXa12W7c35nOEIiepm4tVBsXvdMudieN0s61LW2YaaQu6gT
cj9/8/jC7SqCbfXikK4jZjuLOGS9w8q+ISK9XJRJ7Lq8h4sDmFPEenQsT24pA4BWUAIN/sJ3j7LP9l0e23yA9bMoTlMyV8nfoiZt
IEzGGiym5auyvqccJXNS0ou0nrxUdpKiTuULTkcDcq7oTDyvuEyp5JSi38kovhCcu6Vz/S1BVB9BvGg1RBiP5yCI544x1OvKIPJN
u4XgVs6DUehainpfXYx81bFl3KY+CooXjXWCXeMhK3GF1MFICyr6W/lxyb4J3VKQGXnaT6U9iRJPRsg5QY+YqGVOqg/7x7gyeMn5
xcQBxCsNz0KHrwvux/sM/6tT5mOo2Brybux05WvxeV0O7dBCkTSVuziKaCqAVkkmMkCKY2NIYNkiXUZLlpqgNwpOQzqKv6MUDiWJ
LBH3i3JfAMJWdhOBhDe26+xfQRccZef0vnk0zbg7ZNAe8fhFSmdntDxsu7gHLQiRUF4JnbPlf8NuA/hNEZ73dHC8ZrpEjcNRlPHG
YoqXcZSlizklbECR3/AGIs+D+QL26GoRjzh/KI6z+xfvew6J80fZSIjmvwKGJreZd5zchukQWPOp931/gyxCnJkup4ijxfUEb4g1
TPAPS6EgU+qLeh7E8wXGUokKSGEMJy/MpAugtAmAdK+K9WTsWoVpNOZcbWjm+ZyKukjh2vNE/eQeD6IXnwZxHNX7n/YmI7gLBsfL
F2fn9N8fzs4RRJ+UORXOrVZ+XP7iAuKfe94bOJq3wX1GY2DFe9iLEF0/8G/Kz9bzSqXoe16p2PxnhvnPwTLgqM1hkQYMWKwCtjjG
5SKacmD/DEAW35uMJD1A9MGLd3aJsMINh6dUOKXHrmVICm9RxbHUtnASZDIIC8fxBWjMudP3penTeaY+Wc9ziYmYUGObUcFRXMIi
nk8XmBkYPfm6tOmHIt6LVC95sqCAIjGXTeGIhn6fIu0QWQbl9htxSdLphktj0VeAsN+oS8HjglVi0t8wGTFz64ymmKJE6uW/MakN
+ulpew549u7i+GT/9eC/L45OBm8GhwDq6Ti86k+AoB6RTmkd0TAGzMM0U7/Cxv0zxtwLzwErAKjedz0QQhewkp0x5j+JMqo04b2o
MjJwiLOcNEc8uOjV8B91taWhtr3vmlvaJrPtvdgyLpPypvsHw9enF/BUpEKnvECUEwbAcMzgXcfjwmMCIPaSWRDFOws0Dufozwib
9rxuzXIs/hCm9HzLxeohkhBtUnnt5MeHVI9sG/Pc8azw/hSz6uDd+Ziup5uFrnIJH3KcCbY62NnVx/GD2Nu/48qqUgWa0b3En8he
ZLwb/sb+2GcajhPQ1kyUUqPjhgrUQPaUpPpYeRjMSGZDKlesoudlSeV0Q3fEGbmSULX3muXbUFUye6jTWTmhYE3bpmqidNcO8nCm
FVhbRcOBCJg0OgVRXhqd38Sc4f6bMKdquuJCalFzVB95VMhnR1dq8pyaV/asV5t0WcdG1hyIx1M4XP6oKVl7i6qGpyDwcby84ZWM
N9BvLIn+RrcMcAche32gJj7PCqTcNG4jdqwCLA/0UUaK3mDIKCWhApK8oxylBSMq+KEuXhY9XH7EzpXoZ93DoAPlb9332BDLwZHf
GFH6KEizp2Y6xaVonprUAV2HMDhegcEl+uzCQYRpLTEFECwrUenbRPZsk9fq66MdcbqBINfdsAEQRRAb3HxooEMFRRCbl6pIHsAZ
BxRg6D6mRdLNr48mPGfpzkZmn4MriIZekmZZ3cAYeTFJptLtnDTBxsTV5uIE1cTp6KIEL7yCQrQp/QYX4W/eLLhHNyvlaS4ifnmU
MpPnokVkKJCu07ruVWpilRu16YwNNL6WHEmr+izKMvys2bBeQ2mkAmYFOnPZms5c6pJsC7XpLBgJURapxmWZamzVTiswiBDBFvpz
lahc1TFVAFt5GsgJHhaeBt4Z56kb4Y9zOgHWK9nlpKoA1MJcYuxHRD4b/mUTgES7oMld4zaI86ylvwbFCcQ5wyPiQk06G4aw0XLo
yKaBo+mKu0IzpT3pBBa62+m2DRj4NciQHYUlUNTi2yBjzpPXhIwJcGUF20qNnhStAnurBy2joPvtp88dGOHhNoQN6hFW6JQLx5Ye
OrZw37pnS+01XBAxPsolNxk5raI/q8pKNisU/647/Ve8j9D5hooQA0ahuRzwyiDzGdKCnJLVX94jr7uphPhP5A7U89gKErHsDTCR
umkzGcQVFWiHa/oz88H0sSeKwYQikQTQfriwMrqrgEEek5x6LeVwbxxnF5mUwukHieGlq30kTgWlm+BhCmri0zwFaSWGJk5KxCYi
tQPABlZL8vUMFtNX6gAzxcXY2zvE2CualHZFXiciHT4hpZ/A2vE6RjVEj1+kJJoBBDTZjO5L/GL5QxcZD30sNNOYmh9gQTA+nyST
e431UnJGwR7QvTwNrwHDYDtD4ARGEzQoGJf9OwzFHcoAHfhIC8UQuWJI38f3/6Pc9M1Sh3Ck07kAKYlIboBwS8UDPlQewZOQPb5A
Yk75/3/sggH8R2UcaEOICu/BX5gyR5zSTs+zMBLSJYsoUM17uu+7f0JOomoBL9081U+kpYto2nbBI+CdaihFO9161uXs/KVH57zK
vMArG/tCrWl3yjUHFE2HfaL7a0hnHTmErvkkiKja7pYtfcmOIqUyExtwhaaeQwpPpM8U6M+qTqa6QjCTdLLfzIJhRxrf1RZT3bDA
G6xDqlbKEFAeyHwT6FP43IqFcY8sb021CQkmEvPlLUbTwB3pOt4H8r11JjUrLu5oOXShO1ejVt/I8R4yHHEBOlUgQEotPcFZHafy
q2b8I14AZfU4KdQSSkJXKCfZjhXQzc3xfznmyenYsK86rgURLZNrh5OlwiQwnTlehzTVtusiNyLBAwtfivnZxnnPm589P5dO5EK3
g/bAo3SMnmSD65gu2yzsrho1Vrpt5lTAvcra6rNAdH1YUJg9eAtnUGfw1c0gsm4DRUz1uEyOVZFNW4GcLOtMlCJKMv7Ii+oDSUUL
Wi/TcZhuep+KWMCeZ/D8HFD6uc+hfpFIMkCz5PakAoQ9gtbEDV7eGxwtVkXkb0nK9YlxDUS3XUpcLzRyIgm3FsBXZLrWzElzIGJk
XcwWo8mDeU49ArmO7wSIfjHXOefirg9hOg3Ng7p0j4XNbAXdVl0CHMQDM5ilgIK+/pbR2SyObUva0B2fiaCS8yZ+SPuCC2duNTNk
ht8AfAjSZ8fhsygmhvnFFJvZmggDyIlyCO+sIjSgdF5KMdebdtkTDys52Z5hvdTOOSkcANadx2BayW3mTKSfPF+VJX/4Sk3qJE9q
nHgt+NSV14gusMgPozNst1jtVr04pGEYwb0dJ28oTk05qNuEasQdoiWpeFQwz233BAjpqwToJhN0LM6Skc0CNf9s5dhUhnRM3UmZ
ZHA7OGmeCKiAu77vvInLxKUo5knLbJA58Z9KD4hEdlkR/8FWO/ITf06Fj5FzQcYE3S4QybptExKUgK4Y47YANugsJenZ9spssn0Z
5RJt10hNKxz4iowKrkbBH6fT865b7UG7rAs78B/fKD1Y2UtKQLAHhzuKA1k0KCJq4l1rdeA3O1QpeXPz2TrVSl7v0/89W+809X0I
jOjbhItwXbsbk6uJt8bVaIbIFTCdGbNbqIeVK+Ew7FD5GnrPWi0sR5nlYZzTsz5b55g5qBtLabqugQlD35aeDHWKUqmkJDvkXA1g
Kuy2oH3dANpE14hRIxWhMN8tgzjKJvLsUm1ldsjrO7ssU2uA6y3mkyCnkI6Vo6PLoPvwTAeW86YLhCvQNFEzcSnSVZGK85aALvUB
RMPC0fom/t8V/LNJhG4UTqhSqnI5Yj02HkbXWKiVxRqpVb2lNwvT6xA9MVBlHcyiKdzQXRgnkml2yX+SdmgWcCbDmcClfjM1kQvc
9qoy8tY3v8cBplABHsi0evDJ4zko0stl8ERzZXjAYBzhbs9fnYRZmNs+pRgmBzmqYCcWdQcw7AKIY7O31XC1PVYKHcCjZaypB71K
3CJsbcN5OMLsb0IVca5rZMtaiq0HgPB3gJpSKrSW45EGUnwL8WIN2o+tmqw4ZMsy3cZWvTk5Y96azbFNCpiAxyCzbpLjB0aX9jjb
eQA/yFGtSFopit5n7clve2bZ5k4XZTS5y3tJ1jrt6bSxmw82JNcD97FEA6lNq7oC3Yf5Q9eM6POjt46sNv75ctv0IeyzB/DXW/Ii
viG3URmcrXSHnDcpX32ZK0798fjAMgZxxJEG3DNYz/lWeybFdUQfn2GxauFwPs6YJmWtljHubGdg30ydS+l7O8oDWVqE0X+L2idX
V9TBNMlC6f4sOjZrraoU+iR1+MLfCy2tGz/8Z//59y/6d/17Lwe+IxaR3tQ/8qBJ3BW5mrB/6fCk2didoVUUpmEKYK20WL2S/qVX
Epd7Qi7v6Yodl94Mmv5E6yiMWrrdZKvamHMYGsTN3picPjLdtUb+TG6btFhfcmz4uAigvkZWkg8Le7+42tMasBkBYxtoGIhUe8L/
nsSq/Zj/tlhNHEdrcDzQTKl8qKSlyn2qPlvBSJGlDVBTYrCOEJQwb59dSTQvoO4qFgK52yH5fReO/OIa0x3r2wjIj8PgFdn6dI4u
pAXWmditO2ZLAqi2TDe0rsLcff6mSb3RWnUs1bq22vPCqwv/+0OLavPtsOSKVB04TcM/qwzeBlerP2b+lzz/lggui9jwmlZGpabz
8cQ8H8galbRKYuTuH3V0xPh1H+jxW/RNdcXiZesTJ3Qkv8txM7mJNfiHoltkvR4tHE5Ev2GTihkwpISjgFe/oWLjt8LUh4aD32bB
6DfWZUhltJcuKHInKEevSCe3IhJFH0oPkzHbW4JU+t6vCRrrgF03vAeJz8GcQCW9Sk1kt3Z6Ct06G9ymFP1WKO3bRJDG0cgaxF3j
soXDrOSoddfaUetOjx+BFQjJg292LBxk2rzlkb8re2gVbk6NdvCG04uzUoEsd5VAFsEV37k+lQduMPfvurrbEYcd6S4N0Btvxl2r
cBRo26Z2m0jcxE7I+qZE86b0/mLq0Vxzu9k2AvDMA0tqQnbbzCqun+R+2caxsyg7qYReOPDYt+FZqkSNcbKlqRvDmbSzZ2gXBcYe
2X+K6xVtcJSn7vNF8BrMlz/s3QMRi0arwaxw3Cao0dXYc8cadhGn674hZ+86nwdpraFIo2j+GxMhtG+ZvrDCjCWJzzjESqSX7LX8
GzCqv6HaM5SmbAy+g8NvpKyNMUbpDXPIJ6x4F4pm3cIgyZqKTqSWMDppiMk1AbbnNhoJ6wCIWmaoZaGBx4h99U1XOjawrtm5fQa3
pkxJ5h6akhcsvlVQDBYXeQDrd80eArwX4VhUO8+Kk/VG2du65P/dbVPU7YniRXBa0sKFf9Nlfd0uog3b1yGXfn4FfhWOL70aVCOM
KiwRRBh000O77dN0/n/gBmZNG1hMc7UtHKCxV4LEz8wdzL5wB+vgqi3GeL7E7OvZ7wpcPSKGAFVcobSU0iqJGAPubHtPdJKMX7bY
NF5Pq73ISnZZIMsYYvCIGwJHqmSM2+h5m5vPiQpubn7Het7bcDpdY90n1s1YmybIYQLVS6ZLq8mOzxZemWYsREwxkyO1054/ToOr
fC0K86u1CGC5No6ztXGUjRIMWOUqtEi2hU+wuC/UFdxwX5qoLPag4a7M+lToMvsVqITfKQGn04p5c0FayiLPpizdyOXMSJbD6I4C
MIqT6JlWTIwSR5ffdrRKeGy3YxYegyx9HZEcCdzV76lzUufLqapA965nqPfXPXAt8ismqn+H+UJUnUrfnp6sxSkWzt44uW5rJrvg
48q3ldwyUmqynjehli4Eabkx1F+ry6ZhV8RsCmJsM0xbIVXKYNlwA2nLeamWUgut2iNkdFc+R/rLFeKR5LUuhlfpjVYSeMPWAm+o
i3/qMISPe/vrUxuYUqBQPLTRFFDaIDIe8DeYjGveUCxGTBQ+Fdmh2hWscS9FbBiJ1NrcxgptbsL7hntnrNs2NF89/NL7CcuaYjma
cvLLGuiS7oWxp9DDNExiWp8xqyUnJ3lRARVieB7z0imWA42pd3UeqnwdN6skmLPxddbzZ0LNTcsS65FJtDolj3t6VC31tBWcRe8M
LanN+snroDGKHloLqriHJ+sd0u82gyN8zJGRk6UHpIpMmlL/FR2gQwU7/DbtCVxnwKJl4diZ5xim/93z/ml6f4ztfOlJTANxogru
AM8fOsL81OXf1hS0tvrOYhw4y6hd6VPRgO+e80r0fO7IG0yjMTCPuZHa3YSIbH0EnV1Nk9uapu3xR7IvrbYR9zwS+nqxCCtdLSNY
xCW0VkQxYl9IybkyggusQlLqE3rR49UJGTNcFnG0FTkbJfN7GzkTXZiww8Z9HNDXJYwwrZUvtIXj9yvQDQrkW2FhkgU10iUAU89f
WdMbNOysuuGs0r6YZu2Wl4WP5Writam0X4q1tFbPPx5PasQtsp0oyIwyzGWupFfoksXZIPU0m3ZQyha1tp1SYo3lj9NPGWzMA6oy
z6ecIW6MS3G3q97X/OGTyoVNz8uAlqOsVnSwvhwg5bKnjs+oBqBGtcxygA4/pMjpiESmQ0oXKW2HskaVaTFsv1cU9KgHaRluOj0j
0lw3wam/ZdygNFtzvo+WqrbaCLRVN6WIKcPKffhX5T1HkGHPGIJYfquCo3i5lfcclbWNy6+8a6iKBi2KxNz0V+U9Bamxw4+VPI/b
0MUagLIhPhZ7+YAdeVB5TmHgN4O9HCAWC8VPvnCtwqivlYbtNa2s59WcAvFDBKg+AHSrw+2Mi9ciqPCPylvKQE3YZIBLvK09CEHt
QQjOZMFYrkqHf9r3aWuF9MVSwZthFj2htbxMo/E1GkGzMJhlfUpH3Pf2kbDOQsx0y9nnAFJBdD3JRbRxnCc4iOzQv6KsxDL3TZR6
O7vvuGgQ33G4wrE3W+RIwPABlkvyhqIiZurtHh14O8cDrnkJrcS0+2NKco/ZNim0SCZbDlJOzokWWbQRAb1/uzwM81e0mP4oUwHK
Iaqyw7twhDY/zq18kMSJF1wj04IJtW9CzsM8TkbZM4bGGmmmgVfI+rOxUIfnE4ADuUIHs0TQfXLpoJSD0CMOJUd6WKJcAc23stD8
p0oFUdwizjQNKDGl8bdU/DfPvT/PNrBgEzxco+rYOXooMieCGd7RpusKzsaRhzQG/dt/vYhH6ozUsTHyiPEhFwd1nv2CsVjus1oM
J0maelI+iVl/l0tLV49h1n87kszDYYBBXPB7Zx5Vu6BCRaKlgDU9sgw25WpK2HJ4n+XhjJ5UG4piS9AU3a3HB4jgVDxnl5Ltl5tT
kTDRL3Cm+FOdgWrnB3AIozg85Bjs/XgZpUmMln39Tfmjo+wVsialD46GYi/68r/Uqvzxsdwy+Fxtn5XuOHMlGFjI+agwnoIJEIdt
qNyYIi88nLDYiZN8pHf4w5NF/FhIqZ7g4AUjRaOhKN0gQeEO8tR8RlgepcD5LmwSMODcu9ZtlV7r9IAJgY7GIHcP+K8STVBgoonv
x4sZFhkIfa2AhloWgDm917hw6LBffMFNuc2WcdcbQ/wXNjC7x0q+VIStZhz+jNtHbcbho+MYiP4Qt8OgGFimgS2NLboqBte/lJ/Y
pkJ++AfJOLpqWLFAYRwXBxSfFAPK985BRMVA2yCyU9FEdloHu7dxRhXEpYwQ5pOkmOw8wFT11ZlrEJMdyC/5E30VLqTV6CTiLB8O
+mlHXFWUT9TF+0ShvWoy8rUom8c1yKwQ5Ap5yFTPoilc1lzJD9d1OkHxWZTQM16WFgJ06800uQymH0y2qc8HtyfK6Ygs4iDSI3tz
nQYxmbOH/zM83T8gW/vOeBbFETJLeYL5XVB7JsLWNuVIAfNBIgWA7Pnyniik6IuKiojUwZj6/hZmLqooYiquQB8G6GwyD0WWvxId
0e8koiSiuFt5SwRTr9K900c8zy17ucYJcbSVd+aQzjIj1GIIvFIa5ffolyouReN55UYMR6iN3xmNwiw7gTvTV5+UnskeBjJ3deqr
cgHDaIzlMvrv0PuBkXZIpAEVFT3u7gRZXWAY4NEu717P4yHET+phZzpNbru/6yTxlgYcM9HqMadLeylw0HzDSKptiy9LE4qjYj8r
HVa5iy6RzI4cykTjmi+KWQqarWvDibMz8cpGA2ktsqQl0gPMqA2TOXCqPgRfPU/DZZQsMo99TLxxJI46riSlMohwzpmFIfqG6rlF
irGSt32LwUCU2SQI9rGu6VEc+sVktuyFdXcuAyrVxcs0zAKiQ5uSUsBoYgiYDkqpKjrWGHhkGUievPiC978ycTEtS6FJ/novyuYJ
VZBswfToHHlxgdDPqjTESMK+uFe8ab6bDCNJQ88IIKRRHmBMcXJ11aMSaGmpbbfi7gSUGFPfJ+xSuoQurqKQk2txBzQg3AciISLn
6AdC3Xfc0a/ZkUk7eU2l0iJMSoxVlbC0+SVwlL7O278Jc+6S6i7pbyjIPZjyW/wWJNcdrFc9ImdKuGIDdBs3z3E5fXOVTHnZvRRi
HkxoG8eAK26FMRroZFU//WQPiMQIWt3LyrUA5XaulWLP6k2drIsSQ1guuso7W5pPvEuGYV7cG8dpknMMh89VAOnoub88QgT1AZSO
JtWLCs8b75X2IsP8z8Ub23UzKA7X62lwrVwe0WOK3nj/rrbh6mHiMda0SebBNaEmvz9MUHhqeZOtuCYAyv+NNRWIykRP/UaMLd+v
VbNVFQmDESpSim7fSAwT06GTUJPt7jJok+COT2t+fxKKxFiCWm7j+Dgm42YOa0+u/OoZt4UOcw9Ptok4/O1vnvoNCIrnEWbG6ej5
BdzS6NpHP7o2X4QnOJWdNCzQIhMnLBwb/elXB5nmqmVQlTXKhm1eiipKsXBtNHGKxb/doGhDl9J+BanQgO/ANARf2q9uEgOz5i0S
Ex00AfXPwhDdkwRzy8cNfjOUSTsYa3lxGtaM9e9uNT3MPlaQ9Ttv998d759c7O7svt2/eH843Hm9j06rGqNA6f3gSsXMfrMFJZic
JpypuMQ3UFFFeJRz6k43g+GXeAu4VS+BdbRXJsBVFoZ2nMaWx6VKdXYmSWVQCrEawGBg3cvKyXQkM03reEHiPMStp2kGtBsNcVje
i/zq3//2KjcmvXEqNsrUqjSSm6xVu8UKYniqsJKXh7Umf8XkYv9mvcgma8MRZlyr5xJZdGYNUYwG8ZhqUY6UyYOTCBf1gl50Xawa
jkV+NfrkHczagpI88PHPUywOdiXIZPHIZ3UKPjiAkftHILfzTz6mfRywVyy2rxYLV03xlBdeogpifB7ohAGSShZKe+hfcXXU96ev
/7EfAwDQJs58RCOdEeiR0rxOk/147Dvx0YEWtJrD8Na36aRy1JACchD+UUsgVrQB3Azfu2e/5ZZ7aP9V7ADIbqNC5zsukumpsdUX
oqnWRrKUbq3hcpWRuHl1mLYaQ3meqDPxSp0gU8V1WrW7Pe+vS9sboI543MeIo2iEgXpT1vdQ4Uk0IcVZdAkNboXdD/57sZiPSRRb
ZCQV9eVou1hvEIuwbHqnO8N/Xuzsng6ODi/2/3t/FwsY0rPTk8GbN0CtXx0dnXr/EA93T/Z3Tvcvjk4u3h/vwV/eD+LFu6M30MHw
xXvveU+tSXuxf/LLYHcfBto9en946n0vPjt5f/hu/5f9dxdvB2/e7g9PvQ2LqqxsjUEJ9OfkUv12KMyqjsPS6dTMtKJ5rCILgPew
3+0P4mVyEx6QmVXUs38FkMU6NMQrQkvkH8M0v5epjRIr+lmSyAxdc1HuJOyUhW6uK0xpaJ9S4WiMoSLsvfe5dpJiEjyea6aUvTor
ukYz+wNhKd+zWlvNnHpsMU8htLuIv2iVLVG+o1SSyBiIq21ABwGoCbFfYsqv02QGkLwe7Pmd8sETRd4rhZIZVjAI8BEiRVPH7kZo
NFUKAuQ/PnzorOILL2b0f2bh0KaFGowrc/s29xJAiAUFjfeYTwoyZublzxyLaLeChgLdlq3NOLwiF1xtZXArIg0CIKzbv1HFDjlU
ArqAr4biYVVvA2yLeNfjtEXI+FNY3ODqKH4V5ACDiDJq2NQIpe+HeTIfXL0BNvZ65W/3ySsCLjU06LyLgKGmYrGnz9927AsFXIxH
0ZxK8hYrPZZPbUtVn0DDk0X8DljBKYyy0dD0fQbSPFZ9l/uMzs7DtY2179c2/oFOz0ItKcUZxOLdRQoSTQ5E57CaCrk8wLvkGtYN
eG+O8T10/dwi4gr8AhonUKNY/mkaXV9TIDCeAjpg0Oc/KnKVgGEwygsEK3rZ4RQgZifrlkXA9whzYCWggVP5yAtSzDt8IQBWVNf+
8GG50V//8GGOTzJ80g/vqiV1ijF35BHk9C/8tx1RhLC03ZrgaeSEv0V0EfQAD99eeAWCHYJIJZohuP1QwhASBTsihEDeJzX76yJF
i9gv8QliduI/8t7hVQnyQE0ZzzuVy5c89j9b2Uf8fBBfJaYpvy4VnPoiwn+xMCGfOQgbylxbFqMImTTVRrnX5bCOnAImhDl+zcpr
W9gETrKi54FnQmCVFpTqewywRR+bcogHHhucN9E/PCrV7Hfw9bsgy0/IBbi+C2yHK+W2lb4wyQnsKOYRwVa7mOl0xNWvWSlC6ghv
Y+0ywOgVjAnzfGTQ17hUNfLxI/VRBnsVUtmcUDh6JGm3b9uwlMcs9kZM9w2Cmy/wzEIjRCr0ymJFd3RTw6wxCFRkOeatiK+BhhxH
YwesxOcuzq6Dy+4088lqFqXTsQFHA28knsVgr1ON59KRqen8mrJY6QhrOM7tNDQneBYum/8P+yl97ZfkAQA=
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
