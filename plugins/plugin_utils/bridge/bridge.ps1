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
0kplE0zVRHmNbNTZcArRM63gBGptI2gzc+2jvKPZf5R6pe7IzvbTT436kdJ5NSZZPuMuj3xo8z7GMmJ+avNntCCY7dzqpAI1O2kj
gQh1ApGaZrnUYpNT5z9VHpvtKUgosfxOZyNUl3ddJ4a76YmJ4DUYcIwhgxjtzA/Ozr2b5QMUZuOVFWZVH6RvvQ3vRxheOKzTo5fe
cwTG+EygdPdmeRado2SFf+An5w5aO64rqnQ8ZGEckJkS2AXigD7NMHZwvsgpMjoouKV7dpDP8ozCoSmyDTWu9QU3xC4LFH5M9gT5
QnLkWxZcosVxTzGOFHBUJ5z0JUgag4fFMlCZl5tM82uAiOykYHyXtQz8pc4OXlpYXnzfNPOdRQa/5NAF5ATgL9tx3Eu3TCnI872V
LkeALX8FqPRxut1Nlesv1xANEIstLmMSPnNY4xp68OjDzMLZJSYo9HcGB0ZVTs4iIOEMFDO+Gc5DEB97BorCGMD99DzC3P7h3qma
dgN+Ys/KR6X1HZ+0dYrQuUHUfze6ttjEKU1SoIkBtyp2d3yGD867UmRwnZTkjzopMqt46bRoOaa105I4T4u0bsDEyLsEHTYd0usA
2lDFpVtaPhD1T4RyyZUko95nbUyRWxubq1vgE1t1Pjv9WMVEyrKD2BR86ZodDaqvOaJsTUI2rjmnFfWDCVGLX5mY6tw5z3kV8t0V
WMZjTewsnRxTE8BHTDKwVpaRklGu/eIFyyCaIlvCCThnCSbm8LYPd7nm3DTI4eqcYa0QylGSLqNRiPFIMd+2nNDj14NBUXzTJdNz
cj7KgSlzyNZm1S2yp+gqOyPvSmnHtE+sjojGx1arFA5MzGcHNmrtgIABqH3sd5Bx3Jaw6rA5uceps9FIKcDZAV6dwyoABdabTmx5
PhShIzdGI/xiU4RCD7OQYiVBrPfL6UrJUdwXzz29k5kiKV4OwhaIBwNutSYysr7h9LTeyXD7dE18tXaKTWlz5ZNiMl13gg5HTpzq
yTKY82yJWrkC6EPGMYa6BC9iH/6XVGPbRMvx5zCawtKm9ztCEVdx5cb9hAGKPdnAi5/OETw+Wz/HTtj43SVSfMKY3Wm4ZQRjZ+C9
Anoq8sehTixJ8g/LKM1Rt/e/RNA/LJ/DiQxktmHM8YHbU3QTkYKYlMmmOYnE5dtZZPcI58g6fl1Acyea0Y7HOkSl80aHpleaHz7f
wRRiEvYXF4fbB3vD4+2dPfz5hkTljsD9l0+Xz5+22xmxCa+qcf2VPBNqIbxOi08nvG7YovLhMtBgvYLDP7U4fcXJuwSeXW+u6CSf
UaKlqTix3i8MX5l6zivueUVQibx2RcJPz7Yt8Pt5Cd+sJz5NkJQ7Trlo1O1Ulr/5oOW3Xxl8jqZAx8nDKBZiVDWotQUCOcB4dD0B
wXKBpEy26kmWyzmUow/4DvMbYqtnCvNKd16VQsmmup3Q7hpzeHTx7n+O905+uTg42n2/jwdSfgww3JIepQjLXw6EDJBqAXiU0xx4
KeU606YUHdGdo9s4HLOzo3KNTUBErbvCrfZr/ko7vNYzrrL2YYIiirXBz/qnaTTbi8fA4w3n0yj3n36In9qZMPrujP4tJHxvDcR3
1cPTD+lTIvmnQf3GC36Ll/76fqBqBbirV5loYk6P0hZfC/0F6fgqRSyN63HWQnFV1vNQXDjfAeIMfPiAl8EvB7wKuftSE6SmwscT
sx2h9xlCh5TUM9IMZRbNEGGvIKtPMMLWjbqWNOYddoMvPLo5J82mRONo/BKJRsTVyQT7g37qYaxlWZRPiuYuhfgMyM4qe32oKcXr
5NO6/f7qm0nKa7WRdIl3NVX2V9/L8G4OywjHqm44KqjFzsWU5s/06usBBFBJRrXpeDrVrcbWL+VnK283KlkEaeQYEug1mS4pM7cx
zRCzFJNJRDTnnaEmPXKCXIMLJ4yzCIsKWUvTCDJ2wiOIYTPT3EGTqLVWKQ36dGqwd4dhLrq0O0MawySLfL+dtatsI4kRB0uzrIkY
lQPOWgxlQ/kAhwv4IjRROtBRWsPn0ktHLODXxHAZ0xtoiCZRvQbPZfMqolu9psSWEgwQ3WsVGuJYyG9OEwrE8us1EAb6/TIjqUBd
gcvZYQ1Z/GLSt5w5aZ+b6i1nGo6ICRaIspy57RuzNneD8l03YdBKj9n6nljOkOVR0BarsFiWZ9lXQmfgJjUM5glV0FhNx8j+q3AZ
Hil0lkuq0wzE0Sh7ANbE5PNgRxtRfKWgmSAREzLB1PH4WPAJurPdozg5wij4w3GZUpM/ntrInUJ1EWxj3QYWM7bvYKtrFzupuXlZ
+7hzWNISWjwDZIUn3/T5a5C7qPhjjWexlPzInNtZv/vH+nev19fXNyhbXvnp8/LT9b+vv/hPPZt5VWoiXEV2+hW6JQ7GWZvKgNpH
0djAenpY544irNsO/99brHHYL8rGcPEUfLbLYRhUeKDb7MWiR5Bq0ltkJlJymp31wE/D8gwd8DnSfR7uul03ncYhXQkxKbmaVJFf
0dngmoSfsMoMB3OOk9FnLrIEf5GmABA+WWBSat0zgnetb93ef4b3pMY/DqKUdqinWL1XtO0M/fZbX98hLMjAidrWTvooKuZQ2S1G
TJpWy+Q5CCtXhgnWPXILRjguZ8HIFtkQriabcem4y2hhRQ4mRSk9N59Hk2nnqmkmB3Gu8IE5ShznEubX3hs/0c3WieaJL9hdaT/j
1CbJGT9/DEd7HSg2/hMQU53eOqz06fhBIyURfSpOo/e524pxhcFqb5Vj7b4sBXnJonSoxfKupsE1UofQQS28GUKE5D4j4vxphscn
iMfPEr5iuUTpJukl8jQY3dicrA2eBh3oD7D3MDMcFzGBSf29xjVcVTThHHNEySBDa6rbqNo8cjYuZcbh5rEQptwsGrMOzTyaUYSW
ZflGe3Ydt/xFipKWBxnnjM7Wmm9WjaJMV+d1KfdcLMz78uM6xcyqKU8I7nTwdL1s0TkqSztdV2KjzysFjVWrMcsAcFxVtSqx8VQr
OLyK5oDDbAGxsOIYB9eSry/1C1xr5nKO14HedqPNC/Kucj+KCygyfMnvqpv+SdsWXkBBqe80F06XesKejXTVRdRRYbiQeHGSPbEw
AM3IZzkYSR+GtR4DwvqkT1Miq4+SoNzAot7KAPtdMLmQcR6dHLHyQsnwJmUVojAe0ZWx9MvE3O7DtttNzKzyMeXeHNd9gIQTWcNu
CRcqZqnH3O62e12BdQFpu9b10e6UGEEjS9Xh4wdcL3H1emkH4pVvgTjIHwGWh0HOKNrsQ7AKnGPhzikpdh2AHgc+TeUxVkp3YCh/
COikuZE3YGP2Az00AZfm4pypCnpGvK8xJJc+NvJQbvESMs+ir0JAEtdZdU/WTOeYuO93ZntRg1RlZemp65NbrGX9koaqt4PckB3E
lGIULZcMM/PZINO0SG6uJnjT1XUiNKFv4YyRVu4G9/vlUxlKrX3TZUyo9ze2Muy6HDJPK7rlOBeiUqXKQfk4c/gM9ir5JL2wxxUd
Lerq22+rXA+p+ZIbi88Wb+JL0oGSuZf6wZStfE6dvkSKThVdcDVdew8vX7bqglbQabOjhK9PCikHKY96phhn/WHBOBtNC8bZrTcu
J2K+xZLzk2gubeVCJqXohzoSYpPsEVKMA6/KOGAB16cvoW4MZ5ob/1k3OdIFJTfdhxHbVTTtOB8+ifBnNqGaQpehZ0xT157reEV5
eaUWgY+KjyXssR1DFVswWvWKUVTfqyS1ofKqm16QJzOgtrdYfxnDtwKMeM4p3Wk2CdhWFSVTDg73kaivUUmJF90eRYGJb/JkSppi
uhFqPHl3I7PydKESvu3TjPqiPLWsTG1RlRcFo7dp8u6a0Q11LGbon41fIRT7CEVkljC5MzFNemGIQ/Y368M3JZ8wOW9VwRqa9Mol
qwXgRdFq/ADdq+KMU4BQYgjWLe/u7e+d7onoaNgdgjEWBC8SLvXQ0XP7Fy8bBRgY34WbdjqGSZYHi7hLzPf8BjD2Yvhu+2TvQgww
C25CigpBtKWTHnizBBV5W6SXDa5BpsLqxHihjz3/+TrIrt+ve7Os27eHSAV5jgncOYvglvzZnGW9vY6UPDgFtEWJcirETXefeC7L
gtMmcJluuD8EsZGNqAS40eIL8ptrutDBkSNLQf2aJORevfSer68qZwkHXrEykWwN1kbrtswLGrvTCrN2fIU0vLJwBhcr/359hQJ7
NsdBVS5+CKSncBigXapLIvGF+FclQqpkvRNBHm3LN9Z1u0QLKG+sPxDMkvKzZgxV1+Tvejj0BrsZxwSMkqlME8IEeLxq1rNC9faQ
Al7Th4RoNjPbgoOiYADJOGWS9SZ+KUPWGyNaz27OLQpEZ7B8sxeMVE6Wulwx4UDJvOtwi5JGtwiVoHjVipSB1ei1KG1nldVOIHSJ
xcmBVZldRnGIfahqzH20V1mrq7gItntIIxaPk5k7rGEapRD91pnGypjCNk2ZD4JznHOCD4t5ORrr4fQudHDZmHXGxUj9qImrvcIC
02MRJxiP6/ykv5Z8gERCaNZl3jN5nnqeOk0chaCOU48kiXaCQwVrOenmKjRDpzrWI3EdjUve0856qMa5ozxtq7s+kjnAcNfsAmVR
Zohzw6cB5oa/cShnMD1dGmOz3bXFZ9kYBbUT0Nicqs44N53nnqwO54o4LFJJkB/EKJnf871SFDsS5XfXfgRx4vn3P7zqz7MNmHaM
ZlTiPjMRqY73aU1enyJnPfTyLrzzL+9zjBrF/zjdYFsVoCvt5YICI3xgl2EgFIJQLUQ/+iLrbre19hIn510iMkA/COn5Ig/fBdnE
52mb5eku9Up0z1euRPfAEnM6cSqXTm4hTDlDNuijgtRvrVxHpubuUVRC1VVeI0WXQo69GKRUnBMVQ8QA2tcIcDkpFOUAD132wPpL
q8Yb5HFEypXEyqoQUBVvHIKAXWpYoSB20zkQ/hPoRpMiZ5kSPcKI4HhM4CqKL6M+EJCn356NlRno7S6BjM4ySf0KmfjblL9g//+X
Rc5x/N1QD8Yypn4/yPRFNRWCjOYP4oNZuxgy6+viiQvrZtZCHy1mzWwzwoNgoaumvZ8Uk1W822yuclJeEN5rGsMms2Wjx0JbDSsq
ZVGF1eF8Lfw3ThyrfA1Z8PHdFT7NfuLsAq6wDM1OsjvtEfUaZ7/wz7adKsCLHtVvgq74UTtROB2/Cq2PjGT0RTAmVhSUEaci/q9H
ZzMAkpp6vxxkXaBw8yTNsRxfuFWYcTIhE2ZYXvZ2ct9vsRSFa2Ip6vd5NbhRS30wFM3kIiV+ad8T9lRdh1oBWJofeU7iF87oMFgV
AdQBKjrj37TAUSy70yofqMUUbVsOVpxQMVrxoDycVmNAjae1bru6QjKW6yueVFaohYc7bQN1fhRqEP1RPaKokIoqqhidfAm2MDMs
5yZ+nZflDXdB4NWsG7K6yipGl9pqTzXXnEHw2kTiUFBFTYYAI/j/1yj+7vmFYHdTTlRTMaPWzG6yshpogsnEeTi2q56TU7EIMT+s
FMyD9kl2cYkSgGh6lJE8UGnGwd4XTEPrcLLyZQS3AQeiX8x4HlyBPCvskCqvBAU/AOQOknE4FVklSnHyncoAc/O6ue0fy/vGHryw
9VBk0e6xVqXB2ZsbPhMIs0d4/ux6mlwG0+yZnDQ8K3PgRjpzt+aH+ODmQse6p8sT3cJMpUXRWUQkbe92H2gZLPLW9yiJPeVUhPV6
5cUa9kGcvpWZ/1xbcU3O+ojSv63Ob6pAsZWP1/KscxB8VJXyMOWqrEjGz7uWD6LY/gE979oD8JdtEhsRb/82TRZzvZ5thPFHOs16
5c0CEILQOMA5x1qUuCedJXym3Ar/Gd77UisIzznx78sWN4pszAGENKZLhfI6AXlxcAzLA54X+ONrWOstsFogqBwOSbEGgld4naT3
hf95JN292AzrJTH+CQOGlO+bqnv09UF2JyMAhvISOwhhx0fUufD725FjAJTv+djcUmYNkQ7EmwSUYmNwvHxRDI9cZZzoAwFHGQt+
cZ4mV5QCP/AOBztsTcRo6UCGcpPdEStr9bxxlGEI0RifLeL5dHF9jcelsDhvNDjJV9jj1c0P0Rz2/8EWCJn8rOKqNjhWYH+Yy5pF
pIGZnvG5orRdke4BSEUSO6zmeIb0ptQQMBLwLHsTzKLpPbSz1Hj+7AKZ5ZQF0J1FbK22bILcnQVyYq6t4QbHlCkDzaqnL/3OBqOe
d1c5uvXLvb59lMWmlcWegND2aAgilWdpeBVhGn3iMvDygMsU+iB/jmN6aVOCyahIqjuhPj2EC+sdFtu0a818ORhGPfbp/56td0SV
SPlicxOekS8qdv6kaNrRn21udoqdBIAb+5ja93GSNKmv6vd1HP8eSLwLTNA0gt3DDGVhuio6N+yyHtGZ0QC4BoXtxphKQ+WK11Ru
dLKjdoFw1oga0Ye0cxjFmnlXAdxtTifinsiDmFljIOq3WNpxssUVnwPb/jYZdcTCRo6dXYU28Tx0yj2yrftcHjt8u6Mu1OE8HEVX
0WhIvXQaCRf86xXyDo514+umRc8rZKqYzjFf76usHyajL37uWnypTYlF6ZTSU1ak1Za5u7/QY99yLWNCoTtz/rFtjdWTV8uWPKig
t+RHrl5U35GBGRi6F3j1Ay/RP03vi1ynd8Q5oAUK9YjQgY3iz886yFNyKSXs6SetiAPzGlcv8MLBRl27yreaw+JFi22rfvVDy69w
0si/0qSXL5wNfuAGP9gbvBX8OTWC28kQFqI7zPsLT8+iu3O77skOyzhjcs3dAnm0dAtPH9AtUwvslcmPpWNBl0Tf1n0i0JjiQ+Pe
l9vXoAF2Xz7mpC4Jcst8ZfkPpCe1k2a7eVoB5kMDqOh6px5x3FW99R61nKOhcES0lcyFuj3oTlWP6z9nZpCT3nVKJBj7Md532/R1
lEbXUezuS7yv6wu3r/RtWXhBNoXy7y9fkKgd6h6fyx+KZw+KDWvYtOBBmxbIUHu5T0VokbWxOkXAu1OadanxqwZ/6S0aOhsUpUDv
6ltSRJl9PA42s35+EIwqCBmTwmhUg5Hwocodb35XPLZ/JvKCGt/IXKHWD4R+lb4oKhq9hpsxDOLi7pbNuq2rKmljRHw/RvPqW1U8
I2gTjdVYRsO4EMtWNEudnFZa/wfyUQ8Lqrcbbp+IUj+yuk8pFr7bJJ4Y6xnD8cic6Tp0aWoWxPdSlMqYAxW8oO2stRWtqFctuvAJ
PymKO7W9ltRCWrABzmsMxybbFnamSkMJaevOEUC9En182KWGl5l2+GXGBGtDk5BmNYQUGjP2Yb7/8q2EH2pvu/bvt6fT5LZIV3w0
rKMd2GX1g9WpSHjWgHyl5de3fcgAgiNFLLF+vTe7DMfjcHwaUjTnXkyK3CbYOL56EIAGybLlqFrLB410jLFx+W6UAvK2HNL2yYPG
fh3E49tonE9O0CC2JB3egSyhXEJmZ1sHanPyDxOTOB9Izc0VPv7Npfth/I431CPGk39yw6eoRVCJIGcWCqveFcYBwRYJtWyvxG7V
te12v2gnsLj1ziEmVaJcTlT1jek0uniLjIFcMJfycP3HsV4KDvsOKQ37rF+/uZrPiOH5/rXYkwdkOREKzBITUqQm6Rp10OTzjfMv
KIhWSp5atmt9ZV6uTTrVh7JxWtbV7qpq5kfMZGJnsUwN07Twf6kd7JdpEMsBK9PArJ8OBk1CG6MZYDDNReQn/A2Y5tRx/G6KBbgW
YBEGg6XtmPObkmyrZXpxfsKsl+1D7Y37c6uoSZ/XC5uVz4fzJLnCSi6lG7XcmWrXrQEdYIKqa2+7ppdT9OUwWnSxaOW6u89tclfB
ngWDXO7OaNDUG1x50TKs6c1o0Dg35HXDMbfGw8OO7hruTCVHbGnl6NfJajRlVmlx5bEXeUPti02Pak+G5Jp9eU8+sUUdxluR4LzO
B50GEJEjj+CHXpdRChdFKXp5UjhXWQkxxNtWxHRuYeB3JN5jvD59w96+iwwLdU2x3jzuVL+t6wQZihW7IzOOBEU+wLooK+mtyQlY
lHt3HObSkfNCuNhvWaKi+NuCYjZdR3Nd3lE0p5xrX/bbdSmVS8NSpmbomjn8knBDI9jqCuspXXDJBPSLogDXRYKqBc14Om8vhdb2
2aJi9xelLZpXpG0dJ9j95yK3ydrVwDf5VUigvYiSZQUmDHUQ7hpgoXexIggsM5mTZHcxJtHOMSdd+ms3uVKvXzBNQL1otphdXEph
EN1Yw8pED7iZEhnVZaVvmauv2gnELEKWxitkTYNOiPSTtdnds9sqG3YY3uqaxXkJn8ZnHaG+zm4NtooF3Vt2vKULrsxhuSo68VjD
8FECi6TOFFem1QvSQUMJ3UrLEp/Nrme5FolkPetb7v0pUVhtqxrOd/NVoG1JdmsopsQlUaa45SBbQBYDPypzxQqh1fIVSteKkHkY
5cRPG4+dgLwryXEJSYem+nve3WqTNs9KL9tuUf0MLDukEexeDbluJthl0K88k+pG9R62TSuTp5WnysSsZyVl1dELYiSoT0W3XU9z
TkJE/T+Q7JTgw/NpAlF4a+MLw9sinenWo0IJua4/ljrXoBFOzgWnBgrZwBw/OhxPwhnGEv+JsA3n04Btb5J0JGvtPh5AlB7ukfDK
qANU4oSKPL/WKx81Xy+1kkKyllCz0EWCi1YIQNB10biFFi84M745131ES3u1G2UiEsCpkHPox9zxdKUhdh7QPxr0C4QxavZRNbDS
Am003B2ks5wGscaM4c9Oc5gSfdXyTpdlQjEgokAa7AFZdJd9h+5k+uSlVBF1nJfdavpMpXMqqlsLfVFPi/sRE+S0dhf464KPe30g
pprzabqIbx5xytyfVo9b03NZ5h3Te23eNkWWdr3J5XIT+V1Wv+DHWtt7ON0YO1OQwFr8lZQZNZoa7s6C0UXAys6LTGk7LTlX6bsm
Bmql82lRs9q4Pxq5gf3DAs1HcQcLFR9dXXWs/JiktuTxOauGiorQ5yaNtqNeVaFJ7FMujMGuF8ak69LyKl2GaN1g3SKp6DzAzwzr
fXPUoHx6O0k0xQsMIzZvnIScupVKT3q5TO6I3ruUyREjsKYYyR/E2S0MCABcUhMO8o8xbDOYz9HKN07mORVFTkNolVErS41KuhTf
jWKh2DTMeStcjyoqT0TED5wXpqxDpGVxauIe6BPomL4R3WsR5JSZhXLVCH9a1WkxmVKPRvIuWadIS7Ajjpw9K1systVe1+sfCWAW
BZBgIiVJLMyxtCiX6fjC7Cw8Phnn9MoVBX8g6lM0L1qkmbPWp7CVaf/8TYvMky7ByRi7clSlDZtdVnSQuzg7WPtBMo6u7h+MxI+I
sowHYj4FHuifpeG/FiHmMHEztw4Q1UBApAD600BAzEdCYOVjaEt8uAp8JAnfDXNObfYxucyoPlj2DAhjFFxG0yi/78/gvHAqZTRG
/xiMZ5TYHPOKvfqA32x6P0bjV32xaZRXraePQm85BxJmpPJ8LXdaD68BaXTKg+zmaQZUHPMBwwrpw4/JAv1CqFvPxyTOeWh8YVwW
8fS+B2QeK99fpcnMEzmFUzRlXUUpXA8iWF12Dww8PJ9x9mHxoxqFK5Dm5+QSc3RJHIJPBkVSQ44vaBCGCMY1mb7wfZskk9jOyArM
dJV18El6zw0cORyN0bFhr8BdWpOeORATb/PK6lKrNaRL/Zk30QBcA6RETjQJcgHrjoEPK6XjXC3xeZzgLCmVAQ3NacljzvtHGYN8
zu9H2BXiLZ8CG5F5Yn7ebYCOQyjMj7vQIS+5JpqtDLaPsHjf/b7bNmFoxXyKLJr6KvWuI2STYH/D8VoGT7wAix9nW+p8IdcUxpgF
PcFnGRfWzPoPyM2Vh/OM08GMk5jSqKThPIhaZeF6iKNP2eMZiJbg/z9Siq42/sz4jcb7W72MoY21hKcy7Yt8lxau4COnFTON+E5b
/8fmm46y6cnzVodfrvOnZ8+Upw9vtI9nSJ1QODzvVg+iyqP5sducgxFAMgRcqJ1eQVehZU9WxFBPx3BrRdMHJEDIVvYVys46IoPW
ARLOE6q16cuM1e/z0SHQlTXuFLbhNJqF/sZ//n29523Q/9bl/+Tbf8J1jt91kc7mwXRINRaACn9XHRlXz5a9vJzmFN4mN/SuXCkE
3jB8hFcz/mm28H393HQ/nonDed4lfC27BBhI9dHJT5wWl/gomc3Q42QKd8ymt0bJKsPxjngK8jQWX8A8bER5xJ0vizNgzYUS19Dz
RlSPRx8Oye3w3fYaJjHFXlGixDo73iFR5jW8B7DAAEVje8cJ4N89yI/haMGpO/iBvz2dDqPrGOi0B9Q6hSFDY5i1PfmJ6AITsrPn
ODonykzAXGFArlurI/F9l+VisUasZUBZRgTDxNlaNstsDNFfOHAAy7fvQaQGcp5m4ZgXGq5hijtMsT5GgazIMYnpaeELujy5UNFx
mlynwWwX00zjtwi0SZBN+vVJaPdpsrL0qarXy8s+1stQcNJb9XMWpDdud03RSIDiZYUcdv6q+Saj52+YhvEIFYFPh3kyf7rl/ZUW
JPyCtbclH2ZoCXe3pX9MkHs2OCIm4XxzE+9LQABOncqVVtQSVakFSk7WefqU05k+7br6RoZl7WOCyogzONSLFPnnnfR+nuMezCf3
fc6yC+PKPLtGxty/Xna9f3tvknQPrpg1vtHhGvnrRcGPPb17/hSNwo4p4BUE01iLZdkY2hyeNfQU3kW598L77FoAXqpnWBWgL7PL
wlRVflkxBZil4/u/4boJfK+RNhbL/CtmpKUJMXpw3fW/5ls8o/WONVNSZ+0wEQH4HvwZk2d4MEJFZfVQvr6fB1lWoTQ4pqZYC7Lw
hxdiHSqB7vs4wm+KFLpCAmkhV8IFOUQG0F9JISROAZ/Z0+YyLiReIntOBRukaCluY5sFpMQDy2s8snDQD+CNJWMcMVdMGjl0pkPC
fd9hYbZsQsDrxkvmekpZ+CVMB/Typ59oAgyms/Xzep9tcmWHHlpaE0plfJOSxYJm47QryIqCHSVNUsqX8mMMw6w8FyLlCsnoTehy
NjXqEmGNBXHgrkGhOYozuKngyoEPmnMnyrVY81hriFgzz8Hh6d7J4fa+mCRDApqF40y7goTPKOd/u51EsGdcdwPTxo1RW4nzD0ch
nGLXtGtOD1yaKzNw8M0ZYRvxSvPM8hYlks65hpz0wNbPGJAcKMtFVsr7hh8V78iTeOP5uqMUHzMPhXTLB7Pgdjpdd0Z7/rinU4+t
RgaeB9BVNBrLDo9XyFz5cWX4a5IDaaYqb7kIIb7sAGbHaA6ptBEHScSikfKr0sbcm/J2WYYNBVI0CZLQGFiOxTRv3TzEM8ONKxEN
cjXXF2wVadun+Ci4ykWO1lbTZgG7ZXMhmbdp7ZQJ9OxawNUg2W1MWq9ToC3LzZEiJ3avnU+QB/MLfqpdIpYEmfyhFpDMT9r7UtuO
EzGG94O6Q3XsE8npifGsNccFlLjFsEwU9EHcpKE8Rb2zGiLBeuhTENawFNQ1wC4EEs+ZYPvCOIRCtwQ9LKQsEpgj4VbDTP8yWcLX
a3JnpP3ZYjOyVkghhROmHjcnUtyJVjQL0mtkLCoyi3Vq0Ncm9+UqenpPnAJcbggeH6fUoyGEzt2irSeea3Lf1sUBRLzhi/cgBV1j
fVkW924nYVzo3Ohupep4iwzYZVnljkqIPBPfwpdpdD0B1us6RP7LNkwqthaDF7FfErBZcYnSct97g9fyZTC6QfXe8H+Gp3sHPTxO
t1F8sSAbRMa2V02g/aHbd6EyAOG5E3qMChXgaQB8boegO4JNloVgRJZVHuCHXhOiRWm4jyLjtaRn1klWbyu2XXecTYtbgHgooaPt
7Bzs7u+dFll1cdsztMEspnKjJKdEiLCJO5JzmQlKTAaQJrzwARW6siDnPXKIW9iU91E9f46Or7J7hNRhkg9Zbe0KSpIauo84O5yP
mgt5XYhzgH07OmjHQxqMbhMUPN8OhR4epmYg4AusypPkVHsU9fPoDxCJQqPWlXyuN9fWcDXjBq7Gnfq3hvXSkUgcODyQhe4lzLLg
OmypJJXWIL9DqXQFM86ikPob++/0xDCdCXNBxWsxIjxQY0vVY08O79IWymsnK5R3kv6RTiuGPaIUL1TEk7RrV2hRYG0pBzJQUmB8
T5+LwsQnDG3DCBnEXhhfR1TMO0EXLTLYsI6NjrwyECJXCPcWOSwhPkHnBhr2LRvHdZsU0dMus55+R8mqZxnni+95bexhzVWEKve4
TnSLwWwGY+PzRSxI5wr1cTy9wG1HXjdU3JeumFgWwaHzrGcID/sHjDIV6U+oyT1g0KIpeY7oqnZUUAuNuU8g/zWI8mHdXd4pbyHd
p1HsceVw2QWXMy7Xvp1QdmfiX1p4j/o+8aFd/S7h3dU07AXrWYDOFWOBW4OOXx4nneedogwFtr2S08jNtPBCD6TvlNoSEM2vkeV3
he3l/aGs9v0Ce0PVIJ6j44jsYm3WAMdv/W59ff3Fxnfr33nDnXd7uxfDi9Pt4T8v3m0PLw6PTi9O3h/2VKPn35uN/uv93vu93U2u
VHcLW4UChGOy+0GWnxCRotnd8ZjA9ltfwUj0ipf4BNOstWQ8CswKqXyw8G9D7XpBRrjgMdNMGJDy4mvT0Cpl/fc/OiunS6Ekl2kY
3LSp38taQcNk9eolnzDcQe7H8p1ZmPV5pf7t528ekx2TNWon921Vr/kie0Rf9ZUUrQ06klp20p6vo9zNzRK1nB+5OMvNsv9PzswP
f9E3jiqTfAmysrNgV1fVEivFJWWyzuQB6WCVMxjlAmWGTvVVOOY3TcRyXNboUOiwPVmzpD8dya/JeksFg1X0tdWyTvD7mA2Oov4T
InnPm0Y3oeGKBGeVDY/ygAcerhKXuMmqV6n39gRgWJjCAgOZlyV9J+7u8Iz/KOS14EoJYeswZ3V0gB1z6yUVrlltB8VBh/WMnezk
tiiwWXIoQ5IcTq9wt/TCK6y06WmClajfB7t+myymSNF1mfd51SmszudpER/NM19ZPR7gp/BgRTfwt3kyStj2v2FpINYuJZe66o2W
r/GgXOTAniWL/GLGisUf1vGfVZTutQvPMLwWZgS35DyJs7C8zNe4z6i17lFjaUSw3ST43oUwb4BD5Uoj88l9Fo2CKZbwYHN6Ufxj
FKTpPR2vHL0aUAO7YHd3zx/M6RRf93egUYSZFOz1O9yrfeXJT/0GMa0yll+pBuI8GseA2Zlgp3ff7Rx7wu2dChoLFVs0DuH9FYCB
1jYJlugmludUryQWgBrx2HBscm8GZ0MfZEiN96MZstJCSNNP0HdwsHkt4siJdeARJDqLZNSRXasOgDxugy8Rn0Sm4c7DuILcoa21
+2CBoXFpccK5ACSGODXIgim2358Kc3jWY5/BgF4rt5z+XHzeOm+Urh1iHFGBRpajWELkuOwFvzrD+iXTFKqrDgmDAr/JosLSoI7E
JA8KBZKA0GOsrMRSA+V08tQlhYlUkcynQYz56IRxp0cpbsjAmsEV6yFn2ZN6DUQPfFAcvlvUAaP6C009fAOix0d9krYTGuoRTllL
pBenGjoV3W25M2bgOlZJ+1aX7RqrCWjE9hggzUvP9GPTtjYN7YkW+TrKUaUGDzs15iDan/JHMh2EcgkwX19F4XRc1ylusaNGQnJT
y37zGlZUy4siebgSPEU4Yd+cMewF+5+gpbzDTgFYHQw9cV1aaZqpxfRrP2eVFD7u+dZhBNuWHpZeTmfu0dFahc4SCLDrhuBZfSO4
A5svcvH1XowiONWapubYDIc5EzrJbiiFyFDJkA6TiL73HRGWbtSrUn13hCyjWeYdfZZ1mfW7osLjcRqsz6xJpF/GOUYnoJI+Yh+t
BC0ADmONfb4WbeeK8y/PakSyBaI7yBdyimWFqLO3ugNgX0X1CVJLcvJ1VFrXb02+YIQJJQCcRQ/sxqKO4jrEgeo8hU1bz6YqDtvj
OM2euJ574ppDI8RsHiAFFlfblrQSCPuA5m9leNOmJJuzYO6jhwNdokKZoIWv4qlJkdHNaFDaGykdFmx/lccnkR4uZxBUV4lwMYPG
KoE3j6dsarYgDEzRGENPtEctYk3q/Iy6rto2dVyAULfUc79WRxr+sx6vJao1sa1lt0WSOVdzXGwn7QqFAaoKGgoBCT8k3CLDhR87
0ryUrMDSfZjE39Z2hdmaexW/t2wZaz2fKkJB2/Ut+M+PsmO2csCjb79tyzWUK+MaOCi6PYvOmy3WyZw5jgj+tdFVHAgV+UOlBEWw
6MVyUw6l6DoRoUpGqxEUytWKYihOgvg69AXbXLCxtVhceHbVYX3j2ZmGV3jnFBoDppuKgRU2qsq4rrFksrJxdHWl89mOonJteW0K
ncK5kjoX+lb1GfCo3dUxvXcay2tNN6Fjg7g24KzjYML6BkzNOgUdoy3p5ySK/c6WhzZrnMdpso1BcH7X5RFsVFrmM0L40xbTV/Ai
0VciouaECNsoarcSswEWwkfScGdlStfo0FpdjNTR1xNgvLOL5CQ4zBrOAPWKzG7IObFN1rENaLZ9k6RSlf6RI8nFp93CMmnDkBOh
xsevaLFAe3uSeDmkzkZTeMM123LbcWk6FS44foM2nybsVBNKbwyrL7XVm4c7UZikOM/a9V5FwF1M71ulXCiZAN3+fC0Ng59r+EhS
Hk4T4I1lCBahA+sxUcVJjkWcBDlPPN1i4U0ouFWESpWMQYERBaYxlxjeRjah5Ir7JpMHesltloePMi+MoE0KzCyMQ8WmKfHI1SLj
ggJpWNW8kFheQu5WsZKI/tqJfgRNp+zJaj2SwfNlR3Zlz7GqRktavR/FLLBWUMkiKePxOdBd15p9j0qzcozJO9i7/QR3Vf6BKzsM
b/Hv8i3F5SFDigiW7fvbo38tIrgp2aCxMhttMaqqJbS/GdrYRavURLOANt4jcn/aK23ts/jcQOEM42D9hVC6AsK7OezD2NDX6kdQ
9+BpvCrEGixys5XAiUhuxA1EPIUcJ5wtyC9lgXH5J6gLpkFnaopevULm6FkZ/3ZaVm5Dsq4uuXBUS1vRxRieIwMqYocWM1DRthai
gSETeGveBooKr1hkWFvrriKdriIXVFk1yac1VOKwR40Z48IGwZjuwDEGMPl8oXsokblxIiDwE/2A74utqCvvKXop+ADZ7W54FcDq
30NnFKXW470+64yDPOicV6Pc2BPAvWKhe+4opUhFkPL1eLRup8WE0WuMHmisNy6C8YaYfqke2yTNmEA1H448YfAVpdboovdu3abV
nLNFIWLTTFxucxqqLDRUsc5UoH1dtjvnd4YjJKKXiVsLxeZ1z5SL7XmzpENdaxtmCrmLOiH38zePL9yuIthWLw7pOmK2s4hD1jus
7Bsi0stFmcSuy3u4OIA5RaxHx/LkljIAaAUl0OAvfPco+2zf5bHNB1g/i+I0JXOV/C1q0gbCZKzBYlq+Kut7ylEyJyW9SOvJS2Un
KepUvuB0NCDnis7E84rLlEpOKfqdjOILwblbOtffEkT1EcSLVkOE8XgOgnjuGEO9rgwi37RbCG7lPBiFrqWo99XFyFcdW8Zt6qOg
eNFYJ9g1HrISV0gdjLSgor+VH5fsm9AtBZmRp/1U2pMo8WSEnBP0iIla5qT6sH+MK4OXnF9MHEC80vAsdPi64H68z/C/OmU+hoqt
Ie/GTle+Fp/X5dAOLRRJU7mLo4imAmiVZCIDpDg2hgSWLdJltGSpCXqj4DSko/g7SuFQksgScb8o9wUgbGU3EUh4Y7vO/jV0wVF2
Tu+bR9OMu0MG7RGPX6R0dkbLw7aLe9CCEAnlldA5W/437DaA3xTheU8Hx2umS9Q4HEUZbyymeBlHWbqYU8IGFPkNbyDyPJgvYI+u
FvGI84fiODt/8b7nkDh/lI2EaP4rYGhym3nHyW2YDoE1n3rf9zfIIsSZ6XKKOFpcT/CGWMME/7AUCjKlvqjnQTxfYCyVqIAUxnDy
wky6AEqbAEj3qlhPxq5VmEZjztWGZp7PqaiLFK49T9RP7vEgevFpEMdRvf9pdzKCu2BwvHxxdk7//eHsHEH0SZlT4dxq5cflLy4g
/rnnvYWjeRvcZzQGVryHvQjR9QP/pvxsPa9Uir7nlYrNf2aY/xwsA47aHBZpwIDFKmCLY1wuoikH9s8AZPG9yUjSA0QfvHhnlwgr
3HB4SoVTeuxahqTwFlUcS20LJ0Emg7BwHF+Axpw7fV+aPp1n6pP1PJeYiAk1thkVHMUlLOL5dIGZgdGTr0ubfijivUj1kicLCigS
c9kUjmjo9ynSDpFlUG6/EZcknW64NBZ9BQj7jboUPC5YJSb9DZMRM7fOaIopSqRe/huT2qCfnrbngGf7F8cne28G/31xdDJ4OzgE
UE/H4VV/AgT1iHRK64iGMWAeppn6FTbunzHmXngOWAFA9b7rgRC6gJVsjzH/SZRRpQnvRZWRgUOc5aQ54sFFr4b/qKstDfXS+665
pW0yL70XW8ZlUt50/2D45vQCnopU6JQXiHLCABiOGbzreFx4TADEbjILonh7gcbhHP0ZYdOe161ZjsUfwpSeb7lYPUQSok0qr538
+JDqkb3EPHc8K7w/xaw6eHc+puvpZqGrXMKHHGeCrQ62d/Rx/CD29u64sqpUgWZ0L/EnshcZ74a/sT/2mYbjBLQ1E6XU6LihAjWQ
PSWpPlYeBjOS2ZDKFavoeVlSOd3QHXFGriRU7b1m+TZUlcwe6nRWTihY07apmijdtYM8nGkF1lbRcCACJo1OQZSXRuc3MWe4/zbM
qZquuJBa1BzVRx4V8tnRlZo8p+aVPevVJl3WsZE1B+LxFA6XP2pK1t6iquEpCHwcL294JeMN9BtLor/RLQPcQcheH6iJz7MCKTeN
24gdqwDLA32UkaI3GDJKSaiAJG8rR2nBiAp+qIuXRQ+XH7FzJfpZ9zDoQPlb9z02xHJw5DdGlD4K0uypmU5xKZqnJnVA1yEMjldg
cIk+u3AQYVpLTAEEy0pU+jaRPdvktfr6aEecbiDIdTdsAEQRxAY3HxroUEERxOalKpIHcMYBBRi6j2mRdPPrownPWbqzkdnn4Aqi
oZekWVY3MEZeTJKpdDsnTbAxcbW5OEE1cTq6KMELr6AQbUq/wUX4mzcL7tHNSnmai4hfHqXM5LloERkKpOu0rnuVmljlRm06YwON
ryVH0qo+i7IMP2s2rNdQGqmAWYHOXLamM5e6JNtCbToLRkKURapxWaYaW7XTCgwiRLCF/lwlKld1TBXAVp4GcoKHhaeBd8Z56kb4
45xOgPVKdjmpKgC1MJcY+xGRz4Z/2QQg0S5octe4DeI8a+mvQXECcc7wiLhQk86GIWy0HDqyaeBouuKu0ExpTzqBhe52um0DBn4N
MmRHYQkUtfguyJjz5DUhYwJcWcG2UqMnRavA3upByyjofvvpcwdGeLgNYYN6hBU65cKxpYeOLdy37tlSew0XRIyPcslNRk6r6M+q
spLNCsW/607/Fe8jdL6hIsSAUWguB7wyyHyGtCCnZPWX98jrbioh/hO5A/U8toJELHsDTKRu2kwGcUUF2uGa/sx8MH3siWIwoUgk
AbQfLqyM7ipgkMckp15LOdwbx9lFJqVw+kFieOlqH4lTQekmeJiCmvg0T0FaiaGJkxKxiUjtALCB1ZJ8PYPF9JU6wExxMfZ2DzH2
iialXZHXiUiHT0jpJ7B2vI5RDdHjFymJZgABTTaj+xK/WP7QRcZDHwvNNKbmB1gQjM8nyeReY72UnFGwB3QvT8NrwDDYzhA4gdEE
DQrGZb+PobhDGaADH2mhGCJXDOn7+P5/lJu+WeoQjnQ6FyAlEckNEG6peMCHyiN4ErLHF0jMKf//j10wgP+ojANtCFHhXfgLU+aI
U9rpeRZGQrpkEQWqeU/3ffdPyElULeClm6f6ibR0EU17WfAIeKcaStFOt551OTt/5dE5rzIv8MrGvlBr2p1yzQFF02Gf6P4a0llH
DqFrPgkiqra7ZUtfsq1IqczEBlyhqeeQwhPpMwX6s6qTqa4QzCSd7DezYNiRxne1xVQ3LPAG65CqlTIElAcy3wT6FD63YmHcI8tb
U21CgonEfHmL0TRwR7qO94F8b51JzYqLO1oOXejO1ajVN3K8hwxHXIBOFQiQUktPcFbHqfyqGf+IF0BZPU4KtYSS0BXKSbZjBXRz
c/xfjnlyOjbsq45rQUTL5NrhZKkwCUxnjtchTbXtusiNSPDAwpdifrZx3vPmZ8/PpRO50O2gPfAoHaMn2eA6pss2C7urRo2Vbps5
FXCvsrb6LBBdHxYUZg/ewhnUGXx1M4is20ARUz0uk2NVZNNWICfLOhOliJKMP/Ki+kBS0YLWy3QcppvepyIWsOcZPD8HlH7uc6hf
JJIM0Cy5PakAYY+gNXGDl/cGR4tVEflbknJ9YlwD0W2XEtcLjZxIwq0F8BWZrjVz0hyIGFkXs8Vo8mCeU49AruM7AaJfzHXOubjr
Q5hOQ/OgLt1jYTNbQbdVlwAH8cAMZimgoK+/ZXQ2i2MvJW3ojs9EUMl5Ez+kfcGFM7eaGTLDbwA+BOmz4/BZFBPD/GKKzWxNhAHk
RDmEd1YRGlA6L6WY60277ImHlZxsz7BeauecFA4A685jMK3kNnMm0k+er8qSP3ylJnWSJzVOvBZ86sprRBdY5IfRGbZbrHarXhzS
MIzg3o6TNxSnphzUbUI14g7RklQ8KpjntnsChPR1AnSTCToWZ8nIZoGaf7ZybCpDOqbupEwyuB2cNE8EVMBd33fexGXiUhTzpGU2
yJz4T6UHRCK7rIj/YKtt+Yk/p8LHyLkgY4JuF4hk3bYJCUpAV4xxWwAbdJaS9Lz0ymyyfRnlEm3XSE0rHPiKjAquRsEfp9Pzrlvt
QbusC9vwH98oPVjZS0pAsAuHO4oDWTQoImriXWt14Dc7VCl5c/PZOtVKXu/T/z1b7zT1fQiM6LuEi3BduxuTq4m3xtVohsgVMJ0Z
s1uoh5Ur4TBsU/kaes9aLSxHmeVhnNOzPlvnmDmoG0tpuq6BCUPflp4MdYpSqaQkO+RcDWAq7Lagfd0A2kTXiFEjFaEw3y2DOMom
8uxSbWV2yOs7uyxTa4DrLeaTIKeQjpWjo8ug+/BMB5bzpguEK9A0UTNxKdJVkYrzloAu9QFEw8LR+ib+3xX8s0mEbhROqFKqcjli
PTYeRtdYqJXFGqlVvaU3C9PrED0xUGUdzKIp3NBdGCeSaXbJf5J2aBZwJsOZwKV+MzWRC3zpVWXkrW9+jwNMoQI8kGn14JPHc1Ck
l8vgiebK8IDBOMLdnr86CbMwt31KMUwOclTBTizqDmDYARDHZm+r4Wp7rBQ6gEfLWFMPepW4RdjahvNwhNnfhCriXNfIlrUUWw8A
4e8ANaVUaC3HIw2k+BbixRq0H1s1WXHIlmW6ja16c3LGvDWbY5sUMAGPQWbdJMcPjC7tcbbzAH6Qo1qRtFIUvc/ak9/2zLLNnS7K
aHKX95KsddrTaWM3H2xIrgfuY4kGUptWdQW6D/OHrhnR50dvHVlt/PPVS9OHsM8ewF9vyYv4htxGZXC20h1y3qR89WWuOPXH4wPL
GMQRRxpwz2A951vtmRTXEX18hsWqhcP5OGOalLVaxriznYF9M3Uupe9tKw9kaRFG/y1qn1xdUQfTJAul+7Po2Ky1qlLok9ThC38v
tLRu/PCf/effv+jf9e+9HPiOWER6U//IgyZxV+Rqwv6lw5NmY3eGVlGYhimAtdJi9Ur6l15JXO4JubynK3ZcejNo+hOtozBq6XaT
rWpjzmFoEDd7Y3L6yHTXGvkzuW3SYn3JseHjIoD6BllJPizs/eJqT2vAZgSMl0DDQKTaFf73JFbtxfy3xWriOFqD44FmSuVDJS1V
7lP12QpGiixtgJoSg3WEoIR5e+xKonkBdVexEMjdDsnvu3DkF9eY7ljfRkB+HAavyNanc3QhLbDOxG7dMVsSQLVluqF1Febu8zdN
6o3WqmOp1rXVnhdeXfjfH1pUm2+HJVek6sBpGv5ZZfA2uFr9MfO/5Pm3RHBZxIbXtDIqNZ2PJ+b5QNaopFUSI3f/qKMjxq/7QI/f
om+qKxYvW584oSP5XY6byU2swT8U3SLr9WjhcCL6DZtUzIAhJRwFvPoNFRu/FaY+NBz8NgtGv7EuQyqjvXRBkTtBOXpFOrkVkSj6
UHqYjNneEqTS935N0FgH7LrhPUh8DuYEKulVaiK7tdNT6NbZ4Dal6LdCad8mgjSORtYg7hqXLRxmJUetu9aOWnd6/AisQEgefLNj
4SDT5i2P/F3ZQ6twc2q0gzecXpyVCmS5qwSyCK74zvWpPHCDuX/X1d2OOOxId2mA3ngz7lqFo0DbNrXbROImdkLWNyWaN6X3F1OP
5prbzUsjAM88sKQmZLfNrOL6Se6XbRw7i7KTSuiFA499G56lStQYJ1uaujGcSTt7hnZRYOyR/ae4XtEGR3nqPl8Er8F8+cPuPRCx
aLQazArHbYIaXY09d6xhF3G67hty9q7zeZDWGoo0iua/MRFC+5bpCyvMWJL4jEOsRHrJXsu/AaP6G6o9Q2nKxuA7OPxGytoYY5Te
Mod8wop3oWjWLQySrKnoRGoJo5OGmFwTYHtuo5GwDoCoZYZaFhp4jNhX33SlYwPrmp3bZ3BrypRk7qEpecHiWwXFYHGRB7B+1+wh
wHsRjkW186w4WW+Vva1L/t/dNkXdniheBKclLVz4N13W1+0i2rB9HXLp51fgV+H40qtBNcKowhJBhEE3PbTbPk3n/wduYNa0gcU0
V9vCARp7JUj8zNzB7At3sA6u2mKM50vMvp79rsDVI2IIUMUVSksprZKIMeDOS++JTpLxyxabxutptRdZyS4LZBlDDB5xQ+BIlYxx
Gz1vc/M5UcHNze9Yz3sbTqdrrPvEuhlr0wQ5TKB6yXRpNdnx2cIr04yFiClmcqR22vPHaXCVr0VhfrUWASzXxnG2No6yUYIBq1yF
Fsm28AkW94W6ghvuSxOVxR403JVZnwpdZr8ClfA7JeB0WjFvLkhLWeTZlKUbuZwZyXIY3VEARnESPdOKiVHi6PLbjlYJj+12zMJj
kKWvI5Ijgbv6PXVO6nw5VRXo3vUM9f66B65FfsVE9fuYL0TVqfTt6clanGLh7I2T67Zmsgs+rnxbyS0jpSbreRNq6UKQlhtD/bW6
bBp2RcymIMY2w7QVUqUMlg03kLacV2optdCqPUJGd+VzpL9cIR5JXutieJXeaCWBN2wt8Ia6+KcOQ/i4t78+tYEpBQrFQxtNAaUN
IuMBf4PJuOYNxWLEROFTkR2qXcEa91LEhpFIrc1trNDmJrxvuHfGum1D89XDL72fsKwplqMpJ7+sgS7pXhh7Cj1MwySm9RmzWnJy
khcVUCGG5zEvnWI50Jh6V+ehytdxs0qCORtfZz1/JtTctCyxHplEq1PyuKdH1VJPW8FZ9M7Qktqsn7wOGqPoobWgint4st4h/W4z
OMLHHBk5WXpAqsikKfVf0QE6VLDDb9OewHUGLFoWjp15jmH63z3vn6b3x9jOl57ENBAnquAO8PyhI8xPXf5tTUFrq+8sxoGzjNqV
PhUN+O45r0TP5468wTQaA/OYG6ndTYjI1kfQ2dU0ua1p2h5/JPvSahtxzyOhrxeLsNLVMoJFXEJrRRQj9oWUnCsjuMAqJKU+oRc9
Xp2QMcNlEUdbkbNRMr+3kTPRhQk7bNzHAX1dwgjTWvlCWzh+vwLdoEC+FRYmWVAjXQIw9fyVNb1Bw86qG84q7Ytp1m55WfhYriZe
m0r7pVhLa/X84/GkRtwi24mCzCjDXOZKeoUuWZwNUk+zaQelbFFr2ykl1lj+OP2UwcY8oCrzfMoZ4sa4FHe76n3NHz6pXNj0vAxo
OcpqRQfrywFSLnvq+IxqAGpUyywH6PBDipyOSGQ6pHSR0nYoa1SZFsP2e0VBj3qQluGm0zMizXUTnPpbxg1KszXn+2ipaquNQFt1
U4qYMqzch39V3nMEGfaMIYjltyo4ipdbec9RWS9x+ZV3DVXRoEWRmJv+qrynIDV2+LGS53EbulgDUDbEx2IvH7AjDyrPKQz8ZrCX
A8RiofjJF65VGPW10rC9ppX1vJpTIH6IANUHgG51uJ1x8VoEFf5ReUsZqAmbDHCJt7UHIag9CMGZLBjLVenwT/s+ba2QvlgqeDPM
oie0lpdpNL5GI2gWBrOsT+mI+94eEtZZiJluOfscQCqIrie5iDaO8wQHkR36V5SVWOa+iVJve2efiwbxHYcrHHuzRY4EDB9guSRv
KCpipt7O0YG3fTzgmpfQSky7P6Yk95htk0KLZLLlIOXknGiRRRsR0Pt3y8Mwf02L6Y8yFaAcoio7vAtHaPPj3MoHSZx4wTUyLZhQ
+ybkPMzjZJQ9Y2iskWYaeIWsPxsLdXg+ATiQK3QwSwTdJ5cOSjkIPeJQcqSHJcoV0HwnC81/qlQQxS3iTNOAElMaf0vFf/Pc+/Ns
Aws2wcM1qo6do4cicyKY4R1tuq7gbBx5SGPQv/03i3ikzkgdGyOPGB9ycVDn2S8Yi+U+q8VwkqSpJ+WTmPV3uLR09Rhm/XcjyTwc
BhjEBb+351G1CypUJFoKWNMjy2BTrqaELYf3WR7O6Em1oSi2BE3R3Xp8gAhOxXN2KNl+uTkVCRP9AmeKP9UZqHZ+AIcwisNDjsHe
i5dRmsRo2dfflD86yl4ja1L64Ggo9qIv/0utyh8fyy2Dz9X2WemOM1eCgYWcjwrjKZgAcdiGyo0p8sLDCYudOMlHeps/PFnEj4WU
6gkOXjBSNBqK0g0SFO4gT81nhOVRCpzvwiYBA869a91W6bVOD5gQ6GgMcveA/yrRBAUmmvhevJhhkYHQ1wpoqGUBmNN7jQuHDvvF
F9yU22wZd70xxH9hA7N7rORLRdhqxuHPuH3UZhw+Oo6B6A9xOwyKgWUa2NLYoqticP1L+YltKuSHf5CMo6uGFQsUxnFxQPFJMaB8
7xxEVAy0DSI7FU1kp3WwexdnVEFcyghhPkmKyc4DTFVfnbkGMdmB/JI/0VfhQlqNTiLO8uGgn3bEVUX5RF28TxTaqyYjX4uyeVyD
zApBrpCHTPUsmsJlzZX8cF2nExSfRQk942VpIUC33k6Ty2D6wWSb+nxwe6KcjsgiDiI9sjfXaRCTOXv4P8PTvQOytW+PZ1EcIbOU
J5jfBbVnImxtU44UMB8kUgDIni/viUKKvqioiEgdjKnvb2HmoooipuIK9GGAzibzUGT5K9ER/U4iSiKKu5W3RDD1Kt07fcTz3LKX
a5wQR1t5Zw7pLDNCLYbAK6VRfo9+qeJSNJ5XbsRwhNr47dEozLITuDN99UnpmexhIHNXp74qFzCMxlguo7+P3g+MtEMiDaio6HF3
J8jqAsMAj3Z493oeDyF+Ug/b02ly2/1dJ4m3NOCYiVaPOV3aS4GD5htGUm1bfFmaUBwV+1npsMpddIlkduRQJhrXfFHMUtBsXRtO
nJ2JVzYaSGuRJS2RHmBGbZjMgVP1IfjqeRouo2SReexj4o0jcdRxJSmVQYRzziwM0TdUzy1SjJW87VsMBqLMJkGwj3VNj+LQLyaz
ZS+su30ZUKkuXqZhFhAd2pSUAkYTQ8B0UEpV0bHGwCPLQPLkxRe8/5WJi2lZCk3y17tRNk+ogmQLpkfnyIsLhH5WpSFGEvbFveJN
891kGEkaekYAIY3yAGOKk6urHpVAS0ttuxV3J6DEmPo+YZfSJXRxFYWcXIs7oAHhPhAJETlHPxDqvuOOfsOOTNrJayqVFmFSYqyq
hKXNL4Gj9HXe/m2Yc5dUd0l/Q0HuwZTf4rcguW5jveoROVPCFRug27h5jsvpm6tkysvupRDzYELbOAZccSuM0UAnq/rpJ7tAJEbQ
6l5WrgUot3OtFHtWb+pkXZQYwnLRVd7Z0nziXTIM8+LeOE6TnGM4fK4CSEfP/eURIqgPoHQ0qV5UeN54r7QXGeZ/Lt7YrptBcbje
TINr5fKIHlP0xvt3tQ1XDxOPsaZNMg+uCTX5/WGCwlPLm2zFNQFQ/m+sqUBUJnrqN2Js+X6tmq2qSBiMUJFSdPtWYpiYDp2Emmx3
l0GbBHd8WvP7k1AkxhLU8iWOj2Mybuaw9uTKr55xW+gw9/DkJRGHv/3NU78BQfE8wsw4HT2/gFsaXfvoR9fmi/AEp7KdhgVaZOKE
hWOjP/3qINNctQyqskbZsM1LUUUpFq6NJk6x+LcbFG3oUtqvIBUa8B2YhuBL+9VNYmDWvEViooMmoP5ZGKJ7kmBu+bjBb4YyaQdj
LS9Ow5qx/t2tpofZwwqyfufd3v7x3snFzvbOu72L94fD7Td76LSqMQqU3g+uVMzsN1tQgslpwpmKS3wDFVWERzmn7nQzGH6Jt4Bb
9RJYR3tlAlxlYWjHaWx5XKpUZ2eSVAalEKsBDAbWvaycTEcy07SOFyTOQ9x6mmZAu9EQh+W9yK/+/W+vcmPSG6dio0ytSiO5yVq1
W6wghqcKK3l5WGvyV0wu9m/Wi2yyNhxhxrV6LpFFZ9YQxWgQj6kW5UiZPDiJcFEv6EXXxarhWORXo0/ewawtKMkDH/88xeJgV4JM
Fo98VqfggwMYuX8Ecjv/5GPaxwF7xWL7arFw1RRPeeElqiDG54FOGCCpZKG0h/4VV0d9f/rmH3sxAABt4sxHNNIZgR4pzes02YvH
vhMfHWhBqzkMb32bTipHDSkgB+EftQRiRRvAzfC9e/ZbbrmH9l/FDoDsNip0vuMimZ4aW30hmmptJEvp1houVxmJm1eHaasxlOeJ
OhOv1AkyVVynVbvb8/66tL0B6ojHfYw4ikYYqDdlfQ8VnkQTUpxFl9DgVtj94L8Xi/mYRLFFRlJRX462g/UGsQjLpne6PfznxfbO
6eDo8GLvv/d2sIAhPTs9Gbx9C9T69dHRqfcP8XDnZG/7dO/i6OTi/fEu/OX9IF7sH72FDoYv3nvPe2pN2ou9k18GO3sw0M7R+8NT
73vx2cn7w/29X/b2L94N3r7bG556GxZVWdkagxLoz8ml+u1QmFUdh6XTqZlpRfNYRRYA72G/2x/Ey+QmPCAzq6hn/xogi3VoiFeE
lsg/hml+L1MbJVb0sySRGbrmotxJ2CkL3VxXmNLQPqXC0RhDRdh773PtJMUkeDzXTCl7dVZ0jWb2B8JSvme1tpo59dhinkJodxF/
0SpbonxHqSSRMRBX24AOAlATYr/ElN+kyQwgeT3Y9TvlgyeKvFcKJTOsYBDgI0SKpo7djdBoqhQEyH98+NBZxRdezOj/zMKhTQs1
GFfm9m3uJYAQCwoa7zGfFGTMzMufORbRbgUNBbotW5txeEUuuNrK4FZEGgRAWLd/o4odcqgEdAFfDcXDqt4G2Bbxrsdpi5Dxp7C4
wdVR/DrIAQYRZdSwqRFK3w/zZD64egts7PXK3+6RVwRcamjQ2Y+AoaZisafP33XsCwVcjEfRnEryFis9lk9tS1WfQMOTRbwPrOAU
RtloaPo+A2keq77LfUZn5+Haxtr3axv/QKdnoZaU4gxi8c4iBYkmB6JzWE2FXB5gP7mGdQPem2N8D10/t4i4Ar+AxgnUKJZ/mkbX
1xQIjKeADhj0+Y+KXCVgGIzyAsGKXrY5BYjZybplEfA9whxYCWjgVD7yghTzDl8IgBXVtT98WG701z98mOOTDJ/0w7tqSZ1izG15
BDn9C/9tRxQhLL1sTfA0csLfIroIeoCHbze8AsEOQaQSzRDcfihhCImCHRFCIO+Tmv11kaJF7Jf4BDE78R957/CqBHmgpoznncrl
Sx77n63sI34+iK8S05RflwpOfRHhv1iYkM8chA1lri2LUYRMmmqj3OtyWEdOARPCHL9m5bUtbAInWdHzwDMhsEoLSvU9Btiij005
xAOPDc6b6B8elWr2O/h6P8jyE3IBru8C2+FKuW2lL0xyAjuKeUSw1Q5mOh1x9WtWipA6wttYuwwwegVjwjwfGfQ1LlWNfPxIfZTB
XoVUNicUjh5J2u3bNizlMYu9EdN9i+DmCzyz0AiRCr2yWNEd3dQwawwCFVmOeSvia6Ahx9HYASvxuYuz6+CyO818sppF6XRswNHA
G4lnMdjtVOO5dGRqOr+mLFY6whqOczsNzQmehcvm/wN7dK3FF+EBAA==
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
