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
H4sIAAAAAAACA929e3vbNpY4/H8/BauZZ0NtZcVO086s3aSPYzuJOvFlLKfdfR0/Li3RFmOJ1JCUbG8m3/13LgAIkABJKe5l3+5s
a5EgLgcHB+d+FlkU33jDhywPZztfLbRf/dNFnEezsD+I8zBN5sMwXUajMCu12kum03CUR0lc86b/JozDNBqVWryZJlfBNPrfABuV
3g2Oy9MJr0V3pRfDcLRIo/yhv5c+zPPkJg3mk4dSm7PwPi89+iW86g9HaTTPoYc0cs1D9b47gsVne0mcp8nU1egkjeJRNA/KDc4m
aRiM4cHOV189fepNHuYAzX4c5ndJeuu93TvyJuEUnvW9vb9433lJPH3Y9n6J4nFyl3knyV2YDqHB1Puuv+WNktk8moaZF+XeXZRP
vFE28vJJmixuJt7ueLxxBr33cZi9IE7iaBRMvSxZpKNwx7tKo/FN2J9nW144uwrHGXwYelkwC70cQORFsRd4OPFpuPGvRZKHY5hY
Gm5keYqr8QNoluXeaBKObunbBy+4ScOwS+MNo5s4yBcpzO0aNj+5o7ku8lAstD+GJQSZN4tGaZIl1/nTySjLJtHMm4zip/+bPWQw
1+nlHa+7f5N4+BsXuo3dnx68fvN+sO9F4553svfL8OzUy8I8h4llT/+1CNOHnpcscoTm5X96kyAeT0N+ckJtYVqLaf40TNMkPQ1H
STr2/L3kLMhuD8MZLOCrGMCQzYNR6L3F/fn5iGf91aevPPgHJrAb01Ylqff2aEhzAxAEuXcdwH6Mt+FJmkYhw/Tt6cHw/bszD6ZB
v2lYmAONS7DGPtIQwBWH4z4NMV9cTaORN5oGWea9HcUH96NwjjjpbXvqb2rJU6Jv0mgZ5KGH+IVo44mtSmAFAp+bmvKkADNVQ56H
PgO/3G0PcCX3JgzUntlVV/WE/2x7V0EW+upL7xuvI0DG+CtBtXnfgXeiy/5ZMqQ+/c5//73T9b4x+hT/+NykP8iOFtPpcXowm+cP
vpiE96PX6cDoHfgf9CueFnP7ZPSYT6KsX8zxhQ2Aqp3YxhcKdHqLt6e0AHgrllK8/lyBsYDbsRr4k3cT5vBvxgxtFt5n9+cHGk6X
OhAzrPtaTBhpZPnrDu+JaFHaE+5UW1eEN0WM5CaHOUtEPoK/l+FhmE+ScebA3hFcErmazwjh36nSjo6Go+f70+lgNk/S3If2PW9v
EqTDEKEu/uq/B9KXjIEEHNwHo3w4B/qJvb/w8nQRdi+qwKA5AxBgDYTciP/xYoYbEApakMlzoNEbuB9P8tQT88yMhxqx6e78znPf
g3OuJg6H4tp7s4jGRD3FIiT1tK3jT7MMOBqxdRF/4jkfJuPo+kHOujzJOuj/kbP+J+K0mPRJipQnh9vMNf3qCZirb/40S9oPp6Hj
DKw8wy85itMkC+3o0P3jaNpBPJ4n8LCGqIWyyZ+MqsmpV5CzNZmTK/tT0Tm1LCem/tlmzZSuvB3FNP/UtE5Ou0rsKgv4P0TtmpHo
dyF3Lpz4AwnekRTw6tg41ebPxsjJia3AymV/Li7OvoI/54QFC6emrM3wz82/yRlbOLjs/yTz1og1vxP7VkUFnZQ9fUoKneUWELo8
ffCI1u14iywckzrPu05S783Bmff0hrSe2dNlmGYg2PdtM+4sZ0L8Jbn3t4Hw0XAvmE4lKZyRgK4wZB7kE02tAwiTmVxHCtAAqT0U
IBcqAADD2SSKezQe7B/I/3dpMAfUyra9EJb8wHozQDZER5h5RiqyEYI42/HGyQiINTCc2IHUUGWGesxQLsDulFQKqF5lreKTzBuH
1wHqYgjfPf9tkuV7DFc6LKx/Go4m4Sz4mbfDe9bf7Hmvp8FN5h0lMWo2S5A0dBX7PAD39sLrfPrQMbr70NmGR4fBxySFP5/14O8o
pr83P8MPGod+6LoNUyuCewXU6CjJXyeLGLVOi5gUsOHY9/FC3bz/++bm3+B/B92dmj6AIIxadPK6hNU/DY+PvCBNYTeSa1JlDvYz
/JN3M7n6GI5y/H0bQb+KEZfXPWpL1Z3ad2ClVGPJi1riJHZp0iyX+k4g5TTK8Izwr/7/F6bJjq1ZGo7qWrFm03ym9J+4yzpTgfqx
syifhj7OtovazaxT0hmmD8bvTxVdZnTt0efeC+hdwLDT9T7BNGA8Q4PWt6qlNIKOMOC/YJmopKuMFk6z0BxS7labMQuxcfVBmxdU
sGitezd/jYJ8NPF8NIK8S4JxoUMPcW1oJ7nzDqMMjRx+MgdErfQntjoaZzDVs+A2FEpPnEXX3Nk9PELUzSTt8eSM90KNalVTQ/+k
oz6/QC01/LLqiYmghtr1rEgknjkgUOIEwkLwHoCLJsgUM/CfBROgTA1elDccQ/rUPIJldrPNWWQLDIAQeT+f+4nG3crRKLTNNPBb
+ky0l1YcHq+8UddRDHcJdkA3tPGN0diEJ/PTTPuRnuGFFKZwWwz2dyQBG8ByM7698eJWehC6y/veKU2YLT2WrWkAME/AAWH6Q82i
wm22BfrvQAJ5GSX69xtTvqpSm7DSYMV10197EqguqebRDY50/fErDz/ZbFwlHbc8TwpWvQJZSsA3z1jdipSsbujR1luZ7WBWJ2v9
9Lcl6020uiUp0jm+x6JIu/M5Em5vRkKnZLcLSu9/Og3ZhI/r7wH5oQb8Yyi26HPXyxPtRnARoWUCBIbF23oiL6bxSGS+gQ60I0su
0mQjT7zEWvJkm5r7IK5IqkwjkEQfQ5SqO0NrMWkldex6gzYsSFG/lXqvPvnyE93mVH/5+bScHtZMWE9Pw2l5hGuXB/99r92qHU3q
YB5VxrAosFuN0zDtyn39e0kSdcj52aY7It2Ibyh/oNNU4zal2gVY0mU4Bc7T+zRckGtaj91Aet7xIoePPzcwoW/jbEX1TyNqi5mt
iN9u9kQoqOTUeE7ycgSUikGakl4+JSIkdVNfsKUdMX6nRkYkRy5DSCypxfTzBkv8wdssBorDO9PHSo5I/kq8anKWwp+8eEQjHLMy
H8G25OTnaCNiQh0kcEBsGV3Za1Cx31PKwDn+vsSu7HEiKcZ6ckULslcx/a48Yu1SrOSvqevfm/sWCMzTaoPCurJCMOoGJhuoupLi
AgX67LdB7hUx0eGRY2hFeAtpzu7dXAstXTbyNYevX6TFbLX6OE6qTN9ZdXcdOQOLHreYS6cBbdvSXeIemfV0I6sLPekOEZTXwLuu
klvLAHHiW1URoLsoWRjiFlhk77MkjLhwwzGhkrDh5NGttIG3UwN0HWStYJJusAIwnVr4GsCQX8rl139qKp/UqOpp+eOCgdhNb0hH
oHERi/g2Tu6ErzqbZ3AgdoMuXaAmF/o6DcPMCzzlFq+YRehKKZB94rtoVWHqbbwkPky3k9k3oziNks7WbcfcieM0XAUguvLmMEiz
STDtw7fSY/l9HPnzGnWN/AQhoFZf+qLpWBM9UeyLdJDvadeF4Rv/qUqN2IitbkmDrWTvddfO7cYiwuBuEsZomTOCENDbPvOOT6uR
CFHmxUnuhWiR6KHpQNlOTYNq/BT+n77kuAyc7eskJYkDzayjaAyY409AStnaBKjRQIpLuA3DuREWUaub0kFhAacj1OCTg9/2/v1v
7+u6OIEahlxjV8i5wKnA259OpWm14I3Qrn2AzgAneFSq7/2rJJ94FZ6q612nyQxO4cnTQbxMbkPnyTJCRCT7pUHMxq454CWPlg0C
IWKJdYU/GobpbcPE3KtwqhaP/qeGqIu2YkKcwoMCh57xyraJCi2fwSQxcElGR2FcGqD7s82t/wKILqLp2Nv629++/7aLvU0DJFHK
0oPRW0EEeJx51yFFKnWME8X//myL0eLIKW+a3ESjx43SOkA7ej4hxgXmOEnQuwCOkzpVU7gYM4rDMgK4+FCRbwmpDbIop9ijAHij
RUyK4NEM7kw43cFoQkOhJZE+uAseMtQWy8kHaciRYGEwyzAKDD0lhvhjW5nINnAAmNQ0vEEc9LnzrAsEDlBmdx7hCH51j7HBK5r2
awSI+gUX/OgWP4ah3sGfdF4GPyVX6EAxXkwxGu4MRPqMloNxN+zzgcMAfsG+HiZx4gU3sKMZBmHdhuSXQO4l5Kkw83wMV8ueIkzR
WeYpNrqL4nbRXsht5skomUrSitsYwXywK88/OT3YOz7aH5wNjo8uX+8O3h3s97xXu/uXpwf/fH8wPOt5/X4fFk+0JfauHgiSjEDV
cC+GCdHTNaK9cEbNgV7jELB/Wg300sb2tQ4VqQVAZcFN8Zv76crILvG6NrKKQPaiNE/1ljuE93KGjQFTe9hfKViJOq8LdNrnYUqf
iTHLwUziU2JyrhFNJJabK1zBdWWn/FFrQ3vlyy+yIBe9rWwKKn1apwevzHkNheNO/YZoVKXqBIa0bnc8i+IIOg1yYFM2hB/eFGmH
PyIQjolhAsbnFv7Mkx6d7929dx4Q5eg6CvHSJ3aXm11laI5DQoVck+iiX17paxoCrncgHdxGgwY9PbiHWSkvZFx7GbS8w/sRsB4w
9wdHU/H0FA46hu/VdfhLGqEG/863AZx1iuYHp+F8ipKXRB+yP2o0IANsotDEKkIt1/jKxCVtBQ3bT9dIafv3AXRn0Sz03ufAj9zx
ide5NxpxOIUbFJ3fgMOYTqMMmLx4nDWNKq8rC8ali5DxBLgAEJMCRBjAlQSFJpwlUKgF+pAgmw0tALWuA5R+g+tcMOwYcJ8sNNMt
Ycvu6F8LQASaqmhxmFW3axoiNbbOn+8YFGsG8XVSvlS4jYaYO+V3OPIQPTqtb94FWX5aCnXVXh/EN8BznUTjBsjqV39pimKFNzC5
UN1ReIMrzAqEHAz8BS0kyDj0Xv7MXyVJFcUXsd6Z9lqCyqTRpUYWvNVa2HZAsVX2LXi9iEc/cE89bz+ibAdB+qAesTT/Uv3hIUGt
wFxcVMjIV99pNNOjf7ua0Lny6N871nmqk/DSA7LyztbO2FKCaXU4AbhD4FEBS1DlYUWi4+wV8vauz08y4XDrbKDY8xMgLe4d4sXv
xtldBQnNDs8MlZ+O7vdR3tS/vWfDs/gsQGfuzrkph1x0dmq/IqL9MEAH386m+GfD8i/5j6s7OvDAMEzDd9EsyofQ3/ebdW3zIM1/
Cbjl1uaOU1VS4knPL7xjUrabPGNnDu86Pa+TxcE8myQ5/Q0M+GhyyTeq9gAYG+1XGuIZ1B7kcN4qbWZwR3VMEbUzGcWXAszaIPpT
9s8pPx2zQV48lVpA1UV1ENXE7E89NjtUgkp5Uuq57MayHNWm6HM5uwzGwRwIqYTKNASUTOFpMtd/p3yj4JOPydVlhlus/cgXWXlI
fAM4cR2ls4732YIEavcVIfTuauSWn4JlwDlaZIoWICMfM1tSC4H/fFqELqTaiu4CbvMP1JG6ZCG/mB+JxC7Z5g4wlxqYQg1OEd6g
NsW2BL9bbd4/DO5/gv++C+MbEDNJ9/ntM3z6czBdhJYPTjHpDJI8OqF07J49d+kHN+AfVkZtk2ZAWtGnQHM9X+hdMkGqgRMGUv0k
82ZBehum1KiLit7rFPBpXFj6kREOgdyxRIxj2MHJ5BRofKTuW+xTXd6s1UCK6gK00U/A/2EA6298i9WdVvi1cBb4j/+ggftErrJf
QKD3O3+ZLOEkbwDubgN2s6YQg0SCNEIwH6dj1BJ3uw1GZuAl4LbzufvFFa/M39rqWnzOeAGUlQgJdafaQsim3LDOo0ktEc0IYikp
XQKdphkjR8T3hf/bztHNyRAqoVEwvDsVSOWvbN4XNg5AaY+3uTpVOvewo+jP/YK5bqsnIGkFsBs6YfthJs/sMY1BkAa2XfWEsVY7
bt+2kp0cLtTX6DtKTiJASDVlEdJVdu/RzqVQzi9hBmOKw2ETTtg/FBoX29BkPKH5dVv6Nb7CycKc/tXzeGLacbR7FA+DZSi4RGDb
Qr/2gxZ+BVYFtX3CZRgOjs4OTo923yEAhY4WrR2LNEQrMelRg/ihyKNTAWFlBN9342sXRz3vkD6wc9E977DyqHMBuBAW6XFqfRA1
kdvmCCWN1wneBrRKlxdTYTFogJnoEoPTpErzQ2d7q/ehk9zCH3Qc4AdnK8JwtPML+EmL5Pi1KB6H9/AnHi78al78jZQffn1QG/Gh
A0+FSpBeIFqLnQH5d8qqE3Gw0J6MCl5x9j90Pn/u1MGuRJT+oggef79xBSJi/Je/4BbTor+xtAE2C1rs2PpF1h36xf+gglFA/6sW
RM+8bQ/UnQhoh27c2VOGwIaEf3823vY2veS2521BZwV+isxYPe+ZdxWMC7e2b9ElH+NRXKYzKXrQxBsobp3VDEla/+BfC0AKn7E9
uQVU1+yvm2V8HBTDoaqc8mJpxwT1HVoTq7uX0A/T16ZjHxwpHx6fE6bBRKo3PH/7wqSnaPZTL05Oj8+O947fXR4Ohoe7Z3tvdTP7
M5tlXn26d3w0PDvdHRwd7F++2z168373zUGl872D4fDy22evBqVx3x8N35+cHJ+ewccnx78cnA7fHrx7Z7b56WD38uBo/+QYDpA+
rW8dLn5bO81OyjXbb9y0DjSowx7BdbmblIkf7JxEeiKTW5XXAscvozE1qN7gKeOg/eaGl+EUhMRwfDnLqNGmZQSibNw9zP5dlOU/
uOcr8dY6F5FWrbW3j7qwGs5kz6sxvayxU+HKOxWeM6F3rBxeJ3P3Oz6eVhsPvBWp8Nyfi4VSA/F3pY122do2Ric5QEpcxHkorx6O
PA+zUTCHv0Vw+iRIgxGqY4OrZBl6m/d/O4DNSGA/xuh1hlHpmbc73BsMPDLxPwg6D/PtuzRFfJULNnWJ4pxrP00HNmJCldjo85fm
qpnhINUYzDm7EptuPPaxuz4LlqXPr5MUjcNA72DdHl4ibApo4VA78l4SdJBkZVf93fkcLla/8+HDotOVvzi0fNTVEgfeP8dsBoAK
wKGhgrU/iJcgaQVxLh5267xci4GaPFbFOYUPbFyZRThGe9EVMlbb3t0kmYYbkhUn9pvv5qsQAYa7zvb6dIFJDJTVng3a6DwKcExS
3BGbTExkgZnuQnThW74tjWgWmJUJhNQ2JKzc9Umb22ejiI33pEkN4hhwRk2pKhI4najEETSpMaGAb47tbchpIWrkwfRQM8A0uFwV
0OOJ/nYg1NkalgolStQxNHg2qDUTqRXlPiHyBZx2gSfeUSEgZdDLtUe4vbvpDQtx+oVqYZew9dfF5HjTSncwMl1pNO46BqQL3RhS
XfGWAb/2uX2UEZP6H//BOCE6AY6gu6rQV+XnCIwwgBA0snkY3GaFA8fWjqdDGQ0RFNetGqDEgIumBzaVjdiAGoozQK7CY9fxAjDw
G7g6RBh8XQUOtRccL7CF8LO/h1ZC7weAy4pgKeEVdj1bwJyugGQBWsUb5ObHSTIweYCUObLOWgtGAJJNMiKmC/7zQzF/+PnNN00L
kEcxQPwdTuAePkmTq2k4Q7CcRxeWaSHMsL3E4JY6jnpQCffA10k6C3K/7nbq4WR7XtR1aEZWUh4U3FZk7822B00qFc1IDB1/i0ae
HdsZzg00ReJ8KT5Dym05xrlONYoR9pIYOCfMDUwaaz9vuN4rwqPy/5rIP/CqEiZFm0b3a9mwLw3jYjYr05F3x3v/uDwbHB4cv6cT
EwDtncCtXfb9I30LGfWNu55OwCwh3zmQ4UnrIOCCYVuzNc9Vs8ZTl19EXnOkOr7+vCsJuxB9qjNZ9fzWpCjQbkq8F3ztQZePsh3B
Nau5uHUQJRMiXh3XGau/4VcWezQBopBwDDN0tZVTGjWaAdcYOKQVrR1uT393PEakdGdwsD6370ZxGc0ZHhKmc/R3ddxFFRUyfqod
eCUpKBYgRC4Xm+Hr3SwDInACZ9HY+zkfeEe0eRl1Am2uQXojL04Xp1WecqDzXEEbPKiZVw2S4baujWXcdzYn9p89WIIeddlC717F
LPyjoa1AVjJVWFvagdCkmm/GwbJEfpawiyksOeqVfWkqFhtAt9u28/38lX1ssfTSRGzn0SXSqKumcK9aJQLJ5GlEqrR5G4EjoRIE
jZJGouO8jBsqlMmfNj/bRQqbznMXk7zBhQ1MyfG1f4yBdjo1xrnwsroyjtk+IDkdoFJbBiLB1/bxjKOu2Wi/Lr+LDDB0nWNvox+Y
zvXWrbmgZBUiWQU0t6rA2haLxLRXpKKj79zsP7cq+H9qHklA60/09buXj2S5WD32Xll2hZIjHafcZtCtkNdWADj1NU9Jdo/osRP6
dhWNeRhdEr+imYbzn3F71Mr+4xUEf/YS8og8N7GUIyAKwl1p2xufd+YJ/KXoLT0xtd8uysYdKX+nbW8o/vTxfug2fWf4RsHH9Fu4
ia/QAXoEya+BW17lU+F4Jb8+pZ+rdKActWQXZ/Bg5UmQZ1cxCfzZqgOL99d2kX1ZT2GFvfWYEKzQp3DS2i6SC5f7XKU34c61XeTJ
Xae3sq+asWAVzipXjBQS/pLjkHpppVFsICiNslJ/NiCs0V/Fwc7cdxWEu/LOlx30zL0v9btaj9b9X7HHkiPgtvfzbJd/tz10huPg
tvd+Duxo+I4e+lKYQ4zByBDAlZ6nP4z4EaUrJkIpdI8YQELBDEbDdjORLotrzoUEui+fTOEtue2hBzT+6TPuGHr0Np2gl6XsBf5u
tS26GyZ9u8c/Gj4WyZK3tWhYPTKsrF4suDvvCao+SIj/xus86cgj4uCwbZ6JHEdss5bU3OlSoNBklHv51iPlWq9IJ/P7m1DpL5cN
NZm7LaidvcP9dwdnlwenp8ennS+zpXY6q5lRSSlUAPQeLan3O/BfwZ7v0KP7PhlfWnsg6dGNaKO8R5ZYe+jQ866q5dWBeNXfqxii
HTC6kt5gztYayK76+6UgRQtPG66mszUCudH59zXgDjz0w3tbHik7WKogMXDq7dHQilAWpJr0tZJw1tY69CZu6JmQm/S1OnXVxiIL
mp6egAOTSYrwP3VEnjPpsNah3jrbnX6/3xG/cMs72/Hn7jaFR3NMFVq/vyDto2kGHLGesppNwFgdJnYmkW7b5Ulaat5Gz8WWxZEu
KMPPvghqz3wBEBLWKnt0rJdf3Fb2LujgXHx3sVrexkriEeuwEjWsKhrbUTHbFacip4RgZXp6N4mmoefjywjj29KbMMekCSNaavE1
gAralIiWYc+g7qttKtlqzAXiB4fN3iqvYZSHfy5g/zGklMA9GOOs7c6FrfJfGTRD0gv9JnRdeL8Nha+QsHuRiLwApZXGT0xbNCcB
a+Xa4dQbUOy+lo6BKYov6hmb+TmAG+yquq1BrFfS3KE4FPRPNVLk2LYSg/tTVZ/Y80XV38MgBsSghOC7izyZ8fkT+jhoH4LIPEIf
iPpMjXbs+eO2WqTFeqD4yDl18CakZMR+F/+S7wVBYmjaTGHKdQOJ6lxz/BSkc469UfiLf2/lKXWqqOnmgPfNo9jumW9MPhI1XF3z
t0K+45hE2a1CZv6HF8U6YDCxknb+S6EOW5yOGSBpYaUlXfYCui096ckjoM1X6lheNYj2lG6Gs3/ICKWulRUXaCm2DSUi/W4sNGy3
4UNDnhl/rN9i4+IOw0/x8hyfw18XgANu7aDtqCC4pZ9dnZPzsqUqV7wqbNzClWzZZORuQcDR8kpG82LGxWTKVvVlC6u6ayDRPXR0
nCLHYhtvWT19olmX57gsDWFAn+zOvAUvcQ/w9+q4YfQi1OfKW1c8LwtccilCgQ/j4ABmG7oPuKi5qu2BWc6SONwIp0SfRYWRQE/j
8yRTqvIEMwxhIp8g61twKSoMI5+oJzLnCk11d6nct+hdxVogUodcwexm6E/6AlaD7GDxvCoCcMMKCtv6L6v771Hdj98bk8WDc991
pZWdGrYLJxpQlNUQtb4yKL9Qups0EdlnEWOAdk932N3gJob57wVZPYrTyL/AeQjHvoFG19E0D4ukYaZGv0oXuLkFsrZALwVZ0fk1
QpZ7kKYUAsa1MHZWu7NDu+RW0GhkVDoqy7nG84PvaYOX3a7uDWu7PfZUJqntcgapnvI0CTJhW9rRi58Qt2ScIC+bYHIpysRku08M
NxY9NwxOoNaag1Y+1z5KroI9XqlX6o4sgz/+2KjRKVEPY5JlquRQAxFP0vJ8ilQ1KoWXyvaN4Ke6WzsIRwyc0iCL6TC9qwCzZknS
pvRewHsGpfRrMEhEzqW3wOLhJmF8EurrfAy/OhmyUCpLtSmGuFTeRuWvor3Oun0b3FG98z7Gnvy0BBad1KFu7aqRzoW6bfTKNIxe
Wayiip6l9UTXShRDeWrvdUZOdXnfdZ5YN300D2wNRp9g0CbGm/OD8wvvdrmGynK8ssqy6gX2jbfl/QDDi5ABevTCe4bAGJ/LW+12
eR5doGyLf+AnF467Y1xX1kphXpBSCsFAEBy4exPKYk+x6UHBrz5wiEKWZxSQTrGFqPOuL3kidlmg5WMyiMiZkyvlsuDTLa6TinWn
kK868bAvQdIYvq2dt9wUW14BRGQnheixrBWhrnSG/MoidOD7ppnvLTL4JYcuICcAf9VO5lm6pXpBjB6s9wzQNP+vAJU+Tre7rbIt
5hqiAWKxzWtM4n8Oa9xAHyp9mFk4u8IUkf7e4NCoi8p5HCSc4QaIb4fzEAT4noGiT5DMYsJqxNz+0cGZmnYDfmLPykuoNc+StHVL
0flxtEA0OhfZBFpNVqOJgbwgdnd8jg8uulJoc52U5I86KTKve+m0aFm+tdOSOE+LvGdhYuTfgy6zDv3BANpQzas7Wj4Q9U+Ecsm1
JKPeZ21Mkd0cm6tb4BPb1T47PYnFRMrSm9gUfOmaHQ2qrzmifFlCO1FzTisKIBOiFs8+zuhcxSYxy3kV7l0Ln7QLtD4Nvb1oNgAm
J4hHwL/ESeUSiXI4/MjXaKxL6btizxlp+zR4373KUTSrYo61Q5vzGH3d6pAK5EJm8AUO2oSQklpgAhD86pEwEXpqh4diKUkcOlEQ
3rXGwASTwpQRsFEAOtHUPiW6aWrimMBKccwqAFEy2I2fvWAZRFNkSjkB7izBxDje7tE+M8XTIAfGaYa1eihHULqMABvTRRwzr8UJ
dX45HBTFb106NU6OSTloZQ7n2qzWRfYiXWVu5D0qIZX2idUR2PjYahXGgUmU6sBWbRwSMACdTvwOikG7ElYddufocep6dBIQ4OyA
5MlhTYAlm030ujwfipCTG6Nd+2JThEIdBR+s5In1tjldMAVq+OK5p3cyUxeKlyfJFITdAbfaEBmRX3N6aO90uHu2Ib7aOMOmtLny
STGZrjtBjiMnVZWuGqJmtkSteAH0IeMYQ12CF7EP/0uq6V26yfHnMJrC0qYPe0IRXgmlwP2EAYo92UK2j84RPD7fvMBO2PmkSxfx
KWN2p4F8CbbewHsF9FTkb0SddJLkH5ZRmqNu/X/pOv+wfAYnMpDZvjHHDm5P0U1EBhoy5piEmpQ/d7PIHpHBka38uoCmRroLiErn
qQ5NrzQ/fL6HKfwk7C8vj3YPD4Ynu3sH+PM1KX46AvdfPFk+e9JuZ8QmvKzm1ajkeVEL4XVafKrhdcMWlQ+XgQabFRz+scXpK07e
FUhsenNFJ/mMEi1NxYn1fmb4ytSPXsHlKYJK5LUrEu56tm2B389K+GY98WmCpNxxykWjbqey/O21lt9+ZfA5muIdJw+jyEhM0aDW
FgjkgObR9QQEywWSMtmqJ1ku52yO/uE7zG/IbTBTmFe68yxabtFUt9PbXdOOji/f/s/JwenPl4fH++/f4YGUHwMMd6RHN8Ly50Mh
AaZaACzVFACeUbmutSkFSXTn+C4Ox+xsrFzTkzzM6q5wq/8If6UdXusZV1kzMUEYxbrhZ/2zNJodxGPgr4bzaZT7Tz7ET+ycGn13
Tv8W+h1vw9u6UD08+ZA+IZJ/FtRvvOC3eOmvHgaqVoe7epyJJub0KG34jdBekca6UkTWuB5nLdSwZS0f5WXgO0CcgQ8f8DL4+ZBX
IXdf6gHVVPh4YrYx9P5E6JCpZ0Z6wcyiFyTsFWT1a4xwd6OupYxAh8NQiogKzgm1LdE4Gr9AohFxdUDB/mCcSBhrWU7lk6K5y7wz
A7Kzyl4faSaeOu1E3X7/7ptJphi1kXSJdzXDzO++l+H9HJYRYgLNYAQcAclQYudiSrNpetX2AAIo3VJtSJ5Odaux9Qv52crbjSK2
II0cwwW9JtMlZcY3phlilnAy8InmvDPUpEdOyBtw4YRxFmFRL2tpKEHGTnkEMWxmGu9oErXWYmUPInm5YO+Owlx0aXdGNoZJFvm7
dtbmssUvRhwszbImYlsOOGsxlA3lAxwu4IvQROlAR2kNn0svHbG4vyeGy5j6QEM0ieo1eC6bVxHd6rUotpRggOheq86SOgzxzVlC
gZB+vQbCQL+fZyQVqCtwOTuqIYtfTPqWMyftc1O95UzDETHBAlGWM7d1a9bmblCxIyYMWmmxW98TyxmyPAraYhVVxhHa/U7oDNyk
hsE8oQoaq+kY2bcVLsMjhc5ySXWagTgaZWtgTUw+R3a0EcWPCpoJEjEhE0wdj48Fn6A72z2KkyOMgj8clyk1+eOpjdwpVBfBNtZt
YDFj+w62unaxk5qbl7WPe0clLaHFz0VWWPNNn9sGuYuKr9Z49kvJj/wWOpv3f9/89tXm5uYWZassP31Wfrr5t83n/6VXE6hKTYSr
yE6/RLfgwThrU5lT+ygaG1hPD/0aDwPhq+Hwv7/DGqP9omwTFy/CZ/scBkWFP7rdRhcFPYJbk94iM5GZ0+lAD7w2/A6gAz5HugfP
fbfrptM4pCshLSU3lCryazobXBP0E1Z54mDqcTL6zEXO4C/SFADCJwtMCq+bUnjX+tbt/Uf4QIr8kyBKaYd6itV7SdvO0G+/9fUd
woIMnKht7aSPomIVlb1jxKRptUxehbByZXhh3SO3YITjcjKMbJEN4WqyiZeOu4zWV+RgUpSydPN5NJl2rtJmch7nCtfMEeQ4lzC/
9tEwie60kGiRMILdlVYrTi2UnPPzxwh00YFi4z8BMdXprcNKn44fNFIS0afiNHqfu60YVxis9lY50e7LUpClLAqJWizvehrcIHUI
HdTCmyFESO4zMj48yfD4BPH4acJXLJcI3ia9RJ4Go1tbkIPB02AAyyH2HmaG4zAmEKq/17iGsormnWOONhnka001HVWbR87GpcxU
3DwWwpSbRWPWoZ2joCoCzbJ8ozdDHbf8RYqSlgcZ54zBDppnXo2iTFfndSn3YyycO+THdYqZVVMOEdzp4Ol62aJzVJZ2uq7EYp9X
CtqsVkOXCRhwVdWq4MZTreD3KpoDDnMHxMKKfxzcTr721C9wrZkrOEUHetuNNi/I+8r9KC6gyIjluK9u+idtW3gBBaW+1xySXeoJ
ezbgVRdRR4XhQuLFSfbEwgA0I5/lYCR9GNZ6DAjrE/Y7IauPkqDcwKLeygD7TTC5kHEenRyx8kLJ8CZlFaIwHtGVsfTLxNzuetvt
JmZW+Zhy347rPkDCiaxht4QLFbPUY253272uwLqAtF3r+mh3SoygkaUi8fEa10tcvV7agXjlWyAO8keA5VGQM4o2+xCsAudYOPNK
il0HoMeBT1N5mpXSjRjKHwI6aW7kDdiYfUQPtMGluTjnvUk4uuUoDGNILj1u5IHd4SVknkVfhYAkrrPqnK6ZzjFx5m/M9qIGqcrK
0lPXJ3dYS/4FDVVvB7klO4gpxShaLhlm5rNBpmlRXEBN8Lar60RoQt/AGSOt3C3u94snMpWB9k2XMaHe29zKsOtyyDyt6JbjXIhK
lSoj5ePMwWDYq+ST9MI613S0qKtvvqlyPaTmS24tPlu8iS9IB0rmXuoHUybzOXX6Eik6VXTB1aztPbx40aoLWkGnzY4Svn5dSDlI
edQzxTjrDwvG2WhaMM5uvXE5ETrMMs0m0VzayoVMSrEvdSTEJtkjpBgHXpZxwAKuT19C3RjONDf+s25ypAtKbrvrEdtVNO04Hz6J
8KcITbsKPWOauvZcxyvKiy21CHxU/AyuG2zHUMUWjFa9YhTV9ypJpai88bYX5MkMqO0d1j/HGLYAMw7klG44mwRsq4qSKSdn8JGo
b1BJl+fdHse58Td5MiVNMd0INZ68+5FZ+b1QCd/1aUZ9UR5eVoa3qMqLgu27NHl3zfaGOjIz9M7HrxCKfYQiMkuYXJ2YJr0wyxH7
m/Xhm5JPmJy3qiAPTXrlkvEC8KJoPH6A7lUxBw3mlJiFdcv7B+8Ozg5EdgLYHYIx3Kh+kfCsh46euz972SjAxBRduGmnY5ikJaQR
u8R8668BYy+Hb3dPDy7FALPgNqSYIERbOumBN0tQkbdDetngBmQqrA6OF/rY859tguz63aY3K8c1qgC5IM+xgAJn8dyRP5urHLTX
kZIHp4A2V2L3cfPospDPBYR5E+gt3h+C2MhGh5j10mjxBfUFNF3o4NiRJaR+TRJyL194zzZXlbOEA69YmUh2CGujdVvmBY3dab1Z
O75CGmxZuGY4DcO5/93mCgUubY6Dokh3MB4C6SkcBmiX6pK4fCH+VYkQzoGCxp0I8mhbvrWp2yVaQHlrc00wS8rPmjFUXZO/69HQ
G+xnHBMwSqYyTQ8T4PGqWQcL1ds6BfSm6wToNjPbgoOiYADJOGWS9SZ+KUPWG+OZz28vLApEZ+qHZi8YqZwsdbliwo+SedfhFiWN
bhEqQfGqFSk7q7GLUdrOKqudQOjyBP4DrMrsKopD7ENVQ++jvcpa3chFsN1DGpGYXEzAYQ3TKIXot840VsYUtmnKfCxcY4AT7FjM
y9FYTw7hQgeXjVlnXIzUq5q42issMD0WcYLxuM5P+veSDyivAZMMmXdQnqeep04TRyGo49QjSaKd4FDBWk56uwrN0KmO9UjcROOS
97SzHrFx7ihP4uquj2QOMNw1u0BZlBniwvBpgLnhbxzKmUqBLo2x2e7G4rNsjILaCWhsTlVnnJvOc09WZ3RFHBaJUcgPYpTMH/he
KYqNifLXGz+AOPHsu+9f9ufZFkw7RjMqcZ+ZyFOA92lNXq2iZgT08ja8968ecozUxP843WBbFYAs7eWCAiN8YJdhIBSCUC1EP/oi
63W3tfYSJ4epOGLsByE9X+Th2yCb+DxtszzklV4J8tnKlSDXLPGoE6dy6fIWwpQzZIM+Kkj9zsp1nGruHkUlVF3zDVJ0KeQ4iEFK
xTlRMVIMoX2FAJeTQlEO8NBlD6y/tGq8QR5HpFxJrKwKAVXxxiEI2KWGFQrSN50Dmb0nifMUOcuU6BFGBMdjAldR/Bz1gYA8/fZs
rKwAYXcJZHSWRSJWqITRpvwM+/+/KHL+4++GekyWMfX7QSbjqqnQZTRfiw9m7WLIrK+LJy6sm1kLfbSYNbPNCA+Cha6a9n5UTFbx
bru5ylB5QXivaQybzFaPHgttNayolEUVVoez9fDfOHGssjdkwcd3V9g1+4mzS7jCMjQ7ye60R9RrnP3MP9t2qgAvelS/CbriR+1E
4XT8IrQ+MpLRF8GYWNFTRpyK+L8enc0ASGrq/XyYdYHCzZM0x3KY4U5hxsmETJhheee7yUO/xVIUromlqN8X1eBGLTvCUDSTi5T4
pX1P2FN1HWoFYGl+5DmJXzijo2BVBFAHqOiMf9MCR7HsTqs8ohZTtG05WHFCxWjFg/JwWo0PNZ7Wuu3qCslYrq94UlmhFh7utA3U
+VGoQfRH9YiiQiqqqGJ08iXYwsywnJv4dVGWN9wFuVezbsjqRqsYXWqrrdVccwbBaxOJQ0EVNRkCjOD/X6L422eXgt1NOU1RxYxa
M7vJymqgCSbz5+HYrnpBTsUixPyoUrAS2ifZ5RVKAKLpcUbyQKUZB3tfMg2tw8nKlxHcBhyIfjnjedDnKrzjpbep8kpQ8ANA7jAZ
h1ORVaIUJ9+pDDA3r5u7/om8b+zBCzvrIot2jzWYVIA/Vd7c8JlAmAPC86c30+QqmGZP5aThWZkDN8oJuDU/xAc3FxrXPV2+1i3M
VNoXnUVE0YRud03LYFE3okdFJChDKKzXKy/WsA/i9K3M/Ofaiody1seU/G91flMFiq18vJbnncPgo6pUiSmPZUVAft61fBDF9g/o
edcegL9sk9iIePs3abKY6/WkI4w/0mnWS28WgBCExgHOOCdc7NCpsE6a/Ro+U26F/wgffKkVhOecePtFixtFNuYAQhrTpUJ5lYC8
ODiB5QHPC/zxDaz1DlgtEFSOhqRYA8ErvEnSh8L/PJLuXmyG9ZIY/4QBQ8q3T9V1+vog+5MRAEN5iR2GsOMj6lz4/e3JMQDKD3xs
7iizhkgH4k0CSrExOFk+L4ZHrjJO9IGAo4wFvzhPk2sqQRF4R4M9tiZitHQgQ7nJ7oiV7XreOMowhGiMzxbxfLq4ucHjUlictxqc
5Cvs8ermh2gO+7+2BUKmvqu4qg1OFNjXc1mziDQw03M+V5S2K9I9AKlIaYfVHE+R3pQaAkYCnmWvg1k0fYB2lhrrn10gs5yyALqz
iK3Vlk2Qu7dATsy1NdzgmDJloFn19KXf22DU8+4rR7d+uTd3j7LYtLLYUxDaHg1BpPIsDa8jLGNBXAZeHnCZQh/kz3FCL21KMBkV
SXVf1KdHcGG9xWK3dq2ZLwfDqMc+/d/TzY6o0ipfbG/DM/JFxc6/Lpp29Gfb251iJwHgxj6m9n2cJE3qq/p9Hce/BRLvAxM0jWD3
MENZmK6Kzg27rEd0ZjQArkFhuzGm0lC54jWVG53sqF0gnDWiRvQh7RxGsXTeVQB3m9OJuCdSJWbWGIj6LZZ2nGxxzefAtr9NRh2x
sJFjZ1ehTTwPnXKPbOu+kMcO3+6pC3U4D0fRdTQaUi+dRsIF/3qJvINj3fi6adHzCpkqpnPC1/sq64fJ6IufuxZfalNiUTql9JQV
abVlJvov9Ni3XMuYUOjenH9sW2P15NWyJSszJSLMkviR6+fVd2RgBobuOV79wEv0z9KHItPtPXEOaIFCPSJ0YKP48/MO8pRcygx7
+lErosK8xvVzvHCwUdeu8q3msHjeYtuqX33f8iucNPKvNOnlc2eD77nB9/YGbwR/To3gdjKEhegesz7D0/Po/sKue7LDMs6YXHO3
QB4t3cLTNbplaoG9MvmxdCzokujbuk8EGlN8aNz7cvsaNMDuy8ec1CVBbpmvLL+D9KR20mw3TyvAXDeAiq536hHHXdVb71HLqRoK
R0RbyVyo24PuVPW4/nNmBjnpXadEgrEf4323TV/HaXQTxe6+xPu6vnD7St+WhRdkU6j6wvI5idqh7vG5/L54tlZsWMOmBWttWiBD
7eU+FaFF1sbqFAHvTkn2pcavGvylt2jobFCU4r2vb0kRZfbxONjM+vlhMKogZEwKo1ENRsKHqnKA+V3x2P6ZyAtqfCNzhVo/EPpV
+qKoKPYKbsYwiIu7Wzbrtq5qpo0R8f0YzatvVemUoE00VmMRFeNCLFvRLFWfWmn91+Sj1guqtxtuvxaFq2StqlIsfLdJPDHWM4bj
kTnTdViKjREWZMyBCl7QdtbailbUqxZd+DU/KUqktb2W1EJasAHOa0zWOaPOVKEzIW3dOwKoV6KP611qeJlph19mTLA2NAlpVkNI
oTFjH+baL99K+KH2tmv/fnc6Te6KdMXHwzragV1WP1idioTnDchXWn5923UGEBwpYon164PZVTgeh+OzkKI5D2JS5DbBxvHVWgAa
JMuWo2ot1xrpBGPj8v0oBeRtOaTtk7XGfhXE47tonE9O0SC2JB3eoSxhXkJmZ1sHanPyDxOTOB9Izc0VPv7Npfth/IY31CPGk39y
w6eoRVCJIGcWCms4FsYBwRYJtWyvxG7Vte12v2gnsLj83hEmVaJcTlTDkOk0uniLjIFcsJrycP3niV7YEPsOKQ37rF+/uZrPiOH5
/nuxJ2tkOREKzBITUqQm6RpV8OTzrYsvKIdXSp5atmv9zrxcm3Sq67JxWtbV7qpq5kfMZGJnsUwN07Twf6kd7OdpEMsBK9PArJ8O
Bk1CG6MZYDDNReRH/A2Y5tRx/GaKBbgWYBEGg6XtmPObkmyrZXpxfsKsl+1D7Y37c6uoSZ/XC5uVz4fzJLnGSi6lG7XcmWrXrQEd
YMKxrKFgu6aXU/TlMFp0sQTrprvPXXJXwZ4Fg1zuzmjQ1BtcedEyrOnNaNA4N+R1wzG3xsPDju4a7kwlR2xp5ejXyWo0ZVZpceWx
F3lD7YttjyqPhuSaffVAPrFFFc47keC8zgedBhCRI4/gh16XUQoXRSl6eVI4V1kHM8TbVsR07ohyt/Qe4/XpG/b2XWRYqGuKReFw
p/ptXSfIUKzYHZlxJCjyAdZFWUlvTU7Aoty74zCXjpyXwsV+xxIVxd8WFLPpOprr8o6iOeVc+7LfrkupXBqWMjVD18zhl4QbGsFW
JVtP6YJLJqBfFgW4LhNULWjG03l7KbS2zyb540vTFs0r0raOE+z+c5nbZO1q4Jv8KiTQXkbJsgIThjoIdw2w0LtYEQSWmcxJsrsc
k2jnmJMu/bWbXKnXL5gmoF40W8wur6QwiG6sYWWih9xMiYzqstK3zNVX7QRiFiFL4xWypkEnRPrJ2uzu2V2VDTsK73TN4ryET+Pz
jlBfZ3cGW8WC7h073tIFV+awXBWdeKxh+CiBRVJniivT6gXpoKGEbvbalrObWa5FIlnP+o57f0oUVtuqhvPdfBVoW5LdGYopcUmU
KW45yBaQxcCPylyxKme1fIXStSJk1qOc+GnjsROQdyU5LiHp0FR/z7s7bdLmWell2y2qn4FlhzSC3ash180Euwz6lWdS3ajeetu0
MnlaeapMzHpWUlYdvSBGgvpUdNv1NOc0RNT/A8lOCT48nyYQhXc2vjC8K9KZ7jwqlJDr+mOpcw0a4eRccGqgkA3M8aPD8TScYSzx
nwjbcD4N2PY6SUey1u7jAUTp4R4Jr4w6QCVOqMjza73yUfP1QispJGsJNQtdJLhohQAEXReNW2jxgnPjmwvdR7S0V/tRJiIBnAo5
h37MHU9XGmJvjf7RoF8gjFGzj6qBlRZoo+HuIJ3lNIg1Zgx/dprDlOirlne6LBOKAREF0mAPyKK77Dt0J9MnL6SKqOO87FbTZyqd
U1HdWuiLelrcj5ggp7W7xF+XfNzrAzHVnM/SRXz7iFPm/rR63JqeyzLvmN5r87YpsrTrTS6Xm8jvsvoFP9ba3sPpxtiZggTW4q+k
zKjR1HB3FowuA1Z2XmZK22nJuUrfNTFQK51Pi5rVxv3RyA3sHxZoPo47WKj4+Pq6Y+XHJLUlj89ZNVRUhD43abQd9aoKTWKfcmEM
9r0wJl2XllfpKkTrBusWSUXnAX5mWO+bowbl07tJoileYBixeeMk5NStVHrSy2VyR/TepUyOGIE1xUj+IM7uYEAA4JKacJB/jGGb
wXyOVr5xMs+pKHIaQquMWllqVNKl+HYUC8WmYc5b4XpUUXkiIn7gvDBlHSIti1MT90CfQMf0jeheiyCnzCyUq0b406pOi8mUejSS
d8k6RVqCHXHk7FnZkpGt9rpe/0gAsyiABBMpSWJhjqVFuUzHF2Zn4fHJOKdXrij4A1GfonnRIs2ctT6FrUz7569aZJ50CU7G2JWj
Km3Y7LKig9zF2cHaD5NxdP2wNhI/IsoyHoj5FHigf5aG/1qEmMPEzdw6QFQDAZEC6E8DATEfCYGVj6Et8eEq8JEkfD/MObXZx+Qq
o/pg2VMgjFFwFU2j/KE/g/PCqZTRGP1DMJ5RYnPMK/byA36z7f0QjV/2xaZRXrWePgq95RxImJHK87XcaT28BqTRKQ+y2ycZUHHM
BwwrpA8/Jgv0C6FuPR+TOOeh8YVxWcTThx6Qeax8f50mM0/kFE7RlHUdpXA9iGB12T0w8PB8xtmHxY9qFK5Amp+SK8zRJXEIPhkU
SQ05vqBBGCIY12T6wvdtkkxiOyMrMNNV1sEn6QM3cORwNEbHhr0Cd2lNeuZATLzNK6tLrdaQLvUn3kQDcA2QEjnRJMgFrDsGPqyU
jnO1xOdxgrOkVAY0NKcljznvH2UM8jm/H2FXiLd8CmxE5on5eXcBOg6hMD/uQoe85JpotjLYPsLifff7btuEoRXzKbJo6qvUu4mQ
TYL9DccbGTzxAix+nO2o84VcUxhjFvQEn2VcWDPrr5GbKw/nGaeDGScxpVFJw3kQtcrCtY6jT9njGYiW4P8/UoquNv7M+I3G+1u9
jKGNtYSnMu2LfJcWruAjpxUzjfhOW//H5puOsunJ81aHX67zp2fPlKcPb7SP50idUDi86FYPosqj+bHbnIMRQDIEXKidXkFXoWVP
VsRQT8dwa0XTNRIgZCv7CmXnHZFB6xAJ5ynV2vRlxur3+egI6MoGdwrbcBbNQn/rv/622fO26H+b8n/y7T/gOsfvukhn82A6pBoL
QIW/rY6Mq2fLXl5Ocwpvk1t6V64UAm8YPsKrGf80W/i+fm66H8/F4bzoEr6WXQIMpPro5CfOikt8lMxm6HEyhTtm29ugZJXheE88
BXkaiy9gHjaiPOLOl8UZsOZCiWvoeSOqx6MPh+R2+HZ3A5OYYq8oUWKdHe+IKPMG3gNYYICisb2TBPDvAeTHcLTg1B38wN+dTofR
TQx02gNqncKQoTHMxoH8RHSBCdnZcxydE2UmYK4wINet1ZH4rstysVgj1jKgLCOCYeJsLdtlNoboLxw4gOWb9yBSAzlPs3DMCw03
MMUdplgfo0BW5JjE9LTwBV2eXKjoJE1u0mC2j2mm8VsE2iTIJv36JLTvaLKy9Kmq18vLPtHLUHDSW/VzFqS3bndN0UiA4kWFHHb+
qvkmo+dvmIbxCBWBT4Z5Mn+y4/2VFiT8grW3JR9maAl3t6V/TJB7PjgmJuFiexvvS0AATp3KlVbUElWpBUpO1nnyhNOZPum6+kaG
ZeNjgsqIczjUixT55730YZ7jHswnD33Osgvjyjy7Rsbcv151vX97r5P0AK6YDb7R4Rr562XBjz25f/YEjcKOKeAVBNPYiGXZGNoc
njX0FN5Huffc++xaAF6q51gVoC+zy8JUVX5ZMQWYpeP7/8B1E/heIW0slvlXzEhLE2L04Lrrf813eEabHWumpM7GUSIC8D34MybP
8GCEisrqoXz1MA+yrEJpcExNsRZk4ffPxTpUAt33cYTfFCl0hQTSQq6EC3KIDKC/kkJInAI+s2fNZVxIvET2nAo2SNFS3MY2C0iJ
B5bXeGThoNfgjSVjHDFXTBo5dKZDwv3QYWG2bELA68ZL5npKWfglTAf08scfaQIMpvPNi3qfbXJlhx5aWhNKZXyTksWCZuO0K8iK
gh0lTVLKl/JjDMOsPBci5QrJ6E3ocjY16hJhjQVx4K5BoTmKM7ip4MqBD5pzJ8q1WPNYa4hYM8/B0dnB6dHuOzFJhgQ0C8eZdgUJ
n1HO/3Y3iWDPuO4Gpo0bo7YS5x+OQjjFrmnXnB64NFdm4OCbc8I24pXmmeUtSiSdCw056YGtnzEgOVCWy6yU9w0/Kt6RJ/HWs01H
KT5mHgrplg9mwe10uu6M9vxxT6ceO40MPA+gq2g0lh0er5C58uPK8NckB9JMVd5yEUJ82QHMjtEcUmkjDpKIRSPlV6WNuTfl7bIM
GwqkaBIkoTGwHItp3rp5iGeGG1ciGuRqbi7ZKtK2T/FRcJ2LHK2tps0CdsvmQjJv09opE+jZtYCrQbLbmLRep0A7lpsjRU7sQTuf
IA/ml/xUu0QsCTL5Qy0gmZ+096W2HSdiDB8GdYfqxCeS0xPjWWuOCyhxi2GZKOiDuElDeYp6ZzVEgvXQZyCsYSmoG4BdCCSeM8H2
hXEIhW4JelhIWSQwR8Kthpn+ZbKErzfkzkj7s8VmZK2QQgonTD1uTqS4E61oFqQ3yFhUZBbr1KCvbe7LVfT0gTgFuNwQPD5OqUdD
CJ27RVtPPNfkoa2LA4h4w+fvQQq6wfqyLO7dTcK40LnR3UrV8RYZsMuyyh2VEHkqvoUv0+hmAqzXTYj8l22YVGwtBi9ivyRgs+IS
peW+9xqv5atgdIvqveH/DM8ODnt4nO6i+HJBNoiMba+aQPt9t+9CZQDCMyf0GBUqwNMA+MwOQXcEmywLwYgsqzzAD70mRIvScB9F
xmtJz6yTrN5WbLvuOJsWtwDxUEJH29k73H93cFZk1cVtz9AGs5jKjZKcEiHCNu5IzmUmKDEZQJrwwgdU6MqCnA/IIe5gU95H9fwZ
Or7K7hFSR0k+ZLW1KyhJaug+4uxwPmou5HUhzgH27eigHQ9pMLpNUPB8OxR6eJiagYAvsCpPklPtUdTPoz9AJAqNWlfyud5cW8PV
jBu4Gnfq3xrWS0ciceDwQBa6lzDLgpuwpZJUWoP8DqXSFcw4i0Lqb+y/0xPDdCbMBRWvxYjwQI0tVY89ObxLWyivnaxQ3kn6Rzqt
GPaIUrxQEU/Srl2jRYG1pRzIQEmB8T19LgoTnzK0DSNkEHthfBNRMe8EXbTIYMM6NjryykCIXCHcW+SwhPgEnRto2LdsHNdtUkRP
u8x6+h0lq55lnC++57WxhzVXEarc4zrRLQazGYyNzxexIJ0r1Mfx9AK3HXndUHFfumJiWQSHzrOeITzsHzLKVKQ/oSb3gEGLpuQ5
oqvaUUEtNOY+gfyXIMqHdXd5p7yFdJ9GsceVw2UXXM64XPt2QtmdiX9p4T3q+8SHdvW7hHdX07AXrGcBOleMBW4NOn55nHSed4oy
FNj2Sk4jN9PCCz2QvlNqS0A0v0GW3xW2l/eHstr3c+wNVYN4jk4isou1WQMcv837zc3N51vfbn7rDffeHuxfDi/Pdof/uHy7O7w8
Oj67PH1/1FONnn1nNvrn+4P3B/vbXKnuDrYKBQjHZN8FWX5KRIpmd89jAttvfQUj0Ste4teYZq0l41FgVkjlg4V/G2rXCzLCBY+Z
ZsKAlBdfm4ZWKeu//95ZOV0KJblMw+C2Tf1e1goaJquXL/iE4Q5yP5bvzMKszyr1bz9/9ZjsmKxRO3loq3rNF9kj+qqvpGht0JHU
spP2fB3lbm6XqOX8yMVZbpf9f3BmfviLvnFUmeRLkJWdBbu6qpZYKS4pk3UmD0gHq5zBKJcoM3Sqr8Ixv2kiluOyRodCh+3JmiX9
6Uh+TdZbKhisoq+dlnWC38dscBT1nxDJe940ug0NVyQ4q2x4lAc88HCVuMRtVr1KvbcnAMPCFBYYyLws6Ttxd49n/EchrwVXSghb
hzmrowPsmFsvqXDNajsoDjqsZ+xkJ3dFgc2SQxmS5HB6jbulF15hpU1PE6xE/T7Y9btkMUWKrsu8z6pOYXU+T4v4eJ75yuqxhp/C
2opu4G/zZJSw7X/L0kCsXUouddUbLV/jQbnMgT1LFvnljBWL32/iP6so3WsXnmF4LcwIbsl5EmdheZmvcJ9Ra92jxtKIYLtJ8L0L
YV4Dh8qVRuaThywaBVMs4cHm9KL4xyhI0wc6Xjl6NaAGdsHu7p4/mNMpvunvQaMIMynY63e4V/vSk5/6DWJaZSy/Ug3EeTROALMz
wU7vv9078YTbOxU0Fiq2aBzC+2sAA61tEizRTSzPqV5JLAA14rHh2OTeDM6GPsiQGr+LZshKCyFNP0HfwsHmtYgjJ9aBR5DoLJJR
R3atOgDyuA2+RHwSmYY7D+MKcoe21u7aAkPj0uKEcwFIDHFqkAVTbL8/FebwrMc+gwG9Vu44/bn4vHXeKF07xDiiAo0sR7GEyHHZ
C351hvVLpilUVx0SBgV+k0WFpUEdiUkeFAokAaHHWFmJpQbK6eSpSwoTqSKZT4MY89EJ406PUtyQgTWDK9ZDzrIn9RqIHvigOHx3
qANG9ReaevgGRI+P+iRtpzTUI5yylkgvTjV0KrrbcWfMwHWskvatLts1VhPQiO0JQJqXnunHpm1tGtoTLfJ1lKNKDR52asxBtD/l
j2Q6COUSYL6+jsLpuK5T3GJHjYTktpb95jWsqJYXRfJwJXiKcMK+OWPYC/Y/QUt5h50CsDoYeuK6tNI0U4vp137OKil83POtwwi2
La2XXk5n7tHRWoXOEgiw64bgWX0juAObL3Lx9UGMIjjVmqbm2AyHORc6yW4ohchQyZAOk4i+9x0Rlm7Uq1J9d4Qso1nmHX2WdZn1
u6LC43EarM+sSaRfxjlGJ6CSPmIfrQQtAA5jjX2+Fm3nivMvz2pEsgWiO8gXcoplhaizt7oDYF9F9QlSS3LydVRa129NvmCECSUA
nEUP7MaijuI6xIHqPIVNW8+2Kg7b4zjNnriee+KaQyPEbB4gBRZX2460Egj7gOZvZXjTpiSbs2Duo4cDXaJCmaCFr+KpSZHRzWhQ
2hspHRZsf5XHJ5EeLmcQVFeJcDGDxiqBN4+nbGq2IAxM0RhDT7RHLWJN6vyMuq7aNnVcgFC31HO/Vkca/rMeryWqNbGtZbdFkjlX
c1xsJ+0KhQGqChoKAQk/JNwiw4UfO9K8lKzA0n2YxN/WdoXZmnsVv3dsGWs9nypCQdvNHfjPD7JjtnLAo2++acs1lCvjGjgouj2P
Lpot1smcOY4I/rXVVRwIFflDpQRFsOjFclMOpeg6EaFKRqsRFMrVimIoToP4JvQF21ywsbVYXHh21WF949mZhtd45xQaA6abioEV
NqrKuK6xZLKycXR9rfPZjqJybXltCp3CuZI6F/pW9RnwqN3XMb33GstrTTehY4O4NuCs42DC+gZMzSYFHaMt6ackiv3Ojoc2a5zH
WbKLQXB+1+URbFRa5jNC+NMW01fwItFXIqLmhAjbKGq3ErMBFsJH0nBnZUrX6NBaXYzU0dcTYLyzi+QkOMwGzgD1isxuyDmxTdax
DWi2fZ2kUpX+kSPJxafdwjJpw5BTocbHr2ixQHt7kng5pM5GU3jDNdty23FpOhUuOH6DNp8l7FQTSm8Mqy+11ZuHO1GYpDjP2vVe
R8BdTB9apVwomQDd/nwtDYOfa/hIUh5OE+CNZQgWoQPrMVHFSY5FnAQ5TzzdYuFNKLhVhEqVjEGBEQWmMZcY3kY2oeSa+yaTB3rJ
bZeHjzIvjKBNCswsjEPFpinxyPUi44ICaVjVvJBYXkLuVrGSiP7aiX4ETafsyWo9ksHzZUd2Zc+xqkZLWr0fxCywVlDJIinj8TnQ
XdeafYdKs3KMyVvYu3cJ7qr8A1d2FN7h3+VbistDhhQRLNv3d0f/WkRwU7JBY2U22mJUVUtofzO0sYtWqYlmAW28R+T+tFfa2mfx
uYHCGcbB+guhdAWE93PYh7Ghr9WPoO7B03hViDVY5GYrgROR3IgbiHgKOU45W5BfygLj8k9QF0yDztQUvXqFzNGzMv7ttKzchmRd
XXLhqJa2oosxPEcGVMQOLWagom0tRANDJvA2vC0UFV6yyLCx0V1FOl1FLqiyapJPa6jEYY8aM8aFDYIx3YFjDGDy+UL3UCJz40RA
4Ef6Ad8XW1FX3lP0UvABstv98DqA1b+HzihKrcd7fd4ZB3nQuahGubEngHvFQvfcUUqRiiDl6/Fo3U6LCaPXGD3QWG9cBOMNMf1S
PbZNmjGBaj4cecLga0qt0UXv3bpNqzlni0LEppm43OY0VFloqGKdqUD7umx3zu8MR0hELxO3ForN654rF9uLZkmHutY2zBRyF3VC
7uevHl+4XUWwrV4c0nXEbGcRh6x3WNk3RKSXizKJXVcPcHEAc4pYj47lyR1lANAKSqDBX/juUfbZvstjmw+wfhbFaUrmKvlb1KQN
hMlYg8W0fFXW95SjZE5KepHWk5fKTlLUqXzB6WhAzhWdiecVlymVnFL0OxnFl4Jzt3SuvyWI6iOIF62GCOPxHATx3DGGel0ZRL5p
txDcynkwCl1LUe+ri5GvOraM29RHQfGisU6wazxkJa6QOhhpQUV/Kz8u2TehWwoyI0/7qbQnUeLJCDkn6BETtcxJ9WH/GFcGLzm/
mDiAeKXhWejwdcH9eJ/hf3XKfAwV20DejZ2ufC0+r8uhHVookqZyF0cRTQXQKslEBkhxbAwJLFuky2jJUhP0RsFpSEfxd5TCoSSR
JeJ+Ue4LQNjKbiOQ8MZ2nf0r6IKj7JzeN4+mGXeHDNojHr9I6eyMlodtF/egBSESyiuhc7b8b9htAL8pwvOeDk42TJeocTiKMt5Y
TPEyjrJ0MaeEDSjyG95A5HkwX8AeXS/iEecPxXH2/uJ9xyFx/igbCdH8F8DQ5C7zTpK7MB0Caz71vutvkUWIM9PlFHG0uJngDbGB
Cf5hKRRkSn1Rz4N4vsBYKlEBKYzh5IWZdAGUNgGQ7lWxnoxdqzCNxpyrDc08n1NRFylce56on9zjQfTi0yCOo3r/0/5kBHfB4GT5
/PyC/vv9+QWC6JMyp8K51cqPy19cQPxzz3sDR/MueMhoDKx4D3sRousH/k352XpeqRR9zysVm//MMP8pWAYctTks0oABi1XAFse4
WkRTDuyfAcjiB5ORpAeIPnjxzq4QVrjh8JQKp/TYtQxJ4R2qOJbaFk6CTAZh4Ti+AI05d/q+NH06z9Qn63muMBETamwzKjiKS1jE
8+kCMwOjJ1+XNv1IxHuR6iVPFhRQJOayLRzR0O9TpB0iy6DcfiMuSTrdcGks+goQ9it1KXhcsEpM+ismI2ZundEUU5RIvfxXJrVB
Pz1tzwHP3l2enB68Hvz35fHp4M3gCEA9HYfX/QkQ1GPSKW0iGsaAeZhm6hfYuH/EmHvhGWAFANX7tgdC6AJWsjvG/CdRRpUmvOdV
RgYOcZaT5ogHF70a/qOutjTUC+/b5pa2ybzwnu8Yl0l50/3D4euzS3gqUqFTXiDKCQNgOGHwbuJx4TEBEPvJLIji3QUah3P0Z4RN
e1a3ZjkWfwhTerbjYvUQSYg2qbx28uMjqkf2AvPc8azw/hSz6uDd+Ziup9uFrnIJH3KcCbY63N3Tx/GD2Du458qqUgWa0b3En8he
ZLwb/sb+2GcajhPQ1kyUUqPjhgrUQPaUpPpYeRjMSGZDKlesoudlSeV0Q3fEGbmSULX3muXbUFUyW9fprJxQsKZtUzVRumsHeTjT
CqytouFABEwanYIoL43Ob2LOcP9NmFM1XXEhtag5qo88KuSz42s1eU7NK3vWq026rGMjaw7EkykcLn/UlKy9RVXDMxD4OF7e8ErG
G+hXlkR/pVsGuIOQvT5QE59nBVJuG7cRO1YBlgf6KCNFbzBklJJQAUneVY7SghEV/FAXL4seLj9i50r0s+5h0IHyt+57bIjl4Miv
jCh9FKTZUzOd4lI0T03qgK5DGByvwOAKfXbhIMK0lpgCCJaVqPRtInu2yWv19dGOOd1AkOtu2ACIIogNbj400KGCIojNS1UkD+CM
AwowdB/TIunm10cTnrN0ZyOzz8EVREOvSLOsbmCMvJgkU+l2TppgY+Jqc3GCauJ0dFGCF15BIdqUfoWL8FdvFjygm5XyNBcRvzxK
mclz0SIyFEjXaV33KjWxyo3adMYGGl9LjqRVfRZlGX7WbFivoTRSAbMCnblqTWeudEm2hdp0FoyEKItU46pMNXZqpxUYRIhgC/25
SlSu6pgqgK08DeQEjwpPA++c89SN8McFnQDrlexyUlUAamEuMfYjIp8N/6oJQKJd0OSucRfEedbSX4PiBOKc4RFxoSadDUPYaDl0
ZNPA0XTFXaGZ0p50Agvd7XTbBgz8EmTIjsISKGrxbZAx58lrQsYEuLKCbaVGXxetAnurtZZR0P320+cOjPBwG8IG9QgrdMqFY0sP
HVu4b92zpfYaLogYH+WSm4ycVtGfVWUlmxWKf9ed/gveR+h8Q0WIAaPQXA54ZZD5DGlBTsnqrx6Q191WQvwncgfqeWwFiVj2BphI
3bSZDOKaCrTDNf2Z+WD62BPFYEKRSAJoP1xYGd1VwCCPSU69kXK4N46zy0xK4fSDxPDS1T4Sp4LSTfAwBTXxaZ6CtBJDEyclYhOR
2gFgA6sl+XoGi+krdYCZ4mLs7R9h7BVNSrsibxKRDp+Q0k9g7Xgdoxqixy9SEs0AAppsRvclfrH8vouMhz4WmmlMzQ+wIBifT5LJ
g8Z6KTmjYA/oXp6GN4BhsJ0hcAKjCRoUjMv+HYbiDmWADnykhWKIXDGk7+P7/1Fu+mapQzjS6VyAlEQkN0C4peIB15VH8CRkjy+Q
mFP+/x+7YAD/URkH2hCiwvvwF6bMEae00/MsjIR0ySIKVPOe7vvun5CTqFrASzdP9RNp6SKa9qLgEfBONZSinW4963J+8dKjc15l
XuCVjX2h1rQ75ZoDiqbDPtH9NaSzjhxC13wSRFRtd8eWvmRXkVKZiQ24QlPPIYUn0mcK9GdVJ1NdIZhJOtlvZsGwI43vaoupbljg
DdYhVStlCCgPZL4J9Cl8bsXCuEeWt6bahAQTifnyFqNp4I50He8D+d46k5oVF3e0HLrQnatRq2/keOsMR1yAThUIkFJLT3BWx6n8
qhn/iBdAWT1OCrWEktAVykm2YwV0c3P8X455cjo27KuOa0FEy+Ta4WSpMAlMZ47XIU217brIjUjwwMKXYn6+ddHz5ufPLqQTudDt
oD3wOB2jJ9ngJqbLNgu7q0aNlW6bORVwr7K2+iwQXdcLCrMHb+EM6gy+uhlE1m2giKkel8mxKrJpK5CTZZ2JUkRJxh95UX0gqWhB
62U6DtNt71MRC9jzDJ6fA0o/9znULxJJBmiW3J5UgLBH0Jq4wasHg6PFqoj8LUm5PjGugei2S4nrhUZOJOHWAviKTNeaOWkORIys
i9liNFmb59QjkOv4ToDoF3Odcy7uug7TaWge1KV7ImxmK+i26hLgIB6YwSwFFPT1t4zOZnHshaQN3fG5CCq5aOKHtC+4cOZOM0Nm
+A3AhyB9dhw+i2JimF9MsZmtiTCAnCiH8M4qQgNK56UUc71tlz3xsJKT7TnWS+1ckMIBYN15DKaV3GbORfrJi1VZ8vVXalIneVLj
xGvBp668RnSBRX4YnWG7xWp36sUhDcMI7u04eUNxaspB3SZUI+4QLUnFo4J5brsnQEhfJUA3maBjcZaMbBao+Wcrx7YypGPqTsok
g9vBSfNEQAXc9X3nTVwmLkUxT1pmg8yJ/1R6QCSyy4r4D7balZ/4cyp8jJwLMibodoFI1m2bkKAEdMUYtwWwQWcpSc8Lr8wm25dR
LtF2g9S0woGvyKjgahT8cTo976bVHrTLurAL//GN0oOVvaQEBPtwuKM4kEWDIqIm3o1WB367Q5WSt7efblKt5M0+/d/TzU5T30fA
iL5NuAjXjbsxuZp4G1yNZohcAdOZMbuFeli5Eg7DLpWvofes1cJylFkexjk967N1jpmDurGUpusGmDD0benJUKcolUpKskPO1QCm
wm4H2tcNoE10gxg1UhEK890yiKNsIs8u1VZmh7y+s8sytQa43mE+CXIK6Vg5OroMuutnOrCcN10gXIGmiZqJS5GuilScdwR0qQ8g
GhaONrfx/67hn20idKNwQpVSlcsR67HxMLrGQq0s1kit6i29WZjehOiJgSrrYBZN4YbuwjiRTLNL/pO0Q7OAMxnOBC71m6mJXOAL
ryoj73z1WxxgChXggUyrB588noMivVwGTzRXhgcMxhHu9vzVaZiFue1TimFykKMKdmJRdwDDHoA4NntbDVfbY6XQATxaxpp60KvE
LcLWNpyHI8z+JlQRF7pGtqyl2FkDhL8B1JRSobUcjzSQ4luIF2vQfuzUZMUhW5bpNrbqzckZ8zZsjm1SwAQ8Bpl1mxw/MLq0x9nO
A/hBjmpF0kpR9D5rT37bM8s2d7ooo8ldPUiy1mlPp43dXNuQXA/cxxINpDat6gr0EObrrhnR5wdvE1lt/PPlC9OHsM8ewL/fkhfx
LbmNyuBspTvkvEn56stcceqPxweWMYgjjjTgnsN6LnbaMymuI/r4DItVC4fzccY0KWu1jHFnOwP7ZupcSt/bVR7I0iKM/lvUPrm+
pg6mSRZK92fRsVlrVaXQJ6nDF/5eaGnd+v6/+s++e96/7z94OfAdsYj0pv6RB03irsjVhP1LhyfNxu4MraIwDVMAa6XF6pX0L72S
uNwTcnlPV+y49GbQ9EdaR2HU0u0mO9XGnMPQIG72xuT0kemuNfJnctekxfqSY8PHRQD1NbKSfFjY+8XVntaAzQgYL4CGgUi1L/zv
Saw6iPlvi9XEcbQGJwPNlMqHSlqq3KfqsxWMFFnaADUlBusIQQnzDtiVRPMC6q5iIZC7HZLfd+HIL64x3bG+jYD8OAxeka1P5+hC
WmCdid26Y7YkgGrLdEPrKszd56+a1ButVcdSrWurPS+8uvC/37eoNt8OS65J1YHTNPyzyuBtcLX6Y+Z/xfNvieCyiA2vaWVUajof
X5vnA1mjklZJjNz9o46OGL/uAz1+i76prli8bH3ihI7kNzluJjexAf9QdIus16OFw4noN2xSMQOGlHAU8OpXVGz8Wpj60HDw6ywY
/cq6DKmM9tIFRe4E5egV6eRWRKLoQ+lhMmZ7S5BK3/slQWMdsOuG9yDxOZgTqKRXqYns1k5PoVtng9uUot8KpX2bCNI4GlmDuGtc
tnCYlRy17ls7at3r8SOwAiF58M2OhYNMm7c88vdlD63CzanRDt5wenFWKpDlvhLIIrjie9en8sAN5v59V3c74rAj3aUBeuPNuG8V
jgJt29RuE4mb2AlZ35Ro3pTeX0w9mmtuNy+MADzzwJKakN02s4rrJ7lftnHsLMpOKqEXDjz2bXiWKlFjnOxo6sZwJu3sGdpFgbFH
9p/iekUbHOWJ+3wRvAbz5ff7D0DEotFqMCsctwlqdDX23LGGXcTpum/I2bvO50FaayjSKJr/ykQI7VumL6wwY0niMw6xEukVey3/
Cozqr6j2DKUpG4Pv4PAbKWtjjFF6wxzyKSvehaJZtzBIsqaiE6kljE4aYnJNgO25i0bCOgCilhlqWWjgMWJffdOVjg2sa3Zun8Gt
KVOSuYem5AWLbxUUg8VF1mD9bthDgPciHItq51lxst4oe1uX/L+7bYq6fa14EZyWtHDh33RZ37SLaMP2dciln1+BX4XjS68G1Qij
CksEEQbd9NBu+zSd/x+4gVnTBhbTXG0LB2jslSDxM3MHsy/cwTq4aosxni8x+3r2mwJXj4ghQBVXKC2ltEoixoA7L7yvdZKMX7bY
NF5Pq73ISnZZIMsYYvCIGwJHqmSM2+p529vPiApub3/Let67cDrdYN0n1s3YmCbIYQLVS6ZLq8mOzxZemWYsREwxkyO1054/ToPr
fCMK8+uNCGC5MY6zjXGUjRIMWOUqtEi2hU+wuC/UFdxwX5qoLPag4a7M+lToMvsFqITfKQGn04p5c0FayiJPpyzdyOXMSJbD6I4C
MIqT6JlWTIwSR5ffdrRKeGy3YxYegyz9PiI5Erjr31LnpM6XU1WB7l1PUe+ve+Ba5FdMVP8O84WoOpW+PT1Zi1MsnL1xct3WTHbB
x5VvK7llpNRkPW9CLV0I0nJjqL9Wl03DrojZFMTYZpi2QqqUwbLhBtKW81ItpRZatUfI6K58jvSXK8QjyWtdDK/SG60k8IatBd5Q
F//UYQgf9/bXpzYwpUCheGijKaC0QWQ84G8wGde8oViMmCh8KrJDtStY416K2DASqbW5jRXa3IYPDffOWLdtaL56+KX3I5Y1xXI0
5eSXNdAl3QtjT6GHaZjEtD5jVktOTvKiAirE8DzmpVMsBxpT7+o8VPk6blZJMGfj66znz4Sam5Yl1iOTaHVKHvf0qFrqaSs4i94Z
WlKb9aPXQWMUPbQWVHEPT9Y7pN9tBkf4mCMjJ0sPSBWZNKX+KzpAhwp2+G3aE7jOgEXLwrEzzzFM/9tn/bP04QTb+dKTmAbiRBXc
AZ4/dIT5scu/rSlobfWdxThwllG70qeiAd8+45Xo+dyRN5hGY2AecyO1uwkR2foYOrueJnc1Tdvjj2RfWm0j7nkk9PViEVa6Wkaw
iEtorYhixL6QknNlBBdYhaTUJ/Six6sTMma4LOJoK3I2SuYPNnImujBhh437OKCvSxhhWitfaAvH71egGxTIt8LCJAtqpEsApp6/
sqY3aNhZdcNZpX0xzdotLwsfy9XEa1NpvxRraa2efzye1IhbZDtRkBllmMtcSa/QJYuzQeppNu2glC1qbTulxBrLH6efMtiYNaoy
z6ecIW6MS3G3q97X/OHXlQubnpcBLUdZrehgfTlAymVPHZ9TDUCNapnlAB1+SJHTEYlMh5QuUtoOZY0q02LYfq8o6FEP0jLcdHpG
pLluglN/y7hBabbmfB8tVW21EWirbkoRU4aV+/CvynuOIMOeMQSx/FYFR/FyK+85KusFLr/yrqEqGrQoEnPTX5X3FKTGDj9W8jxu
QxdrAMqG+Fjs5Ro7slZ5TmHgN4O9HCAWC8VPvnCtwqivlYbtNa2s59WcAvFDBKiuAbrV4XbOxWsRVPhH5S1loCZsMsAl3tYehKD2
IATnsmAsV6XDP+37tLNC+mKp4M0wi57QWl6l0fgGjaBZGMyyPqUj7nsHSFhnIWa65exzAKkgupnkIto4zhMcRHboX1NWYpn7Jkq9
3b13XDSI7zhc4dibLXIkYPgAyyV5Q1ERM/X2jg+93ZMB17yEVmLa/TElucdsmxRaJJMtBykn50SLLNqIgN6/XR6F+StaTH+UqQDl
EFXZ4X04Qpsf51Y+TOLEC26QacGE2rch52EeJ6PsKUNjgzTTwCtk/dlYqMPzCcCBXKGDWSLoPrl0UMpB6BGHkiOtlyhXQPOtLDT/
qVJBFLeIM00DSkxp/B0V/81z78+zLSzYBA83qDp2jh6KzIlghne06bqCs3HkIY1B//ZfL+KROiN1bIw8YnzIxUGdZz9jLJb7rBbD
SZKmnpRPYtbf49LS1WOY9d+OJPNwFGAQF/zenUfVLqhQkWgpYE2PLINNuZoSthw+ZHk4oyfVhqLYEjRFd+vxISI4Fc/Zo2T75eZU
JEz0C5wp/lRnoNr5IRzCKA6POAb7IF5GaRKjZV9/U/7oOHuFrEnpg+Oh2Iu+/C+1Kn98IrcMPlfbZ6U7zlwJBhZyPiqMp2ACxGEb
KjemyAsPJyx24iQf6V3+8HQRPxZSqic4eMFI0WgoSjdIULiDPDWfEZZHKXC+C5sEDDj3rnVbpdc6PWBCoKMxyN0D/qtEExSYaOIH
8WKGRQZCXyugoZYFYE4fNC4cOuwXX3BTbrNj3PXGEP/EBmb3WMmXirDVjMOfcfuozTh8dBwD0R/idhgUA8s0sKWxRVfF4PqX8hPb
VMgP/zAZR9cNKxYojOPigOKTYkD53jmIqBhoG0R2KprITutg9zbOqIK4lBHCfJIUk50HmKq+OnMNYrID+SV/oq/ChbQanUSc5cNB
P+2Iq4ryibp4nyi0V01GvhZl87gGmRWCXCEPmepZNIXLmiv54brOJig+ixJ6xsvSQoBuvZkmV8H0g8k29fng9kQ5HZFFHER6ZG9u
0iAmc/bwf4ZnB4dka98dz6I4QmYpTzC/C2rPRNjathwpYD5IpACQPV89EIUUfVFREZE6GFPf38HMRRVFTMUV6MMAnU3mocjyV6Ij
+p1ElEQUdytviWDqVbp3+ojnuWMv1zghjrbyzhzSWWaEWgyBV0qj/AH9UsWlaDyv3IjhCLXxu6NRmGWncGf66pPSM9nDQOauTn1V
LmAYjbFcRv8dej8w0g6JNKCiosfdnSKrCwwDPNrj3et5PIT4ST3sTqfJXfc3nSTe0oBjJlo95nRpLwUOmm8YSbVt8WVpQnFU7Gel
wyp30SWS2ZFDmWhc80UxS0GzdW04cXYmXtloIK1FlrREeoAZtWEyh07Vh+Cr52m4jJJF5rGPiTeOxFHHlaRUBhHOObMwRN9QPbdI
MVbyrm8xGIgymwTBPtY1PY5Dv5jMjr2w7u5VQKW6eJmGWUB0aFNSChhNDAHTQSlVRccaA48sA8mTF1/w/lcmLqZlKTTJX+9H2Tyh
CpItmB6dIy8uEPpZlYYYSdgX95o3zXeTYSRp6BkBhDTKA4wpTq6ve1QCLS217VbcnYASY+r7hF1Kl9DFdRRyci3ugAaE+0AkROQc
/UCo+447+jU7Mmknr6lUWoRJibGqEpY2vwKO0td5+zdhzl1S3SX9DQW5B1N+i9+C5LqL9apH5EwJV2yAbuPmOS6nb66SKS97kELM
2oS2cQy44lYYo4FOVvXTX+8DkRhBqwdZuRag3M61UuxZvamTdVFiCMtFV3lnS/OJd8kwzIt74yRNco7h8LkKIB0995fHiKA+gNLR
pHpR4XnjvdJeZJj/uXhju24GxeF6PQ1ulMsjekzRG+/f1TZcPUw8xpo2yTy4IdTk90cJCk8tb7IV1wRA+b+xpgJRmeip34ix5fu1
araqImEwQkVK0e0biWFiOnQS6rLd4UxXS3Jn2wEvRbUdTKaYAD7OBGaLfwNokmu/SgK6rc5q2q8AGo3aLuhjThVeHHl9pH0eL384
DUV2L7YaNbiAGNC6ChBSgkCnydWUCuXwqvl41qyRh+sRlHbTUIOSoATIYYkpW4gcjK3lmWkqZD9JQQor9BoHWJHV77w9eHdycHq5
t7v39uDy/dFw9/UBOoFqFy+ly4MrCjPlzRaUsHGacObf0j1MRQrhUc6pMN0Xtl+6q+GWugJWzJ7pH1dZGK5xGjsel/7U2QOqQk9B
HnR1w4WNdSQrmO5IDprW5vEHdvAuxSWr5O886BOdRUCZcdtYuD/c2Nr4bmPr712cnQkCo6oVt/v22cZ3z593Kfc7+nAjGFPMykmC
KDobE3own6IDUGwKArI2LadE2RKyyoKduBK6Uolz0QY4RmZqYKMR0LydjwWfkjYO/nIaaFvu6IDpoJuI5e3W36nkKWIJlargHYEt
Q2yS7bs2V6WvzTUavejwJWN9tTByJWwgooSeVtC4SVhWXgwuM7Ot35gf44JCjZzrJGeWlVoxHvqpkyYIAwTfpOmWNJ4IKb7krPjV
v//tVXgueuNUjZXvu9JI7oux2i3WoMM7CGvBeVit9BdMT/dv1qxtsz0FqQRXe7pCIY+FC1TEwDGmaqYjZTTjNNRFxannXRezj2OR
Z5Y+eceJWFCaEL4s8xTLy12LQ1E88lkhhw8OYeT+8TyM+SdfDn0csFcstq8WC8xK8ZQXXrpDxfg80CkDJJVMuPbQv+b6uu/PXv/9
IAYAoFcFc6KNt7JAj5TmdZYcxGPfSYEdaEGrOQrvfJtWM0cdOyAH4R+1hKudNoCb4Xv37HfckjPtvzrKIP2PCqvBuEjHqMZWX4im
WhsplLj1zstVRuLm1WHa6pzleaLOxCt1gkwl6TtS/4GgLjL7o9lWVC6mcIJsTqoMWZo2Da+nLK5gPhwyxWaLK5hgjtbYgIyvhtqy
yEQ1AGn1FbonpCXhX/jCmEaCeZrcDHQOSPPkll7AJW8CSoydSffoC+GQUfTAqmX394YzY2XgQbxMbsO2Y6P3gOjDphk5VWBUQEEF
iQtC4ts6QBV0mtJeIschiOggzuhS84ktBvjhf1+nyewEv9z3uQNmz+3nZV3Qa07dcly/22dAHpIngs+fv2L8Y3EKWqKIFab5g8z+
lfTkZjotBi23FV3AV5jL0DoXzQkfw6jYs/VzHejWQJ71gCffs6lHzZjRsXL4z6puG8/6m9J1A+4N8biPAavRCOO8p2wuoLrF6IEQ
ZxHwlP074TYC/71czMekyVtkpFTry9H2EsLEPNv2znaH/7jc3TsbHB9dHvz3wR7Wv6VnZ6eDN29AOHl1fHzm/V083Ds92D07uDw+
vXx/sg9/ed+LF++O30AHw+fvvWc9tSbtxcHpz4O9Axho7/j90Zn3nfjs9P3Ru4OfD95dvh28eXswPMOSu/Ti4Oj9ITzc3z848jbJ
pg2Ql+cns5hjyhZ/PMQ/JVfqd5NRpjjx6Caz424o8AVAmu5UkKzqd+Btk3cL6UostMaHjRTKWSkPI47tLVIQiXNAM9TNIwZ+bh7L
XEJPn6mLK8Kp9aExOn/oq1bv8GN4yaut8VgT50lgp1MJLpplyxGPKI3InTJ+dyqu3zNxonz4GERTkUWvY/f0hjZtpnuaJLluDNFG
UStBm4xUAqNM/OFDp46VucH8yMoxz3Cug6O/oJQZQsoLMlbbyJ/5K5hOK8ipye3Y2ozDawFdA2LA1SG+wBo27d+pcq/8MV4y0BV8
ORQvbJuC5F5+2OMEbiiDUYDw4Po4fhXkAI+IcgvZFKqWPoZ5Mh9cv0ng51rfH5CfGJwyNHG/i2ZRTuWzz5697dgXDlgRj6I5FSk3
V34i37iWrj6FxqeL+B2IOFMYbatF8/dwpgZjzMIk8ABDQQpJdJsPbnM/75IbWCpcSmZX30EPzywyvkAzSp6jMMRc9Vka3dxQVgQ8
aHRCoe+/V6RbAb5glJv4Zva2y3mRzM42HQuDvhDswCFDI6dVhhepZFL4QtDQEwwjHk7C6fTDh+VWf/PDhzk+yfBJP7yv1hozx92V
J5RzY/HfdpwRmi/LOatSCxcl4z4QcwTZwPO5H15HcYQgU9m4CI7flxCF1FwdEWclGYya/XdRrEWsEysLXog/mVby+gQdoQ8Y8TsV
XoyCm+ysGH4+iK8T0+upLmum+iLCf7HULJ85qCAqF3Ys9mPy/jC2zbUyhyn5DDADeZFlwpY+W4wZTrOi9YJnQjcjzc3V95iNAB0S
y/Fw8kjh7IlE4jGqpguFHt4FWX5KMRPN3WBbXDG3r/SHmaFgbzH5Erbaw/TQdJi3PdZ8k87Z29q4CjDkDwNpPR/Z0g1iS4l7HamP
Mti1kGqNhcI7Lkm7fdvWpTymuUtiyjobaKEjooaEddGiW2IeYPYYQS9SxPPWxDdAZ06icQ3cql3hoong48XDPQz2O9VAVh0xms6k
qUKwHEuFsdxSQ1qCSOGt/v8Aal3mnJLpAQA=
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
