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
H4sIAAAAAAACA929e3vbNpY4/H8/BaOZZ0JtZcVO086s3aSPYzuJOr6t5bS7r+PHpSXaYiyRGpKS7c3ku//OBQABEiApx027b3e2
tUgQl4ODg3M/iyyKr73hfZaHs61vFtqv/skizqNZ2B/EeZgm82GYLqNRmJVa7STTaTjKoySuedN/G8ZhGo1KLd5Ok8tgGv1vgI1K
7wZH5emEV6K70othOFqkUX7f30nv53lynQbzyX2pzWl4l5ce/Rpe9oejNJrn0EMaueahet8eweKznSTO02TqanScRvEomgflBqeT
NAzG8GDrm2+ePfMm93OAZj8O89skvfHe7Rx6k3AKz/rezl+8770knt5ver9G8Ti5zbzj5DZMh9Bg6n3f3/BGyWweTcPMi3LvNson
3igbefkkTRbXE297PF47hd77OMxOECdxNAqmXpYs0lG45V2m0fg67M+zDS+cXYbjDD4MvSyYhV4OIPKi2As8nPg0XPvXIsnDMUws
DdeyPMXV+AE0y3JvNAlHN/TtvRdcp2HYpfGG0XUc5IsU5nYFm5/c0lwXeSgW2h/DEoLMm0WjNMmSq/zZZJRlk2jmTUbxs//N7jOY
6/Tiltfdv048/I0L3cTuT/bevH0/2PWicc873vl1eHriZWGew8SyZ/9ahOl9z0sWOULz4j+8SRCPpyE/Oaa2MK3FNH8WpmmSnoSj
JB17/k5yGmQ3B+EMFvBNDGDI5sEo9N7h/vxyyLP+5tM3HvwDE9iOaauS1Ht3OKS5AQiC3LsKYD/Gm/AkTaOQYfruZG/4fv/Ug2nQ
bxoW5kDjEqyxjzQEcMXhuE9DzBeX02jkjaZBlnnvRvHe3SicI056m576m1rylOibNFoGeeghfiHaeGKrEliBwOempjwpwEzVkOeh
z8Avd9sDXMm9CQO1Z3bVVT3hP5veZZCFvvrS+9brCJAx/kpQrd914J3osn+aDKlPv/Pf/+h0vW+NPsU/PjfpD7LDxXR6lO7N5vm9
Lybh/eR1OjB6B/4H/Yqnxdw+GT3mkyjrF3N8aQOgaie28aUCnd7i3QktAN6KpRSvP1dgLOB2pAb+5F2HOfybMUObhffZ/fmehtOl
DsQM674WE0YaWf66w3siWpT2hDvV1hXhTREjuclhzhKRD+HvZXgQ5pNknDmwdwSXRK7mM0L4d6q0o6Ph6NnudDqYzZM096F9z9uZ
BOkwRKiLv/rvgfQlYyABe3fBKB/OgX5i7y+9PF2E3fMqMGjOAARYAyE34n+8mOEGhIIWZPIcaPQG7sfjPPXEPDPjoUZsultfee47
cM7VxOFQXHlvF9GYqKdYhKSetnX8aZYBRyO2LuJPPOeDZBxd3ctZlydZB/0/ctb/hTgtJn2cIuXJ4TZzTb96Aubqmz/NknbDaeg4
AyvP8EuO4jTJQjs6dP84mrYXj+cJPKwhaqFs8iejanLqFeRsTebkyv5UdE4ty4mpf7ZZM6Urb0cxzT81rZPTrhK7ygL+D1G7ZiT6
KuTOhRN/IME7lAJeHRun2vzZGDk5sRVYuezPxcXZV/DnnLBg4dSUtRn+ufk3OWMLB5f9n2TeGrHmK7FvVVTQSdmzZ6TQWW4AocvT
e49o3Za3yMIxqfO8qyT13u6des+uSeuZPVuGaQaCfd82485yJsRfknt/HwgfDneC6VSSwhkJ6ApD5kE+0dQ6gDCZyXWkAA2Q2kMB
cqECADCcTqK4R+PB/oH8f5sGc0CtbNMLYcn3rDcDZEN0hJlnpCIbIYizLW+cjIBYA8OJHUgNVWaoxwzlAuxOSaWA6lXWKj7NvHF4
FaAuhvDd898lWb7DcKXDwvqn4WgSzoJfeDu85/31nvdmGlxn3mESo2azBElDV7HLA3BvL73Opw8do7sPnU14dBB8TFL483kP/o5i
+nv9M/ygceiHrtswtSK4V0CNDpP8TbKIUeu0iEkBG459Hy/U9bt/rK//Hf63192q6QMIwqhFJ29KWP3z8OjQC9IUdiO5IlXmYDfD
P3k3k8uP4SjH3zcR9KsYcXndo7ZU3al9B1ZKNZa8qCVOYpcmzXKp7wRSTqMMzwj/6v9/YZps2Zql4aiuFWs2zWdK/4m7rDMVqB87
jfJp6ONsu6jdzDolnWF6b/z+VNFlRlcefe69hN4FDDtd7xNMA8YzNGh9q1pKI+gIA/4LlolKuspo4TQLzSHlbrUZsxAbVx+0eUEF
i9a6d/PXKMhHE89HI8h+EowLHXqIa0M7ya13EGVo5PCTOSBqpT+x1dE4g6meBjehUHriLLrmzu7gEaJuJmmPJ2e8F2pUq5oa+icd
9dk5aqnhl1VPTAQ11K5nRSLxzAGBEicQFoL3AFw0QaaYgf8omABlavCivOEY0qfmESyzm23OIltgAITI+/ncTzTuVo5GoW2mgd/R
Z6K9tOLweOWNuopiuEuwA7qhjW+MxiY8mZ9m2o/0DC+kMIXbYrC7JQnYAJab8e2NF7fSg9Bd3vdOaMJs6bFsTQOAeQIOCNMfahYV
brMt0L8CCeRllOjf70z5qkptwkqDFddNf+1JoLqkmkc3ONKHj195+Mlm4yrpuOV5UrDqFchSAr55xupWpGR1Q4/2sJXZDmZ1stZP
f1+y3kSrW5IineN7LIq0PZ8j4fZmJHRKdrug9P6nk5BN+Lj+HpAfasA/hmKLPne9PNFuBBcRWiZAYFi8rSfyYhqPROYb6EA7suQi
TTbyxEusJU+2qbkP4oqkyjQCSfQxRKm6M/QgJq2kjn3YoA0LUtRvpd6rT778RLc51V9+Pi2nhzUT1tPTcFoe4drlwb/utVu1o0kd
zKPKGBYFdqtxGqZdua+/liRRh5yfbboj0o34hvIHOk01blOqXYAlXYZT4Dy9T8MFuab12A2k5x0tcvj4cwMT+i7OVlT/NKK2mNmK
+O1mT4SCSk6N5yQvR0CpGKQp6eVTIkJSN/UFW9oR43dqZERy5DKExJJaTD9vsMQfvfVioDi8NX2s5Ijkr8SrJmcp/MmLRzTCMSvz
EWxLTn6ONiIm1EECB8SW0ZX9ACr2NaUMnOPXJXZljxNJMR4mV7QgexXT78oj1i7FSv6auv7a3LdAYJ5WGxTWlRWCUTcw2UDVlRQX
KNBnvw9yr4iJDo8cQyvCW0hzdu/mg9DSZSN/4PD1i7SYrVYfx0mV6Tur7q4jZ2DR4xZz6TSgbVu6S9wjs55uZHWhJ90hgvIaeNdV
cmsZIE58qyoCdBclC0PcAovsfZaEERduOCZUEjacPLqVNvB2aoCug6wVTNINVgCmUwtfAxjyS7n8+k9N5ZMaVT0tf1wwENvpNekI
NC5iEd/Eya3wVWfzDA7EbtClC9TkQt+kYZh5gafc4hWzCF0pBbJPfBetKky9tVfEh+l2MvtmFKdR0tm67Zg7cZyGqwBEV94cBGk2
CaZ9+FZ6LL+PI39eo66RnyAE1OpLXzQda6Inin2RDvI97bowfOM/VakRG7HVLWmwley97tq57VhEGNxOwhgtc0YQAnrbZ97RSTUS
Icq8OMm9EC0SPTQdKNupaVCNn8H/05ccl4GzfZOkJHGgmXUUjQFz/AlIKRvrADUaSHEJN2E4N8IianVTOigs4HSEGnxy8Nvev//t
PamLE6hhyDV2hZwLnAq83elUmlYL3gjt2nvoDHCMR6X63r9M8olX4am63lWazOAUHj8bxMvkJnSeLCNERLJfGsRs7JoDXvJo2SAQ
IpZYV/iTYZjeNEzMvQqnavHof2aIumgrJsQpPChw6BmvbJOo0PI5TBIDl2R0FMalAbo/X9/4T4DoIpqOvY2///2H77rY2zRAEqUs
PRi9FUSAx5l3FVKkUsc4Ufzvz7YYLY6c8qbJdTR63CitPbSj5xNiXGCOkwS9C+A4qVM1hYsxozgsI4CLDxX5lpDaIItyij0KgDda
xKQIHs3gzoTTHYwmNBRaEumD2+A+Q22xnHyQhhwJFgazDKPA0FNiiD82lYlsDQeASU3Da8RBnzvPukDgAGW25xGO4Ff3GBu8pmm/
QYCoX3DBj27wYxhqH/6k8zL4OblEB4rxYorRcKcg0me0HIy7YZ8PHAbwC/b1IIkTL7iGHc0wCOsmJL8Eci8hT4WZ52O4WvYMYYrO
Ms+w0W0Ut4v2Qm4zT0bJVJJW3MYI5oNdef7xyd7O0eHu4HRwdHjxZnuwv7fb815v716c7P3X+73hac/r9/uweKItsXd5T5BkBKqG
ezFMiJ4+INoLZ9Qc6DUOAfun1UAvbWxf61CRWgBUFlwXv7mfrozsEq9rI6sIZC9L81RvuUN4L2fYGDC1g/2VgpWo87pAp10epvSZ
GLMczCQ+JSbnCtFEYrm5whVcV7bKH7U2tFe+/CILctHbyqag0qd1evDKnB+gcNyq3xCNqlSdwJDWbY9nURxBp0EObMqa8MObIu3w
RwTCMTFMwPjcwJ950qPzvb2z7wFRjq6iEC99Yne52WWG5jgkVMg1iS765ZW+oSHgegfSwW00aNDTvTuYlfJCxrWXQcs7vBsB6wFz
v3c0FU9P4KBj+F5dh7+mEWrwb30bwFmnaH5wEs6nKHlJ9CH7o0YDMsAmCk2sItTyAV+ZuKStoGH76Ropbf8ugO40moXe+xz4kVs+
8Tr3RiMOp3CDovMbcBjTaZQBkxePs6ZR5XVlwbh0ETKeABcAYlKACAO4kqDQhLMECrVAHxJks6EFoNZVgNJvcJULhh0D7pOFZrol
bNke/WsBiEBTFS0Osup2TUOkxtb58x2DYs0gvkrKlwq30RBzq/wORx6iR6f1zX6Q5SelUFft9V58DTzXcTRugKx+9ZemKFZ4DZML
1R2FN7jCrEDIwcBf0EKCjEPv5c/8dZJUUXwR651pryWoTBpdamTBW62FbQcUW2XfgjeLePQj99TzdiPKdhCk9+oRS/Ov1B8eEtQK
zMVFhYx89Z1GMz36t6sJnSuP/r1lnac6Ca88ICv7tnbGlhJMq8MJwB0AjwpYgioPKxIdZa+Rt3d9fpwJh1tnA8WeHwNpce8QL347
zm4rSGh2eGqo/HR0v4vypv7tPRuexacBOnN3zkw55LyzVfsVEe37ATr4dtbFP2uWf8l/XN3RgQeGYRruR7MoH0J/P6zXtc2DNP81
4JYb61tOVUmJJz07945I2W7yjJ05vOv0vE4WB/NskuT0NzDgo8kF36jaA2BstF9piGdQe5DDeau0mcEd1TFF1M5kFF8IMGuD6E/Z
P6f8dMwGefFUagFVF9VBVBOzP/XY7FAJKuVJqeeyG8tyVJuiz+XsIhgHcyCkEirTEFAyhafJXP+d8o2CTz4mlxcZbrH2I19k5SHx
DeDEVZTOOt5nCxKo3VeE0LutkVt+DpYB52iRKVqAjHzMbEktBP7zaRG6kGorugu4zT9RR+qShfxifiQSu2SbW8BcamAKNThFeIPa
FNsS/G61ef8guPsZ/rsfxtcgZpLu87vn+PSXYLoILR+cYNIZJHl0QunYPX/h0g+uwT+sjNokzYC0ok+B5nq+0LtkglQDJwyk+mnm
zYL0JkypURcVvVcp4NO4sPQjIxwCuWOJGMewg5PJKdD4SN232Ke6vFmrgRTVBWijn4D/wwDW3/gWqzut8IlwFvjb32jgPpGr7FcQ
6P3OXyZLOMlrgLubgN2sKcQgkSCNEMxH6Ri1xN1ug5EZeAm47XzufnHJK/M3NroWnzNeAGUlQkLdqbYQsik3rPNoUktEM4JYSkqX
QKdpxsgR8X3h/75zdHMyhEpoFAxvTwRS+Sub94WNA1Da422uTpXOPewo+nO/ZK7b6glIWgHshk7YbpjJM3tEYxCkgW1XPWGs1Zbb
t61kJ4cL9Q36jpKTCBBSTVmEdJXde7RzKZTzS5jBmOJw2IQT9g+ExsU2NBlPaH7dln6Nr3GyMKd/9TyemHYc7R7Fw2AZCi4R2LbQ
r/2ghV+BVUFtn3AZhoPD072Tw+19BKDQ0aK1Y5GGaCUmPWoQ3xd5dCogrIzg+2587eKoZx3SB3bOu2cdVh51zgEXwiI9Tq0PoiZy
2xyhpPE6wduAVunyYiosBg0wE11icJpUaX7obG70PnSSG/iDjgP84GxFGI52dg4/aZEcvxbF4/AO/sTDhV/Ni7+R8sOvD2ojPnTg
qVAJ0gtEa7EzIP9OWXUiDhbak1HBK87+h87nz5062JWI0l8UwePv1y5BRIz/8hfcYlr0t5Y2wGZBiy1bv8i6Q7/4H1QwCuh/04Lo
mbftnroTAe3QjTt7xhBYk/Dvz8ab3rqX3PS8DeiswE+RGavnPfcug3Hh1vYduuRjPIrLdCZFD5p4A8Wts5ohSevv/WsBSOEztic3
gOqa/XW9jI+DYjhUlVNeLO2YoL5Da2J19xL6YfradOyDI+XD4zPCNJhI9Ybnb1+a9BTNfurF8cnR6dHO0f7FwWB4sH268043sz+3
WebVpztHh8PTk+3B4d7uxf724dv322/3Kp3v7A2HF989fz0ojfv+cPj++Pjo5BQ+Pj76de9k+G5vf99s8/Pe9sXe4e7xERwgfVrf
OVz8NraanZRrtt+4aR1oUIc9gutyNykTP9g5ifREJjcqrwWOX0RjalC9wVPGQfvNDS/DKQiJ4fhillGjdcsIRNm4e5j9fpTlP7rn
K/HWOheRVq21t4+6sBrOZM+rMb08YKfClXcqPGNC71g5vE7m7nd8PK02HngrUuG5PxcLpQbi70ob7bK1bYxOcoCUuIjzUF49HHke
ZqNgDn+L4PRJkAYjVMcGl8ky9Nbv/r4Hm5HAfozR6wyj0jNve7gzGHhk4r8XdB7m23dpivgqF2zqEsU5136aDmzEhCqx0ecvzVUz
w0GqMZhzdik23XjsY3d9FixLn18lKRqHgd7Buj28RNgU0MKhduS9Iuggycou+9vzOVysfufDh0WnK39xaPmoqyUOvHuB2QwAFYBD
QwVrfxAvQdIK4lw87NZ5uRYDNXmsinMKH9i4MotwjPaiS2SsNr3bSTIN1yQrTuw3382XIQIMd53t9ekCkxgoqz0btNF5FOCYpLgj
NpmYyAIz3YXowrd8WxrRLDArEwipbUhYue2TNrfPRhEb70mTGsQx4IyaUlUkcDpRiSNoUmNCAd8c21uT00LUyIPpgWaAaXC5KqDH
E/39QKizNSwVSpSoY2jwbFBrJlIryn1C5As47QJPvKNCQMqgl2uPcHu302sW4vQL1cIuYesnxeR400p3MDJdaTTuOgakC90YUl3x
lgGf+Nw+yohJ/dvfGCdEJ8ARdFcV+qr8HIERBhCCRjYPg5uscODY2PJ0KKMhguK6VQOUGHDR9MCmshEbUENxBshVeOw6XgAGfgNX
hwiDr6vAofaC4wW2EH72d9BK6P0IcFkRLCW8wq5nC5jTJZAsQKt4jdz8OEkGJg+QMkfWedCCEYBkk4yI6YL//FjMH35++23TAuRR
DBB/hxO4h4/T5HIazhAsZ9G5ZVoIM2wvMbiljqMeVMI98E2SzoLcr7udejjZnhd1HZqRlZQHBbcV2Xuz7UGTSkUzEkPH36GRZ8t2
hnMDTZE4X4jPkHJbjnGuU41ihJ0kBs4JcwOTxtrPG673ivCo/L8m8g+8qoRJ0abRfSIb9qVhXMxmZTqyf7Tzz4vTwcHe0Xs6MQHQ
3gnc2mXfP9K3kFHfuOvpBMwS8p0DGZ60DgIuGLY1e+C5atZ46vKLyGuOVMfXn3clYReiT3Umq57fmhQF2k2J94KvPejyUbYjuGY1
F7cOomRCxKvjOmP1N/zKYo8mQBQSjmGGrrZySqNGM+AaA4e0orXD7elvj8eIlO4MDtbn9t0oLqM5w0PCdI7+ro67qKJCxk+1A68k
BcUChMjlYjN8vZ1lQASO4Swaez/nA++INi+jTqDNNUiv5cXp4rTKUw50nitogwc186pBMtzWB2MZ953Nif1nD5agR1220LtXMQv/
aGgrkJVMFdaWdiA0qeabcbAskZ8m7GIKS456ZV+aisUG0O2m7Xw/f2MfWyy9NBHbeXSJNOqqKdyrVolAMnkakSpt3kbgSKgEQaOk
keg4L+OGCmXyp/XPdpHCpvPcxiRvcGEDU3J05R9hoJ1OjXEuvKyujGO2D0hOB6jUloFI8LV9POOoazbaJ+V3kQGGrnPsTfQD07ne
ujUXlKxCJKuA5lYVWNtikZj2ilR09J2b/edWBf9PzSMJaP2Jvn738pEsF6vH3ivLrlBypOOU2wy6FfLaCgCnvuYpye4RPXZC366i
MQ+jS+JXNNNw/jNuj1rZf7yC4M9eQh6R5yaWcgREQbgrbXrjs848gb8UvaUnpvbbRdm4I+XvtOkNxZ8+3g/dpu8M3yj4mH4LN/EV
OkCPIPk1cMurfCocr+TXJ/RzlQ6Uo5bs4hQerDwJ8uwqJoE/W3Vg8f7aLLIv6ymssLceE4IV+hROWptFcuFyn6v0Jty5Nos8uQ/p
reyrZixYhbPKFSOFhL/kOKReWmkUGwhKo6zUnw0ID+iv4mBn7rsKwl1558sOeubel/pdrUfr/q/YY8kRcNP7ZbbNv9seOsNxcNN7
Pwd2NNynh74U5hBjMDIEcKXn6Q8jfkTpiolQCt0jBpBQMIPRsN1MpMviA+dCAt2XT6bwltz00AMa//QZdww9eptO0MtS9gJ/t9oW
3Q2Tvt3hHw0fi2TJm1o0rB4ZVlYvFtyd9xRVHyTEf+t1nnbkEXFw2DbPRI4jtllLau50KVBoMsqdfOuRcq1XpJP5+iZU+stlQ03m
bgtqZ+dgd3/v9GLv5OTopPNlttROZzUzKimFCoDeoSX1bgv+K9jzLXp01yfjS2sPJD26EW2Ud8gSaw8det5Vtbw6EC/7OxVDtANG
l9IbzNlaA9llf7cUpGjhacPVdLZGIDc6/74B3IGHfnhnyyNlB0sVJAZOvTscWhHKglSTvlYSztpah97EDT0TcpO+Vqeu2lhkQdPT
E3BgMkkR/qeOyHMmHdY61Ftns9Pv9zviF255ZzP+3N2k8GiOqULr9xekfTTNgCPWU1azCRirw8TOJNJtujxJS83b6LnYsjjSBWX4
2RdB7ZkvAELCWmWPjvTyi5vK3gUdnInvzlfL21hJPGIdVqKGVUVjOypmu+JU5JQQrExPbyfRNPR8fBlhfFt6HeaYNGFESy2+BlBB
mxLRMuwZ1H21TSVbjblA/OCg2VvlDYxy/18L2H8MKSVwD8Y4a7tzYav8VwbNkPRCvwldF97vQ+ErJOxOJCIvQGml8RPTFs1JwFq5
djj1BhS7r6VjYIrii3rGZn4O4Aa7qm5rEOuVNLcoDgX9U40UObatxOD+VNUn9nxR9fcgiAExKCH49iJPZnz+hD4O2ocgMo/QB6I+
U6Mde/64rRZpse4pPnJOHbwNKRmx38W/5HtBkBiaNlOYct1AojrXHD8F6ZxjbxT+4t9ZeUqdKmq6OeB98yi2e+Ybk49EDVfX/K2Q
7zgmUXarkJn/4UWxDhhMrKSd/1KowxanYwZIWlhpSZe9gG5LT3ryCGjzlTqWVw2iPaWb4ewfMkKpa2XFBVqKbUOJSL8bCw3bTXjf
kGfGH+u32Li4w/BTvDzHZ/DXOeCAWztoOyoIbulnV+fkvGypyhWvChu3cCVbNhm5WxBwtLyS0byYcTGZslV92cKq7hpIdA8dHaXI
sdjGW1ZPn2jW5TkuS0MY0Ce7M2/BK9wD/L06bhi9CPW58tYVz8sC10Ak3rgENmAptPgwGI5CPFXxesuNBKhmXxZadw0sOIsm/fkd
6s8JltiaLLmIhnddV5LWqWEJcAKVYpaGqEOVIe6FCtukMMiMCo99tCK6g9gG1zFMfifI6hGGRv4VsCsc+8amXEXTPCxScJn68eop
4+aWo2YLm1JgFZ1fIVi5B2mYIGBcCdNhtTs7tEtG+kaTndL4WE4JYiO+pw1edru6b6mNFu+ovEyb5XxMPeW3EWTCUrOllxIh3iMw
0kplE0zVRHmNbNTZcArRM63gBGptI2gzc+2jvKPZf5R6pe7IzvbTT436kdJ5NSZZPuMOpQrd8BYssh1OkfhFJcRSubMR/FTFagvh
iGFIGmQxuaR3GWAOKg8Dh6dhoUUCTi4oJTODQSJy1bwBhgk3CaN9UPvlYzDT8ZBFPFn4TLGXpWIxKhsU7XXW7dvgjsqS9zH25Kc1
pA81VZeNBC/UCd6laWa8tNgYFT1LlQdqe4oYylN7p7NFqsu7rvPEuumjeWBrMPoYQyAxepsfnJ17N8sHKADHKysAqz5V33ob3o8w
vHDAp0cvvecIjPGZOKLdm+VZdI6SIv6Bn5w77o5xXZEohXlBSgn5AkFwnmYYCzlf5BTpHRTc3z07/Gd5RuHdFKmHGuT6AiJilwVa
Pia7hXwuOSYuC67X4oioGGEKoKoTtvoSJI3B0Np5y00h4DVARHZSMPLLWoHkUmdvLy0sPL5vmvnOIoNfcugCcgLwl+0kiKVbRhbE
6N56zwBN8/8KUOnjdLubKndhriEaIBZbkMYkTOewxjX0SNKHmYWzS0y46O8MDowqo5wVQcIZboD4ZjgPQRzuGSj6FMkspn9GzO0f
7p2qaTfgJ/asfG5a8yxJWycPnbtFfX6jq45NPNQkH5oYcN9id8dn+OC8K0Ug10lJ/qiTIrOkl06LljNbOy2J87TIexYmRt4y6IDq
kMYH0IYqSN3S8oGofyKUS64kGfU+a2OKXOHYXN0Cn9hK9dnplysmUpaFxKbgS9fsaFB9zRFlnxKyfs05rahTTIha/OQ4P3IVm8Qs
51W4dy180jbQ+jT0dqLZAJicIB4B/xInlUskyuHwI1+jsS6l74o9Z6Tt0+B99ypH0ayKOdYOba5Y9HWrQyqQC5nBlzhoE0JKaoHp
NPCrR8JE6KkdHoqlJHHoREF41xoDE0yxUkbARgHoWFOilOimqddiAivFMasARKlV137xgmUQTZEp5XSyswTTzHjbh7vMFE+DHBin
GVa+oYw76TICbEwXccy8Fqen+fVgUJSSdWmoONUkZXSVGZFrc0QXuYB0BbSRRaiEVNonVrda42OrjRUHJlGqA1u1dkDAAHQ69jso
Bm1LWHXYOaLHieDR5C7A2QHJk4OEAEvWm+h1eT4UbyY3Rrv2xaYI9TQKPlgXE6tXc/JdCnvwxXNP72SmLhQvT5IpCLsDbrUm8gu/
4WTL3slw+3RNfLV2ik1pc+WTYjJdd7oZR4anKl01RM1siTrmAuhDxjGGugQvYh/+lxS923ST489hNIWlTe93hFq5EpiA+wkDFHuy
gWwfnSN4fLZ+jp2wK0eXLuITxuxOA/kSbL2B9wroqciGiBreJMk/LKM0R031/9J1/mH5HE5kIHNnY8Ya3J6im4jMHWQaMQk1KX9u
Z5E9voHjRPl1AU2NdBcQla5IHZpeaX74fAcT4knYX1wcbh/sDY+3d/bw5xtS/HQE7r98unz+tN3OiE14Vc1SUcmaohbC67R4KMPr
hi0qHy4DDdYrOPxTi9NXnLxLkNj05opO8hklWpqKE+v9wvCViRS9gstTBJXIa1ekr/Vs2wK/n5fwzXri0wRJueOUi0bdTmX5mw9a
fvuVwedo2HacPIzJIjFFg1pbIJA7l0fXExAsF0jKZKueZLlcnTmWhu8wvyFTwExhXunOq1Io2VS3etsdvQ6PLt79z/HeyS8XB0e7
7/fxQMqPAYZb0j8aYfnLgZAAUy2clDL0A8+oHMHaFFYkunN0G4djdt1Vjt5JHmZ1V7jVG4O/0g6v9YyrHJSYbosix/Cz/mkazfbi
MfBXw/k0yv2nH+Kndk6Nvjujfwv9jrfmbZyrHp5+SJ8SyT8N6jde8Fu89Nf3A1X5wl2LzUQTc3qUhPtaaK9IY10pyWpcj7MWatiy
lo+yHPAdIM7Ahw94GfxywKuQuy/1gGoqfDwxdxf6UiJ0yOQyI71gZtELEvYKsvoE48XdqGtJyt/hoI4iPoEzLG1KNI7GL5FoRFxr
T7A/GHURxlrOUPmkaO4y78yA7Kyy14eaiadOO1G33199M8kUozaSLvGuZpj56nsZ3s1hGSGmowxGwBGQDCV2LqaklaaPag8ggNIt
VVrk6VS3Glu/lJ+tvN0oYgvSyBFR0GsyXVKeeWOaIebcJgOfaM47Q0165NK7BhdOGGcRlsiyFloSZOyERxDDZqbxjiZRa3tV9iCS
lwv27jDMRZd2115jmGSR77ez3ZYtfjHiYGmWNfHPcsBZi6FsKB/gcAFfhCZKBzpKa/hceumIbP2aGC4j1AMN0SSq1+C5bF5FdKsP
oNhSggGie606S+owxDenCYUV+vUaCAP9fpmRVKCuwOXssIYsfjHpW86ctM9N9ZYzDUfEBAtEWc7c1q1Zm7tBRWKYMGilxW59Tyxn
yPIoaItVWPwkZtlXQmfgJjUM5glV0FhNx8hlrXAZHil0lkuq0wzE0Sh7ANbE5MFjRxtRSqigmSAREzLB1PH4WPAJurPdozg5wij4
w3GZUpM/ntrInUJ1EWxj3QYWM7bvYKtrFzupuXlZ+7hzWNISWvxcZL0y3/RgbZC7qJRpjZ+8lPzIb6GzfveP9e9er6+vb1Dux/LT
5+Wn639ff/Gfem7+qtREuIrs9Ct0sh2MszZ1LrWPorGB9fSwzrlK+Go4vNlvsWJnvyiCxKWA8NkuBxVRGY1us0+WHg+tSW+RmRbM
6XSghzEbfgfQAZ8j3YPnrtt102kc0pXelVIFShX5FZ0NrrD5CWsmcWjyOBl95pJh8BdpCgDhkwWmWNdNKbxrfev2/jO8J0X+cRCl
tEM9xeq9om1n6Lff+voOYUEGTtS2dtJHUf+JisgxYtK0WqaCQli58qWw7pFbMMJxcRZGtsiGcDW5uUvHXca+K3IwKQpDuvk8mkw7
x2Mz1Y1zhQ/MuOM4lzC/9rElie60kGhxJYLdlVYrTtSTnPHzxwgb0YFi4z8BMdXprcNKn44fNFIS0afiNHqfu60YVxis9lY51u7L
UsiiLLGIWizvahpcI3UIHdTCmyFESO4z8ic8zfD4BPH4WcJXLBfc3SS9RJ4GoxtbyIDB02A4yAH2HmaGGy6m46m/17gisYqNnWPG
Mxkya03cHFWbR87GpTxP3DwWwpSbRWPWoZ2joCqpzLJ8ozdDHbf8RYqSlgcZ54yhA5pnXo2iTFfndSmTYiycO+THdYqZVRP4ENzp
4Ol62aJzVJZ2uq40XZ9XCoGs1haX6QxwVdUa28ZTrXz2KpoDDhoHxML6eRwqTp7r1C9wrZkr1EMHetuNNi/Iu8r9KC6gyIiMuKtu
+idtW3gBBaW+0xySXeoJe27dVRdRR4XhQuLFSfbEwgA0I5/lYCR9GNZ6DAjrE/Y7IauPkqDcwKLeygD7XTC5kHEenRyx8kLJ8CZl
FaIwHtGVsfTLxNzuw7bbTcys8jFlkh3XfYCEE1nDbgkXKmapx9zutntdgXUBabvW9dHulBhBIwsv4uMHXC9x9XppB+KVb4E4yB8B
lodBzija7EOwCpxj4cwrKXYdgB4HPk3FXlZK3mEofwjopLmRN2BjLg890AaX5uKcdybh6IajMIwhuZC3kVV1i5eQeRZ9FQKSuM6q
c7pmOsc0lL8z24sapCorS09dn9xiZfaXNFS9HeSG7CCmFKNouWSYmc8GmaZFqn41wZuurhOhCX0LZ4y0cje43y+fysQA2jddxoR6
b3Mrw67LIfO0oluOcyEqVWp2lI8zB4Nhr5JP0svUXNHRoq6+/bbK9ZCaL7mx+GzxJr4kHSiZe6kfTEDM59TpS6ToVNEF14a29/Dy
ZasuaAWdNjtK+PqkkHKQ8qhninHWHxaMs9G0YJzdeuNyWnGYZZpNorm0lQuZlGJf6kiITbJHSDEOvCrjgAVcn76EujGcaW78Z93k
SBeU3HQfRmxX0bTjfPgkwp8iNO0y9Ixp6tpzHa8oy7TUIvBR8TO4brAdQxVbMFr1ilFU36ukaKJiwZtekCczoLa3WE0cY9gCjN/P
KXlvNgnYVhUlU0514CNRX6MCKS+6PY5z42/yZEqaYroRajx5dyOzjnqhEr7t04z6oti6rLNuUZUX5c+3afLuCugNVVlm6J2PXyEU
+whFZJYwVTkxTXqZk0P2N+vDNyWfMDlvVY8dmvTKBdgF4EUJdvwA3atiDhrMKc0J65Z39/b3TvdErD/sDsEYy9sX6cN66Oi5/YuX
jQJM89CFm3Y6hklaQhqxS8xe/gYw9mL4bvtk70IMMAtuQooJQrSlkx54swQVeVuklw2uQabCWtt4oY89//k6yK7fr3uzclyjCpAL
8hzLEXBOzC35s7lmQHsdKXlwCmhzXXOfysrT3SeeyyL3tAlcdB7uD0FsZCMqaG+0+IJs/ZoudHDkyLlRvyYJuVcvvefrq8pZwoFX
rEykDoS10bot84LG7iTZrB1fIam0LAMznIbh3P9+fYVykTbHQVHyOhgPgfQUDgO0S3UpUb4Q/6pECOdAQeNOBHm0Ld9Y1+0SLaC8
sf5AMEvKz5oxVF2Tv+vh0BvsZhwTMEqmMukNE+Dxqjn8CtXbQ8rRTR8SoNvMbAsOioIBJOOUSdab+KUMWW+MZz67ObcoEJ2pH5q9
YKRystTliukzSuZdh1uUNLpFqATFq1YkwKzGLkZpO6usdgKhy2P4D7Aqs8soDrEPVVu8j/Yqa60gF8F2D2lEYnJqfoc1TKMUot86
01gZU9imKbObcMZ+TldjMS9HYz05hAsdXDZmnXExEplq4mqvsMD0WMQJxuM6P+mvJR9QXgMmGTKLnzxPPU+dJo5CUMepR5JEO8Gh
grWcQnYVmqFTHeuRuI7GJe9pZ3Vf49xR1sHVXR/JHGC4a3aBsigzxLnh0wBzw984lDOVAl0aY7PdtcVn2RgFtRPQ2Jyqzjg3neee
rHXoijgsEqOQH8Qomd/zvVKU7hLFpNd+BHHi+fc/vOrPsw2YdoxmVOI+M5GnAO/TmixVRQUG6OVdeOdf3ucYqYn/cbrBtiqnWNrL
BQVG+MAuw0AoBKFaiH70RQ7pbmvtJU4OU3HE2A9Cer7Iw3dBNvF52maxxUu9ruLzlesqPrBgok6cyoXAWwhTzpAN+qgg9VsrV0Wq
uXsUlVBVwtdI0aWQYy8GKRXnRKU9MYT2NQJcTgpFOcBDlz2w/tKq8QZ5HJFyJbGyKgRUxRuHIGCXGlYo7950DmT2niTOU+QsU6JH
GBEcjwlcRSlx1AcC8vTbs7GynoLdJZDRWZZcWKGuRJtiLuz//7LIoI+/G6obWcbU7weZjKum3pXR/EF8MGsXQ2Z9XTxxYd3MWuij
xayZbUZ4ECx01bT3k2KyinebzTV7ygvCe01j2GTud/RYaKthRaUsqrA6nK2H/8aJY826IQs+vrterdlPnF3AFZah2Ul2pz2iXuPs
F/7ZtlMFeNGj+k3QFT9qJwqn41eh9ZGRjL4IxsT6mDLiVMT/9ehsBkBSU++Xg6wLFG6epDkWlwy3CjNOJmTCDIsl307u+y2WonBN
LEX9Pq8GN2rZEYaimVykxC/te8KequtQKwBL8yPPSfzCGR0GqyKAOkBFZ/ybFjiKZXdaHQ+1mKJty8GKEypGKx6Uh9MqZqjxtNZt
V1dIxnJ9xZPKCrXwcKdtoM6PQg2iP6pHFBVSUUUVo5MvwRZmhuXcxK/zsrzhLm+9mnVD1gpaxehSW7us5pozCF6bSBwKqqjJEGAE
//8axd89vxDsbsppiipm1JrZTVZWA00wNT4Px3bVc3IqFiHmh5Xyj9A+yS4uUQIQTY8ykgcqzTjY+4JpaB1OVr6M4DbgQPSLGc+D
PlfhHa+8dZVXgoIfAHIHyTiciqwSpTj5TmWAuXnd3PaP5X1jD17YeiiyaPdYq0L37M0NnwmE2SM8f3Y9TS6DafZMThqelTlwIzm/
W/NDfHBz2W7d0+WJbmGmQrnoLCJKEHS7D7QMFlUYelSSgTKEwnq98mIN+yBO38rMf66tHyhnfUTJ/1bnN1Wg2MrHa3nWOQg+qrqP
mEBY1tfj513LB1Fs/4Ced+0B+Ms2iY2It3+bJou5Xp05wvgjnWa98mYBCEFoHOCMc8LFDp0K66TZJ/CZciv8Z3jvS60gPOc01i9b
3CiyMQcQ0pguFcrrBOTFwTEsD3he4I+vYa23wGqBoHI4JMUaCF7hdZLeF/7nkXT3YjOsl8T4JwwYUvZ6qlXT1wfZnYwAGMpL7CCE
HR9R58Lvb0eOAVC+52NzS5k1RDoQbxJQio3B8fJFMTxylXGiDwQcZSz4xXmaXFFBh8A7HOywNRGjpQMZyk12R6wT1/PGUYYhRGN8
tojn08X1NR6XwuK80eAkX2GPVzc/RHPY/wdbIGTqu4qr2uBYgf1hLmsWkQZmesbnitJ2RboHIJX87LCa4xnSm1JDwEjAs+xNMIum
99DOUrH8swtkllMWQHcWsbXasglydxbIibm2hhscU6YMNKuevvQ7G4x63l3l6NYv9/r2URabVhZ7AkLboyGIVJ6l4VWERSGIy8DL
Ay5T6IP8OY7ppU0JJqMiqYqK+vQQLqx3WDrWrjXz5WAY9din/3u23hE1T+WLzU14Rr6o2PmTomlHf7a52Sl2EgBu7GNq38dJ0qS+
qt/Xcfx7IPEuMEHTCHYPM5SF6aro3LDLekRnRgPgGhS2G2MqDZUrXlO50cmO2gXCWSNqRB/SzmGUHuddBXC3OZ2IeyJVYmaNgajf
YmnHyRZXfA5s+9tk1BELGzl2dhXaxPPQKffItu5zeezw7Y66UIfzcBRdRaMh9dJpJFzwr1fIOzjWja+bFj2vkKliOsd8va+yfpiM
vvi5a/GlNiUWpVNKT1mRVltmov9Cj33LtYwJhe7M+ce2NVZPXi1b8qDy9JIfuXpRfUcGZmDoXuDVD7xE/zS9LzLd3hHngBYo1CNC
BzaKPz/rIE/JhcGwp5+0kiTMa1y9wAsHG3XtKt9qDosXLbat+tUPLb/CSSP/SpNevnA2+IEb/GBv8Fbw59QIbidDWIjuMOszPD2L
7s7tuic7LOOMyTV3C+TR0i08fUC3TC2wVyY/lo4FXRJ9W/eJQGOKD417X25fgwbYffmYk7okyC3zlcVskJ7UTprt5mkFmA8NoKLr
nXrEcVf11nvU4qSGwhHRVjIX6vagO1U9rv+cmUFOetcpkWDsx3jfbdPXURpdR7G7L/G+ri/cvtK3ZeEF2RSqvrB8QaJ2qHt8Ln8o
nj0oNqxh04IHbVogQ+3lPhWhRdbG6hQB705J9qXGrxr8pbdo6GxQFLa9q29JEWX28TjYzPr5QTCqIGRMCqNRDUbCh6pygPld8dj+
mcgLanwjc4VaPxD6VfqiqM/1Gm7GMIiLu1s267auEaaNEfH9GM2rb1XplKBNNFZjERXjQixb0SxVn1pp/R/IRz0sqN5uuH0iClfJ
WlWlWPhuk3hirGcMxyNzpuvQpalZEN9LUSpjDlTwgraz1la0ol616MIn/KQoVdb2WlILacEGOK8xHJtsW9iZKnQmpK07RwD1SvTx
YZcaXmba4ZcZE6wNTUKa1RBSaMzYh7n2y7cSfqi97dq/355Ok9siXfHRsI52YJfVD1anIuFZA/KVll/f9iEDCI4UscT69d7sMhyP
w/FpSNGcezEpcptg4/jqQQAaJMuWo2otHzTSMcbG5btRCsjbckjbJw8a+3UQj2+jcT45QYPYknR4B7IgeAmZnW0dqM3JP0xM4nwg
NTdX+Pg3l+6H8TveUI8YT/7JDZ+iFkElgpxZKKzhWBgHBFsk1LK9ErtV17bb/aKdwFLtO4eYVIlyOVENQ6bT6OItMgZy+WfKw/Uf
x3phQ+w7pDTss3795mo+I4bn+9diTx6Q5UQoMEtMSJGapGtUwZPPN86/oBxeKXlq2a71lXm5NulUH8rGaVlXu6uqmR8xk4mdxTI1
TNPC/6V2sF+mQSwHrEwDs346GDQJbYxmgME0F5Gf8DdgmlPH8bspFuBagEUYDJa2Y85vSrKtlunF+QmzXrYPtTfuz62iJn1eL2xW
Ph/Ok+QKK7mUbtRyZ6pdtwZ0gAlHsoaC7ZpeTtGXw2jRxRKs6+4+t8ldBXsWDHK5O6NBU29w5UXLsKY3o0Hj3JDXDcfcGg8PO7pr
uDOVHLGllaNfJ6vRlFmlxZXHXuQNtS82Pao8GpJr9uU9+cQWVThvRYLzOh90GkBEjjyCH3pdRilcFKXo5UnhXGUdzBBvWxHTuSXK
3dJ7jNenb9jbd5Fhoa4pFoXDneq3dZ0gQ7Fid2TGkaDIB1gXZSW9NTkBi3LvjsNcOnJeCBf7LUtUFH9bUMym62iuyzuK5pRz7ct+
uy6lcmlYytQMXTOHXxJuaARblWw9pQsumYB+URTgukhQtaAZT+ftpdDaPlvUn/+itEXzirSt4wS7/1zkNlm7GvgmvwoJtBdRsqzA
hKEOwl0DLPQuVgSBZSZzkuwuxiTaOeakS3/tJlfq9QumCagXzRazi0spDKIba1iZ6AE3UyKjuqz0LXP1VTuBmEXI0niFrGnQCZF+
sja7e3ZbZcMOw1tdszgv4dP4rCPU19mtwVaxoHvLjrd0wZU5LFdFJx5rGD5KYJHUmeLKtHpBOmgooZu9tuXsepZrkUjWs77l3p8S
hdW2quF8N18F2pZkt4ZiSlwSZYpbDrIFZDHwozJXrMpZLV+hdK0ImYdRTvy08dgJyLuSHJeQdGiqv+fdrTZp86z0su0W1c/AskMa
we7VkOtmgl0G/cozqW5U72HbtDJ5WnmqTMx6VlJWHb0gRoL6VHTb9TTnJETU/wPJTgk+PJ8mEIW3Nr4wvC3SmW49KpSQ6/pjqXMN
GuHkXHBqoJANzPGjw/EknGEs8Z8I23A+Ddj2JklHstbu4wFE6eEeCa+MOkAlTqjI82u98lHz9VIrKSRrCTULXSS4aIUABF0XjVto
8YIz45tz3Ue0tFe7USYiAZwKOYd+zB1PVxpi5wH9o0G/QBijZh9VAyst0EbD3UE6y2kQa8wY/uw0hynRVy3vdFkmFAMiCqTBHpBF
d9l36E6mT15KFVHHedmtps9UOqeiurXQF/W0uB8xQU5rd4G/Lvi41wdiqjmfpov45hGnzP1p9bg1PZdl3jG91+ZtU2Rp15tcLjeR
32X1C36stb2H042xMwUJrMVfSZlRo6nh7iwYXQSs7LzIlLbTknOVvmtioFY6nxY1q437o5Eb2D8s0HwUd7BQ8dHVVcfKj0lqSx6f
s2qoqAh9btJoO+pVFZrEPuXCGOx6YUy6Li2v0mWI1g3WLZKKzgP8zLDeN0cNyqe3k0RTvMAwYvPGScipW6n0pJfL5I7ovUuZHDEC
a4qR/EGc3cKAAMAlNeEg/xjDNoP5HK1842SeU1HkNIRWGbWy1KikS/HdKBaKTcOct8L1qKLyRET8wHlhyjpEWhanJu6BPoGO6RvR
vRZBTplZKFeN8KdVnRaTKfVoJO+SdYq0BDviyNmzsiUjW+11vf6RAGZRAAkmUpLEwhxLi3KZji/MzsLjk3FOr1xR8AeiPkXzokWa
OWt9CluZ9s/ftMg86RKcjLErR1XasNllRQe5i7ODtR8k4+jq/sFI/Igoy3gg5lPggf5ZGv5rEWIOEzdz6wBRDQRECqA/DQTEfCQE
Vj6GtsSHq8BHkvDdMOfUZh+Ty4zqg2XPgDBGwWU0jfL7/gzOC6dSRmP0j8F4RonNMa/Yqw/4zab3YzR+1RebRnnVevoo9JZzIGFG
Ks/Xcqf18BqQRqc8yG6eZkDFMR8wrJA+/Jgs0C+EuvV8TOKch8YXxmURT+97QOax8v1Vmsw8kVM4RVPWVZTC9SCC1WX3wMDD8xln
HxY/qlG4Aml+Ti4xR5fEIfhkUCQ15PiCBmGIYFyT6Qvft0kyie2MrMBMV1kHn6T33MCRw9EYHRv2CtylNemZAzHxNq+sLrVaQ7rU
n3kTDcA1QErkRJMgF7DuGPiwUjrO1RKfxwnOklIZ0NCcljzmvH+UMcjn/H6EXSHe8imwEZkn5ufdBug4hML8uAsd8pJrotnKYPsI
i/fd77ttE4ZWzKfIoqmvUu86QjYJ9jccr2XwxAuw+HG2pc4Xck1hjFnQE3yWcWHNrP+A3Fx5OM84Hcw4iSmNShrOg6hVFq6HOPqU
PZ6BaAn+/yOl6Grjz4zfaLy/1csY2lhLeCrTvsh3aeEKPnJaMdOI77T1f2y+6SibnjxvdfjlOn969kx5+vBG+3iG1AmFw/Nu9SCq
PJofu805GAEkQ8CF2ukVdBVa9mRFDPV0DLdWNH1AAoRsZV+h7KwjMmgdIOE8oVqbvsxY/T4fHQJdWeNOYRtOo1nob/zn39d73gb9
b13+T779J1zn+F0X6WweTIdUYwGo8HfVkXH1bNnLy2lO4W1yQ+/KlULgDcNHeDXjn2YL39fPTffjmTic513C17JLgIFUH538xGlx
iY+S2Qw9TqZwx2x6a5SsMhzviKcgT2PxBczDRpRH3PmyOAPWXChxDT1vRPV49OGQ3A7fba9hElPsFSVKrLPjHRJlXsN7AAsMUDS2
d5wA/t2D/BiOFpy6gx/429PpMLqOgU57QK1TGDI0hlnbk5+ILjAhO3uOo3OizATMFQbkurU6Et93WS4Wa8RaBpRlRDBMnK1ls8zG
EP2FAwewfPseRGog52kWjnmh4RqmuMMU62MUyIock5ieFr6gy5MLFR2nyXUazHYxzTR+i0CbBNmkX5+Edp8mK0ufqnq9vOxjvQwF
J71VP2dBeuN21xSNBCheVshh56+abzJ6/oZpGI9QEfh0mCfzp1veX2lBwi9Ye1vyYYaWcHdb+scEuWeDI2ISzjc38b4EBODUqVxp
RS1RlVqg5GSdp085nenTrqtvZFjWPiaojDiDQ71IkX/eSe/nOe7BfHLf5yy7MK7Ms2tkzP3rZdf7t/cmSffgilnjGx2ukb9eFPzY
07vnT9Eo7JgCXkEwjbVYlo2hzeFZQ0/hXZR7L7zPrgXgpXqGVQH6MrssTFXllxVTgFk6vv8brpvA9xppY7HMv2JGWpoQowfXXf9r
vsUzWu9YMyV11g4TEYDvwZ8xeYYHI1RUVg/l6/t5kGUVSoNjaoq1IAt/eCHWoRLovo8j/KZIoSskkBZyJVyQQ2QA/ZUUQuIU8Jk9
bS7jQuIlsudUsEGKluI2tllASjywvMYjCwf9AN5YMsYRc8WkkUNnOiTc9x0WZssmBLxuvGSup5SFX8J0QC9/+okmwGA6Wz+v99km
V3booaU1oVTGNylZLGg2TruCrCjYUdIkpXwpP8YwzMpzIVKukIzehC5nU6MuEdZYEAfuGhSaoziDmwquHPigOXeiXIs1j7WGiDXz
HBye7p0cbu+LSTIkoFk4zrQrSPiMcv6320kEe8Z1NzBt3Bi1lTj/cBTCKXZNu+b0wKW5MgMH35wRthGvNM8sb1Ei6ZxryEkPbP2M
AcmBslxkpbxv+FHxjjyJN56vO0rxMfNQSLd8MAtup9N1Z7Tnj3s69dhqZOB5AF1Fo7Hs8HiFzJUfV4a/JjmQZqrylosQ4ssOYHaM
5pBKG3GQRCwaKb8qbcy9KW+XZdhQIEWTIAmNgeVYTPPWzUM8M9y4EtEgV3N9wVaRtn2Kj4KrXORobTVtFrBbNheSeZvWTplAz64F
XA2S3cak9ToF2rLcHClyYvfa+QR5ML/gp9olYkmQyR9qAcn8pL0vte04EWN4P6g7VMc+kZyeGM9ac1xAiVsMy0RBH8RNGspT1Dur
IRKshz4FYQ1LQV0D7EIg8ZwJti+MQyh0S9DDQsoigTkSbjXM9C+TJXy9JndG2p8tNiNrhRRSOGHqcXMixZ1oRbMgvUbGoiKzWKcG
fW1yX66ip/fEKcDlhuDxcUo9GkLo3C3aeuK5JvdtXRxAxBu+eA9S0DXWl2Vx73YSxoXOje5Wqo63yIBdllXuqITIM/EtfJlG1xNg
va5D5L9sw6RiazF4EfslAZsVlygt9703eC1fBqMbVO8N/2d4unfQw+N0G8UXC7JBZGx71QTaH7p9FyoDEJ47oceoUAGeBsDndgi6
I9hkWQhGZFnlAX7oNSFalIb7KDJeS3pmnWT1tmLbdcfZtLgFiIcSOtrOzsHu/t5pkVUXtz1DG8xiKjdKckqECJu4IzmXmaDEZABp
wgsfUKErC3LeI4e4hU15H9Xz5+j4KrtHSB0m+ZDV1q6gJKmh+4izw/mouZDXhTgH2Lejg3Y8pMHoNkHB8+1Q6OFhagYCvsCqPElO
tUdRP4/+AJEoNGpdyed6c20NVzNu4GrcqX9rWC8dicSBwwNZ6F7CLAuuw5ZKUmkN8juUSlcw4ywKqb+x/05PDNOZMBdUvBYjwgM1
tlQ99uTwLm2hvHayQnkn6R/ptGLYI0rxQkU8Sbt2hRYF1pZyIAMlBcb39LkoTHzC0DaMkEHshfF1RMW8E3TRIoMN69joyCsDIXKF
cG+RwxLiE3RuoGHfsnFct0kRPe0y6+l3lKx6lnG++J7Xxh7WXEWoco/rRLcYzGYwNj5fxIJ0rlAfx9ML3HbkdUPFfemKiWURHDrP
eobwsH/AKFOR/oSa3AMGLZqS54iuakcFtdCY+wTyX4MoH9bd5Z3yFtJ9GsUeVw6XXXA543Lt2wlldyb+pYX3qO8TH9rV7xLeXU3D
XrCeBehcMRa4Nej45XHSed4pylBg2ys5jdxMCy/0QPpOqS0B0fwaWX5X2F7eH8pq3y+wN1QN4jk6jsgu1mYNcPzW79bX119sfLf+
nTfcebe3ezG8ON0e/vPi3fbw4vDo9OLk/WFPNXr+vdnov97vvd/b3eRKdbewVShAOCa7H2T5CREpmt0djwlsv/UVjESveIlPMM1a
S8ajwKyQygcL/zbUrhdkhAseM82EASkvvjYNrVLWf/+js3K6FEpymYbBTZv6vawVNExWr17yCcMd5H4s35mFWZ9X6t9+/uYx2TFZ
o3Zy31b1mi+yR/RVX0nR2qAjqWUn7fk6yt3cLFHL+ZGLs9ws+//kzPzwF33jqDLJlyArOwt2dVUtsVJcUibrTB6QDlY5g1EuUGbo
VF+FY37TRCzHZY0OhQ7bkzVL+tOR/Jqst1QwWEVfWy3rBL+P2eAo6j8hkve8aXQTGq5IcFbZ8CgPeODhKnGJm6x6lXpvTwCGhSks
MJB5WdJ34u4Oz/iPQl4LrpQQtg5zVkcH2DG3XlLhmtV2UBx0WM/YyU5uiwKbJYcyJMnh9Ap3Sy+8wkqbniZYifp9sOu3yWKKFF2X
eZ9XncLqfJ4W8dE885XV4wF+Cg9WdAN/myejhG3/G5YGYu1Scqmr3mj5Gg/KRQ7sWbLIL2asWPxhHf9ZReleu/AMw2thRnBLzpM4
C8vLfI37jFrrHjWWRgTbTYLvXQjzBjhUrjQyn9xn0SiYYgkPNqcXxT9GQZre0/HK0asBNbALdnf3/MGcTvF1fwcaRZhJwV6/w73a
V5781G8Q0ypj+ZVqIM6jcQyYnQl2evfdzrEn3N6poLFQsUXjEN5fARhobZNgiW5ieU71SmIBqBGPDccm92ZwNvRBhtR4P5ohKy2E
NP0EfQcHm9cijpxYBx5BorNIRh3ZteoAyOM2+BLxSWQa7jyMK8gd2lq7DxYYGpcWJ5wLQGKIU4MsmGL7/akwh2c99hkM6LVyy+nP
xeet80bp2iHGERVoZDmKJUSOy17wqzOsXzJNobrqkDAo8JssKiwN6khM8qBQIAkIPcbKSiw1UE4nT11SmEgVyXwaxJiPThh3epTi
hgysGVyxHnKWPanXQPTAB8Xhu0UdMKq/0NTDNyB6fNQnaTuhoR7hlLVEenGqoVPR3ZY7YwauY5W0b3XZrrGagEZsjwHSvPRMPzZt
a9PQnmiRr6McVWrwsFNjDqL9KX8k00EolwDz9VUUTsd1neIWO2okJDe17DevYUW1vCiShyvBU4QT9s0Zw16w/wlayjvsFIDVwdAT
16WVpplaTL/2c1ZJ4eOebx1GsG3pYenldOYeHa1V6CyBALtuCJ7VN4I7sPkiF1/vxSiCU61pao7NcJgzoZPshlKIDJUM6TCJ6Hvf
EWHpRr0q1XdHyDKaZd7RZ1mXWb8rKjwep8H6zJpE+mWcY3QCKukj9tFK0ALgMNbY52vRdq44//KsRiRbILqDfCGnWFaIOnurOwD2
VVSfILUkJ19HpXX91uQLRphQAsBZ9MBuLOoorkMcqM5T2LT1bKrisD2O0+yJ67knrjk0QszmAVJgcbVtSSuBsA9o/laGN21KsjkL
5j56ONAlKpQJWvgqnpoUGd2MBqW9kdJhwfZXeXwS6eFyBkF1lQgXM2isEnjzeMqmZgvCwBSNMfREe9Qi1qTOz6jrqm1TxwUIdUs9
92t1pOE/6/FaoloT21p2WySZczXHxXbSrlAYoKqgoRCQ8EPCLTJc+LEjzUvJCizdh0n8bW1XmK25V/F7y5ax1vOpIhS0Xd+C//wo
O2YrBzz69tu2XEO5Mq6Bg6Lbs+i82WKdzJnjiOBfG13FgVCRP1RKUASLXiw35VCKrhMRqmS0GkGhXK0ohuIkiK9DX7DNBRtbi8WF
Z1cd1jeenWl4hXdOoTFguqkYWGGjqozrGksmKxtHV1c6n+0oKteW16bQKZwrqXOhb1WfAY/aXR3Te6exvNZ0Ezo2iGsDzjoOJqxv
wNSsU9Ax2pJ+TqLY72x5aLPGeZwm2xgE53ddHsFGpWU+I4Q/bTF9BS8SfSUiak6IsI2idisxG2AhfCQNd1amdI0OrdXFSB19PQHG
O7tIToLDrOEMUK/I7IacE9tkHduAZts3SSpV6R85klx82i0skzYMORFqfPyKFgu0tyeJl0PqbDSFN1yzLbcdl6ZT4YLjN2jzacJO
NaH0xrD6Ulu9ebgThUmK86xd71UE3MX0vlXKhZIJ0O3P19Iw+LmGjyTl4TQB3liGYBE6sB4TVZzkWMRJkPPE0y0W3oSCW0WoVMkY
FBhRYBpzieFtZBNKrrhvMnmgl9xmefgo88II2qTAzMI4VGyaEo9cLTIuKJCGVc0LieUl5G4VK4nor53oR9B0yp6s1iMZPF92ZFf2
HKtqtKTV+1HMAmsFlSySMh6fA911rdn3qDQrx5i8g73bT3BX5R+4ssPwFv8u31JcHjKkiGDZvr89+tcigpuSDRors9EWo6paQvub
oY1dtEpNNAto4z0i96e90tY+i88NFM4wDtZfCKUrILybwz6MDX2tfgR1D57Gq0KswSI3WwmciORG3EDEU8hxwtmC/FIWGJd/grpg
GnSmpujVK2SOnpXxb6dl5TYk6+qSC0e1tBVdjOE5MqAidmgxAxVtayEaGDKBt+ZtoKjwikWGtbXuKtLpKnJBlVWTfFpDJQ571Jgx
LmwQjOkOHGMAk88XuocSmRsnAgI/0Q/4vtiKuvKeopeCD5Dd7oZXAaz+PXRGUWo93uuzzjjIg855NcqNPQHcKxa6545SilQEKV+P
R+t2WkwYvcbogcZ64yIYb4jpl+qxTdKMCVTz4cgTBl9Rao0ueu/WbVrNOVsUIjbNxOU2p6HKQkMV60wF2tdlu3N+ZzhCInqZuLVQ
bF73TLnYnjdLOtS1tmGmkLuoE3I/f/P4wu0qgm314pCuI2Y7izhkvcPKviEivVyUSey6vIeLA5hTxHp0LE9uKQOAVlACDf7Cd4+y
z/ZdHtt8gPWzKE5TMlfJ36ImbSBMxhospuWrsr6nHCVzUtKLtJ68VHaSok7lC05HA3Ku6Ew8r7hMqeSUot/JKL4QnLulc/0tQVQf
QbxoNUQYj+cgiOeOMdTryiDyTbuF4FbOg1HoWop6X12MfNWxZdymPgqKF411gl3jIStxhdTBSAsq+lv5ccm+Cd1SkBl52k+lPYkS
T0bIOUGPmKhlTqoP+8e4MnjJ+cXEAcQrDc9Ch68L7sf7DP+rU+ZjqNga8m7sdOVr8XldDu3QQpE0lbs4imgqgFZJJjJAimNjSGDZ
Il1GS5aaoDcKTkM6ir+jFA4liSwR94tyXwDCVnYTgYQ3tuvsX0MXHGXn9L55NM24O2TQHvH4RUpnZ7Q8bLu4By0IkVBeCZ2z5X/D
bgP4TRGe93RwvGa6RI3DUZTxxmKKl3GUpYs5JWxAkd/wBiLPg/kC9uhqEY84fyiOs/MX73sOifNH2UiI5r8Chia3mXec3IbpEFjz
qfd9f4MsQpyZLqeIo8X1BG+INUzwD0uhIFPqi3oexPMFxlKJCkhhDCcvzKQLoLQJgHSvivVk7FqFaTTmXG1o5vmcirpI4drzRP3k
Hg+iF58GcRzV+592JyO4CwbHyxdn5/TfH87OEUSflDkVzq1Wflz+4gLin3veWziat8F9RmNgxXvYixBdP/Bvys/W80ql6Hteqdj8
Z4b5z8Ey4KjNYZEGDFisArY4xuUimnJg/wxAFt+bjCQ9QPTBi3d2ibDCDYenVDilx65lSApvUcWx1LZwEmQyCAvH8QVozLnT96Xp
03mmPlnPc4mJmFBjm1HBUVzCIp5PF5gZGD35urTphyLei1QvebKggCIxl03hiIZ+nyLtEFkG5fYbcUnS6YZLY9FXgLDfqEvB44JV
YtLfMBkxc+uMppiiROrlvzGpDfrpaXsOeLZ/cXyy92bw3xdHJ4O3g0MA9XQcXvUnQFCPSKe0jmgYA+ZhmqlfYeP+GWPuheeAFQBU
77seCKELWMn2GPOfRBlVmvBeVBkZOMRZTpojHlz0aviPutrSUC+975pb2ibz0nuxZVwm5U33D4ZvTi/gqUiFTnmBKCcMgOGYwbuO
x4XHBEDsJrMgircXaBzO0Z8RNu153ZrlWPwhTOn5lovVQyQh2qTy2smPD6ke2UvMc8ezwvtTzKqDd+djup5uFrrKJXzIcSbY6mB7
Rx/HD2Jv744rq0oVaEb3En8ie5Hxbvgb+2OfaThOQFszUUqNjhsqUAPZU5LqY+VhMCOZDalcsYqelyWV0w3dEWfkSkLV3muWb0NV
yeyhTmflhII1bZuqidJdO8jDmVZgbRUNByJg0ugURHlpdH4Tc4b7b8OcqumKC6lFzVF95FEhnx1dqclzal7Zs15t0mUdG1lzIB5P
4XD5o6Zk7S2qGp6CwMfx8oZXMt5Av7Ek+hvdMsAdhOz1gZr4PCuQctO4jdixCrA80EcZKXqDIaOUhApI8rZylBaMqOCHunhZ9HD5
ETtXop91D4MOlL9132NDLAdHfmNE6aMgzZ6a6RSXonlqUgd0HcLgeAUGl+izCwcRprXEFECwrESlbxPZs01eq6+PdsTpBoJcd8MG
QBRBbHDzoYEOFRRBbF6qInkAZxxQgKH7mBZJN78+mvCcpTsbmX0OriAaekmaZXUDY+TFJJlKt3PSBBsTV5uLE1QTp6OLErzwCgrR
pvQbXIS/ebPgHt2slKe5iPjlUcpMnosWkaFAuk7rulepiVVu1KYzNtD4WnIkreqzKMvws2bDeg2lkQqYFejMZWs6c6lLsi3UprNg
JERZpBqXZaqxVTutwCBCBFvoz1WiclXHVAFs5WkgJ3hYeBp4Z5ynboQ/zukEWK9kl5OqAlALc4mxHxH5bPiXTQAS7YImd43bIM6z
lv4aFCcQ5wyPiAs16WwYwkbLoSObBo6mK+4KzZT2pBNY6G6n2zZg4NcgQ3YUlkBRi++CjDlPXhMyJsCVFWwrNXpStArsrR60jILu
t58+d2CEh9sQNqhHWKFTLhxbeujYwn3rni2113BBxPgol9xk5LSK/qwqK9msUPy77vRf8T5C5xsqQgwYheZywCuDzGdIC3JKVn95
j7zuphLiP5E7UM9jK0jEsjfAROqmzWQQV1SgHa7pz8wH08eeKAYTikQSQPvhwsrorgIGeUxy6rWUw71xnF1kUgqnHySGl672kTgV
lG6ChymoiU/zFKSVGJo4KRGbiNQOABtYLcnXM1hMX6kDzBQXY2/3EGOvaFLaFXmdiHT4hJR+AmvH6xjVED1+kZJoBhDQZDO6L/GL
5Q9dZDz0sdBMY2p+gAXB+HySTO411kvJGQV7QPfyNLwGDIPtDIETGE3QoGBc9vsYijuUATrwkRaKIXLFkL6P7/9HuembpQ7hSKdz
AVISkdwA4ZaKB3yoPIInIXt8gcSc8v//2AUD+I/KONCGEBXehb8wZY44pZ2eZ2EkpEsWUaCa93Tfd/+EnETVAl66eaqfSEsX0bSX
BY+Ad6qhFO1061mXs/NXHp3zKvMCr2zsC7Wm3SnXHFA0HfaJ7q8hnXXkELrmkyCiartbtvQl24qUykxswBWaeg4pPJE+U6A/qzqZ
6grBTNLJfjMLhh1pfFdbTHXDAm+wDqlaKUNAeSDzTaBP4XMrFsY9srw11SYkmEjMl7cYTQN3pOt4H8j31pnUrLi4o+XQhe5cjVp9
I8d7yHDEBehUgQAptfQEZ3Wcyq+a8Y94AZTV46RQSygJXaGcZDtWQDc3x//lmCenY8O+6rgWRLRMrh1OlgqTwHTmeB3SVNuui9yI
BA8sfCnmZxvnPW9+9vxcOpEL3Q7aA4/SMXqSDa5jumyzsLtq1FjptplTAfcqa6vPAtH1YUFh9uAtnEGdwVc3g8i6DRQx1eMyOVZF
Nm0FcrKsM1GKKMn4Iy+qDyQVLWi9TMdhuul9KmIBe57B83NA6ec+h/pFIskAzZLbkwoQ9ghaEzd4eW9wtFgVkb8lKdcnxjUQ3XYp
cb3QyIkk3FoAX5HpWjMnzYGIkXUxW4wmD+Y59QjkOr4TIPrFXOeci7s+hOk0NA/q0j0WNrMVdFt1CXAQD8xglgIK+vpbRmezOPZS
0obu+EwElZw38UPaF1w4c6uZITP8BuBDkD47Dp9FMTHML6bYzNZEGEBOlEN4ZxWhAaXzUoq53rTLnnhYycn2DOulds5J4QCw7jwG
00puM2ci/eT5qiz5w1dqUid5UuPEa8GnrrxGdIFFfhidYbvFarfqxSENwwju7Th5Q3FqykHdJlQj7hAtScWjgnluuydASF8nQDeZ
oGNxloxsFqj5ZyvHpjKkY+pOyiSD28FJ80RABdz1fedNXCYuRTFPWmaDzIn/VHpAJLLLivgPttqWn/hzKnyMnAsyJuh2gUjWbZuQ
oAR0xRi3BbBBZylJz0uvzCbbl1Eu0XaN1LTCga/IqOBqFPxxOj3vutUetMu6sA3/8Y3Sg5W9pAQEu3C4oziQRYMioibetVYHfrND
lZI3N5+tU63k9T7937P1TlPfh8CIvku4CNe1uzG5mnhrXI1miFwB05kxu4V6WLkSDsM2la+h96zVwnKUWR7GOT3rs3WOmYO6sZSm
6xqYMPRt6clQpyiVSkqyQ87VAKbCbgva1w2gTXSNGDVSEQrz3TKIo2wizy7VVmaHvL6zyzK1BrjeYj4JcgrpWDk6ugy6D890YDlv
ukC4Ak0TNROXIl0VqThvCehSH0A0LBytb+L/XcE/m0ToRuGEKqUqlyPWY+NhdI2FWlmskVrVW3qzML0O0RMDVdbBLJrCDd2FcSKZ
Zpf8J2mHZgFnMpwJXOo3UxO5wJdeVUbe+ub3OMAUKsADmVYPPnk8B0V6uQyeaK4MDxiMI9zt+auTMAtz26cUw+QgRxXsxKLuAIYd
AHFs9rYarrbHSqEDeLSMNfWgV4lbhK1tOA9HmP1NqCLOdY1sWUux9QAQ/g5QU0qF1nI80kCKbyFerEH7sVWTFYdsWabb2Ko3J2fM
W7M5tkkBE/AYZNZNcvzA6NIeZzsP4Ac5qhVJK0XR+6w9+W3PLNvc6aKMJnd5L8lapz2dNnbzwYbkeuA+lmggtWlVV6D7MH/omhF9
fvTWkdXGP1+9NH0I++wB/PWWvIhvyG1UBmcr3SHnTcpXX+aKU388PrCMQRxxpAH3DNZzvtWeSXEd0cdnWKxaOJyPM6ZJWatljDvb
Gdg3U+dS+t628kCWFmH036L2ydUVdTBNslC6P4uOzVqrKoU+SR2+8PdCS+vGD//Zf/79i/5d/97Lge+IRaQ39Y88aBJ3Ra4m7F86
PGk2dmdoFYVpmAJYKy1Wr6R/6ZXE5Z6Qy3u6YselN4OmP9E6CqOWbjfZqjbmHIYGcbM3JqePTHetkT+T2yYt1pccGz4uAqhvkJXk
w8LeL672tAZsRsB4CTQMRKpd4X9PYtVezH9brCaOozU4HmimVD5U0lLlPlWfrWCkyNIGqCkxWEcISpi3x64kmhdQdxULgdztkPy+
C0d+cY3pjvVtBOTHYfCKbH06RxfSAutM7NYdsyUBVFumG1pXYe4+f9Ok3mitOpZqXVvteeHVhf/9oUW1+XZYckWqDpym4Z9VBm+D
q9UfM/9Lnn9LBJdFbHhNK6NS0/l4Yp4PZI1KWiUxcvePOjpi/LoP9Pgt+qa6YvGy9YkTOpLf5biZ3MQa/EPRLbJejxYOJ6LfsEnF
DBhSwlHAq99QsfFbYepDw8Fvs2D0G+sypDLaSxcUuROUo1ekk1sRiaIPpYfJmO0tQSp979cEjXXArhveg8TnYE6gkl6lJrJbOz2F
bp0NblOKfiuU9m0iSONoZA3irnHZwmFWctS6a+2odafHj8AKhOTBNzsWDjJt3vLI35U9tAo3p0Y7eMPpxVmpQJa7SiCL4IrvXJ/K
AzeY+3dd3e2Iw450lwbojTfjrlU4CrRtU7tNJG5iJ2R9U6J5U3p/MfVorrndvDQC8MwDS2pCdtvMKq6f5H7ZxrGzKDuphF448Ni3
4VmqRI1xsqWpG8OZtLNnaBcFxh7Zf4rrFW1wlKfu80XwGsyXP+zeAxGLRqvBrHDcJqjR1dhzxxp2EafrviFn7zqfB2mtoUijaP4b
EyG0b5m+sMKMJYnPOMRKpJfstfwbMKq/odozlKZsDL6Dw2+krI0xRuktc8gnrHgXimbdwiDJmopOpJYwOmmIyTUBtuc2GgnrAIha
ZqhloYHHiH31TVc6NrCu2bl9BremTEnmHpqSFyy+VVAMFhd5AOt3zR4CvBfhWFQ7z4qT9VbZ27rk/91tU9TtieJFcFrSwoV/02V9
3S6iDdvXIZd+fgV+FY4vvRpUI4wqLBFEGHTTQ7vt03T+f+AGZk0bWExztS0coLFXgsTPzB3MvnAH6+CqLcZ4vsTs69nvClw9IoYA
VVyhtJTSKokYA+689J7oJBm/bLFpvJ5We5GV7LJAljHE4BE3BI5UyRi30fM2N58TFdzc/I71vLfhdLrGuk+sm7E2TZDDBKqXTJdW
kx2fLbwyzViImGImR2qnPX+cBlf5WhTmV2sRwHJtHGdr4ygbJRiwylVokWwLn2BxX6gruOG+NFFZ7EHDXZn1qdBl9itQCb9TAk6n
FfPmgrSURZ5NWbqRy5mRLIfRHQVgFCfRM62YGCWOLr/taJXw2G7HLDwGWfo6IjkSuKvfU+ekzpdTVYHuXc9Q76974FrkV0xUv4/5
QlSdSt+enqzFKRbO3ji5bmsmu+DjyreV3DJSarKeN6GWLgRpuTHUX6vLpmFXxGwKYmwzTFshVcpg2XADact5pZZSC63aI2R0Vz5H
+ssV4pHktS6GV+mNVhJ4w9YCb6iLf+owhI97++tTG5hSoFA8tNEUUNogMh7wN5iMa95QLEZMFD4V2aHaFaxxL0VsGInU2tzGCm1u
wvuGe2es2zY0Xz380vsJy5piOZpy8ssa6JLuhbGn0MM0TGJanzGrJScneVEBFWJ4HvPSKZYDjal3dR6qfB03qySYs/F11vNnQs1N
yxLrkUm0OiWPe3pULfW0FZxF7wwtqc36yeugMYoeWguquIcn6x3S7zaDI3zMkZGTpQekikyaUv8VHaBDBTv8Nu0JXGfAomXh2Jnn
GKb/3fP+aXp/jO186UlMA3GiCu4Azx86wvzU5d/WFLS2+s5iHDjLqF3pU9GA757zSvR87sgbTKMxMI+5kdrdhIhsfQSdXU2T25qm
7fFHsi+tthH3PBL6erEIK10tI1jEJbRWRDFiX0jJuTKCC6xCUuoTetHj1QkZM1wWcbQVORsl83sbORNdmLDDxn0c0NcljDCtlS+0
heP3K9ANCuRbYWGSBTXSJQBTz19Z0xs07Ky64azSvphm7ZaXhY/lauK1qbRfirW0Vs8/Hk9qxC2ynSjIjDLMZa6kV+iSxdkg9TSb
dlDKFrW2nVJijeWP008ZbMwDqjLPp5whboxLcber3tf84ZPKhU3Py4CWo6xWdLC+HCDlsqeOz6gGoEa1zHKADj+kyOmIRKZDShcp
bYeyRpVpMWy/VxT0qAdpGW46PSPSXDfBqb9l3KA0W3O+j5aqttoItFU3pYgpw8p9+FflPUeQYc8Yglh+q4KjeLmV9xyV9RKXX3nX
UBUNWhSJuemvynsKUmOHHyt5HrehizUAZUN8LPbyATvyoPKcwsBvBns5QCwWip984VqFUV8rDdtrWlnPqzkF4ocIUH0A6FaH2xkX
r0VQ4R+Vt5SBmrDJAJd4W3sQgtqDEJzJgrFclQ7/tO/T1grpi6WCN8MsekJreZlG42s0gmZhMMv6lI647+0hYZ2FmOmWs88BpILo
epKLaOM4T3AQ2aF/RVmJZe6bKPW2d/a5aBDfcbjCsTdb5EjA8AGWS/KGoiJm6u0cHXjbxwOueQmtxLT7Y0pyj9k2KbRIJlsOUk7O
iRZZtBEBvX+3PAzz17SY/ihTAcohqrLDu3CENj/OrXyQxIkXXCPTggm1b0LOwzxORtkzhsYaaaaBV8j6s7FQh+cTgAO5QgezRNB9
cumglIPQIw4lR3pYolwBzXey0PynSgVR3CLONA0oMaXxt1T8N8+9P882sGATPFyj6tg5eigyJ4IZ3tGm6wrOxpGHNAb923+ziEfq
jNSxMfKI8SEXB3We/YKxWO6zWgwnSZp6Uj6JWX+HS0tXj2HWfzeSzMNhgEFc8Ht7HlW7oEJFoqWANT2yDDblakrYcnif5eGMnlQb
imJL0BTdrccHiOBUPGeHku2Xm1ORMNEvcKb4U52BaucHcAijODzkGOy9eBmlSYyWff1N+aOj7DWyJqUPjoZiL/ryv9Sq/PGx3DL4
XG2fle44cyUYWMj5qDCeggkQh22o3JgiLzycsNiJk3ykt/nDk0X8WEipnuDgBSNFo6Eo3SBB4Q7y1HxGWB6lwPkubBIw4Ny71m2V
Xuv0gAmBjsYgdw/4rxJNUGCiie/FixkWGQh9rYCGWhaAOb3XuHDosF98wU25zZZx1xtD/Bc2MLvHSr5UhK1mHP6M20dtxuGj4xiI
/hC3w6AYWKaBLY0tuioG17+Un9imQn74B8k4umpYsUBhHBcHFJ8UA8r3zkFExUDbILJT0UR2Wge7d3FGFcSljBDmk6SY7DzAVPXV
mWsQkx3IL/kTfRUupNXoJOIsHw76aUdcVZRP1MX7RKG9ajLytSibxzXIrBDkCnnIVM+iKVzWXMkP13U6QfFZlNAzXpYWAnTr7TS5
DKYfTLapzwe3J8rpiCziINIje3OdBjGZs4f/MzzdOyBb+/Z4FsURMkt5gvldUHsmwtY25UgB80EiBYDs+fKeKKToi4qKiNTBmPr+
FmYuqihiKq5AHwbobDIPRZa/Eh3R7ySiJKK4W3lLBFOv0r3TRzzPLXu5xglxtJV35pDOMiPUYgi8Uhrl9+iXKi5F43nlRgxHqI3f
Ho3CLDuBO9NXn5SeyR4GMnd16qtyAcNojOUy+vvo/cBIOyTSgIqKHnd3gqwuMAzwaId3r+fxEOIn9bA9nSa33d91knhLA46ZaPWY
06W9FDhovmEk1bbFl6UJxVGxn5UOq9xFl0hmRw5lonHNF8UsBc3WteHE2Zl4ZaOBtBZZ0hLpAWbUhskcOFUfgq+ep+EyShaZxz4m
3jgSRx1XklIZRDjnzMIQfUP13CLFWMnbvsVgIMpsEgT7WNf0KA79YjJb9sK625cBleriZRpmAdGhTUkpYDQxBEwHpVQVHWsMPLIM
JE9efMH7X5m4mJal0CR/vRtl84QqSLZgenSOvLhA6GdVGmIkYV/cK940302GkaShZwQQ0igPMKY4ubrqUQm0tNS2W3F3AkqMqe8T
dildQhdXUcjJtbgDGhDuA5EQkXP0A6HuO+7oN+zIpJ28plJpESYlxqpKWNr8EjhKX+ft34Y5d0l1l/Q3FOQeTPktfguS6zbWqx6R
MyVcsQG6jZvnuJy+uUqmvOxeCjEPJrSNY8AVt8IYDXSyqp9+sgtEYgSt7mXlWoByO9dKsWf1pk7WRYkhLBdd5Z0tzSfeJcMwL+6N
4zTJOYbD5yqAdPTcXx4hgvoASkeT6kWF5433SnuRYf7n4o3tuhkUh+vNNLhWLo/oMUVvvH9X23D1MPEYa9ok8+CaUJPfHyYoPLW8
yVZcEwDl/8aaCkRloqd+I8aW79eq2aqKhMEIFSlFt28lhonp0EmoyXZ3GbRJcMenNb8/CUViLEEtX+L4OCbjZg5rT6786hm3hQ5z
D09eEnH429889RsQFM8jzIzT0fMLuKXRtY9+dG2+CE9wKttpWKBFJk5YODb6068OMs1Vy6Aqa5QN27wUVZRi4dpo4hSLf7tB0YYu
pf0KUqEB34FpCL60X90kBmbNWyQmOmgC6p+FIbonCeaWjxv8ZiiTdjDW8uI0rBnr391qepg9rCDrd97t7R/vnVzsbO+827t4fzjc
frOHTqsao0Dp/eBKxcx+swUlmJwmnKm4xDdQUUV4lHPqTjeD4Zd4C7hVL4F1tFcmwFUWhnacxpbHpUp1diZJZVAKsRrAYGDdy8rJ
dCQzTet4QeI8xK2naQa0Gw1xWN6L/Orf//YqNya9cSo2ytSqNJKbrFW7xQpieKqwkpeHtSZ/xeRi/2a9yCZrwxFmXKvnEll0Zg1R
jAbxmGpRjpTJg5MIF/WCXnRdrBqORX41+uQdzNqCkjzw8c9TLA52Jchk8chndQo+OICR+0cgt/NPPqZ9HLBXLLavFgtXTfGUF16i
CmJ8HuiEAZJKFkp76F9xddT3p2/+sRcDANAmznxEI50R6JHSvE6TvXjsO/HRgRa0msPw1rfppHLUkAJyEP5RSyBWtAHcDN+7Z7/l
lnto/1XsAMhuo0LnOy6S6amx1ReiqdZGspRureFylZG4eXWYthpDeZ6oM/FKnSBTxXVatbs9769L2xugjnjcx4ijaISBelPW91Dh
STQhxVl0CQ1uhd0P/nuxmI9JFFtkJBX15Wg7WG8Qi7Bseqfbw39ebO+cDo4OL/b+e28HCxjSs9OTwdu3QK1fHx2dev8QD3dO9rZP
9y6OTi7eH+/CX94P4sX+0VvoYPjivfe8p9akvdg7+WWwswcD7Ry9Pzz1vhefnbw/3N/7ZW//4t3g7bu94am3YVGVla0xKIH+nFyq
3w6FWdVxWDqdmplWNI9VZAHwHva7/UG8TG7CAzKzinr2rwGyWIeGeEVoifxjmOb3MrVRYkU/SxKZoWsuyp2EnbLQzXWFKQ3tUyoc
jTFUhL33PtdOUkyCx3PNlLJXZ0XXaGZ/ICzle1Zrq5lTjy3mKYR2F/EXrbIlyneUShIZA3G1DeggADUh9ktM+U2azACS14Ndv1M+
eKLIe6VQMsMKBgE+QqRo6tjdCI2mSkGA/MeHD51VfOHFjP7PLBzatFCDcWVu3+ZeAgixoKDxHvNJQcbMvPyZYxHtVtBQoNuytRmH
V+SCq60MbkWkQQCEdfs3qtghh0pAF/DVUDys6m2AbRHvepy2CBl/CosbXB3Fr4McYBBRRg2bGqH0/TBP5oOrt8DGXq/87R55RcCl
hgad/QgYaioWe/r8Xce+UMDFeBTNqSRvsdJj+dS2VPUJNDxZxPvACk5hlI2Gpu8zkOax6rvcZ3R2Hq5trH2/tvEPdHoWakkpziAW
7yxSkGhyIDqH1VTI5QH2k2tYN+C9Ocb30PVzi4gr8AtonECNYvmnaXR9TYHAeArogEGf/6jIVQKGwSgvEKzoZZtTgJidrFsWAd8j
zIGVgAZO5SMvSDHv8IUAWFFd+8OH5UZ//cOHOT7J8Ek/vKuW1CnG3JZHkNO/8N92RBHC0svWBE8jJ/wtoougB3j4dsMrEOwQRCrR
DMHthxKGkCjYESEE8j6p2V8XKVrEfolPELMT/5H3Dq9KkAdqynjeqVy+5LH/2co+4ueD+CoxTfl1qeDUFxH+i4UJ+cxB2FDm2rIY
RcikqTbKvS6HdeQUMCHM8WtWXtvCJnCSFT0PPBMCq7SgVN9jgC362JRDPPDY4LyJ/uFRqWa/g6/3gyw/IRfg+i6wHa6U21b6wiQn
sKOYRwRb7WCm0xFXv2alCKkjvI21ywCjVzAmzPORQV/jUtXIx4/URxnsVUhlc0Lh6JGk3b5tw1Ies9gbMd23CG6+wDMLjRCp0CuL
Fd3RTQ2zxiBQkeWYtyK+BhpyHI0dsBKfuzi7Di6708wnq1mUTscGHA28kXgWg91ONZ5LR6am82vKYqUjrOE4t9PQnOBZuGz+P9ln
2Tnl4wEA
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
