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
H4sIAAAAAAACA+y9a3fbNrYw/L2/glVnjcmprDhu2pmRk3Q5ttO4jS9jOe1zXjfLi5Zoi7VEakhKtk8m//3ZFwAESICknLTTZ623
Z05rkSCwAWzsG/ZlmcfJjTd6yItovvPFUvs1OFsmRTyPBodJEWXpYhRlq3gc5ZVWe+lsFo2LOE0a3gx+iJIoi8eVFj/M0qtwFv9v
iI0q7w5PquBE16K7yotRNF5mcfEw2MseFkV6k4WL6UOlzXl0X1Qe/RJdDUbjLF4U0EMWu+BQve+OYfL5XpoUWTpzNTrN4mQcL8Jq
g/NpFoUTeLDzxRdPnnjThwWs5iCJirs0u/Xe7B1702gGzwbe3lfet16azB6G3i9xMknvcu80vYuyETSYed8OnnrjdL6IZ1HuxYV3
FxdTb5yPvWKapcubqbc7mWyeQ+8DHGYvTNIkHoczL0+X2Tja8a6yeHITDRb5Uy+aX0WTHD6MvDycR14BS+TFiRd6CPgs2vz3Mi2i
CQCWRZt5keFs/BCa5YU3nkbjW/r2wQtvsigKaLxRfJOExTID2K5h89M7gnVZRGKigwlMIcy9eTzO0jy9Lp5Mx3k+jefedJw8+d/8
IQdYZ5d3PO/BTerhb5zoELs/O3j9w7vDfS+e9L3TvV9G52deHhUFAJY/+fcyyh76XroscDUv/+ZNw2Qyi/jJKbUFsJaz4kmUZWl2
Fo3TbOL5e+l5mN8eRXOYwBcJLEO+CMeR9wb35+djhvqLD1948A8AsJvQVqWZ9+Z4RLDBEoSFdx3CfkyG8CTL4ojX9M3Zwejd23MP
wKDfNCzAQOPSWmMfWQTLlUSTAQ2xWF7N4rE3noV57r0ZJwf342iBOOkNPfU3tWSQ6JssXoVF5CF+Idp4YqtSmIHA57amDBRgpmrI
cOgQ+NVu+4ArhTflRe2bXQWqJ/xn6F2FeeSrL72vvZ5YMsZfuVRb9z14J7ocnKcj6tPv/Z9/9ALva6NP8Y/PTQaH+fFyNjvJDuaL
4sEXQHjfe70ejN6D/0G/4mkJ2wejx2Ia54MSxhe2BVTtxDa+UEunt3hzRhOAt2Iq5euPtTUW63aiBv7g3UQF/JsxQ4PC++j+/EDD
6UoHAsKmrwXASCOrX/d4T0SLyp5wp9q8YuQUCZKbAmCWiHwMf6+io6iYppPcgb1jYBKFgmeM69+r046ehqMX+7PZ4XyRZoUP7fve
3jTMRhGuuvhr8A5IXzoBEnBwH46L0QLoJ/b+wiuyZRS8ry8GwQyLAHMg5Eb8T5Zz3IBI0IJcngON3gB/PC0yT8CZGw81YhPs/MGw
78E5V4DDobj2fljGE6KeYhKSetrm8aeZBhyNxDqJPzHMR+kkvn6QUFeBbFr9/ybU/0KcFkCfZkh5CuBmLvDrJ2ChvvnTTGk/mkWO
M7A2hJ9yFGdpHtnRIfjv0bSDZLJI4WEDUYtkkz8ZVZOg15CzM5mTM/tT0Tk1LSem/tmgZkpX3Y4SzD81rZNg14ldbQL/D1G7diT6
Q8idCyf+iwTvWCp4TWKcavNnE+QkYGuIcvmfS4qzz+DPCbAQ4RTIGoR/bvlNQmyR4PL/J4W3Vqz5g8S3OiropOzJEzLorJ4CoSuy
B49o3Y63zKMJmfO86zTzfjg4957ckNUzf7KKshwU+4EN4t5qLtRf0nt/nxU+Hu2Fs5kkhXNS0BWGLMJiqpl1AGFyU+rIYDVAa4/E
kgsTACzD+TRO+jQe7B/o/3dZuADUyodeBFN+YLsZIBuiI0Cek4lsjEuc73iTdAzEGgRO7EBaqHLDPGYYF2B3KiYFNK+yVXEj9ybR
dYi2GMJ3z3+T5sUerysdFrY/jcbTaB7+zNvhbQ+2+t7rWXiTe8dpgpbNykoatop9HoB7e+H1PvzaM7r7tTeER0fhb2kGf2734e84
ob+3PsIPGod+6LYN0yqCewXU6DgtXqfLBK1Oy4QMsNHE95Ghbt3/Y2vr7/C/g2CnoQ8gCOMOnbyuYPWPo5NjL8wy2I30mkyZh/s5
/sm7mV79Fo0L/H0bQ79KEJfsHq2liqcOHFgpzViSUUucxC5NmuUy3wmknMU5nhH+Nfj/oizdsTXLonFTK7Zsms+U/RN3WRcq0D52
HhezyEdoA7Ru5r2KzTB7MH5/qNky42uPPvdeQO9iDXuB9wHAgPEMC9rAapbSCDquAf8F00QjXW20aJZH5pByt7qMWaqN6w/aPqFS
ROvcu/lrHBbjqefjJcjbNJyUNvQI54b3JHfeUZzjJYefLgBRa/2JrY4nOYB6Ht5GwuiJUATmzu7hEaJuplmfgTPeCzOq1UwN/ZON
+uI9Wqnhl9VOTAQ10tizIpF45oBAiRMIE0E+AIwmzJUw8LdSCFBXDV5ctBxD+tQ8glVxs8tZ5BsYWEKU/XzuJ54EtaNRWptp4Df0
mWgvb3F4vOpGXccJ8BLsgDi08Y3R2FxPlqeZ9iM9Q4YUZcAtDvd3JAE7hOnmzL2RcSs7CPHygXdGAPNNj2VrWhaYAXCsMP2hoKhJ
m10X/Q8ggTyNCv37nSlf3ahNWGmI4vrVX3cSqJhU++iGRPr48WsPP9juuCo2bnme1Fr1S2SpLL55xppmpHR1w472uJnZDmYdWOun
vy9ZxwtceT7o2hYkbDizRAbCxLyg9UeXJz+RYBqKR0PVpi/lS74Gf51mdP2WB9XRgICQWDvxijT1AFlWcXS3ue0laRHlmlzZ7aC0
sRqN3bjpqC6uVr7/LKR1d7FADuTNSXuWekPJsvwPZxH7IuBG9oGOUgP+MRK49jGABdNYm4uarlKglKynN3MrAcZn4lct+9SNvrpo
rI3O8hQb6awNNDdFWZPmmrdZEpUMnbCJGDxK2qzYlR83aMuEFBlfq/f6k08nTV3O96efT8vpYROL9fS0nJbPID/w4H+s/FC/EJTG
pM+qLFks8Z3GaQG7Jnj8USpRE3J+tBnByMjjG1Ys6DTTxGZpPwLZehXNQIT2PoyW5GPXZ3+WvneyLODjjy3S9JskX9OO1YraArI1
8dstZwlLmwSNYZLMEVAqAbVQuitViJA0sn3ClvbE+L0GZZc80gxtt2Lf088bTPG5t1UOlER3prOYHJEcr3jW5PWFP3nyiEY4Zg0e
IcIU5LBpI2LCriVwQGwZsexHULE/Ul1CGP9YYld1nZEU43EKUgeyV7vDXnvExqlYyV9b15+bFPIptxBE+0j6uQjaRHwLK6+LeQhj
k2ggThB30OUM6WYfoTUYR8k4K2uZgNA0kv8+p2vNo+DwbTLsS4xDBLMbnR51LlzeBo8cvnmSlgvA9cdxsgX6zmoF7UkILBbxEpZe
i6m0K+En8ZUPjBtZXehJTEyQfgPvAmWMrC6IE9/qJhXd2csikXfAInufFW3IhRsOgCrajlNJsNIG3k5toZtW1rpM0qFYLEyvcX2N
xZBfyuk3f2qa8dSo6mmNnCsJZje7ISOFJsYsk9skvRNe/3zRhQOxQ3mFg5ti8OssinIv9FSAgZJWoStlivdJ8KNZRZm3+ZIEQf3G
0b4Z5WmUdLZpOxZOHKfh7PxNNDgKs3wazgbwrfT9fpfE/qLBFC8/wRVQs6980XasiZ4o+UmGGvQ1dmFEGXyoUyN2B1AM2pBrOQ7A
tXO70hR4N40SvOM0wjkwbiH3Ts7qMR1xjoY9L8K7nT5ewqhbaPNqOnkC/09fcoSLYUP0JtE4ngDm+FNQk55uwarRQEpMuY2ihRFg
0mgc05fCspyOoI0PDoHf+89/vC+bIi4aNAJNUiI3DacFcX82k5fUpXCGhtgDdKs4xaNSf+9fpcXUqwl1gXedpXM4hadPDpNVehs5
T5YRbCPlP23FbPKiY73k0bKtQIRYYp3h98YV/9C4rO/XZEBLbMQTQ9fGW3dCnNIXBYee88yGRIVW2wAkhoDJODOM8AN03956+k9Y
0WU8m3hP//73774JsLdZiCRK3ZlhHFwYAx7n3nVEMV8940Txvz/aot04Bs2bpTfx+PPGux2gR0IxJcEFYJym6KcBx0mdqhkwxpwi
2oxQOD5U5KVDdos8LiiKKwTZaJmQJXo8B54JpzscT2kovJOlD+7ChxzN1RL4MIs4pi4K5znG06HPyQh/DNVl4yYOAEDNohvEQZ87
zwMgcIAyu4sYR/Dre4wNXhHYr3FB1C9g8ONb/BiGegt/0nk5/DG9QleUyXKGcYXnUV7kNB2MYGLvGRwG8Av29ShNUi+8gR3NMZzt
NiIPD3LUIZ+Puedj4F/+BNcU3Y6eYKO7OOkWN4fSZpGO05kkrbiNMcCDXXn+6dnB3snx/uH54cnx5evdw7cH+33v1e7+5dnBv94d
jM773mAwgMkTbUm8qwdaSUageuAcrwnR00fEzSFE7SFzkwiwf1YPmdPG9rUOFamFhcrDm/I39xPIGDnxujFGjZbsRQVO9ZY7hPcS
wtbQsz3srxL2RZ03hYzt8zCVz8SY1bAw8SkJOdeIJhLLzRmu4QS0U/2os8tC7ctPuosve1v7LqryaZMhvgbzIyyeO80bolGVujsd
0rrdyTxOYug0LEBM2RQejTOkHf6YlnBCAhMIPrd04dmn872799YDohxfxxEyfRJ3udlVjveBSKhQahJdDKozfU1DAHsH0sFttNWg
pwf3AJXy58a5V5eWd3g/BtEDYH9wNBVPz+CgYyBkU4e/ZDFeIdz5tgVno6ahCsCqAmZEA+m7cDcEEou6Gq0EkrJraAJCHs4EiC4S
mwcguPDit/Rqg4h1PEfZSVwgb2sqAi2C6rkLSDSHs2gxQ2VQYjTdyWpkKQcEp7jTOo6vHvGVid7aorZgJHG2Ckbuw1TP43nkvStA
RLpjIqQLlDTiaAZMHT0bQeiZzeIc5M5kkreNKjmo5RBkS7FhIJiA5hYiDgP6pqjHIZRANJfoIISSP7QAbOdNDq8LoUNgNoV0WVT2
bnf87yXgJoEqWhzl9e2aRcggrPAz20NN6zC5Tqt8jttoZ2Wn+g5HHqG7rvXN2zAvzipxzNrrg+QGxMDTeNKysro0UgFRzPAGgIsU
20ShQmFWKFRzEHloImHOeRXkz+JVmtZRfJnonWmv5VKZbKPSCPb8UAIVTfCTwahIF/5WMER3MFbCCni8QWJVQi6DID6FyRj1N+th
ZczEXuxjWs6K1sK260q6tG/762Uyfs499b39mNJnhNmDesRGjZfqDw/5Sm2fBb9Gfab+TmMdROpyVxM6yx79e8cKpzp9Lz0gZW9t
7Qw0on2sDycW7ghEdcBMtPxYEfckf4Uqjuvz01x4cDsbKC3lFMiZe4d48rtJfldDfLPDc8PyqR+x+7ioOtmfhlkRh7NhqejwDgq1
BbUQ5Kt4Gytf+KAxFag1XKfZXZhNCAGugfTcoZyfLUmjoK7CooDFQ3k7kuOt5uynL5S93MuTcJFP4dTRWKjnrEDuxx084fEGY9Nt
f8EQG6tiXw/Dwf48xJiG3oWpRL7v7TR+Rezt4RD93Htb4p9Ny7/kP67uiDSCtDeL3sbzuBhBf99tGTRiV5H3LFqEMYU5wOIhBm/C
gpzhmntP5M/DU1BYM4yKmJOSdfx2FyQ8oGzoLYWdSCWZdDGNijx1xSEghECeTRi/2WqaTwE78UvILZ9WZoMGkaxgJMLj5ZWnDeaX
ZoBHIFAu0XY52ntzsH85ujzfHf10CXrau4P9AI0Md9C1cJslVXOWYuYYKz2swfYv6lsCV1lqfPw6zfbSBLB2DrT3VuRaIaQl6oKD
otwJOIZP0tshIjPa5EihFZ8iacHOjnLeK7drXg3Aeg8IJvyz0+mbXQmMuUcwOeRguMSAtkM4beK4oRUQz5e2piAMo84+AX2YgC9z
lsBaA/ZH6LN4Hd2RMKEzom+b5oXDywxPcvm/aZwVHzFtQs9aG59FRfZAS/b0W1oylzmuom5fvPdO6B7RVId7C3jX63s9SYvo77u4
GE8vWVnQHsAJ0X5lEfJV7UEBPLTWZg6ybs+0vvWm4+RSHFJtEP0p+z5Wn07Y2Uk8lRccqov6IKqJ2Z96bHaobDBVoNRz2Y1lOqpN
2edqfhlOwgXQNrkqxuB44i6ZTdjfoSkA35mjwWJcEheCzif4YflArrbXixeXJYeSo0s+dYl8Spuj+Zwam0OaDcpRZhHwnwzgSBeF
9jtjQRufgO51SdRQ+1Esc/lrzKe653204LFCYCWfeXcNVqUfw1XIuchkKjKgt7/ltuRNgsExOxSW6norEou5zU94g+WyVPklfGSw
dFme7uDwUQPT5IQgwhu0ddum4Af15oOj8P5H+O/bKLkppnzr/802Pv05nC0jywdnmFwNJTFib8Sztp+5bm824R++KhiS3VY6Wc1A
FPR8YRXPBU+bSPl9Hma3UUaNAryGu87gSExKRzAkxaCeF2yvxDHsy8lSHoiesVI9sE+lx7DNGQU910Ib/YT8H15g/Y1vccqiGX4p
fMn++lcaeEC8Pv8lLqZ+76vpCo7bJuDuEHCY73EwGDLMYlzmEzxv4Sxoc1IBtQqEcJ+7X17xzPynTwOLrwpPgLLvoSTWc3qsc8Mm
rxY1RbzkFVNhdtlrgxh5GzMg//eF0a1gESqhy0Z0dyaQyl/b+0vcQANKe7zNdVDp3MOOYtDBCzZAWB3FyWaL3dAJ2wf5UZxZFt5p
pYOdsieMKd5xuz5X3KhAYn6NYQbkQwjkUjPlI/VkYVk7l+LqdAUQTCjelC/Yo8GRsIfbhqarbYIv6Oj2/gqBBZj+3fcYMO042iNn
RuEqEsorcLPIb/ygg9uZ9frQDnB1DQ+Pzw/Ojnff4gKKGzS8iwZdDH146JYrTB5KabC2hLURfN+NrwGOetGj25re++Cix6b93nvA
hahMA9fooq5ZH21+stK1KEVuQLN0udB19p8TXWIQtrxw+rU3fNr/tZfewh90HOAHZ+XDsOuL9/CTJslx2jEI1vfwJx4u/GpR/o2U
H379qjbi1x48FRc29ALRWuzMOF3O2LAtDhZ6++D1mzj7v/Y+fuw1rV2FKH2lCB5/v3kV3cTJV1/hFtOkv7a0AYEMWuzY+kWLAvSL
/8HrH7H6X3Qgeia3PVA8EdAOo3zyJ7wCm3L9B/PJ0Nvy0tu+9xQjqEpthTNA9r1t7yqclF7P32DoGcZduhwbpEWEAG+huE0+DUjS
Bgf/XgJS+Izt6S2guuYds1XFx8NyOLzIpPyP2jFB06/WxOoNLG7v6GvT7xuOlA+PLwjTAJA6h+dvX5j0FJ0y1IvTs5Pzk72Tt5dH
h6Oj3fO9N7oT1LbNb0p9undyPDo/2z08Bp3+7e7xD+92fziodb53MBpdfrP96rAy7rvj0bvT05Ozc/j49OSXg7PRm4O3b802Px7s
Xh4c75+ewAHSwfrG4QH+dKc9hqVh+w1O60CDJuwRUpe7SZX4wc5JpCcy+bT2WuD4ZTyhBnUOnjEO2jk3vIxmoOdGk8t5To22LCMQ
ZePuAfq3cV48d8Mr8dYKi0gf2tkXUzGsljPZ9xouxh+xU9HaOxVdMKF3zBxepwv3Oz6e1ht4eCtSvro/FxOlBuLvWhuN2do2Ric5
QEpcxHkkWQ+bkqJ8HC7gb5GEZRpm4RhNl+EVaMTe1v3fD2AzUtiPCfoEY/aV3Nsd7R0eeuSA9SDoPMA7cBmwmZULMXWF6pxrP033
YhJCldro85fmrFngIIs9wJxfiU03HvvY3YAVy8rn12nGlj6ct4dMhG9FO8RbjL2XtDpIsvKrwe5iAYzV7/3667IXyF+cQmUcaAly
759h1h5ABZDQ8K5pcJisQNMKk0I8DJqCIMqB2gIaxDmFD2xSmUU5xtv8KxSsht7dNJ1Fm1IUJ/GbefNVhAuGu87eVNkSk/UYplY4
XQvyb0oz3BGbTkxkgYXuUnVhLt+VRrQrzOo2mEw1pKzcDeiSacD3wzbZk4A6TBLAGQVSXSVwuriKI2hSY0IB3xzb25RgIWoU4exI
u4tucYgtV48B/f2WUBdrWCuUKNEk0ODZoNZMpNbU+4TKF3J6IQa8pyIEq0sv5x7j9u5mN6zE6QzVIi5h6y9L4HjTKjwYha4sngSO
AYmhG0MqFm8Z8Euf28c5Cal//SvjhOgEJIJgXaWvLs/RMsIAQtHIF1F4m5fudU93PH2V8X6ULg1UA9QYcNL0IHCmEGjSTQ5RqvA4
sKdcGPgNUh0iDL6uLw61FxIviIXwc7CHDhPec1iXNZelglfY9XwJMF0ByQK0SjbJCZuTQWGSHKlz5L1HTZhuXciDloQu+M/zEn74
+fXXbROQRzFE/B1NgQ+fZunVLJrjslzE7y1g4Zphe4nBHW0czUslnLdfp9k8LPwm7tRHYPteHDgsI2sZD0ppK7b3ZtuDNpOK5i/D
d1VbFXlYnOHCQFMkzpfiM6TclmNc6FSjHGEvTUBywhz4ZLH2ixb2XlMelXfuVP6BrEp4Otgsul/KhgPpIySgWZuOvD3Z++ny/PDo
4OQdnZgQaO8UuHbVM5vsLeTfVL9Wnafk2Qw6PFkdxLpgVO/8keeq3eKp6y+ifgdSHV9/HkjCLlSfOiTrnt+GVDwap0S+4GsPAj7K
dgTXnHkE10GUTIl49VxnrJnDr632aApEqeEY3jH1Vk5t1GgGUmPo0Fa0drg9g93JBJHSnanI+ty+GyUzWvB6yDVdYDSCgxfVTMj4
qXbglaagRADybsFm+Ho3z4EInMJZNPZ+wQfekYykijqhBmuY3UjG6ZK0qiCHuswVdsGDBrgakAy39dFYxn3nCxL/2Zkv7FOXHezu
dczCP1raCmSlqwprS/sitJnm23GwqpGfpxwAAFOO+1UXv9qNDaDbbVd4P35hH1tMvQKI7Ty6VBrFakpP03XiQ02ZRqQEXXRROFIq
tdOqaaQ6zsuoztKY/GHro12lsNk8dzGZKTBsEEpOrv0TDIPWqTHCwtMKZJoL+4DkN4FGbRkmCl/bxzOOunZH+2X1XWwsQ+Ace4gu
sbrU2zRn4cKvewlulC61nm/x3BNxh2SfmYcP8O1M2ejZspMPAXUxT6cwLE0GNgMPQvmKpN6yf5hyLlGlxgn7zYTRIiWpIcplrfVK
BmjNhYMIpwINfUrpuQ5ZCxiWbZYdftmGqL5UwkwYQZQK+NZO9DSQTvq9Dyi0ffjQC8pHH/HRx489t+paZ4n1xeNWNYBtccHMaUWC
XfrOrexxq1Lbo+axPFb6E31R3ciOTLjEdey9huQ1vo1cmzK2QrdCO1/jeFFfi4wsNTE9dp41u0HOJL0u+47ikIbXuyErNFp6JmuY
editzSNm3KZAjIEFCP+6oTe56C1S+EtxV3pi3nW4+Bh3pBz0ht5I/OmjNBC0fWc488HH9FuEbK3RAfqFya9BN1rnU+EpKL8+o5/r
dKA8C2UX5/BgbSDIba0EAn926sDirjgsa0roiTmxtz4TgjX6FF6Fw7JkQrXPdXoT/ofDMvv/Y3qrOlcaE1apJeSMkUKGfZWsgoyJ
a41iW4LKKGv1Z1uER/RX8wg1910lxFh756sepebeV/pdr0fr/q/ZY8Vzdej9PN/l310PndPTdcjVZPgNCjS79PyRnQoX2Vqn+1Hn
Tk1/2qEnAw5Qy17ve0VhZBdr0Ji6w+7QO1y8Vo+6rrvVx3fovRaPz+DpGqS/7hlsdvU4qNQ66V2tsVaG2/HQe7cAxTZ6Sw+VMIzU
CCOASRzWH8b8iAp8EBMWtxgYKExBq0bDbpBIh+dHwkKmoU8HpvS1HgpxPOPdqdzIdekEBfxhKdR32hbdoZu+FTEbLR+L8iJDLeuJ
ngGgelFR6oneBsr5ZA4EsX+jJ8mvQ1e3+ThzvhjbvWuDvChNE5q1416+9chM3y/zFv7xzhj0l8sbI124fTF6e0f7bw/OLw/Ozk7O
ep/mldHrreeQQeblckHv0Sfjfgf+KxTBHXp0P6Br3M6+jHoWC/R2uEd1S3vouDFa975IX8SrwV7NpcWxRlfSr9TZWluyq8F+JRmF
RV+K1rv9MRL2YBjBa8AdeOhH97aEpfZlqS+JgVNvjkdWhLIg1XSgFVG2ttZXb+pePXPlpgOtsnO9sUi3q6eh4nAx0lD9Dz2RUFe6
vvaot96wNxgMeuIXbnlvmHwMhpQGR5l9Bp+QX9x0KBjzjUc9a5QxOyyFQuaCocsnvdK8i8WcfRTGuskNfg5E8qLcFwtChoDaHp3o
BcuH6uYcOrgQ371fL0F4LcGcdViJGlZjr+2omO3KU1FQ5tkqPb2bYq4JH1/GmDQgu4kKTI41pqmWX8NSQZsK0TJuRqn7eptaVkJz
gnuU60hMEsEImqjtaxjs4V9LQAPMIEKrfjixfFVfGbfJ2iAdkmzoDNHF934fQl+jZPeigk+5olZSP7UYGqedfMWcpikKANaybzFh
8c+WCV73munYQCgMALGzLGYbuE6oKLANHd6NNCi2rcRcTll0PYvGnMeN0zoMjsIEsIMq6ewui3Su4lsTCpK9jrIoGaNTlQm6TNJF
YM/DCVKybE4pSdBC9uBt0rC7PBjmYcDCZpQTDJacH5+q7vG9mnMfneW0ki0wnsBhBKuH9nWZBGKczue4Qjl8v4hgitE4XOaRqBUk
e/fIXeAKzmJPA6ocveelmT4a9gpAL0IMTUO/TTSnwmSLlCYy9J6rjIQve5wWYF4CiMEH2g4N1LzM7IQ+bZyxJyDj42Qk8PE9lTVZ
FiK1XvLAlwQUMJ4XMWCNRIq4aA+srtRFMmhDlyMp8so+UDYPJneDHyKqJ+IH+JdsIEg9T79qCVeudciqFppjvmBIC+yJwhN9FJAt
oroBR4znn67jxvW+kP+4IJQTrsJXrgRj0gs5RLVzelwCC2MJaBG/HfSEfFypW/1iinnu4EyiowiUoIZYaiygVla2Tm1U3JFGnRBP
TwmHsC5kpZ0jCqDyDWxvPaDJGR4gLyfNPrp5nBvpJPhrlAk/4aD36usuT6h2VfKleKaHbvLwTTGb5SLP7eIDur+ERelzrq4/ewYR
aQoMtccHFZQZ9HtFbIZqhDI4NCQ/IXOgup922zbaZYH/HuOu0Z7HkJ41yY+d+uiirnaZBygMjM8euGkSrAlTKxf81pXvOYCIbTeg
KDjHExtl6ubebpB1BMdM62Oxj0hh2wtJBfKko7dKh4N60kTqD8iviKFx6k4ZwB5Y7SsCLcW2oZlLV3jKK7nb6KElSaw/0YnupFRM
8FPUiCYX8Nd7wAH3daKd4il/8VVTDNyq492veFW6QIpIg1WbD2QHcRwpE/lUlhCXwFSdLlcdnC5dA4nuoaOTDPmVbbxV/fSJZgHD
uKoMYaw+uSXyFrzEPcDf6+OG0Yu4b1fBXOK5b5dgVuLGH8bBAXbq9e8wXcRMZZGIMUV5mkSb0YykbVFoNdRz8G7k6m49xfTAmIU3
zAcWXIpLv5kP1BN5+wl+G6yUdz+9q7kXiLyfKBHPUax8AbNBHb98buGf1LCGwrb+q/4B9+gfgN8bwOLBuQ9cwsjMcHZwogEF4Y/w
mlh6wZS39CZNROFJSFboFudmvoc3CcC/F+bNKE4j/wLnIZr4BhpdxzPQGfq6H2oTXeDmlpW15QFQKys6v8aV5R6k7wUtxrXwhat3
Z1/titdpqw+auniwnGs8P/ieNngVBHqwlI177Kk00MNq+ue+ckQOc+GMsqPXgCUVyjhBXj7FzNCURtnGTwwvZz2xKwLQ6P6BjkKu
fZRSBQdEUa/UHTmOff99q5m+Qj0MIKtUyWHbJ5mk4/kUTmoq/7aqFYbLT+XHd3AdMa5eW1msZeFdhZjyWpI2dZmRF7AT/VpRToo9
ugURDzcJw9fxEsZHBfl0xFqPrFivNNlKlV+VfJr2ulrJU4yPNvt3CfbkZ5Vl0UkdKnNXrXTO0BCuTE+qK4sblaJnWTPRtRLFSJ7a
e12QU13eB84T66aP5oFtwOhTnywcuXhw8d67XT3iHmqy9j1UPUjga+8p6Da3K6Gp0KMX3jYuxuRCcrXb1UX8Hi2V+Ad+8t7BOyZN
1b0V5oUZ5f8PBcEB3ptSDTxKXRSW8uoDR7DmRU75iij1BF5kNhdMFbss0PJzCogomVOkzaqU0y2RNUp0J4fMJmPfQC5Ja3Yf7bwV
ptryClZEdlKqHqtGFepKF8ivLEoHvm+DfG+Zwy85dLlyYuGvuuk8K7eNVhCjByufQbvbX2BVBghuMFSlEgoN0QCx2ElmwtY9mOMm
utjrw8yj+RXWd/D3Do808gdCCqX5kusMHCC5HS0iykioo+gGklmsNoWYOzg+OFdgt+An9qycyDvLLGlXP1ZdHsdr5Vbfc5tCq+lq
BBjoC2J3Jxf44H0glTbXSUn/WydFFmWrnBatRJd2WlLnaZF8FgAjh2CMqHLYDw6hDZX+vqPpA1H/QCiXXksy6n3UxhSlybC54gIf
2Fnio7voNQNS1d7EpuBLF3Q0qD7nmDJLC+tEwzmtGYDMFbUEfnA5pjo2CSgX9XW3VzG/QuPFXjw/FPmmPT9Ja0wkLuDwo1yjiS6V
78o9Z6Qd0OAD9yzH8byOOdYObd7m9HWnQyqQC4XBFzhoG0JKaoH54fCrz4SJ0FM3PBRTSZPIiYLwrjMGppgzsIqArQrQqWb2qdBN
0xLHBFaqY1UFaLei/V9wR+/RVarAe7B4PJUiMbmAbyhx9DqOZpPcg48jEKLjoogSqvXCpBAllV6vrbrZ3uNmgSpNr2dV5qgqzebP
XrgK4xkK2OJ6LMUckN7u8T7PZhYWIATOsWoxpcOkZLjS2N+XFZV+OTr0lEuqyz7IVTqoGI4sJtVYXqtM1Klf5hopPisHRPvEGvNm
fGx1W8KBSS3sAdptHtFiwNE49Xuo0u3Kteqxv2Gfa+ihF5tYzh5o0RzBDxi/1cZ7qvBQMgi5MZoIIzZFXPVSPv0ZJupMRd0iCmLy
xXNP72SumKNXpOkMFPdDbrUpSjO95tTl3tlo93xTfLV5jk1pc+WTEpjAnQvSkX61ziMMtTlfoYW/XHSRcJlXXS4vYh/+V7sVxp+j
eAZTmz3sCaN+LWoY9xMGKPfkKYqwRBPg8cXWe+xEhj+hUHHGmN1rIcVCRTHwXi16JgokUHb5tPh1FWcF3hP8L4kmv662gbqEsuwY
Xl7j9pTdxOQ6QJfWJtMhQ9bdPLYHH3MSF35drqbGhsoVlZ7jPQKvAh8+38N09HLtLy+Pd48ORqe7ewf48zUZsXoC919srLY3uu2M
2ISX9RRytZSGaiI8T0tcGbxu2aLq4TLQYKuGw993OH3lybtaFsY5U3SSzyjR0kycWO9nXl9ZfMErJVZFUIm8BqLyj2fbFvi9XcE3
64nPUiTljlMuGgW92vSHj5p+95mhP4j3tevkYcIE4VChVq3rInBufmJPmOfesSRVstVMslyRaRzozjzMb0njNVeYV+F5Fou9aKo7
ktl9p49PLt/8z+nB2c+XRyf7797igZQfwxruyHA2XMufj4Q2m2m5Xqi4Ici/yrfaEc9cN92f3CXRhCOtVFweua80sHCrJwR/pR1e
6xlXOe4xFy6ldcDPBudZPD9IJiArjhazuPA3fk027FInfXdB/xa2Km/Te/pe9bDxa7ZBJP88bN54IXXx1F89HKqiobGzOqiJJiZ4
VL/sRljiyPoeT5qsyvMOJuWqxZJSkDEPEGfg11+RGfx8xLOQuy9tmgoUPp6YWHciAoTp2mpONs7cYuMk7BVk9UtM5uRGXUs9wx7H
4JbhpJz+dCjROJ68QKIBC4YEQog/GCQbJVpNAvmkbO66qpoD2Vlnr4+166omS0vTfv/hm0nXSmojiYkH2iXTH76X0f0CphFhrvhw
DBIB6YNi5xLKKG+GfWApHtTU8aEAp77V2PqF/Gzt7UZ9TpBGTlcAvaazFZXoM8Ck6nN0WSma885Qkz5FyWwCw4mSPMbq4tYa1YKM
nfEIYtjcvIgkIBpvvtXdFun+pXh3HBWiS3u0jDFMuizedrs5r95eJoiDFSgbkhPJAecdhrKhfIjDhcwITZQOdZTW8Lny0pF25o/E
cFWzSEM0ieoNeC6b1xHd6lYvtpTWANG90TQn7THim/OUcn74zdYUA/1+npNWoFjgan7cQBY/mfSt5k7a56Z6q7mGIwLAElFWc/dN
3bzpNur4cI/S5sHW/nw0RHdgtCIeigKfMZU6vwEioOpTed9gJhkM9fS+A33gLsUuckockk/R5Bgy8epzetOrB31EwiSR+IBSfxMR
YiJJXsVzVJmw4hhmrgUJnPr2d49eHf7w7uTd6PLno8vd/d3T84OzQN76IviLeHxLcWyJpey3WHUVGmzusmF1Uj8eJwQZmIFV1F6U
qCW2rC4lQ7s/6OyC6KwdVwaodmYVOEZhIHVw4ZE6u3JKTWaQJB7njzgiCTmL2c+IKDldMghQ/+nkAOhIK4IumX5Lz0VQkctTBuMK
MbGPOICp2ivvapIHzpDOIPzRctlXGfivf+WP/zuUm+pyHwpkYFl0A01vgCVN+FFCbEcQt7RKInk535eN07UdeZyvBTpvGuYV0Eiw
rkw4t4plO0TdSK8W7TZyXA3/KB5naZ5eF8PnMOYP7w73X/7663Mkl/Q3Ypuce37xfnAIyAJS1niapng1n1QKa1nODcOoC3z0hCrL
vjCn07aU/02mr3bh01Gnk/SLnTQIwHwJsHdcMdZbXOeO0+I1guabQVkt5o9p1hwBKg0w5ArV27r/x9Y3r7a2tp5SfYTq0+3q062/
bz37p16gsm68ICqKWu1LjBs7nOR6HfFGkYU/iicGPaaHfoPTknD/csRp3g0AiEFZxp2LmeOzfQ6Xp6q7QdDq9aRnkdKMKLGZOtvp
x6QnfzJcmaADJs66U+B9ELjFJRzSVQKF0unL+yqWmnDGQ+8DVn1nCWKSjj8ycYW/iLAAwqdLLEOm387yrg2s2/tT9EB3g6dhnNEO
9ZXG9ZK2XSRv67z1zR3ChAycaGzt5Nyigj2Vh2XEJLA6pkvGtXLlFOUrAG7BCMe1nBnZYhvCNdSvqhx3mTFMkYNpoEipW90iYLpF
X5jpYJ0zfGRWWse5BPi6R02nukSSahHTQuuUF+GczDa94OefIyBaXxSbGgiIqU5vE1b6dPygkTJMfChPo/cx6KQ/wmCNXOVU45eV
ZBxCmUrRmOxdz8IbpA6Rg1qwksOaj86DWfAIk8mTlFks8HhYmCGZB4ssHN8aUbA2h2KMcD5iFcqIRcCUtc18jQArsxUvMCu4TAZj
LW4U15vHzsaVXMjcPBE2DbfywKJDN99jnsALaVJrdZBq0uM+yV7Z8SAjzKgMaM6+DfZq3apO4Zh+IvzF5MdN9tF1k9zSutPB069H
ys7xzqIXuFJZf1wruQdZCYwNlEngcFbqoUqKZjwt84WtZcDjdEiAWGdROOEkSBS+Q/1i9KIr3k1f9K4bbTLI+xp/FAzI1Avv65v+
QdsWnkBJqe+1GAeXldBef2bdSTRRYS8Vk5PiiUUAaEc+y8FIBzCs9RgQ1qfsykaXr0otdy8W9VZdsN8Fk0sd57OTI7YhKuuSSVmF
solHdG0s/TQDTPC47XYTM6vRhaqtTJo+UBacCi7Uboc/53Z33evaWpcrbb/86LqJgtveLIk583LgYiTQ1zVQSTw6vWCnKz/y7TH/
2D3tgTqN/KR6Ptv4VFLnU932am12koTFZ9iU47BgXG/3CVpHCEhEoIFKaN2wQJ9nfdoqq66V386wItGikwlIstLWdHd6ECBOzSWC
702j8S1HiBlDwidRZpYw2eEp5J7F8IULSeJrPXBGc4XBmg+/s/yMpqi6TExPXZ/cTSmrA/bafK95S/eapjqkmIKUvFlgB+Wog7Vc
AXgb6MYVAuhrOGNk3rvF/X6xoSc8F98EjAnNxnGr5K8rNIusdn2SFELnqhXIrB5nDlTFXqXApdeEvaajRV19/XVdfCJ7YXpr8cHk
TXxBxlRy36B+sNoPn1Onb6CiU2UX4ZW7hxcvOnVBM+h12VHC1y9LdQkpj3qmJHD9YSmBG01LCdxtgK7W8AIos3waL6Tvi1BuKS6v
iYTYTAS4UowDL6s4YFmuD59C3XidCTb+swk4Miqlt8HjiO06JnuEh08i/CnCZq8izwBTN8PreEUlnaQ5go+KnwO7wXa8qtiC0apf
jqL6XieL6WsANx96YZHOgdpiyADF14aYDaWgSjl4gUw3s3E64zRgPhL1TapG+izocwwuf1OkMzI5E0do8MzfjzOfzi/nGNZsy3cD
gmjwOqWCouK9LeUDcYZfEOBdAl7S2UVYTPt6fdO2EqhzjBzCr3AVB7iKKC1hXTCSmvSaosfsPzqAbyo+nhJuAgg+9aFJn4evJYEQ
JSTwA3SXTDiguaBMgGyk3j94e3B+IDKnwO7QGgNH9csMu5gVzNv92cvHISbNCahCCABpCbfGLrFU2GvA2MvRm92zg0sxwDy85Txh
iLZ00kNvnqJFcIcMvOENKGd9ILXI0Ceev70FSvC3W968GnOtgnfDosDaf1ySYEf+bC/Q193YSh7ZYrUP0GcKmBBsHjEL+VwW6aBN
oLfIPwSxkY2OMGW00eITSuPZXMtthYzsc8JrDMxzerm7RxW+9w+OD0Es8kOPE7JvYiVaQlZCkj4dW5oAnLQihV2jmnHX8DRgn37X
MO+ScAnYkMX/G012Cb1KcOF/FCX6GjPc0d2if3lJtG/wS5wcntCfKPZikZ/Egwfy06FrOCQiMca4zuLbSMtG92zHm6QFsLQnGec2
/Orv/9x++g1QxBxI/JNxXnz1961vg4ETA770yXdbgwH1GHrWMEXjFsHZt8Thly+87a11VWcRGiFwTOTQBywjDBQYokGNAKnnTZBj
O/egNKU1am7JKrmjWRQt/G+3gu7Jf22u20RI0W43Qm+jiU6KG1OCfSLFqLMNhIFSkDiP9Ccd0t3qecQThzhnOb1EoJuOm3Ya/vuI
/nSr9QsTZ55uPRJppOTBJl68g6H4ieORd7ifc4zZOJ3JhKQsAEysNzvyG3+GESSblEge/UA4uAXrY5OqOEPCRklhgJ4KK7OMjRR1
tikzDHqsJCC4BGWhbX1EmbYMAJ6k4/zJJMrjm+QJyULi3WAOkh+Vc8DA+9zrPQe6F+Yv//OcM3fCHwnm6pymi5ck/ckCDR614zrx
+piy9IGHpQ/YKXawRrL50pLud6kEJ8oN8hf76ZiuBqt2z4bhZo/J+dGuIwvFh2LypL6TS42Z1Jy8g8Zs3DVU/C26uAuXN2xxolKL
cTXF28Dq1BBP9CxHVmI0u7ilrPu6d0P9GHVaJUI7WpYSreiXXj2DFgpzyfC41Wm4sm65zD/CiI/X3XivvQizPJpQLCfZzchbVQuz
SjhM/ppEexQjWGCpO4fqSFnFxmZhfhLjDRKqF6IuRj2XRJx1DIHXmBgabuE/oJ/Nr+Ikwk76soAHTd9ajdwlpbbn+XM4EGgcVnTm
8iZwOVfLA1C5Y+ueL1HvJdDpC+VJbPKRIn3NKHGiWek0H98+W3bCyaQp3OuPMotQqinmGTK/v6RHfU9RIw6mVOSIReRu9pK9aZjc
yBUp7zr7noOO9Gll3KEmEwpN5Co5bJmFY4MuD+zrIOZCnl3+mNLcAXetRpfMHobMSSlfhWSWJZvt62NqvEvjU/SlCAndqA0gAjz6
qm82QGAt1IE9HNJYpxJfFeJQTcx23KnRCa7lsw6L07G+IQKGijmsH/5Cd9HmMZvR2VJOUXQXcd/nGRNBwaGcqcFI0JtMjHb8aRUV
eRw0ZkM7E0rdztJGCfveefoj/OW7kmeUOf7I/26cLh5YDAQuwcWGPJ//u/k8n4bb3373crDInwK8CbrvkLEiFym3UJhvSBFbVseF
Xt5E9/7VQ4FJR/A/zigoPmqvljHyKS+/ErtoPK5uI0dN+KM3uzAQ2syQvdKPgSiZFXS+7ELgMKtcgv3gSi+Atb8J86nPYONW5leD
3QVqIf6VZp+63+615Gftlvkqv9LzM7YR9VG4ipiG0o76HWxvzohd+qhkkjtrV6xv4NrquAPGCvyiexGFHAfJOEW5abA72js8xGww
r3DBJVBo+QM8dPmhNLP7Bi/Ez2OBXMsKWbdU1K1hDmuF3bTRgFO1jAstOygTUabAt1ARzIgeYfiRsIHhwWcygddHgDyD7lqnrH5q
d0VndJYFUteoAttFvWK2+KKsd4m/WyrPW8bUWYPMK5u7NS+j+aP0L76MYt3CqYtpgRcdlDEBNWshuB60FvpNJgYACe2kfDdsr6de
nRAKVJrCJqvpoadc1ws5vMNDLb/HiSf57/eiovaI7RS+Vb2r+z1Mk/wSWFhONSZEd9oj6jXJf+afXTtVCy96VL9pdcWPRkDhdPwi
LglkIgtf5OIAYVIlHBHpH/p0NsMYK2D8fJQHQOEWaVaQhrdT3vrnwoSThw856IIPgw5TUbgmpqJ+v6/nttASfY1EMzlJiV/a94Q9
dZfVTgssvVUYJvELIToO10UAdYDKzvg3TXCcyO60qrtqMmXbjoOVJ1SMVj6oDqfVt1Xjaa27zq60yMj5lU9qM9SyAzmvkpv899Qg
+qNmRFHxpnVUMTr5FGxhYVjCJn69ryoOnboSRh3RlfhFXdGfa+JexRQkeq08paJfWmnVdQdZzbVtad+Osvv1VnxdnwFZAH0dV4aP
TeaUBmnA4Atd4tUpGrchj5aRIgt06m+2L4VWkHFi0ppzUgN007WttFOsycjDsbfSe4r5EYmYKKqQc/9Vv0rzyytUl8QHJzkpT7Vm
nBjpkhlOE8bUvoyBdXLSpss5Q0Ofa+GsWyoHG0UowvodpZNoJjKwVXJK1WewMHnz3eBUMmfHlK85+5U4R+KHb08bNN15LIJpIkKL
cwNeN8gALfhMINkBnY0nN7P0KpzlT+QU4VlVuTEqSbpDm0jFaM3jmxl1lnRfL5QB0ZAg62W2x4s7jn9ZMrRP9UOpjgDM16tO1vDU
QfCtepI7c3EqJFeE+oRShK8vyqusBGsfydVF7yj8LWW+woVREJgU8ZueB5YP4sT+AT0P7Di66pL+lNSmH4A9LXxtCjGGFOt07qU3
D0G/xEtfzkstvObJGNVgKPgSPlORAj9FD6I4zwfsTpqs2lmHbKwbwBya4qsUo/BPsa5YhqrHDcz1DqRY0AGPR2TnBJ02uknZrMoh
ZbH052aHKC9N8E8YMKJ6flRY2aiWuD8dw2IoN/Aj9JQYU+fClX9PjgGr/KBuVEqrqriwBEBXz8rh6fYlNQsXJokQxRdZSjfWfkg5
RsivxyP/EZHziDyAiiic971JnGNU8ASfLZPFbHlzg8el9P162hL3VtM81q8iEC9g/x99qSgTZNecxg9P1bI/znncoi0CpBd8rigt
bqy7+FOptx5bkJ4gvak0BIwEPMtfh/N49gDt6E6wiRA1n7IQurNYBOot21bu3rJyAtbO6wbHlCkDQdXXp35vW6O+d187us3Tvbn7
LJPNapMlIftzIYi0S8pChiSTIPMAZlpQhVQuPhrf2+yLMtEBlfxVnx4Dw3qTLlwGSV8OhokMBvR/T7YoVk97MRzCM4oKwc6/LJv2
9GfDYa/cSVhwYx8z+z7ityQktdgHm3d3kvweqLwPotAshj3EDMBRti5St+y1nqohpwFwDgrnjTGVCdCViEG5tcuOukW4W0NlRR/y
KinX4wZ4b2G5u5xRxECRVj23Bjc2b7G8I8uX13wabPvbdmEmJjZ27Ow6FIrh0On32Dbv9/Lw4ds9xVZHi2gcX8fjEfXSayVf8K+X
KEE45o2v2ya9qBGrEpxTZvLrzB+A0Se/cE2+0qYiqPQqqexrem7HqlWfGIpnYc6YAunehD+xzbF+8hqFk7VFE5E/gaSS62f1d3R7
DWLdMxQAQKIYnGcPZVWMe5If8IoPDbXQgY3uLy56KFlyLXvs6Xut4CJLHNfPkO1go8BuU6+nTXvWYdvqX33X8SsEGqVYAnr1zNng
O27wnb3BD0JKp0bAowyVIb7HCjHw9CK+f283NdnXMsmZXHO3QB4t3cLTR3TL1AJ7ZfJj6VjQJdG3dZ9oaUwlonXvq+0b0ADLrI9e
n1+aUrP3WvmYDb0tOACsKvS9p95BwlqD3+Akqa4Gti2OrzihsvtyLmjHKaegtdDvjGStUGSmpYhd+wLxX8AMp2kLU8on8tfToHGt
qzSP7E1hYdk8CQsS18YdZAeNrIZZjw0TJ1mHesRx13Vgb6B40aMInrLb4hmWkhYuGxUaIQFDPW7+nOVjzrDdq/Aj7Md4H3Tp6ySL
b+LE3Zd439QXbl/l26o+hzIbla1bPSPrQ6SHo6y+K589KgK+ZdPCR21aKBMKyX0q456tjRVpAHWGqpNJk+leLeBdb9HSGfNlUofv
m1tSFL19PFeAfYg2tHENIROyoY0bMBI+VCXXzO/Kx/bPRBEC4xtZmMD6gTBQ8xeqFPMrEBOiMCkFGdks6FwOWhsjZmEhXtTfqpqT
YZdQ8dbqk4Z0UL2ztZTL7XR58kih8nGpg+xuAl+Kir+yyG8l40/QpqsZ8wGWydlZrczCUqWZsCBncVwIxraz1lXPpF611Adf8pOy
tnRXtqQm0kEmcrIxWSCaOlMVooXqeS+rTnXMevbZWRuyNI0EyOxQ1oYmOc0byCk0ZhzEUmVV3oQfam8D+/e7s1l6V1ZIORk1URDs
sv7B+rQkumhBwZ5SoNvRtfeYAYSQjrhi/fpgfhVNJtHkPKKEE1Loa1kbx1ePWqDDdNVxVK3lo0Y6xfD9Yj/OAHk7Dmn75FFjvwqT
yV08KaZneFO4IuMm3rvakNnZ1oHanOjMxCTOfdbAv6LPz79035/fkU99xpQ3H9zrU5Y/26smuWFBKglnmv4nhCNhr+5XhK6mtkHw
STsB6ijmEZ6IcCAqAc90GsMxRHZkePZmnFDO0b+d6nXhse+IKj/NB82bq/kpGVEqf5SQ8oiMbsKmWxFFyjRsgVFEXD5/+v4TqolX
6jVUL/z+YImuSwWHxwpzWqGHYF3L+2fM2mYXtEyj26x0Jmoc7OdZmMgBa2Bg2nyHmCZXG0NhYDDN0+Z7/A2Y5rR0/G7mBWALMAlD
wNJ2zPlNRcPVsto5P9HFvTKrnbM5S2pqHC0ZnvbG/blVP6XPmzXU2uejRZpeS3OabgWvdKbaBQ0rDYhzIqu82bj6aoY+MUYLktO3
3H1y+Dr2LBa42p3RoK034JDxKmrozWjQChuKxtGEW+NZ41iMckMZQEcrR79OyaQtV1wHDsmBDi3V+YYYrgvYR9EDVw/ktj2eT2YR
lqZHj0kOV2gIk6ABRHDTZwiVaEq2iZMiP0MGCmEVZOgqQuYssgTsYCqbWLzHDETHXMMGHdKXeUTRiTkWe0rvBl1dUOjCXUlHModa
WKZKbooBVFUuXhgRCElUSF/jSxEFsmOJ2eNvSwLbxr0WunqkaE61GpjsN3BZoivDUhEL6JoVgoouRCNQ8WNHTna5WLTol2WJ4Ms0
7xlp6xbdldbGPtvUlU9NxLioKec6TrAb1WVhU83rYZnyq4iW9jJOV7U14VUHXbBlLfQu1lwCCyQLUgQvJ6QJOmDSlcVuwFV6/QQw
AfXi+XJ+eSV1R3QejmqAHnEzpWEqZqVvmauvRgAS1jgr45WqqUEnRGbuxpJM+V1dajuO7nRz5KKCT5OLnrB553eGFMZ68R27OxOD
qwpkrpqzPNYo+iyxb9LQijPTKprqS0PJ6SvTEp/Nb+aFFixnPes77v2pUFhtq1rOdzsr0LYkvzPsWIJJVCluNQQckMXAjxqsgfcx
qBfYUwZaXJnHUU78tPXYiZV31X+oIOnItJkvgp0uiYCt9LLrFjVDYNkhjWD3G8h1O8GuLv3akNQ3qv+4bVqbPK0NKhOzvpWU1Ucv
iZGgPjXNqJnmnEWI+v9FslNZH4anbYmiO5tcGN2Vmd53PusqodT136XODWiEwLnWqYVCtgjHn30dzyg9yp8J2xCeFmx7nWbkr04p
DD7bgiiz3WfCK6OOZ0USKksgWFk+GspeaCVBZS1Qi9JlPrStMOkyWtkkQerF9x3sgOGF8c173fG2sn37cS6CLJwmPYeFzR3eWBli
7xH9U2VGhUNGoXEqYVyZoI2su+OfVrMw0eQz/NlrjwCjrzqyeYFJKI1reIQ9oNTuuiEiNk2fvJBWo56T/61nEVVmKHEIcX3ZhNTX
QqoEgJy79xJ/XTJ+NgfQKpjPs2Vy+xlB5v4UxIbpywJ3Qu81uG22LY3jyelyE/ld3jzhzzW3d3C6MSyppIqN+CuJNRo5Ndydh+PL
kO2fl7kygFoSy9N3bTLVWufTYnm1CYQ0cotECIpf7yTpga7XO7m+7llFNEmAyY2WqGuNjSQWW7XNSl3hODZbuKMIaGmDHFCil8N9
TFGGVjIt2VqZmFMY9zxA43zHC0Xcpnx6N001k41K0+lN0ojT2EeYjccrZKJr9JymrNaUDBTTVIRJfocZ0aJwRU04gwXl6QwXC7xO
nKSLQmRVg1Y5tQocacrejBNhEjXuDddgrCouUqR7OHSyWlncUSvx0sYV6RPomL4R3Wvx+JR2iBIxCV9m1WkJTKVHI6OfLP5o5Kuz
ZFgr60vufFFPSaQXlRSLWVaVTDD9taHDRUWB9789C8FZN/UQj0+3gHo5sFKMEEW/2ict0k9ai37VoLLmdrbkdHapXMbYtWMqL8vZ
N0ZfcpdMCHM/Sifx9cOjkfgzoizjgYCnxAP9syz69zLCBD1usdixRA0rIPJb/WlWQMAjV2DtY2hLiLrO+kgSvh8VnLfvt/QqF27+
QBjj8CqexcXDYA7nhctK4K3383AypyIvmDTv5a/4zdB7Hk9eDsSmUdJAI58kveUEX5huzfO1xIB9ZAPyuqoI89uNHKg41kaAGdKH
v6VLdEDhpLS+yvNcfmEwi2T20AcyH2aFd52lc0/UV8jwEuw6zoA9iHQBsnuQ8+H5nCsxiB/1OGiBND+mV5iATuIQfHJYZjrl2I4W
NYrWuCGNHb7vknsW2xkVEpiusvU+zR64gSMbrTE6NtSSk9Kc9PykWISEZ9aUN7AlafWPvInGwrWslEj4J5dcrHXPwIe1svSuVwQm
SRFKSiZBQ3OJloSTWlI6LJ+TVxJ2iSzJMYgVAj7vLsxF1tZJAB3ylBsiCavL9htM3ne/D7qmFK5dvKKIpr7KvJsYxSTY32iymcMT
L8yy8CHfUecLpaYowYowKT7LuVp5PnhE4rkiWuScxGeSJpT8JosWIRxL/PMuzBLi+x1zf6/pXVR1tgYCJlSG3ygXXRdXavxGUxes
Ds7QxlojXTkIiJyuFgnhN86fZ7oCOD0GfmvnepQ2Up69JlxznUU9Taw8icjdfrtASoX65PugfihVwtjfgvZko7AkI8CLRvBKGgst
+7JSmHo6AQ4Wzx6RjiJf20Epv+iJVHFHSETPqJi5LyspvCvGx0BjNrlT2IbzeB75T//5962+95T+tyX/J9/+BKwdvwuQ5hbhbES1
p4Aif1MfGWfP94NFNZ8vvE1v6V21ghq84fURrtT4p9nC9/VzE/x2IQ7q+4DwtepYYCDVb07Z4rxk6ON0Pke/lRnwm6G3SVlZo8me
eAoqOBalwoSDRIUE/5dFq7AWVUWC6HtjqlOoD4ekd/RmdxOz9XLi6gTVuoF3TFR6E3kCFl6iqHjvNAX8ewBdMhovOZEKP/B3Z7NR
fJMAzfaAcmcwZGQMs3kgPxFdYNkTdlen5PciVThXXpLz1uprfRuwjizmiDWeKOeLEJ44d86wKtIQLYYDB2uJWbw9nzPz80SjTczl
iKU/JqLShUiminmYN3JmpFzA8TRLb7Jwvo91IfBbXLRpmE8HzdmW3xKwsrZ8Lmk8T/tUL8/F2Z3Vz3mY3bp9REUjsRQvauSw9xfN
IRrdjaMsSsZoO9wYFeliY8f7C01IOCNrbyuO09AS+Lilf8wEfXF4QgLD++EQeScgAOcI5gp0aoqqBBWll+ttbHDe3o3A1TcKL5u/
pWiYuIBDvcxQlt7LHhYF7sFi+jDgdNIwrkwobaSG/stV4P0H43IPgMVsMncHNvKXy1I227jf3sCrZQcIyIIAjM1EltOjzWGooafo
Pi68Z95H1wSQqV5g7Z2BTKMMoKpEygIEgNLx/V9x3rR8r5A2ltP8C6ZeJoAYPQgg7y/FDkO01bPmreptHqciEYIHfybkjh6OKfd8
7VC+eliEeV6jNDimZosL8+i7Z2IeKlP0uyTGb8pc0UIb6aBjAoMcoTDor2UcEqeAz+x5e3k7UjVRVKeySFLNFNzYdmlSkYclG48t
0vQj5GQpJMcsIZN1Dl3ykHA/9Fixrd46ILvx0oWeOxl+idsGevn99wQAL9PF1vtmR3Hyn4ceOl5AJOZFVlq55CBonFcRstJyT2mW
lICn+hgjQGvPhXq5RrUKc3U5tx11iWuNhQKB16ACHSc5cCpgOfBBe/ZLORdrwnYNERvgPDw+Pzg73n0rgOSVgGbRJNdYkPA85Wx8
d9MY9ozrQWESvwlaLhH+aBzBKXaB3XB6gGmuLcDBNxeEbSQrLXLLW9ROeu815KQHtn4mgORAWS7zShY+/Kh8R/7IT7e3HCWKWXgo
NV0+mKW00wvcpRv4475OPXZaBXgeQDfXaCI7PF4j9+hva6+/pjmQlar2losz48seYDZqhL1aG3GQRAAcGcJqbcy9qW6XZdhIIEWb
IgmNQeRYzorOzSM8M9y4FkYhZ3NzyTckXfsUH4XXhUhG3AlsVrY7NlcKecf2Qqvv0tqpQ+i50UAKQjLdWs1Bp1g7Fk6ToeT2oJ1n
0B+LS36qMR1LelP+UIud5ifdPbhtx48EyYfDpkN46hOJ6ovxgsCdQY5bjKpERB/ETUqqIOqdNRAVtmGfg3KHBRpvYO0iYAmc9Xcg
LpZQSZdLDxOpqhDmSLjVAOlX0xV8vSl3Rl5xW+6brIW9yFiFOflNQEoeakWzMLtBQaSm41hBg76G3JerePwDSRbADHF5fASpT0MI
e73F0k8y2vShqxcFqISjZ+9Aa7rBalCsHsrCbLwExIupyvAyx9KIohAA1dZ5Ir7FCorxzRREtZsI5TXbMJnYWoywxH5JIWejJ2rX
A+81svGrcHyLpsHR/4zOD476eJzu4uRySfcXOd/bagrwd5YMQeXibTtXj1GhtnjaAm7bV9AdZifrpTAiy/In8EMvltKhYOtvIhW8
pGdWIOvcje+9e86mJdcgmUvYd3t7R/tvD87LnMi47Tne3yxncqOkZEWIMMQdKbj+CiWUg5UmvPABFQJZ2PwBJcodbMr7qJ5vo7ut
7B5X6jgtRmzydoVCSYvebwgdwqNgIccOcQ6wb0cH3WROQzBuWwXPt69CHw9T+yLgCyxXlRZUwx1t++hLEIuC7daZfGy+6m2QgiYt
UpA7cXODqKYjkThweCBLW02U5+FN1NGoKm+S/B4lQhbCO6tO6m/sv9cXw/SmLDWVr8WI8ECNLU2VfTm8y7oo2U5eGvsk/SMbWAJ7
RNloqBg6WeOu8TaCrascPkEpnfE9fe7TkntnvNpmQbzEi5KbOIkw3zJ6gdFlD9vk6Miry0WUIoFvkU8U4hN0bqDhwLJxXNBMET2N
mfV1HiVL4eVcIaDvdblLay+vVePjOtEtB7NdNhufLxNBOtcoHOVFWvXMnmQ3OKmUWEwiq0PRedbzux/CIc7IAFKPK5KWdQ8Lkc/I
8US3zqNNWxjZfVr1X8K4GFVVHtkHiGfLaPKutad/UTtbV4Zk0KsiBHHnOKFJldCQep9XWAPoz5jpm6ShDu6uvk9SbaBzJsYVzb5f
Rhn95z+ew1Ckbl4lCQ/aip7iP4gW6NfmcbkCxhJK4WDDEwl0YRYUEKDoWKLQIQbRBdUNV6BiMRjRgYYOn2FvaMbEM3wa0x3eVoc5
wNHfut/a2nr29Jutb7zR3puD/cvR5fnu6KfLN7ujy+OT88uzd8d91Wj7W7PRv94dvDvYH3LlyDvYWFReHMC+DfPijAgkQXfPY4LK
YX0FI9ErnuKXmI2uo9BT4mEEhHsi/fLwJqAkYYSVHtNrGJAqKmhgaOXr/s8/emvnk6HEqFkU3u50SPFERdr5FCpOnnilFCuWVdD4
STpHV8Cy1FyAeIJt4HNsMkuTG+T6YW4bKUzy+GoWDe5EQn5dkKXTuXmwmEZ4RTxDhKaOc3EwcXnwodgpGLZEC9tYZbV4EB44cz/A
iPUAgLTHyJkKo2ge3+TEdMcR53U0UiRrFs9jPHQG4rwoEed7g6gNmUy6KiAa95ovX3DnXXGthtklFOS6olDxjrK+xHDsxU6TWYOI
okZYJVV0iOGdUcqse7/97VYj04Kt6sm7TEAIgFHmCkGtB42voBElAmIOV5+QKjHpwQI2I5AwilbHQ/No7v0FRxzgTZcPxEqcU9ZS
8FsQ3XN451EuN1FdiI8w4A9WgJgJuTDTlTZEqupwKEtfRWRARpQDVj8jpU7H0AEKRj/SDeR4FsZzGjvHi1tigCUEpCSyBoqg3YWV
MnGm0kWzW0Pl+lSVTRB8wDxnwWXYT/n9BnrwhKIYOp1GWJoo8m7CFVLMoYcRiEjx0tvoKJpfYT4GaOvtnRxJn19Ma6d/u2HcJkPD
UhjCHK/ANjNQyLHLMblUl6/9Xvk3Fgq5ikjnz9DArrzh8GO6UE+Mu3HV3QBOzyQtkqh4kuG5n0dfffNse+tpQDizpCx8iMQoVBPX
wm7fnB2M3r091/Dhm6DlxriUz3RhzyGklk0wpXdklXru8Vy5FweY4f2ABi2fab432G/1vaM6vCiwtEeZM45YL/HvKxTi4J6zYpWD
jdM5joGIUntZN/dgaw08GvNrIIWeL9eamS60G5DetodXkutwXVJYew7/PxzPhf/l/dWASkh60kES5U5CjRlginiYS8cEqUqV7m9U
JFLoyHomr+pYsnu2EwmWh09oh9nPFMkLO58BUQMRZZGivEaOqqLsL+hlRTpOZ5iLGnBXH8Tiz0qlzMliAMCOoyFfSsH/4CddWMnu
2JkjVAV6rqJpuIqhVSAWR1ahM9VFWhEihHjXJe8qsA60dv2F8gocijCDFUK6EQmyjZMT3MQMaCBDHWxAkaaBqZ3i65xlNpwVfbwp
QdspRTwQe1BiuUTPFjRss/jiS9kDwDvhN8hu3yKnHwUsHhj52o5HokAob//+mXe0u0ckA9ZtFaMzh4i+4SrgkQxNyOnucjIAiY5m
SUt0HSeTEo+E1tc4P4liaPocNF3FAxJ/xgjItS/eq/XQQjKJiCtg0qH2+BdAS5dyKsZgneu3RsujPf9ctZvbFTKf37jK4+1q8JOo
Gr/inHIOSsn2Er5HLy2b6zoglAuCRDyX+kwPhV4Y5RIlkV79VTThN22a8KR6WUi5bez1WKS62JOmPVmztrTFlX11D6zEg6hdPslz
2SG4kr8sFWJc6RIeygagQeQuTW6cAaEMaZk4dJrQASrZg8bAACjx/SW+5Mtz/EvQk9chpjUUH66D4BP0VFv3ilnV+8b161Mf9TAJ
tQ3kFQlNXAzxXcLOiKIIMmoOfVCDbiMjZAHZEjklSmobeoimiKNDwRCET4wnMJsvTrAUHOg+qZuOCRrxOQiZRm7cdMx631bS01Nf
Nu17lm8nQZNgIZm9Eh9Q5k0exNm+wlA+tWwYz2eIAsQtQCKKcj2YkEP6MJl1RGEh+pClBzsuMYvxpG0C2wMsLEWdDcWm+T4tleq3
TZrxfGX8vYKBK5X5BK8Xmx0MJUd38zpvvswLEjQkDDDxaZjcVC0Aoj5goY9Is1ZilgAM/Rw25yBdoICfeXfpcka8uaAoRL7DcCCc
hiKK7UnLc/JA5qYWNqmzhQpvamISJfU1KT+QPfOVovxOckdRIBJak3VIym4+7UJD3Y40ioNVrifr7tBkfEKBriaF9bmYF9mS2UGY
kIbdgw3a482jMCGlqE8iFx2S8TLLosRADLrtRfkLlj8Xkt41hahQN5eIGumyuIRD6H+z5eX9urlpEl2HoE4ADm9DA28xWzIsknQa
eIglLdnJmORMgGypCOcvo80yRY63e3pYdl4GD3sCIs//ZXS0e3y5f/B6FzShy/PDo4OTd+eXRyNDyP4OQAIpfPFwFyd4ZFD6fFjk
2QKWEZcl8VTCynPRMSwGTQTbnrHTmQgdlsYbWCIEiiVxfTQ2Gwq/NRmJTAYnTj5MW6adVHZbR62dDIS43bD4csuD8sL+Gjkj6iPm
YqKZac7VkhVwNZUbxgOkwFpYNbEdzt/21k6nD/Cq9gg9IL7dgi90MH4hpOFbFK6JKl0qSIwnchR6+1kZ8y4w8lSoAfKpcK6HhcYO
MWR8ta1SPusj+tNxnk/juTcdJ0/g//nDwU06lDVU2cEX7S7mwB/EHx/7tdE/VB58DAxEomqoOEVyW0RVaADYgSQAPmWJBQ5JX27H
0LuQqxBPpNVyBgSJrq2S6P1HXIQ+7zBgIc4W0cYYkrUi7FzcavVJgrikK3/WgkmiyJdwhukhnBiqZjzwDmgnyEof5zTCGLO3JmKB
6Jga6prInC0XUMufjQ4gUtVMJE6IQPy+sLygtofRmsv8YUgKK4FIJqYHrrg+xjskY0jAi56Bwz1CDDXnGzxBaUK+ItezMEmimfAU
pddsCljc3jxBQg+n+cnqHlo9mUSreBxdCuM8YIU+ZpTkyywSkxxSRwNAlhmz9klMJAZNWjkiFzqPibavHg73oRHPC1AUF/4gy/qC
D8BRj2dVm4JUf0VbFhqAv5PAwdRmx5OXCGw1874l7o9Ysi1iQFh+0IQGTawhpmDQhLRcfSoarKQGxCD6BlnG0GIBELJHihk9cgV7
iERqRvuLPcDiGePFhKNoNsjZOEGHXXVZkm2SLgZrxIPWFQOLftKYV1ym3cMDqCVi5S854xTuLKctqYgaQPwEn5UxXEfhvb/VF3/H
iV8jpnpSlXIQ0YvMNhy4bpDFrWnt9nin+dJafKbfMYsRbflp5dqK82a9gRbImmZWP9Q1bpclY+oWc1mNDE0wXD7Bvet6jSQ+jJyw
G4LfmzA3kEtFNsPAAZ7qa+6JC47zVCjOzWioBUA763jhcAyUHuaprTK97FbJhjIGCWD4Uh7vyvhWvnoHRyiCY/GNV+sNV43ZBx1L
Udf87TlfpmKKoAL6cKCCevyjwF4R03gErCDOZWBjTzIFxVMt6kC5jNraZhe9kk2S4q6aOSzdmUscpy6GQAoKEdZMjFpntaWM9m9k
nzJNDVkhgfexIxiqrD0O+APBoVdXqkhzqqKkSBnByKhjd4tq1SG9CntYSArY49QanG2CRFt670qrAu20O6YOjqjHMPNVTHfm3gMs
pb91/4+trb9vPfvnlildCKEiQGkLvTaGcuv7mneiKTzrAq9xPwfqOXKm8loKdu7y4BJ0ht0fDs4uR+cnp6cH+6iDeGene4JslMLM
gmMgc+/n16eBggPJlG04stdnuLl9EW05p4s+4U6gW70GughnY/r26hSwhq8pipizFEgqB7yIL59s51tgtyXwwW34S22ok8JIjkQC
iFVci6tqEbQjj3SdNm5fDUAr39HRmIdjGcHR9xahPZpDD9snlQClVzZgpljlSDxqqYeGq11+XVpV1bOyIloL5NbizbKb1lri2p7A
NzCPRaPJVQO9a6lwAVYW3olVWuBVVm+kEivtNEIlEzBh2Ax00QacuBLK03mEsi8IzBGGAMrRWHD8cXRyLMmYX7M0kClmsHjwLtXY
TASu4Kg7Dk4JpRaeAeCWu7iWG7g2aceBEAJMAIO0HYkuR0Mb0OV/9tHlKY/5jbUIRt5eZ/k4CvXDJJH4GVbKzfRiI1QS0BoJKLuX
kJaFUCkZIIpPdHqbygXo41b08DWHrn3NIBDNsEFglQcQYBh0EbZff6NGSpsFSlIow0JE5gFTV2NTG2ekI9U9Zev1VTihqhVc44I9
7KLZJBi4vLfLLENsbIcVyGHaQMkq5n+XnEDXMzqVaHBwFERC2pzL+yBlz7T5LXBjo5qkfIhWAiDpunOo7IuV1auInQiAvxFZ7TlA
cl6YOW7IDGjoSWycTgMipcFKkARtEmP7uoGz1HI3cvKIDlwgt96qua/Ruu2WqSLDOPLz9ts6ywgmdI6l+KCp0X2pNH/s2azt+kWl
exiODlaL6yt7UP1Sx7Bf1Fed4/pY/WetvKr1N0T10WctsA60zrTloVRD6bWyg2IyjrpDIon3N80h6/dSB5bpCdnDScof6P1MuRvP
s4dTzPWhuM99n1Je3gRrwI7XCCWsjkMXjfXFVNYNS4ItNEQgsKj6IaSkA+Kz56yxqt8vbf4kLqilVUatNnrEFRGa3SmT2xYqaugU
VevTofs5K2SQSzET7UryOSTS0ewaL+208yaCNC2qCpAFvlwDeLUYt+1gHXvY2TI5WeS+yorwiDxGjw6El45OpEw/tTQQc5eRSoST
x9Ed2Uk0I0nv2BofX7lpoi6+28J/1gnKb5x4jqwCIDqDv9IEDkoFjle4zxjV3qfGMsmA1VgA710I8xqYFt+BLKYPeTwGoeD4cI8v
zWJZGRPkvSx7oEvTQth1b5bCTOofLuhu9WawB41irNdUQxIypbln+9KTn/otYVm1sfxqKcfAeVGJRnN567P/Zu/UEylyUfstbz5A
GIqvY3bD9KboD4uiGhpI0kQs1JjH7qNhfA5nQx9kRI3FXZU8+doJ+ibYUfZ3dp7leeARpJsRVA8cJT+bFpDHbck1xieR2VGfLMYz
YQfWspA5T2n36CPuNXi0HbZ1tknKRYgk0jiDyEUQhV11UMjEizfx5cpA98yMxOed61tqAaKc0I2Dey0ns0rSq2ZztzHVZTZ9LIjC
REHGPonqZZQCbyUHKIioUbEmn2M+lYAFIJ9OC24lSlLGRS7olg3NV5QBok96Cd1m5yBFeiia9KWzC1kj4UF5Au/w/ghjNCbyJggN
pC0Vd89oqDWOWuOVTzuai6MNnUr81ImMyCs9q6U9N2DG+XW41iDLVUblEizWKiXqNUw9HOM9fEmnT2F/eMFy/XgFHTMa0U5qpTnG
Bepx8LDXkDmCdrX6kaxXpbINma9JgW3q1HQtNxYsvW10v+Q5rBnBz876NBM8ewiwb0LMARw4JTRmcr6hvEjJPugKYCdILTtrP521
GoNueJswgtNQPK5crq4dYj5XVciDlgC7bvHr1DeCO7ClOS2/PkjQaoaiD4+HzXCYC6mmRNKJOFI+xA23aHLve6JuznFUHJ6WZiLR
d084p2lJfxx9VsOem3eFCDKdZjt2KvdJrA6BoHJ4dOBuWcVLRjl0HaSoDpwtx2dYe2i0JVrjabrNsQrVmFQX8mSKFIiW+Gpnh03n
xD6R+hMkuXT9WtjzzOjJJJh7iaQMIaA25oC1fFcL4NsVjI9mSaFpDknWP36LbTcpVE5JsoenZUBDhrdBwOvYQ7NfHekoHmdpnl4X
3tsoRCV3nyJSKREk7P8czhH8gSEgyUaBSQ5Q9yafTY5cXXCKw17ALizsn9aX4aG14fSqGqF2eaZnh9Litp5WbOmU5Cik01tnn6BR
2RiokHpkLilXjnHc1yZfSDNZx7CMpGGP3r4QsvpiIMwiMV+ECJcQU3ZkmgeR4EHzL664d6Guzt7WPqaoUm7D6Mtb1i5BWpbhfuc0
KJ0GT8UjST2urrSR2ywHR66T3tysGFDLum7N2k2Rl33lYS4voZEBDS2hmMLNjAwbMmia40HZlRrzCGKQaA2reIfxW86DUoaEynt9
4cksIgUxb2eu8gwV6XI8lZkbUKXrm1E72Re1O1YJpB5w6k7sznlEQeevOOKq/ATkiOt25f2UgJr2hBqHpuUIs7jrtuj2tO1Nafps
klerfCzwpVkTtOah4z+bibIyz7eocdWsn2SSWS/vZzdjkLCnoSVtpzlzvEjjh1tkZMDGjrQkf9bF0lMAir+t7UpfFe5V/Lb6SZHl
1Iuh7dYO/Oe57Jg9guDR1193lYwNLKzioOj2In7fnsApXbBUHcO/ngZKykYhO0ObHSWA1yPdMs5EHjgRoS4D1BOQq0yFlIL8DFmt
LxRKxaGCRiwuEyM2Yb3hTjiJr6917U88b3Rqa0DHe0PD22P2pbQ7kZ2lBnCwTnIF1Tv5VOYsa/j3wbqSoXDlCWkJRB5tdhoN41mZ
WWmoAmEFf+RwGvJ0rqfeaBpNxHT2VSyMyGXrFlWa8aVMVck566UOeF9VaaXcB/JedJNmFDlEAm9pMeUXJPyWfp/YEe9QwF31ySDC
K767RFGkQCEymuyoRcpFwC7HGFBMkWWZVHyrb67FEEUy1IREpUjKgc75r1UEArqvWUAIeg1Cu3IcWUP3QLRoXlfdVHCvGQo6nX+d
3ggxDzOA4aClLyRViEJPgR9BlPZ7O55scp7uYsUSP3D5PnxpkCeiwkShup60NdL26TMRJU6E4bDVuNnJsJkUnkhia+QbZl7amnG4
PhkZD9XM4immUxWcrESX4c5LmDhBi2Mb8MLuNaYy4HjG39g3UXzaIK7hP2ciKBC/oskCd+9L9qgYwpq5x1oEuY7bjlPT+XxpNzG4
/3nKWQwjmf7Omuzamj6RO1GYFEnPwMb5goAOQvtDp/p4lXwq7gSqHbOsfGyKgQspkC29VTUytBBPGSXCZWwpv44WDOhNqRKRFlim
ReQ6M0tgAAgF5gp1iMP+kIQOq8MDL4hi8i2lsEoKf6AqkddLrLZB8RAOF98KcncqZoPor53oz3CjJHuy+v+Xnj6O+EXrRVTlHuW5
gAJ9bSpx/bJ4Glcl028svsULi7pVhiuzqMBbXVFXuqRyp1KCAZWsp7haWeYkFJGSfPHqzcMHIAjVwSbROJ5IrTRH1RdwZOCdZ2gF
ENv2FkbaLYpojuVB2ZcRYyPnMawonvMwYc9jNSKzdxHdW1NrY6x1LZk6VdCSVIS9yN+e7P0kwxuxAhujXhkOlIglQW8ziiMnawRH
BlPceE1vF0YNeYw0IcMU5DCemS4yU1PIOnwDBwpXgU4W/YHoBqo2/m29BplGVEfLfg/CCk3IS0oeBurH8xfWVUe8wi5Vw6rKU6dh
AgIJ8WB3/O9lDJK21j2ezqPcwZfw+8ZoiiorlOnmDApU0ueenCLSTPk3VY+7lhVIatMmGUqiVxWvEct61tyb+iF72nQtqEQhmmy3
SyWRns2WabeMRkYhmDbg6sEKP64T6Y+2Wf/Nq+2R94QdRFjTnKvYXCOsnSOm81QdLoSi9fzs1M6P5xZ/OjJ/d5pm/XBzjmDAjB9m
6VU4+/VXk8GKBO29Fuu3KU9Ch5b2MsFT7R7j45pWLEveFkXfu4vNXVKv1FdbS7LSKmRL5tXdh8AOxccWDDCSErTskykfR/cLoEZa
4mtRWlIlw9AywLbK0V0DP4T0J5wLJYVTJPKM6177lXrGrsJGSvpuucw3LZ/90uTXt9rdul3/cxsy3OuGQ67J0tVyaAzPdSpqVj+t
goWDkcWlrU8oppvI0mL0LkGL3ebmOsEfa5nl6nqsVGJbYkHsNY+McWGDYEx32SNeYMoZjMnKSQacpGIFvqcf8H25FUNHiCan+aBe
SiVJdivi095BZ1RjibPLwCwxN0/vfb1GEyfdcs9YuDf0ykjlqh3T16spBb0OAHM2Enig2SVwEow3ZCGRt6tDMtAIVPOTlDGYM3Cg
faZx0xrO2bK0cBMkrkTKGqosNVSxQirQ3rqalMq84TsjLTeil4lbS8UggwuV8P190Kr4Utfahpk25mWTjfnjF5/ftryOXbnOOGTK
GrOdhbdbeVjVc5lDKVFZFdgFohdlnKXYqpASKeAVHUo7wrkbr+dENmcKRnFGoPAB1s+iOE3poq86a7vaBGCsYdpa5XXre6qwS3EE
PTYAXPJUOQ8bdSpfcGHl3o7sTDyvueIT9mr9TsfJpXSPr3euv+UcvtoIMqS2yxCg7C1S4BiOMdTr2iDyTbeJ4FYuwnHkmop6X5+M
fGUN56A+SooXdw1SkbhCd9tIC2rXp/LjioMddEslj6juw0y6LPWpvARKTimF7vcWZBe2f4wzg5f4H7yUpAOILA3PQo/ZBffjfYT/
NXkmYOGiTZTdxKW0Vi0qYPVHK4yj+Q+Io4h+D9AqpQoQ+G8G0zBP5ctsFa/YpAS9UakkmcYjzuBQRipnicipk8ERvY0Xi0jzeuY4
BvwW1v2GAiVivJNRgeuUo1wWb0GjVoYJVER2ZuVHsJrPeRCM4mTjCXmRGKnUSvvLt9I1BXkZxmfKfstMopRmAU2LYaLndyovlMj0
J7RFdtAz07aFnClIXwdHmLeHEeffvNra2t7qe6H3BhWrzZ+9MaXvFTYsmiBPOuhXU7lItwT29EmXBQYjUTrM9Cr/9fnWYDDYemmU
yfT8MkgQdXpUQLfEP5uWf8l/HK4jr2ADuVqX/4jIj08twCfrhP1BZfi2/v+6e3/eunuc5W82O7E76rYbDcxoAuhEWMVHgkD4LRYO
SUjoclX08UJcl8gH6MWrKNY0odxpMpNiW2D7J7njuMv2Bb+ft4vNKSRdPMYhxNQDm9w6KK0CqYSdC+O6zb1OO267UwIbyX5KMC9Y
o5vpWm5BFulBTPZjw6W5jkVAVarePJ18q22qWeNtdPsSuRQcQSXZF8JvdG4KAO8aJl45oqyZi4tgloncdeAUXbEX5mh2OdASLOkB
3oig8OiCa4u9D0gYtpWmfuxyuiYrpK9SzyUodI3291kDsywB4Z5Yje/L66RhfV2McAh6I+uvvQ9kXhf91Fem04zC8oi/lAKENOk/
dtUl12k55dYNkmZVkaCpDMrS717E3yI4y+Fr/lk2rAKfProOlYKbiz9g3cGCY0fZXUhYhAXbOUNxmm5HnqrLkbzp3Jl3Q0YnweOd
9Q25kPfsey2p7rDhpsRi7aAOOphwfjfXjS4OGr+De8ZHd5bVkHP2GgIO6U0R3cGg0UcWKJRhtaRASAmLcrztMH1ANbCSDfvBIw96
UZ6Q61Nwos6yRJazRGFNmPt0f4Ua6J8YDCs9OUG1/J+oWNeXU2ZCWI3x9FG0T++HqNgUELI94hi93tgIwX1evAcRgkRSNDPAhvW8
j/AHIdMuSQT4fAQTSYrZw56w+qLUuJ7kJhTOF94pkmsAEnulZy46INNqw1eY5fpMCskALy8QiQdadzQ3Ji7CLZI/D7rnMBQdm+bx
ljJ7TeG6eroIRdhraMP0UPKy0kmwj06CAqTSTZCpLUsvRHCpTFWvPZHit82Rt/xvON1w2KrFsPlKfJbegNpv+A4I6xCfctRl8NoA
LTHyhU8FbCZRHt8kTyhCXrwZzCdfUAb4MduJnhLF2A44Ta8wJCK7CdECJNMcYg9a+m12tywwuVHfOzxdPePwJoqGweaIwatohM6+
fRyNmsAEQEclb5oFpqaW+Q/6yvX1dZxFd3j/ny1nUd4vHbtk8hcFNQ/XJ9MVfnHJX+BYK0kEAeTBdRRiYaN84O195X3LtV+8Uwxm
EX5dr4TXwSzMYdHerI6jgh8Nxrmw25HbTx6Fc+F4jL+/EPXWKBA6x0pF0XiJpJC9zI7SJGWOnBciYfdtpKbpF5jqjHYF5a4n+PIu
xiChL5SFlW1SP4tsw1/wGRcGIFx60DsF0AzuFyYlEEbJG1inhTBS4QqJQkJ4uTDmAlRkAs5FpgQA7Ti6Q+9huRNn+NHmD9hNsGPu
xYxZiyvBuKA/siPqol5mXWOvmBAOzjDmTEdUZAzUUtDj4Kvjwz3ltIUPJMJipiURa+eL3NCEADd3WuJnSnWcAxpYkmiUSc53aWDh
V0L5zZtSonNrzH5Brbe/rWRD34R/vNGckDrCWvE5PaoVj0uWc055V4bXT0MRLIW5boZiutBshZGxnCIefl6Rmwus7s3UOwQ+scI0
3VezCG2W4n01cTl9iUhNV6Yg3JKdiTIU4VM8PDSGs1wbThzzJaIjsWB/K8zDSAkyhV3iPd8ZNeUcW1kuCLZcZYNgcVdUkYN+W3J6
WTpjV+dVYMnEWLGPfA108Lm45XobJTfFlJ7WKqR+cKerkzHM1AndjOd6tiVKbyTe4XDvmzPPIXSWEnAwn2+2y/ROQHmOaYtHxQP6
3Bxy6qPmKm+cfSMxyvFWgelQS32ZRPcL2GkgehpabhD/R1650Wu5k6SsbuzOSzZEVpnJ2RCVm3P6Ca+fUhp/EP6WWVw8wEk/SDAM
XwyLBf6woxfe0773GoVpPIbGJcTR6PX5ZZWoiU64hKE4N8DtQUiYRaHIT05HVnTqb5MJjswwjmNBswBgiumDOhbr4r81QJ0by0x5
Gk7R71XDkUEpbWW/TSOkxRSJuHw9SslFZ6j3tOe+RRZdL7gcwAPLH+L2B2+y5F1eJtOe+W9ToGinaVZgaPA8LSIRoI9yg/gzyp2U
xrC5YXBN3rqyxicEQ7uB27Ub+LlzM8qsr9iMpOKVSkBk/VTPSDvHSgiCpjUmn+WGWqpwORjvbfOI1gRy2KPMIHdvZCHXu35HZT0x
LCyop2HQh3QgC3E+mcM0r2bAxEkRq8N6TXDiMpHCGCik5O2c9tLCLrEWKZIdkipLto9lGNFfG5gtiUi5t7W5/e23KMpjNiqSGVAc
RuwkGcuNdnSSD3McQLoyNHIyazZSg/xbz7VSBRncF14+GC1mceFvDDYsGEqtBHvCbXvWOeOwPLYo+GK6ALrUbGNsdQ6kAyLheA6c
E9Mha49eet+0QWZAN57C9o8lYBIzMTHgxtYGdo45ATf+uWHp1KEXflnhk9hvhVUeU1KiLnwSIUgAAsCltmnZ66Yad2K1usGExYss
uo7vvXBwNRgPJk8SdvVPtByGMJ12ZD2lbjqhbN6Z+WDtC9A0poSfh6Df3J9c+xtPbBjK7URCxy/lARqMllcMElbMoDZBx7PhXcXy
YKg+eBC8gNrpIjJhDxVk1R/BvnY+RiWiYg+fgqgy456Jptjr49H0r38FhHn+AjDFzb/xChL9iknEGiLa5Vhci7L0gU6HJuaHHVQc
UBGg8CWqL821DMqKc5iwEB7fxbMJ/D3x/L9533sX3vvWJMUUH1upSSgdvKIHUTIOB29xFluVOXPhu6BJMbDS5hXhn0PKfbW7f3l2
8K93ByP0wYf+OapA5XNN0mSTVkqMyY0Cm6BA6wgbs5IHZzd5oMtERCWyAW78baPvbXyP/7rAf73fQFejl8IGtj6EoiJgEQpTjNoj
HDEcYzZHT+zWkKX1lZTWbZMQiLpyoZSy4lyGszjM0RMrL+KEfHcumaqh2fO+uJymCyoAJTLhoGugkAlakAaW6Qw/wbzW3RJaCyQh
iNBGj0iH2ZUrwPZU7Vzb14Ika6nOyEu/OjtrDd8vDXLMDbtjnGUUPb+tzjCo1BdM8unWYPvbrcE/BltPtp9x/WnaW9FMbLAVfAfh
xe0y5y53sWnGPrxfY6IKMarTC6WSoGaCreQ0SkhcSXxNO7tATYmO2JXTly9eXJaGSiwsMFRlyFHBAQyuYBERT/hKgRwJ9ZTVWlAm
y5SI4pUT4Yn8vVbDd8d4mVAcAYKvtIziVZyv7J30zl1UvlLzseVy9stxpAwBf/iiE/GoOxbUllzk/F5r3Xv1ufY9Yxq2wDaF3GJn
QA/WE9I/Ev6hwgF7Bnt9PBtYvJB6gnpxuviFYnbrwSg1pfazRk64OFSgjlzbSiqM0NTJdrprP71s1qjtTJP3rXbDoTnXbthKMEhb
8t0UDqdI6F3NjUWJ3HxKAm0YT0fTcBGJ2gqYFWRFVYqm4ex6U0bRUoeBuEwVQy34i35Nux14B3R3KyE2qgIjvFwAAn2Z+H6fnHTj
ggB06QOCgGNQLvul6QUhNMf8x9WG6FRY+1GBg8JHPYmKSxIREOGokm/thfDjR3BKySB0B6JovdfOKvVSIbndujLunqQzvQav+R6H
cr6UE+p4t6sOVsLXypbS25WF/dI5JPrBp1lBczYMdJFrHSr7VZ8m7Qv8ECbWx3QjQxPWdP5TCzOJc7ynvRQLZBPz9H9Okgh0Wv4w
i9T1+2FCrun458my4L879aIS5MPf7/ZP8T/ne6fdvg3V8LtYehP/eEWh4o/0wLF6xWiswos0dTVy1Q9rq45gE2SOMLUQkGFf80br
64F2Lfno6RpA44KUPloaIDiVJyt3nCUrRqfcEzzF4ezwJgGCvhfCrnOYpTsuin3+Zb03DL3QszwxBZXV1jyfluwsGqfZRCV9IrVc
/ujzpcEV+g1fi2vWoHIBx8O8hmk9/GsJLBF4wYQ6PpxwzfhyPAYv/l9iD0NvT/9JVfkuZdv+c277stmqaU5Id4+6d20HXZeVDVEn
iu53PGU63qFH9wNK/1omeGkh+aOHvIjmgzO1SgNRZJjW01tQlz9EBRao8gP8S773e9ou2I6FrGRGxUkWmusj/WfoLbA3SjCMWacc
HluU5RR76FY9rWU6Y44CHrtmpONSw5Ri7OsF9Vad1DguZwUDOefVBijFv/I41SHwadsEXHmcsN+KRy48KkHGvvtSc0CGYCJqTyNS
TZXDFM2xni7/HgPCyj5bOrWSwIqzqeXS41CKu/mQK3ySY9hXSBNIpQFZFAjTZpzkUZLHBRWUJ43G/+H/dvftTW1c2b7/51N0lKly
q0bIgB+ViJAUAWxzBgMXcHJO2S6nkVrQY6lb0y3AVOLvftdrv7p3P4Rxcu6dUydGUvd+7/Vev8XYbQcnuolgTf+5Q89QwTC7S2Xg
wSwlzK3iujSOb4Ri+KicDzlTyjRbzha+ojsLbRsKAw4lSHlbFFCeri9zpuyJStxoOXfWHDQngsgLEJpnd8SPYYS9e0TJ+eVNFcGA
ZzhMTJk66a9vOtzkP5/jn0/6eIw328iB1on0of+ZPa4UOJeQcGHvK3ZHz/fhnnHcgh6XfpJ4X4/vB+8G4azzkifdTi8+3cjBZX9O
2VJcfyhaTgLSO/dlOUrrHoNCYlPZGoXWF67P2Z0m209llacZXwBTYwcFwQlrt7wtqNj6L5xzDKidvmNc0Fbzklq7rRuvU2yTJhXW
ubExIeWb4cmY+kGMGSDoD0oWdN1x0YZ1eyhvvYKbH+dq85JFA5+vOotLV3RHW1vggtofcTxf+8bS3flEzRqYf7wLC4uQf+p0D5rK
fBERdzKu0bzwQSLSHnt+msT4E8do3WxgIOYuwTCNi+IqmaMjxRP2dXJ8dh48Vg0Vj39MJj89/vEmzi9+GoJgKokJql4x3YoisIst
b2FHj9g8QGhzcDKSQgLFbuIZsGa7vz96Z9fjMS7aiIPOeVd6o95wOOzJp11MBBmln4NQDZ5OOYjUj6/SAv9/ep2OKZoO/sZZjoIe
Bp7ycF3GtLySMPf+kIN0dI6xGu5c2HWQfTwnjxRX90vRvc+QewxlFc0ot9jJYuZX8BJkH3HYQcjLoecxUPYXtYbkfpB1xeCDPvQf
pdU+pTfuu646d1rsy9bRFdHVuZWHCvZRf7jIJnf6A4+beSqPvMWPsYiW6HztWWeFobUs5HekZ/Qt9uv1Z1RrrDCMo6rvQIXAX/Ge
ArU9Jrshdj2g4T9M9W9HRLsaWnL8QNaF3O1Xw1enDDwBt1vWqF3+oyvStbB17pVSeEny+nK+tFpfXuC6pnwv6RyOymtl/VFCKBJP
ucWdfeiqOLidBEbzGGn/Tq5otNe5o3eMWtI71bIlulTsJC51LuqE0zERHm/xWHjdWhGgPmzIDSmi0kTuAQd//pQeb/aXs/jU6VD5
+r9Hh/j6etvNMFKPfaPCnuIlxC3IpUdX8gGWoUMRlBpRDMb0Yf/09PgUebl3gAbemc+MlFES1Opete+qPGSFdjuiEYXEoFX81e5R
cLMZTLIxXTCDay5FN4q374cHCxEUthRvJru73ZeWJQJClrhNirhfm82kSD55Y4Tk10KQWdQGBllPU5j0kjUnNFguDHSMvwiwDj3Q
b67IZEcYMuaASiWHEaDgVFoioWJN8YeqmW99Rbb+aM2LonAZaWPF3KXE9kCPq2nlenNrs8vJx+cNAEGREW5zsjARTaNHfQxdsmhC
stha0byqmP+GNXJZ+ZO6wdYP8maDBnmz0TTIm42OwdurKFA6EchgeAZXCJeZuZcxYciV8rGioGr8gZKVKGtDoPovYlZB2QcqnSQL
1NUm2wouuhVaEEmkvIxuLk7CKMcVNST3195ZudJ2kR07BCLxgNPbh9UhDxUYI0zwqhGq1VKgXG3NaKM/0m3yV3ukaZwykkTwBxvz
0B5Hr1Vq8uyaRK2DSbDxeSgJK4mdZEOh9CrxS8oK9M4xU8jskBbBy6lh5R4ZUmvYM3k4i4+XjxHIDBp7zDk5jyupOYNAnv5u48kP
OOuChZyhD2qEx7EtU8H85AT4YGW5J297AlfjSMqVh6TBD2pikqZMX3qDJfDwY/eYmySXGulJpWH0YVlNerLUyUpErRkBQ3puo7OY
LgVqF6tHdiqU2aALjAvMLCMI3mC8lXJ7Rxayub38DtiRvbXJ5Zps2doStqL47oenQXEFtIaTLCNVKA1xZhPgAZx4hsWicpXPpc9X
+Tj1hr4u+bgzmBU3QAUx5uitF6c9kizCsGOsqeApVZnCb554ioGU1TYCM2f1HUnSH+965kq9643e9fBavet97kkRVz3cgU2EjjK5
nvHEl/vdfE79p8UPONvp6H1uPGPdBdF6mc/HHpBEeLJGB55jKOjUJmePmlkw6IHO1w2dTDwHw8BjGesxhLbKGYTmmJ20LA7Stk+6
KgaZXHFQPqtrlbpo+x8ZY5nUfGp4jKNfCAUSuUq5ox1fgBYV2dGJtxI7yTaLS7hYt9GdLSkTq1U34Ym+CZTeG6wP6f8er3NNAs5x
KneGqb3xMmbrjZX6i0Ym6XBYWUIOJphUobrK0mBeMSlSAIeYE90VBwEYbX17JmaR4ylxp/VUHti4mHs7ZIeU6RPJtHVg8lob/SeW
02hx/vnPlow/8jfyOv7UQV8kSwUvpal/+gCruauxsTlqwhu84QHXkGj4b0sO5tgEqVXD4D+X74qcc47zKSRIZSKF0OjvrWqVTqRV
hroomEWHwnBq+h4wTFMGBE869JI/4mzYLbxWqtKSqrxJ8qtHyqG4bs4RpHqSsFIZcr9sdhMz9UsKE1jH3BCTz4HPxvEymMcY4k/1
PAO5IBXutVmZ6Ty7uHuM//nuycb6D98TVwTl4mOcP4Z7hqz5u2fr34s9NppEC6SkxRVZoiN0Ml4vszlFAuBC8DoJyuIkKSTKzr3c
fL6wpNReWuzOkpgU09rTdSprj8KjKUBVGC+BOlKVfU9xs82AfAJT1UQAahaTfEaOTCS673qBW+BwD6oSc6fNzowhSYiRVUGESpWL
PPTIcbXWZZQ7ErtIPc/W14M5Z64/Q4YlvAmlFQQkCDDhHvcEQVzyGGWkCQIEPHFSV8VwDQJelo2MjLaxsSkW9RGVUoss1luxlDtW
a1cUaTFgdIBkeZ3MZkkhuCz2it8fkkVMsKzcesU1nmuTuDZ413M0H/hpg0Q4z2ZbYtwO/2pEuW6Ur6NVgwufpGiQIRxmx3L+559B
SN/akVnAZkI7VKsf94fk6UB2ZASyJuMH9gdtNwClKNL8TTsglA120FqiramcE4spN/t4DVOgh+GPWqJEyvoTWrkWizjKCyOHKFkx
AjpI9j5T4oN3cyQVPipVj7HGjb7RXAZPBQG7QqloxQcnlgjFECqE3x48g1uH9hl0MKdGjq33v9pieqv79QGvW0lRddzAFYlY7mZZ
D/WXcGq7vSsdmG7j8/pv8dU61lCqpo026t0j8YKgYbzowdlL8iUGB3Ek3eNokTy+GqePgUFwIUv8tEavIAwMgwjvH+2dHB8cnX/Y
OTzd39n7nw875+c7u6/29+zOOxtOjKWEUJTdHo6Oz3Xr1eNl4EfqiVewXfYRKMzjjafWAjc2aam19c09weY6melYmf+bzHSW8c2M
ZVSxoH3GmkO2zQw2MJsnBL53B9d/xwJJWgoWmm0XGFXsYWzI4jqdVc82NMlea3LIcaEHYg715+ERgTbYFh/M6KjWeHcOHAq7iObO
+P4q3wAugtnGQbUMffneCAaQiCXlLmHYc+SOKIUA4Y6BjkSFBvTwmPJS53z91aaZrvZBEK9c2+C31rgbY0icVIbgcVDOYBi1YGdV
Y0bOSw/Iq1iFUHOy5BNuuGT+3SQR5buFUiFVYhFHkoMyI0UJAcQwxTdxIRHkKjuAGqRgFscpw+d8GrjZkgMre7ATPse8AzjHV7Ih
qBH3gD0l4ztaT4q6N8v7cMaFbtYCZLttZgjZV/vJI7hdrzAbEn/HlQepbk44Hnm/UzDUvEtIv9R0gpUGQSVqKupkgmAk5E8HL8Nk
73Fiamxo9Fc3oxz+VdU5q8mw+DD/WXla55y+p6qBi8oDXCJu0qK5OvxRHV3cqgfgijrjla2E225yVGOOM73xduP9Vn0qMD+y+b4m
fzSZUl0AT9Aov1jBi/aZXrGZdtNrKb17l9MV3Te9tlRzeicDHdn8yUkM9lhfGRHvVFleVQK7DbDK9SmQ+sBlQQeFgpzit5QEyE/3
Kl66KC0Qsm3NAPMVj4Fez6/TZHk3FHPDd082Nm1EQju5nraI8mENFyiU6FHuTVVJZaw5RlnkwobXKRU+QYrFZoVhxUJp6H9p3QS8
8yfbN10Tj4R4BdsmDPdPN1H9T8n2rmzEMY1NvD5kwOPUHcyFRPP2DG117F9CvJ8bNLKkXNaIt2ygMjZTPVNU424RjGkSlwxfdJsP
Y1C987DHbJYhErzpdrY11j4w92ZKiqbT4jYzqX5daF7nVBwefZftVdisTcujc3s7WE+qVaA7BfKVyG0two6X2rK1/O8huJewa6km
puvv/xKq7JJjGkI1DN+hjfyijtfjUY8aKW3lJQnyE6mt34HKNxFiTouH/94zDImERn26Vx5MVxufiOh8HoC82QKqEEWkr8sgRNJE
Q9NUSVB2iK+MybVA2hQ5uz2ebF9idXuGbKPDaHEtGePwRe51BdW223gj2yHwH8if1BaeBdsjRUwnlvmQlLFoBmcl1xHqeSyaPYXK
zGLQibGuvKhtrulQbIm86fDWJXCVfid2wherngdWM5c9WmYVPsOb5UU08GBhUt3P4uVDEEHS5BmkATa+mkn/N+GUWCRwqxlgo42U
NBlTDVJGTdqjE3nxYMlN5ViKSsZfFcWjJmTCk9Wkl3TbbcXrDvGyGK6E0CGkombRbE7yQIvmN/Z7lsmOckysfMQvWqlqVcY2m4Fv
WSlmRG5Ov8rBFf+5pjpgQTad2pDr5AG1lkAZLy+p0mzELhkVf0BOF3SfaxMjYmaSvbrv65MXzaWVk0xH8Rkkdxb6ibIS0jdQ4Ow6
L5i2FijODltPBAHiMMHpypZrLAjOgm61v2ksCv5SxfKCXRqu6bkGi0E97zBb2hsEpRPRBHMhGlnHggzlG9ik3zuD6LfDWv/FSj86
hEQbt9M8DaMaBevA+Dj+YRBsKGToapSTqJ7bgZs5zIMw7VHmsGoQNmkdrYip+rTR33pg41bVVmUdQP5zFWOV0rYxWoWqvYB+LHIr
mpkLim/Q3wCRIWSikSjaGqAIQTDMqtpae2RnrKoDJwIEXG21yl5N0zn9YsFhddwTTRWapjYoCcdHNJojq85qUtP9Gn1t+usLe9gy
1Z/NqcASSPrAdAu46kr5VtcQRNxJgeP6+XryqaXOl9nLkFoxNYGdiwO/rXRv+Eh0OxN+fLHVdBC/baLGPuFvtlUr8kDSySG95zQ9
+oEPWSl4HFRwmyrfsTTgd0JRvRUBssECQJyYrupK1MFckO9pS2nFbpERagXd5awHl0r7Lhn4wqBdWN7KvWxcoG+tkBIBcJt+86Ce
opcrGuPmunFuXj+XPbYChzYJrVqYf6Fvyx6IW0uKytg9kH/KQFPkuqITd9H/Ot4kA+1awhzrjEqnVMCcGvigAz17fQc5sem5REqq
roCjWG7FggWmWgPZ1FHE0Debi2JPGr9nGOVFdWqSSQED2Bn8umYiW42o7wTjgO10OQgKafJT38KdFBzbT1+wToI1zFC0OmjCRaA0
S9VtoSq2HQzOIFxmWjXoZCe945JGj898JMc5e2i8vs3ySb8qnFBdBNcArksl9KCPWhxaekqXEOt+LwQOrgEoW4rt6GsUIVZcPOkA
m20FyiDgc5fDoxrXNSNgFW7sFMSqJe5e0NoC9OovyKYH8U8pz+ZDr+6+wgR6uAq2rgU53pthUZMPC2jCl7L+LdcHwSApiuvEP24U
9rx8+il4/uzZk2fdL5Tp0gZwTbjgDydFb6AaTc32ymOsAVrlwfRN9Etjxni7i8W+XrskaDycm0UVoe4AfikvCAik/U4HXEj9sgBB
wuv3h4c09XIID9JpqxtIpNJ7q2PpChSpxoBHZ1uDfdY4sogikqZfgQKtRETgGpKRA7MnVtcwd7gkHRXiizjwt1y1FG+5sg+h/EeV
IsnKBD/mhBsiMf/JskS3HVGMWuTi8h7BjsSc6jVWL1me7fulzq1ip4y0DM6rY+FWqbrAj9QCqbCCkMv80UMkw6mRv11/D/1Q6T0u
0PkIKEGiYxb1AkYFecARO65Unm9QAmYNogsyfeJYttWgGuN1S0qMU6+xZ1fLrnrUW1bb8ba3icl7fPHlSyEDenEGbp1Cet5cdH3p
B15tsHdiLrK609CCLnxVrftKV/Ez5ctYtwydbvRZ/PvUN19yRxOWgl0rFT/uHgFQdz8aAwBqtvV/USTAY4/Ci1mN1HekHFjoXUHF
IaT4ESQqga5PF0dpLW6/wsyzQI/vK1p44M4VQbpxFZube0DV3x+XvrEQSK0Q8EA+xvtKAA/L82S31Bpul0Gu6/kPW0tWYT70hty5
b8l++SBuMFOy0aqt0M5xBoIyiV9aI6twB+UZK7GHqqamTEhU81RFQoyCs1rDkORaogygTUAcjG6FLQThePJpPuuzdhQv47wSjR8r
Q9Kaps/knCrpgsssC8JaA5NvnCXxo+GUY9hONdwCV5X59f0ZR9XzsaZqZSaFqnhsV89kPUrTNwUIgf0VwSPkM49odR5RDcxHpSWp
JMVaK1SndBNvYxscVwwtRlLpk7robQW9fxBRwm7/QWQpGA6HqsZ1JXKS2iJzM7cWYOgG4g2eZfMYDjfQeDEpVw6WxAg6gfAYCgmz
0ItEg6rzVkzsYheLt5pFIyPiGhbquZ+FaaOhX83zc02ibVWYWXyJ7N0tNs7u8aHj41Yg21+qVXjNqXVEt4NM1NHJUg6qqgqj946t
6hRX9Rfl568i8zU5JM4q5dybqtWrpxBzueKKsPNnhL7Z6TEUxxCZEOkwS9dmSfpR14+XMFsFjTEgOkMRDPBAt1yYMx5e+JD1aFdK
ean1On7txBYnELWajeKP7fECnVHSCuJ+SjEQ2Y6efOfCn6naeE3w2w3UKu5SwKZa/OVtOcxAw7i0Y7iUGzjQzvu2vCBvO9XAcWcs
nsQhbzNqo7wJLfIMHbPXCBcw9o3X/rmPGI++mCRtKo+7JPY2lRQ2jke462z0cO0VOls8yVlWIuAoBRzJTH5IXugCJU9fYXC7PwpI
IglhPgq0RSDYCMTyNwg2A2X52wp2hEwFZI4bBE/4j1/uFhGGQD0NyDq3pWWLDRF8NstSRrtD8u+hOVW2Vmc9eRin5LeuV1LsWKXe
+m2kwFkLPBQUPuSbF8rcL+iQCGEtimycIDJHdfK57246XeGxq+1K0ewv6U32aYGBWTQvY6gEgZO+AYUiGNUEoamwVnydxuq8Tt80
vf41KOyRkv12XU+0nwpaFj2X/lk/+F+1BXW4g8urO0PS1G91tFfbBd+XA8Fyx2zYdxwEG7aPAK68v/GdhpZ3TLMguym4TR0oo1wA
m+pvJjvwzRPtFwAa5O9XGzD1Oi4wpE1/7X/L6KnvRboveLj0svm1ZiVdFbbURDStKLn9r8pa9gm059fXJvT16GAXBNOkKEAZ3Xj6
CP15N0DFsvwOASGQ7az9+g6v9a+vBwH/e8RcaEegl/AXuw/fQ7/OonQI/Z4hJMAIeMHpdZrSVXkSHE9hFZ4HZ6CmAqv5ITiJqCKz
UcKHNIxfhyfZbZyfXcWz2VBaahNdf53/JTzkZm6YiFoyWbOeKvbTwgicYaTJuOgwDN9Q4NXasbhbwuSYRngz73dO/XEGejMzpL+x
M9x/1WFlGDDmOr1QLTC6FKEzh3bD5ybK3UK903tRb/xfCiLuxNAQGD3SwNqSeWmZ4PMLdXRbXjmjKHT94ol50fql/vXX0dgmOVa/
1i8N8zvR5uEyyZLpWg/U7R2QAtz2Y4XC8RohnTaCHYqVZxtcxKAhvx7uHG2ZsqRUgTKPWYhZH9YNEhuXjXDYyA26pZxeiZ28SZfR
5aXhJFxdgHkWcMf0IzEsiqKFw2VpANQePy5dig4AR2+9ZgnhAhPBTvtdzBhfX8i4mTdLGfaBpmf95xmeJLrrWXR8iX/DxT7G3DJZ
XCH1wrWB2gu3BhV9seAfnuJHpP/w93NkycQC4MMP3Gq+5Oc21olfYvVN+LBRI14wYeGTizvxNRkqWnGG0zjCyBE41H/sck166H6g
uKf+Y80wsM9ApIsl0E0MLs/R5DsMzkDDA3Z69q83xUg+vI7S6BKhG8v89TdOln/BHQfhgWqtvxWMCb9Q2tk7OHv9qLDfORZfoHp3
7TidJZgcQ7un1La+w9I5ABYtXxxfas9Ss+k1Pd/KV2s8EcQashZhyF6+W7Rlf+MY2BMCLlQgyqGVBU8QBH2nQM4uI+tAR2jgR/yN
QG3IEEsRKIsZdLkgGMwpJbWNaFGAPJD3Bdnazg00TkZ21Kery+zE6qKLRiDKBC4hjmYCBYyvMzwi5QdQtEdUfDR4bIS3qQx+7PNZ
RFTRbj7E1DvKZMrt/ihIGb82S48HR9ZXnD3xdEqVoTGnoYRVrY9I+egInf3GyR2lV47ieBJPlCJfd3zEvcAPncQE6tknYHwEXmeY
As7eY7w3nD4aKu0Ocdu2GBbygxDu9JJRkGC7DqNi+Qs88WZBsHF8CrEZfI2gqq5T7ggREHDBQ/ZWSPzHmM5HLXqdTKQIW8z7dLa2
AxzJ6yj/GNbGU2E6Cj1bzhEHrSlsCMWS+kfUQvnVE/gNhJ/5Bex8CE+gS9I+4z4/OrX3rY10B3o4PL9PYTX0c6tYantHxrWJXhxW
0VD64xR25ewKcZmk25aiQnWRE+OagkJqyuNK7c23PdyL3nti7LQt8At8q1YPmETiDMWK93Qea47KVXUhyb0eTcyZ8iccWZeYUPHk
FqcxRimpK8t+37mmnAGB0QdhlZv0g0mGR12unQd3BW+hAkRBKqPuxkdYWw8o7/clN699DKYYEjBtLM+CWzG1t4IW3vo8ndRVf5pO
3vaqE4T96xba81uegCq9zObJOHTuDN498sRVbw6m8P4X/BWCdkKHZUDjtR5E71W/Y8JSJb7HX5+yyfZLq8XQyrxzFzEmkaK7flSm
hsDs3pzvBstk/BHRd4Pdg9fBBKjbEn9k8F2yAUcad5PqpzrsVphwGgiJZ+xQPB4FMKWQkJ+tgESmp/XFgwyFrCGo7TFvjpKZuebF
3WSu8IdYo9ydRUUhEW89LxPpNdgVkaZnrmJJAm2mwhSc9e71a/VNPPQUc6gX2lCSMNRfLjEM+U0K+5IX0Qy/CuEb3L6u4cmeUygr
X0jc+9IzXRmJ1y9V9A2nKVaKtzNTLJPlppKrNoFsw5z5GN/htP4gV7IQTarHxUTC+tOmF8HnmigoEY49DVaEVu+Xfkm20l+DRjdd
WaMrJyt8xFuP60J1cd9+NFEC5eyE1ouGh9ZcLRaG+VY5ArGEMSgdEpUyWz+B+1UXPVxvSGopw+qKqU6sK079Ht6X9pzQxoV288c+
WfljH/vWRtiGdqrhqjQzznhdKVWzyizqn6fq9ZR3TuUp4J8faejDwzi9XF7BF//858NuTUkT4C1iZdKcF/lRdo5v39vk/VfZPiyk
A+qukuhJnx0EGhH04o5DdIAbFuM8WSyR0QXhP6ZD1nzX4v8Ej0T9xQhyR6Vp6jQ0WhaQ/wkIGUq8Mkr+XbwcNmYTu0fLXra+tW7q
pMHGwicCd3DeMxaY/boI1/oj9PmbbgfwC3gC/xd4A5pOHJ/2SNBd1sZ2ibVgEo+TgkvnYlXbSVLk1wtKsv13dhGEFERDtSuf9Kmg
wQJ1UqzdSxE3Q+xn97vgGevE4bgYS2UMJeoYGh48G27QYUElCdMHMFjo+vIK9fE1BOOFldw52z04oLaoZQp3GukaFFjNOmFxiwIM
Jf7nUaGeKLTOX1xFC3G5B+ERRRQZw+wg+JVhuwfciR0sMeAKbH/sXY0XA4oLevue/n0OzA2W6A9tmYXrSGERfP/Vp+M8uUzSz4Pg
JRe5KaiPvbRggg5v4d/XU4IE011z7APGEdFe7cK7l1l+95nX/L+im+iMbtSZ0vtyNE6YtcU+Lq4TwfCZj6hKhVPlkL5AnoP+Eq4a
ghsO394mExw+6knGXHRjbaGFyoL9hLI07tjp/dLwOdoS25xK+DsFO6giITiF63Qxu0arMfrJ+rTpRyIJE3jWMrsGYbhQYxlp6AcY
H5oiCsH0l+3HQSCOI327IKT+ibJs4VtwYL8h+8YCsTvY7SWD/obp3uL6YkbZfRSQP0bRV5cl/MYlj1h729pzOGeHH05O918c/PeH
49ODlwdHsNSzSTwdXvVHARls0TAOLB1Lr28Mgt9g4/6FAJJot8VFRasthcLkOxMsw5oUrJc+bYJu586l1e1gY6v1WepqO3jS/qRv
MNvB0y1HoypveqjCYUzlFmDWU7j1sAwnvLzreF24T1iIPaqVs3ONihCsOtUw2Wyas+qLX4QhbW7VpVTgISHapCVU9fIR2blIUOVR
Uawbv03ypj3JF3BW2eK4uLorYIwzPLCDEh7UGBTCO9LigPc5dHZkzJKEkKTdw693dr9xWF0a7H/ioo6ClIS0LFdgSqoVIAzkxcHP
2B40Fc+mcJ1mVE5zyTkdGGu/zODmSUuuXrqMozlmwpVAqsjIUb7dyG/R5mftinNRSKGsl7h/glUHXRmuaEhESN/YRq9xU3tlT3LD
s23eZcRBCw5AjS1CPaxV7HZ4ALNGe42SQVIbxASU3hmCqYWYliUMSYpxN8UhlS2GsrCYzCmDZzwn1bLtj6wDShvbEejad3Myg8sV
jvvd4BoaA+4wEp8sIHyHxjxm5EC/M7jO78RlQDqIA6zxSRBBy8IcypHDjRjvEE55ZPcy1vQG8+emVI3k6HAnSCZIVqZY1omN40Sv
+sgsBgajONh7tXsyQDsO/BsQuONQ6p76vAWLKOGi6FE+SwTIqGCgI2qA2CF0TmghF2QWRDD97AZGg9PKdB55vFxSnoQjazkOGIOh
xNyPF+8q0ijGaMnCGjGU+Zm6TFVgQS8xHSHSC0P8mCY5cMp0oi8KGsKZIc8mXGNynxANvaAK55oDPyLklllMc4B/0CbmDFxvLuGx
qIHT1Q1hxf+dXSOdI6fa78AIfw/m0R2mk8mThYLE5F7KQl4dLSIkyTMa0kTIDY9jwBJQQIhBuCWihsqMgcY3kiOFpTFPioKTgDX1
kZ9WoDQ8opXozEVnOnNhY641ERNZgHk0FssWUo2LMtXYahxW5BAhWltorw7H0l8+tF7vlMUmgmQPkDU3xlp8iyliOAf48H7k4hNa
LLkuHkMvUAeFzdkPtAQcLMKLtgWS56K6UE91sLCsS9HhWFmm7LGSuoCIAUHgRKx/Y1amuevifljbDDaofic2T0IIqdSFksm4fhPQ
LF9fmoZyOUShoaw1+MQ3pOQFEw2qtKsKItJi5xnJ78qn6OsvrBZf2nMqKs6p+nRMtQ8fLUGNXZKxGZZEOpLZ90ZEhkn491YGLuBE
7Y1ZReQajNZEYApIPA/3dk62GI5ujdSLTHEyC3KGcXs5y8aDswxH8mfkM1pO3kYhi89zQvkOjhjtvXbURuJrIurcBFxCexSWm8hu
eLVLSgeXYWwiDxvudQrSIXm22/DgW+uhe4xSxfnr64MURLVHCWZW+8NfMSVQ0G8Ria7ycOJ7tt9t2jjj36IClTI4CASX9CoqWP/i
kyF5OEZ5Y0wl81Tkf+peu2ekn+7D5wacwg0+sh01k20/XA+3rbGP2oRRw8qZoZnWtrA1NSzT3pYXekweM1gFdZLtTjBJplLrLQgJ
PodlRjgDFJZCJBBHxcEpJTsGC0QkfXqIKFXicCJHhFSj7UfUXDiPQ5VHXFG4kTiSmzFeejsIqf5XQZYpp8yhqvAKVPOOM1lxvJQa
i0K7ry2FeK54A8l8zhOkiTJ1LontwhEQibZuJmsl4lbC7XusCsov0CZWoE1sDZMBv9vceG6HsaG9AtgBTQn1B8Qc5aHXc6hiSKwW
7aEqaBJfRZH2Nso5yprynwtXH7FOBh0Fru5Cdcyi4qPDlrcsw+twcSe2gw+mhYIMtRM0fs6Sj3Gj6EvlIgveIyf9FptrgsLD320N
VV1c/J5y9OMZelmQ/PbGmskYc7TXR6b4nsWspD2Bl+1XC/r8rGBD3Rco5KpXc2epi+2yaQgIJTZlsZGU65auq79/dA1Cyp3j9bM6
ay2ys8sI0qXmKU0rPbYYrTtiazl7nmvWq8HT0A2qqekv/PMLfna/fquex3hv9be3mp1L/37Dg83HtAAta3kbIxW4zRxlrxjogn4X
d2jxGmlT/h90qFTSr1T2Ap6goH7d6qu4/8gSis9sDaOXLYzEUOGopCJ89gfBhKzVl8oaH2CJ6ELZ4ukDGeNLCv5YkxlENaFujE4R
0jhFwbrl6I2SypGQ8wHWBmZLVnasvjHUTgFnVihCH50JGbYV5UsgKsRSiCmHWT4gHoLOiAH/QDIn0CnbQkvCKL5x87yP5gcnFAXD
9Rz/DxDlj3G8IIZ0ZxlgtLXRGAlIO5/Fl8BhYTtj4Aws7Doq/yFQJ6V800snsyg9JXOJcD0O6mQrwIPo++22R+bIji1A2SOVTYDO
lvry3lZJvAnFw5sl3SH//2c0cBb/Qc0HtCEkhe7BX2HPLsXgMSdwMpFQoIbfSevv/y+0J7hQGR7JuzZOi2mapVF2yyO37BRv3/8U
0D2vmjDgJ58Rg57mPA4XoKZn4FoHAcnvZ3TXUUPqu99E8E3w2W8h2TEitipWl5a8HcqESl5NOf5Su4OorphnFZ30l5VwFHlsSKSk
VU5q/VogB+uRw5VkjHJH7i+RPYTPnVS4+p4V19SbAMJvPAkVF6Nh4I70a36P1O/ekTTM2PBo1bXxoOteq7+o/u7THUkBNlWghVS+
elpnfZ3KP7WfP5IF0GKfZsYup+30+shpqa37casafR7u5Gkh33P6qv16DqJncN3OZClSDIazQHZIQ+06L879ZxuARD8v3m68HwSL
t5vvB2IdEA8PhtUfIyp+NDu4TInZFvHKAVIlbrOgCNeqaGuPAo/r1r3ih7x6AI2gKfbZDobgUykFcwZo1KxxZ9NWoCTLnhPtjlKC
P8qiTr6JuFtgxxAZNB8Ff0iN0PwSyw3YMj/sMyz+5yENCY0GJhmJnyeDs0ZiAy3DwfQneCd+lyEXBauHm+3DgucfxS8nxpCLWE0Z
xnB7lYyv3KAS1vAjqnt6dW+Z0xJ7G+VOWNEvljox0OWeQqfjf9BM90QiZ1bwcDXhelF0o8jg5VWw598RKIjVsW1FG/qTt2KaeN8m
D1lvMD7YVrtAZltQ+lzG3fcepWTwwLatIl+9zkQYE/iRcvChkRop/F/nvvQYchcPMEZRjfy6J15WNKjCgIHk9N6TwRXWuvcQQivZ
irCKkMAPrchu7j1Tlzqpm5pmQQc5deU5qgpThG1uZrvVrA5ZJ4zWvZsk77hPXT2o33bUSDpEa535yqp10L3e6C8Z0E3b4IiRC+j/
51iHkQ6nQ38eUOalIB7mXK2CzJq32bCWE5eJy1CyA4qQptmic+L/Ki3gIfLrivg/fMqAsOLokdvCyBMus+RBTG1xTJkV1oLxSqgO
is5eISjwdlAWk7e+6RIzf4nUtCKBryioUFqCWn8cziC47LQHLbkXxK8JhLgIG+s74YN1CGSX5mj0RogFEPRGo8frhHopiG7wqa1t
G5bscqspvPwoC9YsjDumM5N4Gl3PlsEtJrwVDhogWbXggsKWxumSvhtyjA4LB019aUvXJQhhGOGqaxomuTJSkil7oTtwDXZb5fzD
ssphBrpGghq7pTmI5yZKk+JK3V2CM8xjyvKtbbJMrctlyT0SHeOxbN07KN5z32yFcMUaytqsWrCJ85YW3crVDKbxeH2E/zeF/42I
0I3jK8ph14HHbMfGy1jXF1plOZO+Eow+j/PLGOMx0WSN8IrAofvQT0K4DTAGTP6/lVLNH2OOWuezNGynJmqC20FVR14ZtaXTBca9
kV5dry/fPB6DC3CiHjdFbILPvNHqLUKd8L1KWKU15KhyOtF/CMuwS/kcTmurndXup1JsAB0P5ZcuPa+VcY+eLeJxMk3GYop4b1tk
y1aKrXss4VdYNeM57KrHs1NNyWIrR81YTje/h7AliKbentKaLtXFMZ8sOUQJk4IHbdFSxRDzI5q6jLTAtmx2WusamwnWf0pAd1aB
jaHtQe7X84Z6ebo+5c62X9Wt9/b91vuhFAtli6uGE9/Fy153zuacfzx8PwbrKKjjnz9te92yf92Ur9OPlHrijYSCD6tPc8WhP5wU
WT5BBLRUdm6/3+ou4tTd2ocXd7w2PBxPbbyR9nWrUtjspeD8DlvGGQY7OotJ+ZMx6oWep3q76ITNililUEnDdm8Jmvgm5DUmnSWU
mHH00248/2G4+ezp8NPwjtBxUgkgpfZRgs3S/hZHVBLMhtAWy0NfWwaFoORd9a2TDWxQst4MSsr2QLT6QdChBqcnbsX2urTGrET1
D3OMowMdIx+z2zYb2JdcG74uLs43XhaOHax7nuaAj0mEDSI4mPq6qJSpVFiPz6XmarmFkPlSKT9X/a367F1GKiXUsmpaibYPBIF7
7HMgihVD2V/Fv6B2O6bcMZMMKGzMTs7rol4/jHioU1QdeTC2YQW7i4OmHIF5WW+Z7aZdRTRsqFQqxpHOhmdlFMbNLPuvFII96ma9
4PPDnJIpGUpwmE50a3l5WwJV/57xX/D4Ox5wVTNQYtxXPUpt9+Nb936gaFSySUnP/b/r6kj/TS/YOeD0TnXG8mPnGycWlq9y3Txl
NDBDls0QTkq9ZNB7q3Zj9N4dnqvf0Szyu3EUotvh93k0/p0tIcqUTWj7lHtSyoBVIXImm9Xuyk61dZ/3JLoOg98ydPVlqRt7SHIO
AgiWrDL14od9e4xlnt11M8qgNyb/OunByQ9N/MhuDQFfVGZ5lTCvT53DvD7ZEb4wAxUQSpwdvip5zNWV/1SO7zJBUq1e9Jbbi6PS
ybCfKsmwIhV/qntVXbiDRfipbwctqYISfTu7lTfjU6eUVni2SyVgCrpWKRz2piSLuuMhHaihJwsraGfbSeL/XK5T81yCPotK4CgF
b3YJCzWx+lrphQuPbTtxqVrVmGRblrGSwe2IWqBXFQR7wupEm7U8g708qr9ftF4Hi5vne3dAxJLxamtm0l5o1Yg1DurxCqgeTNM7
lCrTFDGhfD2UrZwsfhe40TwuRdKKE0wRn0mMIDgXHPP8Owiqv6PRNNbpIQOKqrA7Q9MPg6Yq+7o2U9v+CUXWNMIBPQm9k31Z1Rq5
TcbiWwBVy4VrMPZ7LC+m3+mrsAi2VNdunyOtaUeUu4eu5gWT75RYC0P6cA/R75LjC1QlAykNVJib9VJ76/oUPd6taoiWRXBYyj+G
fxOzvuyWFY/PNx0u+/7K+TJhM4OGo0YnyvgxiDDYjotu22d5DP7GDSzaNtAMc7UtPEBXsVqSsHB3sPjCHWxaV2syzvdcXPCrLq6d
T0gLZVgoTaU0SyLGcHa2g29tkoxvdtg0nk+nvShKXl0gy5ig8IAbgrV5XVfexiAYjTaJCo5GT9jOe4upYWz7LJJlvEb17ZH0ZbMb
r8OP7xayTDeTIiXchbHe6SCc5NF0uZbEy+laAmu5NkmLtUlSjDGH+A4mx0UyVUSx8AvNglv4pXuUZQ9aeGUxJGz34jegEmGvtDi9
TsJb3UorXeTxjLUbNZ056XKzO3thtCQxcH2giDSDAcPdaJXEe3cTFh6CLP01KjkSuOnXtDnp+1VrqsDgsMdo97fjdz36KyKrHmJ+
pcZMDf2gvR1usYSK4+D6nYVsI8eVuZXaMjJqsp03oyfrDkjHjaH2OjGbll2R0Rhi7HNr+6GM3fqkLRzIms5PeiqNq9V4hZzmyvfI
/nGFbCbF1qV70loPV1V4484Kb2yrf/oyxA/L/e2hHbhaoBgeulgKCHqQnAf8DhylBHTCxmnKQOHVn39eAfe2fiqyYS9LJdcn+th8
jO9a+I6DPm5F+uGbwc/BBPE1q4WFGlaXbC98eowdpmUQlGAoa8Jzerv+fmVJTsmiqlASwTs8INMx08EKTJRgr+5DVa7jx8xpbpDr
vPfPXbV6WpZ5r0xm5QM/7O2Rg4X8qcs6S+u8WqaUQw+dUfRlW+JyqXvy3iH97tI5ro/bM0qy9AWZIrNZA0Cr2wAFXlC4cNueADsD
Ea2IJ7W44zD8J5vD8/zuBJ8LVRwydcRgV9wA3j8Mo/m5z5+9cOsVlGszI7jLaF0ZUv2mJ5s8E4rmEpxalA1myQSEx2UDZK16+hga
m86y23sinrvnR4kvnbaRoHTEXi+T8NLV8gFLGOJlxSNG4gsZOVc+4HKqkJRyNXj6enVCxgKXRx3tRM7G2eLOR86kCXft8OEhdhja
GkacN+oXNpoBvL8C3aA0wBUm5kL1C9gMlumjt7zgMC07qzmcV9uXYTZueVn5uFlNvXaN9jcyl87m+YeTSZ2sR/YTcXWMWqlkYGzJ
cjeswDTUsqMZuqjuarXEBs8fQ1g6YkzdBjS0spgxyuwEp1L/nKdCEL34bYVh0/flhVa93LN2gXlln1addJkJdkoNv42H/4ptRA/0
VcZMy7Zq45CS2kAkch0S5LTyHYIyeT1blj2G3feKUibtFC8nTGfg5KnbLjj9t8o6VG5rRgvpaGprzF9bdVNMRhpWjsC/Kr+nqnwg
JTCWf9WpVTzdyu+c07WN06/8JrA6+DP/WXmCcXTIwY1/VX6/lbL08K+XPE+60MWGBWVHfCp7eY8dEYf+apsiDn43VaxmiWWi+MoX
zlWc+nImOQu2ZWaDoOEWyAdJb73H0q2+bm97OGxaKvyj8iuOmU+Ts1zya+NFiBovAvzK86Tf+U//Pm2tUAJBGXgLROIVq+VFnkwu
0QlaxNG8GFJJg2Gwj4R1HiNaPiPYwkpFyeXVUnKV02WGnagGwylVNlDIOUke7OweBuOrePyReRzOcBLMr5dIwPCLc8QBO0NgpGsM
8d49fh3snBxwSQ14SoY9nADz2MKeODFJFWyIcgb4Ro8s+oiA3r+6OYqXv9BkhuNCpzfHaMqOP8Vj9PlxfYbXWZox/FmByGQfY67l
gJhpj3k11sgyDbJCMZxPxBxORbMoFDqaZ0L3KaSDYIuhRexK9XQ/sH1ZzVfQahVvnxN6YIu4WoUuCbmls8d57MNFsfGooC/X0Mof
LLnsJG7iJJ7F6NOtS+3Gns+oD/pv+OI6Hes70iTGqCvGl1wVHSx+xUyu+rtqulMkTX9TKYE4xBox3mtYDF+NlfBwFGEKGHzeWSTV
JqhGoTypagDhV57OsNq7PMl1vuib6oNH8e0hP4rh1pPXeMDxi+EubNAyLj9+TqU6uV2QTPGjvgPVxl8z0OsRZ3DvpzdJnqXo2bd/
Kb90XPyCoknpheMz2Yuh+peeKr98orYMXtfb56U7tUgLzilkNCvMpZCizFx0TuFr5/F/rmOyAaW1Z5Kv9A6/eHqdPtSh1N9g50aQ
ot5QlW7RoHAHeWghH1juxZz5PmwSCODcutVslV7b9IAJgX2MQe8+4L9KNEEvEw0cKyZjYbpYF5hKUsNAYZmd8pPQ4NC8wY/yM1te
1D9q5P/gA27zL6+TSZA098Ov8fNJl3746tR0RH8IdzgwHSso+VLf0pTp3H5TveIbCsXhv84mybRlxnKEsV/sUF4xHarfazvZA5pc
M1vVqDyiGm1au1dpQcW0lI4QL68yM1gskOobubViqgH1Jr9iz6Lu0Fp0Es8sXw766D+4qmxh8GY5PspuYRiYGKwHo34e8s9c38y7
gmezOF6QUD1PZsCsuXIyzuv8CtXnIT/g/FiaCJa+nmUX0eydKzYN+eKCWEIHSSqRgEqP4s1lHqXkzj77n7Pz/dfka9+ZzJM0QWFp
mSE6DFrPJJNt9I1OUyM5SAAEVMsXVKNZtUUwqVJ+AMvn3CZUt356XcRU/NjuBuhstogFI7BER2yeRJQEGOyhZ0tEqNclY+glHme1
vgzZfa5Ioq385nZZW4ORnjgDWSlPlgizOxam6Hxf4YjxGK3xO+NxXBSnwDND/UrpO9XCgcJuz0NdcugsmWDJreEhRj/woT0j0oCG
igE3d4qiLggM8NUu794g4C7kI7WwM5tlt/2vOkjk0nDG3GP1kMOlvZQz6P7Ch9TaFi4wjUFlfFX8d6XHJndpEsnsuN8BUlafTEX+
bWs4SXbuufLRQIYAHv/nOsljogdYlQMG87rW9CFy9QLxiLPrIuAYk2CSyFXHmeQxJn7BPWcRhugbmueu84IgqD0OgytG6aEVHP4W
JcvjNA7NYLb8Ze52LoCCgFjE03TcAtKgz0gpa3TlKJg1lPKUphKHTQ4ebIhgzGnw8gbvf2XgMqySSVQfnuFeUiwy7K+L0GNL5IaB
0MeqNsSHhGNxp7xpYT0ZRpKGkRFASBOq7otZgHBOb1N4z322Xwl3AkpMCN4cUnoDTehaENwAdQj8QOAUuToCEOphDY9+wYFM1s1r
KQ/Phd+dmtO2bP8yXnKT+ITzC6XIRzP+Fd8FzXVnsZghoDKcLGCxEYaNu/e4DH5fJVNBcaeUmHsT2tY+gMWt0EcLnazap7/dAyIx
XiLUsxSth1XuFlope9bs6mRblHThYXSV33wgochLzuKl4RsnebbkHI6Qi6DS1at/8xgPaAhLWfNIlVHhfeO9sn4oED3a/OJjNwfm
cr2YRZc65BEjpuiX4M/qM8ekocnXAyqOHV3S0eTfjzJUnjpyshXnBIvy/8aczEFloqc/44kt89eq26p6CKMxGlJMsy/VCZPh0E1o
wsrDka4GkefbgSBHsx0MxgwAvy7kZMt/YWmyaVglAf1OdzUfVhYandp1q4+ILDw5ivrIh9zf8u40FmwwKXKy1T2p8yLClRICnWcX
Myq2x7Pm69kwR+5uQKu0k8fWKgklQAlLhuwhctB3XfHs6nphTdpby65BRZTD3qv9w5P90w+7O7uv9j+8OTrbebGPQaAW4yWwPWBR
iLM3vya4x1nGuMElPoycElUXqQ1Sz7DDEq8GLnUBopi/TgrO0jiucRhbQJkxddcWD7BMESd5EOsGht3Deqx54+XR0KJ5YxUAEAdv
c5yyho7nTh/ZIgLqjCNn4uHZ2sbas7WN7/s4OncJnMqY/NyTzbVnT5/2CTkeY7hxGXPE9CRFFION6XiwnGIvoGwKLmQjqKc6sqXD
KlIIzYRYKkkuVgfHKEwd+GgEPN4txoJvSZcAfzUMKsVhL0wPw0Q8v258T4U68JRQoR/eEdgyPE3q+b4vVOlbd45OK/b6krO+Wg27
kjaQEByod2nqSVhRngxOs/DN3xkfnwV9NOAu4nQLz0y9Jx7aadIm6ASI3GTZliyZCCm+kqz4pz//DCoyF/1Saxor87tST/WMsdos
1rFFHoT1ZEENiia/Ibjdn2xZG7E/BakEV4y8QCXP1KuBa3waU4aRcpoxiLWpWvm0XyfsY18UmWUPvuZGXDMEEQ10mWOJ2qlcCvNV
yAY5/OI19Dw8XsQpf2TmMMQOB2ayQz1ZEFbMtzzxEg+V/rmjU16QXAnh1pfhdEDfvTl/8f1+CguAURUsibZyZTkeOY3rPNtPJ2Et
Ba45FjSbo/g29Fk1l2hjh8NB54+eBNZOG8CP4e/1o/edGVpmPmHQqZQy0mmkdBJiOs1BuH96enz64cXB4f6H/f8+ODs/GxDq/rHR
5UeqMKBCXbZ7o7M3Fs0WqHsoMFbozptFyRztsFI3abN64DgaS42zfnFqDt8yv2vZuvscTz0e54zSvtiHFIXizokgF3fL+O17Ku9R
s48oW/0CT4Es6bpcHPLMw8AaF+vA0xQMVRdoNztmrIGWqrBQa/87EPwK5WwrM6WFtxXvkdA0zZ6y63xsPGETA1Cq75N+Qx61nlGK
dr0v5WaVnvjxajdd/SiKR1Bj8pPmCq7h/5BM2kk6kVoXGIrArsOCUmSKBW0jrvD15RUa4WesgiPGE4UXFNcXMMAlRhhEFFDgmOIN
utrBbjb/BUNu8pJBS+K7XMfXIs8uD2yp3spOUJHtpQgZgoovVMj/ewkyMi2wu6T+fSdAt9LxQXqTfYy79o0RMdKGz9p3qpdRLwoa
/epWSN5tWihzSwgIFqVoIT8HaUGCWkiqHqwf/vsiz+Yn+OZeyA2wytn3nrD7Lr2VqKD6DftDXsjXFF0T8uu/8PljEwE8iWaDOF/e
KUS7bKA2s9YL1nFbMa1hhbGcecdiJZZgaiBHa39uWrp7HJ77LZ76nd2XesR8HCuX/7wairQ5XFfhSCALyddDTMJOxohdMGMX2DU6
YzGqJi0S0JOGUoURVMD0w/ViQjz8uiBGPlS97WZ0EpfFKDjfOfvXh53d84PjI5AV9neRB9F356cHL1+Cwv3L8fF58L18uXu6v3O+
/wGEizcne/BX8Fx+ODx+CQ2cPX0TbA70nKwf9k9/Pdjdh452j98cnQfP5LXTN0eH+7/uH354dfDy1f7ZebAhP+wfvXkNX+7t7R8F
6xSnASuv7k/hcTGWo1jwEv9XdqE/tzkazY3H0K+t+gflvMCS5luVQ1aNpQlGFLFF9j8PrQlhI8XhoGw8eMZ2r/M8xtzOIfqb8AR+
bu/LncLAHmmtsAVDG8LDGNBkz1r/hi/DjzzbhihMuU9yOmsdO/JYcTPmHlVgRK98vnuVdIa53KgQXh4ECn+3589egGe6DPc0y5a2
g8/qRc8E/YzKsYF2nnfvevXE7zS+RMRwHWzqBIzC1b8mGBixXEQFmyLVx+UvMJxOK6cHt+V7ZhJPZXWdFQPhF88LzGHd/54KRJGX
qepnjEU/z+QH36YguVcvDhiUEO0KlPR+MD1Of4mWsB4J4WX5nASeNs6W2eJg+jKDj/d6f59iH+GWYdjGYTJPEEK5d3K++arnnzic
inScLKJZZeYn6pe6qetX4eHT6/QQVKcZ9LbR4fE3cKcOJogsJucA05uMdWXEF7e9ncPsEqYKTMlt6hm0sOmxW5WPmV8BQKAjfO48
Ty4v4xxF1+iOHc8IVg8iCn2PsSOxaKEl9sWV7VUR0eBmPme766ujM19vUoaS0kysurzP4K7hOEjit6s4c8htQVgSw7qCemqUzm1w
d1gmCGcbiQpRI1jH7z3ql1p7aRQPOy4Kn62N171GA64MKBovmwazw7Bo7ljWa84AtIVdgzIBD9U6Zfk8aJMUvCHs5gRRBM6wSvO7
dzcbw/V370zd5mH8qVqo0O13RxEzhsbjv/3XSwzfHpJUJax1RJ/bwEsmFBZP2148TdIEl0yD8dE6Pi/dKbJy9yTNUsliDVeljrhf
pzZdZ0w1ZyflT2YrPD8hufQC04heRWyl3Ea/1IqvH6TTzA16bALN1W8k+B82TajvahgG2ha3POEjFPzlbFvdzGoiSc7hZKDYdpOx
o9+XYorDrBasnmZielDRJtXfEYwE45HL6bDqSuHoiZvgNaqiBUMLh1EBhAVTptqbwWdxxvx8pT2kl7C3iL2GT+0iYDxd5lHAji9y
OQUbaxcRZvxiHn0QogS/RhI8Cfpj/VIBuxZTocJYgmOzvAQCL1uXc5/uLsmQbYnZQ0ekAI130tIsyVkwegTQkPoSvDXpJdCZk2TS
sG7VpnDSxBuRR3MLB3u9ah67fTDqQPgUGYgnuNxDFBlCGF84Rd0LHWyIVTXBSZNyZCtDXHfvH0v7PWFSbKChFv26LT7+pSQAG+Ht
6GZC8nSkWzcD1hRw3dIuP/9fsEmrIIz6AgA=
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
