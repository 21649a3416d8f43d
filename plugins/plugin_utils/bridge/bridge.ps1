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
H4sIAAAAAAACA929e3vbNpY4/H8/BaOZZ0JtZcVJ086s3aSPYzuJOvFlLafdfR0/Li1RFmOJ1JCUbG8m3/13LgAIkABJOW7afbuz
rUWCuBwcHJz7WWZRfOUN77I8nG9/s9R+9U+WcR7Nw/4gzsM0WQzDdBWNwqzUajeZzcJRHiVxzZv+mzAO02hUavFmllwGs+h/A2xU
ejc4Kk8nnIjuSi+G4WiZRvldfze9W+TJVRospnelNqfhbV569Gt42R+O0miRQw9p5JqH6n1nBIvPdpM4T5OZq9FxGsWjaBGUG5xO
0zAYw4Ptb7558sSb3i0Amv04zG+S9Np7u3voTcMZPOt7u3/xvveSeHa35f0axePkJvOOk5swHUKDmfd9/6k3SuaLaBZmXpR7N1E+
9UbZyMunabK8mno74/HGKfTex2F2gziJo1Ew87JkmY7Cbe8yjcZXYX+RPfXC+WU4zuDD0MuCeejlACIvir3Aw4nPwo1/LZM8HMPE
0nAjy1NcjR9Asyz3RtNwdE3f3nnBVRqGXRpvGF3FQb5MYW4T2Pzkhua6zEOx0P4YlhBk3jwapUmWTPIn01GWTaO5Nx3FT/43u8tg
rrOLG153/yrx8DcudAu7P9l//eb9YM+Lxj3vePfX4emJl4V5DhPLnvxrGaZ3PS9Z5gjNi//wpkE8noX85JjawrSWs/xJmKZJehKO
knTs+bvJaZBdH4RzWMA3MYAhWwSj0HuL+/PLIc/6m0/fePAPTGAnpq1KUu/t4ZDmBiAIcm8SwH6Mt+BJmkYhw/Ttyf7w/btTD6ZB
v2lYmAONS7DGPtIQwBWH4z4NsVhezqKRN5oFWea9HcX7t6NwgTjpbXnqb2rJU6Jv0mgV5KGH+IVo44mtSmAFAp+bmvKkADNVQ56H
PgO/3G0PcCX3pgzUntlVV/WE/2x5l0EW+upL71uvI0DG+CtBtXnbgXeiy/5pMqQ+/c5//6PT9b41+hT/+NykP8gOl7PZUbo/X+R3
vpiE95PX6cDoHfgf9CueFnP7ZPSYT6OsX8zxhQ2Aqp3YxhcKdHqLtye0AHgrllK8/lyBsYDbkRr4k3cV5vBvxgxtFt5n9+f7Gk6X
OhAzrPtaTBhpZPnrDu+JaFHaE+5UW1eEN0WM5CaHOUtEPoS/V+FBmE+TcebA3hFcErmazwjh36nSjo6Go2d7s9lgvkjS3If2PW93
GqTDEKEu/uq/B9KXjIEE7N8Go3y4APqJvb/w8nQZds+rwKA5AxBgDYTciP/xco4bEApakMlzoNEbuB+P89QT88yMhxqx6W5/5bnv
wjlXE4dDMfHeLKMxUU+xCEk9bev40ywDjkZsXcSfeM4HyTia3MlZlydZB/0/ctb/hTgtJn2cIuXJ4TZzTb96Ahbqmz/NkvbCWeg4
A2vP8EuO4izJQjs6dP84mrYfjxcJPKwhaqFs8iejanLqFeRsTebkyv5UdE4ty4mpf7ZZM6Urb0cxzT81rZPTrhK7ygL+D1G7ZiT6
KuTOhRN/IME7lAJeHRun2vzZGDk5sTVYuezPxcXZV/DnnLBg4dSUtRn+ufk3OWMLB5f9n2TeGrHmK7FvVVTQSdmTJ6TQWT0FQpen
dx7Rum1vmYVjUud5kyT13uyfek+uSOuZPVmFaQaCfd82485qLsRfknt/HwgfDneD2UySwjkJ6ApDFkE+1dQ6gDCZyXWkAA2Q2kMB
cqECADCcTqO4R+PB/oH8f5MGC0CtbMsLYcl3rDcDZEN0hJlnpCIbIYizbW+cjIBYA8OJHUgNVWaoxwzlAuxOSaWA6lXWKj7OvHE4
CVAXQ/ju+W+TLN9luNJhYf3TcDQN58EvvB3es/5mz3s9C64y7zCJUbNZgqShq9jjAbi3F17n04eO0d2HzhY8Ogg+Jin8+awHf0cx
/b35GX7QOPRD122YWhHcK6BGh0n+OlnGqHVaxqSADce+jxfq5u0/Njf/Dv/b727X9AEEYdSik9clrP55eHToBWkKu5FMSJU52Mvw
T97N5PJjOMrx93UE/SpGXF73qC1Vd2rfgZVSjSUvaomT2KVJs1zqO4GUsyjDM8K/+v9fmCbbtmZpOKprxZpN85nSf+Iu60wF6sdO
o3wW+jjbLmo3s05JZ5jeGb8/VXSZ0cSjz70X0LuAYafrfYJpwHiGBq1vVUtpBB1hwH/BMlFJVxktnGWhOaTcrTZjFmLj+oM2L6hg
0Vr3bv4aBflo6vloBHmXBONChx7i2tBOcuMdRBkaOfxkAYha6U9sdTTOYKqnwXUolJ44i665s7t4hKibadrjyRnvhRrVqqaG/klH
fXaOWmr4ZdUTE0ENtetZkUg8c0CgxAmEheA9ABdNkClm4D8KJkCZGrwobziG9Kl5BMvsZpuzyBYYACHyfj73E427laNRaJtp4Lf0
mWgvrTg8XnmjJlEMdwl2QDe08Y3R2IQn89NM+5Ge4YUUpnBbDPa2JQEbwHIzvr3x4lZ6ELrL+94JTZgtPZataQAwT8ABYfpDzaLC
bbYF+lcggbyMEv37nSlfValNWGmw4rrprz0JVJdU8+gGR3r/8SsPP9lsXCUdtzxPCla9AllKwDfPWN2KlKxu6NHutzLbwaxO1vrp
70vWm2h1S1Kkc3wPRZF2Fgsk3N6chE7JbheU3v90ErIJH9ffA/JDDfjHUGzR566XJ9qN4CJCqwQIDIu39UReTOOByHwDHWhHllyk
yUaeeIm15Mk2NfdBXJNUmUYgiT6GKFV3hu7FpJXUsfcbtGFBivqt1Xv1yZef6Dan+svPp+X0sGbCenoaTssDXLs8+Ne9dqt2NKmD
eVAZw6LAbjVOw7Qr9/XXkiTqkPOzTXdEuhHfUP5Ap6nGbUq1C7Ckq3AGnKf3abgk17Qeu4H0vKNlDh9/bmBC38bZmuqfRtQWM1sT
v93siVBQyanxnOTlCCgVgzQlvXxKREjqpr5gSzti/E6NjEiOXIaQWFKL6ecNlvijt1kMFIc3po+VHJH8lXjV5CyFP3nxiEY4ZmU+
gm3Jyc/RRsSEOkjggNgyurLvQcW+ppSBc/y6xK7scSIpxv3kihZkr2L6XXvE2qVYyV9T11+b+xYIzNNqg8K6skIw6gYmG6i6luIC
Bfrs90HuNTHR4ZFjaEV4C2nO7t28F1q6bOT3HL5+kRaz1frjOKkyfWfV3XXkDCx63GIunQa0bUt3iXtk1tONrC70pDtEUF4D77pK
bi0DxIlvVUWA7qJkYYhbYJG9z5Iw4sINx4RKwoaTR7fSBt5ODdB1kLWCSbrBCsB0auFrAEN+KZdf/6mpfFKjqqfljwsGYie9Ih2B
xkUs4+s4uRG+6myewYHYDbp0gZpc6Os0DDMv8JRbvGIWoSulQPaJ76JVham38ZL4MN1OZt+M4jRKOlu3HQsnjtNwFYDoypuDIM2m
wawP30qP5fdx5C9q1DXyE4SAWn3pi6ZjTfREsS/SQb6nXReGb/ynKjViI7a6JQ22kr3XXTu3E4sIg5tpGKNlzghCQG/7zDs6qUYi
RJkXJ7kXokWih6YDZTs1DarxE/h/+pLjMnC2r5OUJA40s46iMWCOPwUp5ekmQI0GUlzCdRgujLCIWt2UDgoLOB2hBp8c/Lb37397
j+riBGoYco1dIecCpwJvbzaTptWCN0K79j46AxzjUam+9y+TfOpVeKquN0mTOZzC4yeDeJVch86TZYSISPZLg5iNXXPASx4tGwRC
xBLrCn8yDNNbhom5V+FULR79TwxRF23FhDiFBwUOPeeVbREVWj2DSWLgkoyOwrg0QPdnm0//EyC6jGZj7+nf//7Dd13sbRYgiVKW
HozeCiLA48ybhBSp1DFOFP/7sy1GiyOnvFlyFY0eNkprH+3o+ZQYF5jjNEHvAjhO6lTN4GLMKA7LCODiQ0W+JaQ2yKKcYo8C4I2W
MSmCR3O4M+F0B6MpDYWWRPrgJrjLUFssJx+kIUeChcE8wygw9JQY4o8tZSLbwAFgUrPwCnHQ586zLhA4QJmdRYQj+NU9xgavaNqv
ESDqF1zwo2v8GIZ6B3/SeRn8nFyiA8V4OcNouFMQ6TNaDsbdsM8HDgP4Bft6kMSJF1zBjmYYhHUdkl8CuZeQp8Lc8zFcLXuCMEVn
mSfY6CaK20V7IbeZJ6NkJkkrbmME88GuPP/4ZH/36HBvcDo4Orx4vTN4t7/X817t7F2c7P/X+/3hac/r9/uweKItsXd5R5BkBKqG
ezFMiJ7eI9oLZ9Qc6DUOAftn1UAvbWxf61CRWgBUFlwVv7mfrozsEq9rI6sIZC9K81RvuUN4L2fYGDC1i/2VgpWo87pApz0epvSZ
GLMczCQ+JSZngmgisdxc4RquK9vlj1ob2itffpEFuehtbVNQ6dM6PXhlzvdQOG7Xb4hGVapOYEjrdsbzKI6g0yAHNmVD+OHNkHb4
IwLhmBgmYHyu4c886dH53tl95wFRjiZRiJc+sbvc7DJDcxwSKuSaRBf98kpf0xBwvQPp4DYaNOjp/i3MSnkh49rLoOUd3ouA9YC5
3zmaiqcncNAxfK+uw1/TCDX4N74N4KxTND84CRczlLwk+pD9UaMBGWAThSZWEWp1j69MXNJW0LD9dI2Utn8PQHcazUPvfQ78yA2f
eJ17oxGHM7hB0fkNOIzZLMqAyYvHWdOo8rqyYFy6DBlPgAsAMSlAhAFcSVBowlkChVqiDwmy2dACUGsSoPQbTHLBsGPAfbLUTLeE
LTujfy0BEWiqosVBVt2uWYjU2Dp/vmNQrBnEk6R8qXAbDTG3y+9w5CF6dFrfvAuy/KQU6qq93o+vgOc6jsYNkNWv/tIUxQqvYHKh
uqPwBleYFQg5GPgLWkiQcei9/Jm/SpIqii9jvTPttQSVSaNLjSx4q7Ww7YBiq+xb8HoZj37knnreXkTZDoL0Tj1iaf6l+sNDglqB
ubiokJGvvtNopkf/djWhc+XRv7et81Qn4aUHZOWdrZ2xpQTT6nACcAfAowKWoMrDikRH2Svk7V2fH2fC4dbZQLHnx0Ba3DvEi9+J
s5sKEpodnhoqPx3db6O8qX97z4Zn8WmAztydM1MOOe9s135FRPtugA6+nU3xz4blX/IfV3d04IFhmIXvonmUD6G/Hzbr2uZBmv8a
cMunm9tOVUmJJz07945I2W7yjJ0FvOv0vE4WB4tsmuT0NzDgo+kF36jaA2BstF9piGdQe5DDeau0mcMd1TFF1M50FF8IMGuD6E/Z
P6f8dMwGefFUagFVF9VBVBOzP/XY7FAJKuVJqeeyG8tyVJuiz9X8IhgHCyCkEiqzEFAyhafJQv+d8o2CTz4mlxcZbrH2I19m5SHx
DeDEJErnHe+zBQnU7itC6N3UyC0/B6uAc7TIFC1ARj5mtqQWAv/5tAhdSLUV3QXc5p+oI3XJQn4xPxKJXbLNDWAuNTCFGpwivEFt
im0JfrfavH8Q3P4M/30XxlcgZpLu87tn+PSXYLYMLR+cYNIZJHl0QunYPXu+3ezBoh08kVsiK4tEvmzThcPZhzsgRr7CFK2A4dmA
f1jDtUXqBmmanwEh93yhzMkE/Qf2Guj/48ybB+l1mFKjLmqPJykg6bhwH0DuOgQaymI2jmHfI6bRcHFE6hLHPhVHwKoSJNOu3TP6
Cfg/vGv6G99iyqcVPhIeCH/7Gw3cJxqY/RrlU7/zl+kKyMMGHIgtODKsfsTIkyCNcO+O0jGqnrvdBss1MChwhfrc/fKSV+Y/fdq1
OLLxAijVEVL/TrWF2F1uWOcmpZaItgmxlJRulk7TjJHN4kvI/33n6GaPCJXQ0hjenAik8tf2GRCGE0Bpj7e5OlUiJrCj6CT+gll5
q3shnSvsho7tXphJQnBEYxCk4XSpnjCAa9vtMFcyvsMt/RodUsnzBKizpoFCYs0+Q9q5FBr/FcxgTME9bBcK+wdCjWMbmiwyNL9u
S2fJVzhZmNO/eh5PTDuOdjflYbAKBesJvGDo137QwlnBqvW2T7gMw8Hh6f7J4c47BKBQ/KIJZZmGaHom5WwQ3xXJeSogrIzg+258
7eKoZx1SMnbOu2cd1kh1zgEXwiLnTq1joybH27yrpEU8wSuGVulyjSrMEA0wE11ixJvUk37obD3tfegk1/AHHQf4wSmQMMbt7Bx+
0iI5KC6Kx+Et/ImHC79aFH8j5YdfH9RGfOjAU6FnpBeI1mJnQKiesT5GHCw0UqPWWJz9D53Pnzt1sCsRpb8ogsffb1yC3Bn/5S+4
xbToby1tgHeDFtu2flEegH7xP6i1FND/pgXRM2/bfXUnAtqhb3j2hCGwIeHfn4+3vE0vue55T6GzAj9Fuq2e98y7DMaFr9x36OeP
QS4ue5yUZ2jiDRS3zhSHJK2//68lIIXP2J5cA6prRt3NMj4OiuFQ/07JtrRjgkoUrYnVh0wonelr01sQjpQPj88I02Ai1Ruev31h
0lO0JaoXxydHp0e7R+8uDgbDg53T3be67f6ZzdyvPt09OhyenuwMDvf3Lt7tHL55v/Nmv9L57v5wePHds1eD0rjvD4fvj4+PTk7h
4+OjX/dPhm/3370z2/y8v3Oxf7h3fAQHSJ/Wdw6/wact+Maa7TduWgca1GGP4LrcTcrED3ZOIj2RyaeV1wLHL6IxNaje4CnjoP3m
hpfhDCTPcHwxz6jRpmUEomzcPcz+XZTlP7rnK/HWOheRq621C5G6sBrOZM+rsefcY6fCtXcqPGNC71g5vE4W7nd8PK2GI3gr8uu5
PxcLpQbi70ob7bK1bYxOcoCUuIjzUF49HM4eZqNgAX+LiPdpkAYj1PEGl8kq9DZv/74Pm5HAfozRlQ1D3TNvZ7g7GHjkN3An6DzM
t+9SP/FVLtjUFcqIrv00veKICVWyqM9fmqtmhoP0bTDn7FJsuvHYx+76LK2WPp8kKVqcgd7Buj28RNi+0MJLd+S9JOggycou+zuL
BVysfufDh2WnK39xvPqoq2UjvH2OKRIAFYBDQ61tfxCvQNIK4lw87Na5zhYDNbnBinMKH9i4sirlFLvzOk3mtFu6taUgyg6xQPl5
V0RuNG1dIru25d1Mk1m4IRl8Yur5xr8McRsQl9i1IF1ivgXlYMC2d/Rzhd1JUtxnm6RNxIZZ+UIgYt6hLeVpFsOVtYY0TCQC3fRJ
8dxn+42No6VJDeIYMFFNqSpoOP29xME2aTwhlm+O7W3IaSHC5cHsQLMVNXiHFdDjif5+INSZJZY1JUrUsUl44qg1k741pUkhSAac
IYIn3lHRKmXQy7VHuL076RWLhvo1bWHCsPWjYnK8aaWbHVm5NBp3HQMSm2AMqRgHy4CPfG4fZcT6/u1vjBOiE+AzuuuKklUukcAI
AwjxJVuEwXVW+Jo83fZ0KKPNhELQVQOUQ3DR9MCmCBIbUEPHBsireOzlXgAGfgOviAiDr6vAofaCjwZmM0HVIBo0vR8BLmuCpYRX
2PV8CXO6BJIFaBVvkEci5/PAPAdKVdm514IRgGQ+jYiVg//8WMwffn77bdMC5FEMEH+HU7jdj9PkchbOESxn0bllWggzbC8xuKXm
pB5UwpPxdZLOg9yvu/N6ONmeF3Ud+pa1VBIFDxfZe7PtQZOiRrNnQ8ffoT1q23aGcwNNkThfiM+QcluOca5TjWKE3SQGfgzTGJNy
3c8bmIaKSKpc1abyD7yqhPXTpid+JBv2pQ1fzGZtOvLuaPefF6eDg/2j93RiAqC9U7i1y26KpMUh/wPjrqcTME/IzS+IiYZIuGCE
2fye56pZj6pLRSIFO1IdX3/elYRdCFTVmax7fmuyKWg3Jd4Lvvagy0fZjuCagV/cOoiSCRGvjuuM1d/wawtTmlhSyE2Gxbzayinj
Gs2AawwcMpDWDrenvzMeI1K6k01Yn9t3o7iMFgwPCdMFuuY67qKKYho/1Q68kj8UCxAil4vN8PVOBpx2fgxn0dj7BR94R2B8GXUC
ba5BeiUvThenVZ5yoPNcQRs8qJlXDZLhtt4by7jvbEHsPzvbBD3qsoU2v4pZ+EdDW4GsZACxtrQDoUnh34yDZTn/NGFvWFhy1Cu7
/VTsQIBu123n+/kb+9hi6aWJ2M6jS6RRV03hCbZOsJTJ04isbos2AkdC1RIaJY1Ex3kZ4lSoqD9tfraLFDZN6g7mo4MLG5iSo4l/
hDGBOjXGufCyujLk2j4g+UegqlzGTMHX9vGMo65Zfh+V30UGGLrOsbfQZU3neuvWXFCyCpGsAppbVWBtC5ti2iuy5tF3bvafWxX8
PzWPJKD1J/r63ctHslysHnuvLLtCyZGOUxo26FbIa2sAnPpapCS7R/TYCX274sc8jC6JX9FMw0/RuD1qZf/xGoI/OzR5RJ6bWMoR
EAXhWbXljc86iwT+UvSWnpg6dRdl446Ua9aWNxR/+ng/dJu+M9y44GP6LTza1+gAnZfk18Atr/Op8BGTX5/Qz3U6UD5lsotTeLD2
JMgJrZgE/mzVgcVRbatIFK1n28LeekwI1uhT+JNtFXmQy32u05vwPNsqUvrep7eyW52xYBV5K1eMFBL+kuOQemmtUWwgKI2yVn82
INyjv4ovoLnvKl547Z0v+xKae1/qd70erfu/Zo8ln8Ut75f5Dv9ue+gMH8ct7/0C2NHwHT30pTCHGINBLIArPU9/GPEjyqxMhFLo
HjHWheIujIbtZiK9K+85FxLovnwyhWPnlofO2vinz7hj6NHbdIIOobIX+LvVtugeo/TtLv9o+Fjkdd7SAnf1ILayerHg7rzHqPog
If5br/O4I4+Ig8O2+TtyyLPNWlJzp0uBQpNRbuVbj5RrvSLzzdc3zNJfLstssnDbZTu7B3vv9k8v9k9Ojk46X2ah7XTWM86SUqgA
6C3aZ2+34b+CPd+mR7d9Mr609mvSAzHR8nmLLLH20KHnXVfLqwPxsr9bMW87YHQpfcycrTWQXfb3SvGUFp42XE9na8Sco5/ya8Ad
eOiHt7aUV3awVEFi4NTbw6EVoSxINe1r1eusrXXoTd3QMyE37Wsl9aqNRcI2PZMCx1CTFOF/6oiUbNINrkO9dbY6/X6/I37hlne2
4s/dLYrk5vAvtKl/QYZK0ww4Yj1lNfGBsTrMQU0i3ZbLEF1q3kbPxZbFkS4ow8++iL/PfAEQEtYqe3SkV4rcUvYu6OBMfHe+XorJ
So4U67ASNawqGttRMdsVpyKn3GVlenozjWah5+PLCEPx0qswx/wOI1pq8TWACtqUiJZhz6Duq20qiXXMBeIHB80+MK9hlLv/WsL+
Y/QrgXswxlnbXRZbpeoyaIakF/pN6Lrwfh8KXyFhtyJnegFKK42fmrZozlfWymHEqTegNANa5gimKL4ovWymEgFusKtKzAaxXvRz
m0Jm0OvVyOZj20rMQ5CqUsqeLwoUHwQxIAblLt9Z5smcz5/Qx0H7EETmEfpA1CeVtGPPH7fVIoPXHYVyLqiDNyHlTfa7+Jd8LwgS
Q9NmClOuG0hUF5o7qSCdC+yNInX8WytPqVNFTTcHvG8exXZ/f2PykSg365q/FfIdxyTKbhWySAG8KNYBg4mVtPOKCnXY4nTMWE4L
Ky3pshfQbelJTx4Bbb5Sx/KqQbSnzDicqEQGU3WtrLhAS7FtKBHpd2OhYbsO7xpS4vhj/RYbF3cYfoqX5/gM/joHHHBrB21HBcEt
vffqXKdXLVW54lVh4xYOaqsmI3cLAo6WVzKaFzMuJlO2qq9aWNVdA4nuoaOjFDkW23ir6ukTzbo8x1VpCAP6ZHfmLXiJe4C/18cN
oxehPlc+wOJ5WeAaiBwhl8AGrIQWHwbDUYinKl5vu5EA1eyrQuuugQVn0aQ/v0X9OcESW5MlF9HwtuvKJzszLAFOoFIk1BB1qDIa
v1BhmxQGmVERB4BWRHdo3OAqhsnvBlk9wtDIvwJ2hWPf2JRJNMvDIluYqR+vnjJubjlqtmAsBVbR+QTByj1IwwQBYyJMh9Xu7NAu
GekbTXZK42M5JYiN+J42eNXt6h6rNlq8q1JIbZVTR/WU30aQCUvNtl71hHiPwMiAlU0xqxSlYLJRZ8MpRE8KgxOotY2gzcy1j/KO
Zv9R6pW6IzvbTz816kdK59WYZPmMu/z8oc37GCue+anNn9GCYLZzq5MK1OykjQQi1AlEaprlUotNTp3/VHlstqcgocTyW52NUF3e
dp0Y7qYnJoLXYMAxBiJiYDY/ODv3rlf3UJiN11aYVX2QvvWeej/C8MINnh698J4hMMZnAqW716uz6BwlK/wDPzl30NpxXf2n4yEL
44DMlGsvEAf0cYYRiYtlTvHWQcEt3bHbfZZnFGRN8XKoca2vDSJ2WaDwQ7InyBeSI9+q4BItjnuKcaQwpjrhpC9B0hiSLJaByrzc
ZJpfAURkJwXju6pl4C91dvDSwvLi+6aZ7y4z+CWHLiAnAH/ZjuNeuWVKQZ7vrHQ5Amz5K0Clj9Ptbqm0hLmGaIBYbHEZk/CZwxo3
0INHH2Yezi8xl6K/OzgwCohywgMJZ6CY8fVwEYL42DNQFMYA7qfnEeb2D/dP1bQb8BN7Vj4qre/4pK1ThM4Nov670bXFJk5pkgJN
DLhVsbvjM3xw3pUig+ukJH/USZEJ0EunRUuHrZ2WxHlapHUDJkbeJeiw6ZBeB9CGikPd0PKBqH8ilEsmkox6n7UxRRpwbK5ugU9s
1fns9GMVEynLDmJT8KVrdjSovuaIEksJ2bjmnFbUDyZELX5lYqoL5zwXVch312AZjzWxs3RyTE0AHzHJwFpZRsqbufGLF6yCaIZs
CecKnSeY7sPbOdzj8nizIIerc45lTSidSrqKRiHGI8V823KakF8PBkWdUJdMz3kEKV2nTHdbmwC4SPSiq+yMFDGlHdM+sToiGh9b
rVI4MDGfHdiojQMCBqD2sd9BxnFHwqrD5uQeZ/lGI6UAZwd4dQ6rABTYbDqx5flQhI7cGI3wi00RCj1MmIpFD7E0MWdWJUdxXzz3
9E7miqR4OQhbIB4MuNWGSB77mjPpeifDndMN8dXGKTalzZVPisl03Wk/HOl7qifLYM6zFWrlCqAPGccY6hK8iH34X1KN7RAtx5/D
aAZLm93tCkVcxZUb9xMGKPbkKV78dI7g8dnmOXbCxu8ukeITxuxOwy0jGDsD7xXQU5HqDnViSZJ/WEVpjrq9/yWC/mH1DE5kIBMj
Y+YQ3J6im4gUxKRMNs1JJC7fzCO7RzhH1vHrApq70Zx2PNYhKp03OjS90vzw+S5mO5Owv7g43DnYHx7v7O7jz9ckKncE7r94vHr2
uN3OiE14Wc0WUMleoRbC67T4dMLrhi0qHy4DDTYrOPxTi9NXnLxL4Nn15opO8hklWpqKE+v9wvCVWfK84p5XBJXIa1fkJvVs2wK/
n5XwzXri0wRJueOUi0bdTmX5W/dafvuVwedoCnScPIxiIUZVg1pbIJADjEfXExAsF0jKZKueZLmcQzn6gO8wvyFie64wr3TnVSmU
bKrbCe2uMYdHF2//53j/5JeLg6O99+/wQMqPAYbb0qMUYfnLgZABUi0Aj9KvAy+lXGfaVM0junN0E4djdnZUrrEJiKh1V7jVfs1f
aYfXesZVnjNMe0SxNvhZ/zSN5vvxGHi84WIW5f7jD/FjOxNG353Rv4WE722A+K56ePwhfUwk/zSo33jBb/HSX90NVFkDd6EtE03M
6VGG5SuhvyAdX6XepnE9zlsorsp6HooL5ztAnIEPH/Ay+OWAVyF3X2qC1FT4eGIOJfQ+Q+iQknpOmqHMohki7BVk9RFG2LpR15Jx
vcNu8IVHN2e62ZJoHI1fINGIuJCaYH/QTz2MtYSQ8knR3KUQnwPZWWevDzWleJ18WrffX30zSXmtNpIu8a6myv7qexneLmAZ4ViV
OEcFtdi5mJIHml59PYAAKsmojB5Pp7rV2PqF/Gzt7UYliyCNHEMCvSazFSURN6YZYkJlMomI5rwz1KRHTpAbcOGEcRZh/SNrFR1B
xk54BDFsZpo7aBK11iqlQZ/NDPbuMMxFl3ZnSGOYZJm/a2ftKttIYsTB0ixrIkblgPMWQ9lQPsDhAr4ITZQOdJTW8Ln00hEL+DUx
XMb0BhqiSVSvwXPZvIroVq8psaUEA0T3WoWGOBbym9OEArH8eg2EgX6/zEkqUFfgan5YQxa/mPSt5k7a56Z6q7mGI2KCBaKs5m77
xrzN3aB8100YtNJjtr4nVnNkeRS0xSosluV59pXQGbhJDYN5QhU0VtMxEhUrXIZHCp3lkuo0A3E0yu6BNTH5PNjRRtSJKWgmSMSE
TDB1PD4WfILubPcoTo4wCv5wXKbU5I+nNnKnUF0E21i3gcWM7TvY6trFTmpuXtY+7h6WtIQWzwBZjMo3ff4a5C6qU1njWSwlPzLn
djZv/7H53avNzc2nlIOv/PRZ+enm3zef/6eeeL0qNRGuIjv9Et0SB+OsTRFD7aNobGA9PaxzRxHWbYf/7w2WY+wXFW64zgs+2+Mw
DKqR0G32YtEjSDXpLTITKTnNznrgp2F5hg74HOk+D7fdrptO45CuNJuUsk2qyCd0Nrh84icsiMPBnONk9JnrQcFfpCkAhE+WmOpa
94zgXetbt/ef4R2p8Y+DKKUd6ilW7yVtO0O//dbXdwgLMnCitrWTPoriPlQhjBGTptUyeQ7CypVhgnWP3IIRjitvMLJFNoSryZFc
Ou4yWliRg2lR9c/N59Fk2rlqmslBnCu8Z44Sx7mE+bX3xk90s3WieeILdlfazzi1SXLGzx/C0V4Hio3/BMRUp7cOK306ftBISUSf
itPofe62YlxhsNpb5Vi7L0tBXrJ+HmqxvMksuELqEDqohTdHiJDcZ0ScP87w+ATx+EnCVyxXU90ivUSeBqNrm5O1wdOgA/0B9h5m
huMiJjCpv9e43KyKJlxgjigZZGhNoBtVm0fOxqXMONw8FsKUm0Vj1qGZRzPq5bIs32jPruOWv0hR0vIg45zR2VrzzapRlOnqvC7l
nouFeV9+XKeYWTflCcGdDp6uly06R2Vpp+tKbPR5raCxauFoGQCOq6oWUDaearWR19EccJgtIBYWR+PgWvL1pX6Ba81czvE60Ntu
tHlB3lbuR3EBRYYv+W110z9p28ILKCj1rebC6VJP2HOcrruIOioMFxIvTrInFgagGfksByPpw7DWY0BYn/RpSmT1URKUG1jUWxlg
vwsmFzLOg5MjVl4oGd6krEIUxiO6NpZ+mZjbvd92u4mZVT6m3Jvjug+QcCJr2C3hQsUs9ZDb3XavK7AuIG3Xuj7YnRIjaGRVPXx8
j+slrl4v7UC89i0QB/kDwPIwyBlFm30I1oFzLNw5JcWuA9DDwKep6MZa6Q4M5Q8BnTQ38gZszH6ghybg0lycMxVsz4j3NYbkKs1G
HsptXkLmWfRVCEjiOqvuyZrpHBP3/c5sL2qQqqwsPXV9coNlt1/QUPV2kGuyg5hSjKLlkmFmPhtkmhYp09UEr7u6ToQm9C2cMdLK
XeN+v3gsQ6m1b7qMCfX+xlaGXZdDFmlFtxznQlSq1E4oH2cOn8FeJZ+klwuZ0NGirr79tsr1kJovubb4bPEmviAdKJl7qR9M2crn
1OlLpOhU0QUX/rX38OJFqy5oBZ02O0r4+qiQcpDyqGeKcdYfFoyz0bRgnN1643IiZphlmk2jhbSVC5mUoh/qSIhNskdIMQ68LOOA
BVyfvoS6MZxpbvxn3eRIF5Rcd+9HbNfRtON8+CTCn9mUKhVdhp4xTV17ruMV5eWVWgQ+Kn4G1w22Y6hiC0arXjGK6nudpDZUCXbL
C/JkDtT2BktFY/hWgBHPOaU7zaYB26qiZMbB4T4S9Q0qVPG826MoMPFNnsxIU0w3Qo0n715kFskuVMI3fZpRX1TSlkW0Laryorb1
Dk3eXd66oTrGHP2z8SuEYh+hiMwSJncmpkkvN3HI/mZ9+KbkEybnrYptQ5Neubq2ALyor40foHtVnHEKEEoMwbrlvf13+6f7Ijoa
dodgjLXLi4RLPXT03PnFy0YBBsZ34aadjWGS5cEi7hLzPb8GjL0Yvt052b8QA8yD65CiQhBt6aQH3jxBRd426WWDK5CpsJAyXuhj
z3+2CbLr95vePOv27SFSQZ5jAnfOIrgtfzZnWW+vIyUPTgFtUU2daobT3SeeywrmtAlcURzuD0FsZCOqVm60+IL85poudHDkyFJQ
vyYJuZcvvGeb68pZwoFXrEwkW4O10bot84LG7rTCrB1fIw2vLJzBddW/31yjbJ/NcVBVth8C6SkcBmiX6pJIfCH+VYkQzoHCbJ0I
8mBb/nRTt0u0gPLTzXuCWVJ+1oyh6pr8XQ+H3mAv45iAUTKTaUKYAI/XzXpWqN7uUxZsdp8QzWZmW3BQFAwgGadMst7EL2XIemNE
69n1uUWB6AyWb/aCkcrJUpdrJhwomXcdblHS6BahEhSvWpEysBq9FqXtrLLaCYQusY46sCrzyygOsQ9VOLqP9iprdRUXwXYPacTi
cTJzhzVMoxSi3zrTWBlT2KYp80FwjnNO8GExL0djPZzehQ4uG7POuBipHzVxtVdYYHos4gTjcZ2f9NeSD5BICM26zHsmz1PPU6eJ
oxDUceqRJNFOcKhgLSfdXIdm6FTHeiSuonHJe9pZZdU4d5SnbX3XRzIHGO6aXaAsygxxbvg0wNzwNw7lDKanS2Nstruy+Cwbo6B2
AhqbU9UZ56bz3JM151wRh0UqCfKDGCWLO75XimJHoqjvxo8gTjz7/oeX/UX2FKYdoxmVuM9MRKrjfVqT16fIWQ+9vA1v/cu7HKNG
8T9ON9hWZe1Ke7mkwAgf2GUYCIUgVAvRj77Iutttrb3EyXmXiAzQD0J6sczDt0E29XnaZtG7S72+3bO169t9WeE6LjJZKsjcQphy
hmzQRwWp3167jkzN3aOohKrWvEGKLoUc+zFIqTgnKrGIAbSvEOByUijKAR667IH1l1aNN8jDiJRriZVVIaAq3jgEAbvUsEaZ7aZz
IPwn0I0mRc4yJXqEEcHxmMBVlHRGfSAgT789Gysz0NtdAhmdZZL6NTLxtyl/wf7/L4qc4/i7oR6MZUz9fpDpi2oqBBnN78UHs3Yx
ZNbXxRMX1s2shT5azJrZZoQHwUJXTXs/KSareLfVXOWkvCC81zSGTWbLRo+FthpWVMqiCqvD+Vr4b5w4VvkasuDju+uGmv3E2QVc
YRmanWR32iPqNc5+4Z9tO1WAFz2q3wRd8aN2onA6fhVaHxnJ6ItgTKwoKCNORfxfj85mACQ19X45yLpA4RZJmmM5vnC7MONkQibM
sGjtzfSu32IpCtfEUtTv82pwo5b6YCiayUVK/NK+J+ypug61ArA0P/KcxC+c0WGwLgKoA1R0xr9pgaNYdqdVPlCLKdq2HKw4oWK0
4kF5OK3GgBpPa912dYVkLNdXPKmsUAsPd9oG6vwo1CD6o3pEUSEVVVQxOvkSbGFmWM5N/DovyxvuMsPrWTdkdZV1jC611Z5qrjmD
4LWJxKGgipoMAUbw/69R/N2zC8HuppyopmJGrZnddG010BSTifNwbFc9J6diEWJ+WCmYB+2T7OISJQDR9CgjeaDSjIO9L5iG1uFk
5csIbgMORL+Y8zy4rnlW2CFVXgkKfgDIHSTjcCaySpTi5DuVARbmdXPTP5b3jT14Yfu+yKLdY60KjrM3N3wmEGaf8PzJ1Sy5DGbZ
EzlpeFbmwI105m7ND5fTbix0rHu6PNItzFRaFJ1FRNL2bveelsEib32PkthTTkVYr1derGEfxOlbmfnPtRXX5KyPKP3b+vymChRb
+3itzjoHwUdVKQ9TrsqKZPy8a/kgiu0f0POuPQB/1SaxEfH2b9JkudDr2UYYf6TTrJfePAAhCI0DnHNMuNihU2GdNPsIPlNuhf8M
73ypFYTnnPj3RYsbRTbmAEIa06VCeZWAvDg4huUBzwv88RWs9QZYLRBUDoekWAPBK7xK0rvC/zyS7l5shvWSGP+EAUPK903VPfr6
IHvTEQBDeYkdhLDjI+pc+P3tyjEAynd8bG4os4ZIB+JNA0qxMThePS+GR64yTvSBgKOMBb+4SJMJpcAPvMPBLlsTMVo6kKHcZHfE
ylo9bxxlGEI0xmfLeDFbXl3hcSkszk8bnOQr7PH65odoAft/bwuETH5WcVUbHCuw389lzSLSwEzP+FxR2q5I9wCkIokdVnM8QXpT
aggYCXiWvQ7m0ewO2llqPH92gcxyygLoziK2Vls2Qe7WAjkx19Zwg2PKlIFm1dOXfmuDUc+7rRzd+uVe3TzIYtPKYk9AaHswBJHK
szScRJhGn7gMvDzgMoU+yJ/jmF7alGAyKpLqTqhPD+HCeovFNu1aM18OhlGPffq/J5sdUSVSvtjagmfki4qdPyqadvRnW1udYicB
4MY+pvZ9nCZN6qv6fR3HvwcS7wETNItg9zBDWZiui84Nu6xHdGY0AK5BYbsxptJQueI1lRud7KhdIJw1okb0Ie0cRrFm3lUAd5vT
ibgn8iBm1hiI+i2WdpxsOeFzYNvfJqOOWNjIsbPr0Caeh065R7Z1n8tjh2931YU6XISjaBKNhtRLp5Fwwb9eIu/gWDe+blr0okKm
iukc8/W+zvphMvriF67Fl9qUWJROKT1lRVptmbv7Cz32LdcyJhS6Necf29ZYPXm1bMm9CnpLfmTyvPqODMzA0D3Hqx94if5pelfk
Or0lzgEtUKhHhA5sFH9x1kGekkspYU8/aUUcmNeYPMcLBxt17Srfag6L5y22rfrVDy2/wkkj/0qTXj13NviBG/xgb/BG8OfUCG4n
Q1iIbjHvLzw9i27P7bonOyzjjMk1dwvk0dItPL1Ht0wtsFcmP5aOBV0SfVv3iUBjig+Ne19uX4MG2H35mJO6JMgt85XlP5Ce1E6a
7eZpBZj3DaCi6516xHHX9dZ70HKOhsIR0VYyF+r2oDtVPa7/nJlBTnrXKZFg7Md4323T11EaXUWxuy/xvq4v3L7St2XhBdkUyr+/
ek6idqh7fK5+KJ7dKzasYdOCe21aIEPt5T4VoUXWxuoUAe9Oadalxq8a/KW3aOhsUJQCva1vSRFl9vE42Mz6+UEwqiBkTAqjUQ1G
wocqd7z5XfHY/pnIC2p8I3OFWj8Q+lX6oqho9ApuxjCIi7tbNuu2rqqkjRHx/Rgtqm9V8YygTTRWYxkN40IsW9EsdXJaaf3vyUfd
L6jebrh9JEr9yOo+pVj4bpN4YqxnDMcjc6br0KWpeRDfSVEqYw5U8IK2s9ZWtKJetejCR/ykKO7U9lpSC2nBBjivMRybbFvYmSoN
JaStW0cA9Vr08X6XGl5m2uGXGROsDU1CmtUQUmjM2If5/su3En6ove3av9+ZzZKbIl3x0bCOdmCX1Q/WpyLhWQPylZZf3/Y+AwiO
FLHE+vX+/DIcj8PxaUjRnPsxKXKbYOP46l4AGiSrlqNqLe810jHGxuV7UQrI23JI2yf3GvtVEI9vonE+PUGD2Ip0eAeyhHIJmZ1t
HajNyT9MTOJ8IDU3V/jwN5fuh/E73lAPGE/+yQ2fohZBJYKcWSiselcYBwRbJNSyvRK7Vde22/2incDi1ruHmFSJcjlR1Tem0+ji
LTIGcsFcysP1H8d6KTjsO6Q07PN+/eZqPiOG5/vXYk/ukeVEKDBLTEiRmqRr1EGTz5+ef0FBtFLy1LJd6yvzcm3Sqd6XjdOyrnbX
VTM/YCYTO4tlaphmhf9L7WC/zIJYDliZBmb9dDBoEtoYzQCDaS4iP+FvwDSnjuN3UyzAtQCLMBgsbcec35RkWy3Ti/MTZr1sH2pv
3J9bRU36vF7YrHw+XCTJBCu5lG7UcmeqXbcGdIAJqq697ZpezdCXw2jRxaKVm+4+d8hdBXsWDHK5O6NBU29w5UWrsKY3o0Hj3JDX
DcfcGg8PO7pruDOTHLGllaNfJ6vRlFmlxZXHXuQNtS+2PKo9GZJr9uUd+cQWdRhvRILzOh90GkBEjjyAH3pdRilcFKXo5UnhXGUl
xBBvWxHTuY2B35F4j/H69A17+y4zLNQ1w3rzuFP9tq4TZChW7I7MOBIU+QDroqyktyYnYFHu3XGYS0fOC+Fiv22JiuJvC4rZdB0t
dHlH0Zxyrn3Zb9elVC4NS5maoWvm8EvCDY1gqyusp3TBJRPQL4oCXBcJqhY04+mivRRa22eLit1flLZoUZG2dZxg95+L3CZrVwPf
5FchgfYiSlYVmDDUQbhrgIXexZogsMxkQZLdxZhEO8ecdOmv3eRKvX7BNAH1ovlyfnEphUF0Yw0rEz3gZkpkVJeVvmWuvmonELMI
WRqvkDUNOiHST9Zmd89uqmzYYXijaxYXJXwan3WE+jq7MdgqFnRv2PGWLrgyh+Wq6MRjDcMHCSySOlNcmVYvSAcNJXQrLUt8Nr+a
51okkvWsb7v3p0Rhta1qON/NV4G2JdmNoZgSl0SZ4paDbAFZDPyozBUrhFbLVyhdK0LmfpQTP208dgLyriTHJSQdmurvRXe7Tdo8
K71su0X1M7DskEawezXkuplgl0G/9kyqG9W73zatTZ7WnioTs56VlFVHL4iRoD4V3XY9zTkJEfX/QLJTgg/PpwlE4Y2NLwxvinSm
2w8KJeS6/ljqXINGODkXnBooZANz/OBwPAnnGEv8J8I2nE8Dtr1O0pGstftwAFF6uAfCK6MOUIkTKvL8Wq981Hy90EoKyVpCzUIX
CS5aIQBB10XjFlq84Mz45lz3ES3t1V6UiUgAp0LOoR9zx9OVhti9R/9o0C8QxqjZR9XASgu00XB3kM5qFsQaM4Y/O81hSvRVyztd
lgnFgIgCabAHZNFd9h26k+mTF1JF1HFeduvpM5XOqahuLfRFPS3uR0yQ09pd4K8LPu71gZhqzqfpMr5+wClzf1o9bk3PZZl3TO+1
edsUWdr1JpfLTeR3Wf2CH2pt7+F0Y+xMQQJr8VdSZtRoarg7D0YXASs7LzKl7bTkXKXvmhiotc6nRc1q4/5o5Ab2Dws0H8UdLFR8
NJl0rPyYpLbk8TmvhoqK0OcmjbajXlWhSexTLozBnhfGpOvS8ipdhmjdYN0iqeg8wM8M631z1KB8ejNNNMULDCM2b5yEnLqVSk96
uUzuiN67lMkRI7BmGMkfxNkNDAgAXFETDvKPMWwzWCzQyjdOFjkVRU5DaJVRK0uNSroU345iodg0zHlrXI8qKk9ExA+cF6asQ6Rl
cWriHugT6Ji+Ed1rEeSUmYVy1Qh/WtVpMZlSj0byLlmnSEuwI46cPStbMrLVXtfrHwlgFgWQYCIlSSzMsbQol+n4wuwsPD4Z5/TK
FQV/IOpTNC9apJmz1qewlWn//E2LzJMuwckYu3JUpQ2bXVZ0kLs4O1j7QTKOJnf3RuIHRFnGAzGfAg/0z9LwX8sQc5i4mVsHiGog
IFIA/WkgIOYjIbD2MbQlPlwHPpKE74U5pzb7mFxmVB8sewKEMQouo1mU3/XncF44lTIao38MxnNKbI55xV5+wG+2vB+j8cu+2DTK
q9bTR6G3nAMJM1J5vpY7rYfXgDQ65UF2/TgDKo75gGGF9OHHZIl+IdSt52MS5zw0vjAui3h21wMyj5XvJ2ky90RO4RRNWZMohetB
BKvL7oGBh+dzzj4sflSjcAXS/JxcYo4uiUPwyaBIasjxBQ3CEMG4JtMXvm+TZBLbGVmBma6yDj5J77iBI4ejMTo27BW4S2vSMwdi
4m1eWV1qtYZ0qT/zJhqAa4CUyIkmQS5g3THwYa10nOslPo8TnCWlMqChOS15zHn/KGOQz/n9CLtCvOVTYCMyT8zPuwnQcQiF+XEX
OuQl10SzlcH2ERbvu9932yYMrZhPkUVTX6XeVYRsEuxvON7I4IkXYPHjbFudL+SawhizoCf4LOPCmln/Hrm58nCRcTqYcRJTGpU0
XARRqyxc93H0KXs8A9ES/P9HStHVxp8Zv9F4f6uXMbSxlvBUpn2R79LCFXzktGKmEd9p6//YfNNRNj153urwy3X+9OyZ8vThjfbx
DKkTCofn3epBVHk0P3abczACSIaAC7XTK+gqtOzJihjq6RhurWh2jwQI2dq+QtlZR2TQOkDCeUK1Nn2Zsfp9PjoEurLBncI2nEbz
0H/6n3/f7HlP6X+b8n/y7T/hOsfvukhn82A2pBoLQIW/q46Mq2fLXl5Ocwpvk2t6V64UAm8YPsKrGf80W/i+fm66H8/E4TzvEr6W
XQIMpPro5CdOi0t8lMzn6HEygztmy9ugZJXheFc8BXkaiy9gHjaiPOLOl8UZsOZCiWvoeSOqx6MPh+R2+HZnA5OYYq8oUWKdHe+Q
KPMG3gNYYICisb3jBPDvDuTHcLTk1B38wN+ZzYbRVQx02gNqncKQoTHMxr78RHSBCdnZcxydE2UmYK4wINet1ZH4vstysVgj1jKg
LCOCYeJsLVtlNoboLxw4gOWb9yBSAzlPs3DMCw03MMUdplgfo0BW5JjE9LTwBV2eXKjoOE2u0mC+h2mm8VsE2jTIpv36JLTvaLKy
9Kmq18vLPtbLUHDSW/VzHqTXbndN0UiA4kWFHHb+qvkmo+dvmIbxCBWBj4d5sni87f2VFiT8grW3JR9maAl3t6V/TJB7NjgiJuF8
awvvS0AATp3KlVbUElWpBUpO1nn8mNOZPu66+kaGZeNjgsqIMzjUyxT55930bpHjHiymd33Osgvjyjy7Rsbcv152vX97r5N0H66Y
Db7R4Rr560XBjz2+ffYYjcKOKeAVBNPYiGXZGNocnjX0FN5Guffc++xaAF6qZ1gVoC+zy8JUVX5ZMQWYpeP7v+G6CXyvkDYWy/wr
ZqSlCTF6cN31v+bbPKPNjjVTUmfjMBEB+B78GZNneDBCRWX1UL66WwRZVqE0OKamWAuy8IfnYh0qge77OMJvihS6QgJpIVfCBTlE
BtBfSyEkTgGf2dPmMi4kXiJ7TgUbpGgpbmObBaTEA8trPLJw0PfgjSVjHDFXTBo5dKZDwn3XYWG2bELA68ZLFnpKWfglTAf08qef
aAIMprPN83qfbXJlhx5aWhNKZXyTksWCZuO0K8iKgh0lTVLKl/JjDMOsPBci5RrJ6E3ocjY16hJhjQVx4K5BoTmKM7ip4MqBD5pz
J8q1WPNYa4hYM8/B4en+yeHOOzFJhgQ0C8eZdgUJn1HO/3YzjWDPuO4Gpo0bo7YS5x+OQjjFrmnXnB64NNdm4OCbM8I24pUWmeUt
SiSdcw056YGtnzEgOVCWi6yU9w0/Kt6RJ/HTZ5uOUnzMPBTSLR/MgtvpdN0Z7fnjnk49thsZeB5AV9FoLDs8XiNz5ce14a9JDqSZ
qrzlIoT4sgOYHaM5pNJGHCQRi0bKr0obc2/K22UZNhRI0SRIQmNgOZazvHXzEM8MN65ENMjVXF2wVaRtn+KjYJKLHK2tps0Cdsvm
QjJv09opE+jZtYCrQbLbmLRep0DblpsjRU7sTjufIA/mF/xUu0QsCTL5Qy0gmZ+096W2HSdiDO8GdYfq2CeS0xPjWWuOCyhxi2GZ
KOiDuElDeYp6ZzVEgvXQpyCsYSmoK4BdCCSeM8H2hXEIhW4JelhIWSQwR8Kthpn+ZbqCrzfkzkj7s8VmZK2QQgonTD1uTqS4E61o
FqRXyFhUZBbr1KCvLe7LVfT0jjgFuNwQPD5OqUdDCJ27RVtPPNf0rq2LA4h4w+fvQQq6wvqyLO7dTMO40LnR3UrV8ZYZsMuyyh2V
EHkivoUv0+hqCqzXVYj8l22YVGwtBi9ivyRgs+ISpeW+9xqv5ctgdI3qveH/DE/3D3p4nG6i+GJJNoiMba+aQPtDt+9CZQDCMyf0
GBUqwNMA+MwOQXcEmywLwYgsqzzAD70mRIvScB9FxmtJz6yTrN5WbLvuOJsWtwDxUEJH29k92Hu3f1pk1cVtz9AGs5zJjZKcEiHC
Fu5IzmUmKDEZQJrwwgdU6MqCnHfIIW5jU95H9fwZOr7K7hFSh0k+ZLW1KyhJaug+4uxwPmou5HUhzgH27eigHQ9pMLpNUPB8OxR6
eJiagYAvsCpPklPtUdTPoz9AJAqNWlfyud5cW8PVjBu4Gnfq3xrWS0ciceDwQBa6lzDLgquwpZJUWoP8DqXSFcw4i0Lqb+y/0xPD
dKbMBRWvxYjwQI0tVY89ObxLWyivnaxQ3kn6RzqtGPaIUrxQEU/Srk3QosDaUg5koKTA+J4+F4WJTxjahhEyiL0wvoqomHeCLlpk
sGEdGx15ZSBErhDuLXJYQnyCzg007Fs2jus2KaKnXWY9/Y6SVc8yzhff89rYw5qrCFXucZ3oFoPZDMbG58tYkM416uN4eoHbjrxu
qLgvXTGxLIJD51nPEB72DxhlKtKfUJN7wKBFM/Ic0VXtqKAWGnOfQP5rEOXDuru8U95Cuk+j2OPK4bILLmdcrn07pezOxL+08B71
feJDu/pdwruradgL1rMAnSvGArcGHb88TjrPO0UZCmx7JaeRm2nhhR5I3ym1JSCaXyHL7wrby/tDWe37OfaGqkE8R8cR2cXarAGO
3+bt5ubm86ffbX7nDXff7u9dDC9Od4b/vHi7M7w4PDq9OHl/2FONnn1vNvqv9/vv9/e2uFLdDWwVChCOyb4LsvyEiBTN7pbHBLbf
+gpGole8xEeYZq0l41FgVkjlg4V/G2rXCzLCBY+ZZsKAlBdfm4ZWKeu//9FZO10KJblMw+C6Tf1e1goaJquXL/iE4Q5yP5bvzMKs
zyr1bz9/85DsmKxRO71rq3rNl9kD+qqvpWht0JHUspP2fB3lbq5XqOX8yMVZrlf9f3JmfviLvnFUmeRLkJWdBbu6rpZYKS4pk3Um
D0gHq5zBKBcoM3Sqr8Ixv2kiluOyRodCh+3JmiX96Uh+TdZbKhisoq/tlnWC38dscBT1nxDJe94sug4NVyQ4q2x4lAc88HCVuMQt
Vr1KvbcnAMPCFBYYyLws6Ttxd5dn/EchrwVXSghbhznrowPsmFsvqXDNajsoDjqsZ+xkJ3dEgc2SQxmS5HA2wd3SC6+w0qanCVai
fh/s+k2ynCFF12XeZ1WnsDqfp2V8tMh8ZfW4h5/CvRXdwN/myShh2/9TSwOxdim51FVvtHyNB+UiB/YsWeYXc1Ys/rCJ/6yjdK9d
eIbhtTAjuCUXSZyF5WW+wn1GrXWPGksjgu0mwfcuhHkNHCpXGllM77JoFMywhAeb04viH6MgTe/oeOXo1YAa2CW7u3v+YEGn+Kq/
C40izKRgr9/hXu1LT37qN4hplbH8SjUQ59E4BszOBDu993b32BNu71TQWKjYonEI7ycABlrbNFihm1ieU72SWABqxGPDscm9OZwN
fZAhNX4XzZGVFkKafoK+g4PNaxFHTqwDjyDRWSSjjuxadQDkcRt8ifgkMg13HsY15A5trd17CwyNS4sTzgUgMcSpQRZMsf3+VJjD
sx77DAb0Wrnh9Ofi89Z5o3TtEOOICjSyHMUSIsdlL/j1GdYvmaZQXXVIGBT4TRYVlgZ1JCZ5UCiQBIQeYmUllhoop5OnLilMpIpk
MQtizEcnjDs9SnFDBtYMrlgPOcue1GsgeuCD4vDdoA4Y1V9o6uEbED0+6pO0ndBQD3DKWiK9ONXQqehu250xA9exTtq3umzXWE1A
I7bHAGleeqYfm7a1aWhPtMjXUY4qNXjYqTEH0f6UP5LpIJRLgPl6EoWzcV2nuMWOGgnJdS37zWtYUy0viuThSvAU4YR9c8awF+x/
gpbyDjsFYHUw9MR1aaVpphbTr/2cVVL4uOdbhxFsW7pfejmduUdHaxU6SyDArhuCZ/WN4A5svsjF1/sxiuBUa5qaYzMc5kzoJLuh
FCJDJUM6TCL63ndEWLpRr0r13RGyjGaZd/RZ1mXW74oKj8dpsD6zJpF+GecYnYBK+oh9tBK0ADiMNfb5WrSda86/PKsRyRaI7iBf
yCmWFaLO3uoOgH0V1SdILcnJ11FpXb81+YIRJpQAcBY9sBuLOorrEAeq8xQ2bT1bqjhsj+M0e+J67olrDo0Q80WAFFhcbdvSSiDs
A5q/leFNm5JszoK5jx4OdIkKZYIWvoqnJkVGN6NBaW+kdFiw/VUen0R6uJxBUF0nwsUMGqsE3jycsqnZgjAwRWMMPdEetYg1qfMz
6rpq29RxAULdUs/9Wh1p+M96vJao1sS2lt0WSeZcz3GxnbQrFAaoKmgoBCT8kHCLDBd+7EjzUrICS/dhEn9b2xVma+5V/N62Zaz1
fKoIBW03t+E/P8qO2coBj779ti3XUK6Ma+Cg6PYsOm+2WCcL5jgi+NfTruJAqMgfKiUogkUvlptyKEXXiQhVMlqNoFCuVhRDcRLE
V6Ev2OaCja3F4sKzqw7rG8/OLJzgnVNoDJhuKgZW2Kgq47rGksnKxtFkovPZjqJybXltCp3CuZI6F/pW9RnwqN3WMb23GstrTTeh
Y4O4NuCs42DC+gZMzSYFHaMt6eckiv3Otoc2a5zHabKDQXB+1+URbFRa5jNC+NMW09fwItFXIqLmhAjbKGq3ErMBFsJH0nBnZUrX
6NBaXYzU0dcTYLyzi+QkOMwGzgD1isxuyDmxTdaxDWi2fZ2kUpX+kSPJxafdwjJpw5ATocbHr2ixQHt7kng5pM5GU3jDNdty23Fp
OhUuOH6DNp8m7FQTSm8Mqy+11ZuHO1GYpDjP2vVOIuAuZnetUi6UTIBuf76WhsHPNXwkKQ9nCfDGMgSL0IH1mKjiJMciToKcJ55u
sfCmFNwqQqVKxqDAiALTmEsMbyObUDLhvsnkgV5yW+Xho8wLI2iTAjML41CxaUo8MllmXFAgDauaFxLLS8jdKlYS0V870Q+g6ZQ9
Wa1HMni+7Miu7DlW1WhJq/ejmAXWCipZJGU8Pge661qz71FpVo4xeQt79y7BXZV/4MoOwxv8u3xLcXnIkCKCZfv+zuhfywhuSjZo
rM1GW4yqagntb4Y2dtEqNdEsoI33iNyf9kpb+yw+N1A4wzhYfyGUroDwdgH7MDb0tfoR1D14Gq8KsQaL3GwlcCKSG3EDEU8hxwln
C/JLWWBc/gnqgmnQmZqiV6+QOXpWxr+dlpXbkKyrSy4c1dJWdDGG58iAitihxQxUtK2FaGDIBN6G9xRFhZcsMmxsdNeRTteRC6qs
muTTGipx2KPGjHFhg2BMd+AYA5h8vtA9lMjcOBEQ+Il+wPfFVtSV9xS9FHyA7HYvnASw+vfQGUWp9XivzzrjIA8659UoN/YEcK9Y
6J47SilSEaR8PR6t22kxYfQaowca642LYLwhpl+qx7ZIMyZQzYcjTxg8odQaXfTerdu0mnO2LERsmonLbU5DlaWGKtaZCrSvy3bn
/M5whET0MnFrqdi87plysT1vlnSoa23DTCF3WSfkfv7m4YXbdQTb6sUhXUfMdhZxyHqHlX1DRHq5KJPYdXkHFwcwp4j16Fie3FAG
AK2gBBr8he8eZZ/tuzy2+QDrZ1GcpmShkr9FTdpAmIw1WEzLV2V9TzlKFqSkF2k9eansJEWdyhecjgbkXNGZeF5xmVLJKUW/01F8
ITh3S+f6W4KoPoJ40WqIMB4vQBDPHWOo15VB5Jt2C8GtXASj0LUU9b66GPmqY8u4TX0UFC8a6wS7xkNW4gqpg5EWVPS38uOSfRO6
pSAz8rSfSXsSJZ6MkHOCHjFRy4JUH/aPcWXwkvOLiQOIVxqehQ5fF9yP9xn+V6fMx1CxDeTd2OnK1+LzuhzaoYUiaSp3cRTRVACt
kkxkgBTHxpDAsmW6ilYsNUFvFJyGdBR/RykcShJZIu4X5b4AhK3sOgIJb2zX2b+CLjjKzul982CacXfIoD3i8YuUzs5oedh2cQ9a
ECKhvBI6Z8v/ht0G8JsiPO/p4HjDdIkah6Mo443FFC/jKEuXC0rYgCK/4Q1EngeLJezRZBmPOH8ojrP7F+97DonzR9lIiOa/AoYm
N5l3nNyE6RBY85n3ff8pWYQ4M11OEUfLqyneEBuY4B+WQkGm1Bf1PIgXS4ylEhWQwhhOXphJF0BpEwDpXhXrydi1CtNoLLja0Nzz
ORV1kcK154n6yT0eRC8+DeI4qvc/7U1HcBcMjlfPz87pvz+cnSOIPilzKpxbrfy4/MUFxD/3vDdwNG+Cu4zGwIr3sBchun7g35Sf
reeVStH3vFKx+c8M85+DVcBRm8MiDRiwWAVscYzLZTTjwP45gCy+MxlJeoDogxfv/BJhhRsOT6lwSo9dy5AU3qCKY6Vt4TTIZBAW
juML0Jhzp+9L06fzTH2ynucSEzGhxjajgqO4hGW8mC0xMzB68nVp0w9FvBepXvJkSQFFYi5bwhEN/T5F2iGyDMrtN+KSpNMNl8ai
rwBhv1GXgscFq8Skv2EyYubWGc0wRYnUy39jUhv009P2HPDs3cXxyf7rwX9fHJ0M3gwOAdSzcTjpT4GgHpFOaRPRMAbMwzRTv8LG
/TPG3AvPACsAqN53PRBCl7CSnTHmP4kyqjThPa8yMnCIs5w0Rzy46NXwH3W1paFeeN81t7RN5oX3fNu4TMqb7h8MX59ewFORCp3y
AlFOGADDMYN3E48LjwmA2EvmQRTvLNE4nKM/I2zas7o1y7H4Q5jSs20Xq4dIQrRJ5bWTHx9SPbIXmOeOZ4X3p5hVB+/Oh3Q93Sp0
lSv4kONMsNXBzq4+jh/E3v4tV1aVKtCM7iX+RPYi493wN/bHPtNwnIC2ZqKUGh03VKAGsqck1cfKw2BOMhtSuWIVPS9LKqcbuiPO
yJWEqr3XLN+GqpLZfZ3OygkFa9o2VROlu3aQh3OtwNo6Gg5EwKTRKYjy0uj8JuYM99+EOVXTFRdSi5qj+sijQj47mqjJc2pe2bNe
bdJlHRtZcyAez+Bw+aOmZO0tqhqegsDH8fKGVzLeQL+xJPob3TLAHYTs9YGa+DwrkHLLuI3YsQqwPNBHGSl6gyGjlIQKSPKOcpQW
jKjgh7p4WfRw+RE7V6KfdQ+DDpS/dd9jQywHR35jROmjIM2emukMl6J5alIHdB3C4HgFBpfoswsHEaa1whRAsKxEpW8T2bNNXquv
j3bE6QaCXHfDBkAUQWxw86GBDhUUQWxeqiJ5AGccUICh+5gWSTe/PprwnKU7G5l9Dq4gGnpJmmV1A2PkxTSZSbdz0gQbE1ebixNU
E6ejixK88AoK0ab0G1yEv3nz4A7drJSnuYj45VHKTJ6LFpGhQLpO67pXqYlVbtSmMzbQ+FpyJK3q8yjL8LNmw3oNpZEKmDXozGVr
OnOpS7It1KbzYCREWaQal2WqsV07rcAgQgRb6M9VonJdx1QBbOVpICd4WHgaeGecp26EP87pBFivZJeTqgJQC3OJsR8R+Wz4l00A
Eu2CJneNmyDOs5b+GhQnEOcMj4gLNelsGMJGy6EjmwaOpmvuCs2U9qQTWOhup9s2YODXIEN2FJZAUYtvg4w5T14TMibAlRVsKzV6
VLQK7K3utYyC7refPndghIfbEDaoR1ihUy4cW3ro2MJ9654ttddwQcT4KJfcZOS0iv6sKivZrFD8u+70X/E+QucbKkIMGIXmcsAr
g8xnSAtySlZ/eYe87pYS4j+RO1DPYytIxLI3wETqps1kEBMq0A7X9Gfmg+ljTxSDCUUiCaD9cGFldFcBgzwmOfVKyuHeOM4uMimF
0w8Sw0tX+0icCko3wcMU1MSneQrSSgxNnJSITURqB4ANrJbk6zkspq/UAWaKi7G3d4ixVzQp7Yq8SkQ6fEJKP4G143WMaogev0hJ
NAMIaLIZ3Zf4xeqHLjIe+lhopjE1P8CCYHw+SSZ3Guul5IyCPaB7eRZeAYbBdobACYymaFAwLvt3GIo7lAE68JEWiiFyxZC+j+//
B7npm6UO4UincwFSEpHcAOGWige8rzyCJyF7eIHEnPL//9gFA/gPyjjQhhAV3oO/MGWOOKWdnmdhJKRLFlGgmvd033f/hJxE1QJe
unmqn0hLF9G0FwWPgHeqoRTtdOtZl7Pzlx6d8yrzAq9s7Au1pt0p1xxQNB32ie6vIZ115BC65pMgomq727b0JTuKlMpMbMAVmnoO
KTyRPlOgP6s6meoKwUzSyX4zC4YdaXxXW0x1wwJvsA6pWilDQHkg802gT+FzKxbGPbK8NdUmJJhIzJe3GE0Dd6TreB/I99aZ1Ky4
uKPl0IXuXI1afSPHu89wxAXoVIEAKbX0BGd1nMqvmvGPeAGU1eOkUEsoCV2hnGQ71kA3N8f/5Zgnp2PDvuq4FkS0TK4dTpYKk8B0
Fngd0lTbrovciAQPLHwpFmdPz3ve4uzZuXQiF7odtAcepWP0JBtcxXTZZmF33aix0m2zoALuVdZWnwWi6/2CwuzBWziDOoOvbgaR
dRsoYqrHZXKsimzaCuRkWWeiFFGS8UdeVB9IKlrQepmOw3TL+1TEAvY8g+fngNLPfQ71i0SSAZoltycVIOwRtCZu8PLO4GixKiJ/
S1KuT4xrILrtUuJ6oZETSbi1AL4i07VmTloAESPrYrYcTe/Nc+oRyHV8J0D0i7nOBRd3vQ/TaWge1KV7LGxma+i26hLgIB6YwSwF
FPT1t4zOZnHshaQN3fGZCCo5b+KHtC+4cOZ2M0Nm+A3AhyB9dhw+i2JimF9MsZmtiTCAnCiH8M4qQgNK56UUc71llz3xsJKT7RnW
S+2ck8IBYN15CKaV3GbORPrJ83VZ8vuv1KRO8qTGideCT117jegCi/wwOsN2i9Vu14tDGoYR3Ntx8obi1JSDuk2oRtwhWpKKRwXz
3HZPgJC+SoBuMkHH4iwZ2SxQ889Wji1lSMfUnZRJBreDk+aJgAq46/vOm7hMXIpinrTMBpkT/6n0gEhklxXxH2y1Iz/xF1T4GDkX
ZEzQ7QKRrNs2IUEJ6Ioxbgtgg85Skp4XXplNti+jXKLtCqlphQNfk1HB1Sj443R63lWrPWiXdWEH/uMbpQcre0kJCPbgcEdxIIsG
RURNvCutDvxWhyolb2092aRayZt9+r8nm52mvg+BEX2bcBGuK3djcjXxNrgazRC5AqYzY3YL9bByJRyGHSpfQ+9Zq4XlKLM8jHN6
1mfrHDMHdWMpTdcVMGHo29KToU5RKpWUZIdcqAFMhd02tK8bQJvoBjFqpCIU5rtVEEfZVJ5dqq3MDnl9Z5dlag1wvcF8EuQU0rFy
dHQZdO+f6cBy3nSBcA2aJmomrkS6KlJx3hDQpT6AaFg42tzC/5vAP1tE6EbhlCqlKpcj1mPjYXSNhVpZrJFa1Vt68zC9CtETA1XW
wTyawQ3dhXEimWaX/Cdph+YBZzKcC1zqN1MTucAXXlVG3v7m9zjAFCrAA5lWDz55PAdFerkMnmiuDA8YjCPc7fmrkzALc9unFMPk
IEcV7MSi7gCGXQBxbPa2Hq62x0qhA3iwjDX1oFeJW4StbbgIR5j9TagiznWNbFlLsX0PEP4OUFNKhdZyPNJAim8hXqxB+7FdkxWH
bFmm29i6NydnzNuwObZJARPwGGTWLXL8wOjSHmc7D+AHOaoVSStF0fusPfltzyzb3OmijCZ3eSfJWqc9nTZ2896G5HrgPpRoILVp
VVeguzC/75oRfX70NpHVxj9fvjB9CPvsAfz1lryMr8ltVAZnK90h503K11/mmlN/OD6wjEEccaQB9wzWc77dnklxHdGHZ1isWjic
jzOmSVmrZYw72xnYN1PnUvrejvJAlhZh9N+i9slkQh3MkiyU7s+iY7PWqkqhT1KHL/y90NL69If/7D/7/nn/tn/n5cB3xCLSm/pH
HjSJuyJXE/YvHZ40G7sztIrCNEwBrJUWq1fSv/RK4nJPyOU9XbHj0ptB059oHYVRS7ebbFcbcw5Dg7jZG5PTR6a71sifyU2TFutL
jg0fFwHU18hK8mFh7xdXe1oDNiNgvAAaBiLVnvC/J7FqP+a/LVYTx9EaHA80UyofKmmpcp+qz1YwUmRpA9SUGKwjBCXM22dXEs0L
qLuOhUDudkh+34Ujv7jGdMf6NgLywzB4RbY+naMLaYF1JnbrjtmSAKot0w2t6zB3n79pUm+0Vh1Lta6t9rzw6sL//tCi2nw7LJmQ
qgOnafhnlcHb4Gr1x8z/kuffEsFlERte09qo1HQ+HpnnA1mjklZJjNz9o46OGL/uAz1+i76prli8bH3ihI7kdzluJjexAf9QdIus
16OFw4noN2xSMQOGlHAU8Oo3VGz8Vpj60HDw2zwY/ca6DKmM9tIlRe4E5egV6eRWRKLoQ+lhMmZ7S5BK3/s1QWMdsOuG9yDxOZgT
qKRXqYns1k5PoVtng9uMot8KpX2bCNI4GlmDuGtctnCYtRy1bls7at3q8SOwAiF58M2OhYNMm7c88rdlD63CzanRDt5wenFWKpDl
thLIIrjiW9en8sANFv5tV3c74rAj3aUBeuPNuG0VjgJt29RuE4mb2AlZ35Ro0ZTeX0w9WmhuNy+MADzzwJKakN02s4rrJ7lftnHs
LMpOKqEXDjz2bXiWKlFjnGxr6sZwLu3sGdpFgbFH9p/iekUbHOWx+3wRvAaL1Q97d0DEotF6MCsctwlqdDX23LGGXcTpum/I2bvO
50FaayjSKFr8xkQI7VumL6wwY0niMw6xEukley3/Bozqb6j2DKUpG4Pv4PAbKWtjjFF6wxzyCSvehaJZtzBIsqaiE6kljE4aYnJN
gO25iUbCOgCilhlqWWjgMWJffdOVjg2sa3Zun8GtKVOSuYem5AWLbxUUg8VF7sH6XbGHAO9FOBbVzrPiZL1R9rYu+X932xR1e6R4
EZyWtHDh33RZX7WLaMP2dciln1+BX4XjS68G1QijCksEEQbd9NBu+zSd/x+4gVnTBhbTXG8LB2jslSDxM3MHsy/cwTq4aosxnq8w
+3r2uwJXj4ghQBVXKC2ltEoixoA7L7xHOknGL1tsGq+n1V5kJbsskGUMMXjADYEjVTLGPe15W1vPiApubX3Het6bcDbbYN0n1s3Y
mCXIYQLVS2Yrq8mOzxZemWYsREwxkyO1054/ToNJvhGF+WQjAlhujONsYxxlowQDVrkKLZJt4RMs7gt1BTfclyYqiz1ouCuzPhW6
zH4FKuF3SsDptGLeXJCWssiTGUs3cjlzkuUwuqMAjOIkeqYVE6PE0eW3Ha0SHtvtmIWHIEtfRyRHAjf5PXVO6nw5VRXo3vUE9f66
B65FfsVE9e8wX4iqU+nb05O1OMXC2Rsn123NZBd8XPm2kltGSk3W8ybU0oUgLTeG+mt12TTsiphNQYxthmkrpEoZLBtuIG05L9VS
aqFVe4SM7srnSH+5RjySvNbF8Cq90VoCb9ha4A118U8dhvBhb399agNTChSKhzaaAkobRMYD/gaTcS0aisWIicKnIjtUu4I17qWI
DSORWpvbWKHNdXjXcO+MdduG5quHX3o/YVlTLEdTTn5ZA13SvTD2FHqYhknM6jNmteTkJC8qoEIMz0NeOsVyoDH1rs5Dla/jZpUE
cza+znr+TKi5aVliPTKJVqfkYU+PqqWetoKz6J2hJbVZP3kdNEbRQ2tBFffwZL1D+t1mcISPOTJysvSAVJFJU+q/ogN0qGCH36Y9
gesMWLQsHDvzHMP0v3vWP03vjrGdLz2JaSBOVMEd4PlDR5ifuvzbmoLWVt9ZjANnGbUrfSoa8N0zXomezx15g1k0BuYxN1K7mxCR
rY+gs8ksualp2h5/JPvSahtxzyOhrxeLsNLVMoJFXEJrTRQj9oWUnGsjuMAqJKU+oRc9Xp+QMcNlEUdbkbNRsrizkTPRhQk7bNzH
AX1dwgjTWvlCWzh+vwbdoEC+NRYmWVAjXQIw9fyVNb1Bw86qG84q7Ytp1m55WfhYrSdem0r7lVhLa/X8w/GkRtwi24mCzCjDXOZK
eoUuWZwNUk+zaQelbFFr2ykl1lj+OP2UwcbcoyrzYsYZ4sa4FHe76n3NHz6qXNj0vAxoOcp6RQfrywFSLnvq+IxqAGpUyywH6PBD
ipyOSGQ6pHSR0nYoa1SZFsP2e0VBj3qQluGm0zMizXUTnPpbxg1KszXn+2ipaquNQFt3U4qYMqzch39V3nMEGfaMIYjltyo4ipdb
ec9RWS9w+ZV3DVXRoEWRmJv+qrynIDV2+LGS53EbulgDUDbEx2Iv77Ej9yrPKQz8ZrCXA8RiofjJF65VGPW10rC9ppX1vJpTIH6I
ANV7gG59uJ1x8VoEFf5ReUsZqAmbDHCJt7UHIag9CMGZLBjLVenwT/s+ba+RvlgqeDPMoie0lpdpNL5CI2gWBvOsT+mI+94+EtZ5
iJluOfscQCqIrqa5iDaO8wQHkR36E8pKLHPfRKm3s/uOiwbxHYcrHHvzZY4EDB9guSRvKCpipt7u0YG3czzgmpfQSky7P6Yk95ht
k0KLZLLlIOXknGiRRRsR0Pu3q8Mwf0WL6Y8yFaAcoio7vA1HaPPj3MoHSZx4wRUyLZhQ+zrkPMzjZJQ9YWhskGYaeIWsPx8LdXg+
BTiQK3QwTwTdJ5cOSjkIPeJQcqT7JcoV0HwrC81/qlQQxS3iTNOAEjMaf1vFf/Pc+4vsKRZsgocbVB07Rw9F5kQwwzvadF3B2Tjy
kMagf/uvl/FInZE6NkYeMT7k4qAusl8wFst9VovhJElTT8onMevvcmnp6jHM+m9Hknk4DDCIC37vLKJqF1SoSLQUsKZHlsFmXE0J
Ww7vsjyc05NqQ1FsCZqiu/X4ABGciufsUrL9cnMqEib6Bc4Uf6ozUO38AA5hFIeHHIO9H6+iNInRsq+/KX90lL1C1qT0wdFQ7EVf
/pdalT8+llsGn6vts9IdZ64EAws5HxXGUzAB4rANlRtT5IWHExY7cZKP9A5/eLKMHwop1RMcvGCkaDQUpRskKNxBnprPCMujFDjf
hU0CBpx717qt0mudHjAh0NEY5O4B/1WiCQpMNPH9eDnHIgOhrxXQUMsCMKd3GhcOHfaLL7gpt9k27npjiP/CBmb3WMmXirDVjMOf
cfuozTh8dBwD0R/idhgUA8s0sKWxRVfF4PqX8hPbVMgP/yAZR5OGFQsUxnFxQPFJMaB87xxEVAy0DSI7FU1kp3WwextnVEFcyghh
Pk2KyS4CTFVfnbkGMdmB/JI/0VfhQlqNTiLO8uGgn3bEVUX5RF28TxTaqyYjX4uyeVyDzApBrpCHTPU8msFlzZX8cF2nUxSfRQk9
42VpIUC33sySy2D2wWSb+nxwe6KcjsgiDiI9sjdXaRCTOXv4P8PT/QOyte+M51EcIbOUJ5jfBbVnImxtS44UMB8kUgDIni/viEKK
vqioiEgdjKnvb2DmoooipuIK9GGAziaLUGT5K9ER/U4iSiKKu5W3RDD1Kt07fcTz3LaXa5wSR1t5Zw7pLDNCLYbAK6VRfod+qeJS
NJ5XbsRwhNr4ndEozLITuDN99UnpmexhIHNXp74qFzCMxlguo/8OvR8YaYdEGlBR0ePuTpDVBYYBHu3y7vU8HkL8pB52ZrPkpvu7
ThJvacAxE60ecrq0lwIHzTeMpNq2+LI0oTgq9rPSYZW76BLJ7MihTDSu+aKYpaDZujacODsTr2w0kNYiS1oiPcCM2jCZA6fqQ/DV
izRcRcky89jHxBtH4qjjSlIqgwjnnFkYom+onlumGCt507cYDESZTYJgH+uaHsWhX0xm215Yd+cyoFJdvEzDLCA6tCkpBYymhoDp
oJSqomONgUeWgeTJiy94/ysTF9OyFJrkr/eibJFQBckWTI/OkRcXCP2sSkOMJOyLO+FN891kGEkaekYAIY3yAGOKk8mkRyXQ0lLb
bsXdCSgxpr5P2KV0BV1MopCTa3EHNCDcByIhIufoB0Ldd9zRr9mRSTt5TaXSIkxKjFWVsLT5JXCUvs7bvwlz7pLqLulvKMg9mPFb
/BYk1x2sVz0iZ0q4YgN0GzfPcTl9c5VMedmdFGLuTWgbx4Arbo0xGuhkVT/9aA+IxAha3cnKtQDldq6VYs/qTZ2sixJDWC66yjtb
mk+8S4ZhXtwbx2mScwyHz1UA6ei5vzxCBPUBlI4m1YsKzxvvlfYiw/zPxRvbdTMoDtfrWXClXB7RY4reeP+utuHqYeIx1rRJFsEV
oSa/P0xQeGp5k625JgDK/401FYjKRE/9Rowt369Vs1UVCYMRKlKKbt9IDBPToZNQk+3uMmiT4I5Pa353EorEWIJavsDxcUzGzRzW
nkz86hm3hQ5zD49eEHH429889RsQFM8jzIzT0fMLuKXRtY9+dG2+CI9wKjtpWKBFJk5YODb6068OMs1Vy6Aqa5QN27wUVZRi4dpo
4hSLf7tB0YYupf0KUqEB34FpCL60X90kBmbNWyQmOmgC6p+FIbonCeaWjxv8ZiiTdjDW8uI0rBnr391oeph9rCDrd97uvzveP7nY
3dl9u3/x/nC483ofnVY1RoHS+8GVipn95ktKMDlLOFNxiW+goorwKOfUnW4Gwy/xFnCrXgLraK9MgKssDO04jW2PS5Xq7EySyqAU
YjWAwcC6l5WT6UhmmtbxgsR5iFtP0wxoNxrisLwX+dW//+1Vbkx641RslKlVaSQ3Wat2ixXE8FRhJS8Pa03+isnF/s16kS3WhiPM
uFbPJbLozBqiGA3iMdWiHCmTBycRLuoFPe+6WDUci/xq9Mk7mLUlJXng45+nWBxsIshk8chndQo+OICR+0cgt/NPPqZ9HLBXLLav
FgtXTfGUF16iCmJ8HuiEAZJKFkp76E+4Our709f/2I8BAGgTZz6ikc4I9EhpXqfJfjz2nfjoQAtazWF449t0UjlqSAE5CP+oJRAr
2gBuhu/ds992yz20/yp2AGS3UaHzHRfJ9NTY6gvRVGsjWUq31nC1zkjcvDpMW42hPE/UmXilTpCp4jqt2t2e9Tel7Q1QRzzuY8RR
NMJAvRnre6jwJJqQ4iy6hAY3wu4H/71YLsYkii0zkor6crRdrDeIRVi2vNOd4T8vdnZPB0eHF/v/vb+LBQzp2enJ4M0boNavjo5O
vX+Ih7sn+zun+xdHJxfvj/fgL+8H8eLd0RvoYPj8vfesp9akvdg/+WWwuw8D7R69Pzz1vhefnbw/fLf/y/67i7eDN2/3h6feU4uq
rGyNQQn05+RS/XYozKqOw9Lp1My0onmsIguA97Df7Q/iVXIdHpCZVdSzfwWQxTo0xCtCS+QfwzS/k6mNEiv6WZLIDF1zUe4k7JSF
bq5rTGlon1LhaIyhIuy997l2kmISPJ5rppS9Oiu6RjP7PWEp37NaW82cemwxTyG0u4i/aJWtUL6jVJLIGIirbUAHAagJsV9iyq/T
ZA6QvBrs+Z3ywRNF3iuFkhlWMAjwESJFU8fuRmg0VQoC5D8+fOis4wsvZvR/ZuHQpoUajCtz+zb3EkCIJQWN95hPCjJm5uXPHIto
t4KGAt22rc04nJALrrYyuBWRBgEQNu3fqGKHHCoBXcBXQ/GwqrcBtkW863HaImT8KSxuMDmKXwU5wCCijBo2NULp+2GeLAaTN8DG
Xq397T55RcClhgaddxEw1FQs9vTZ2459oYCL8ShaUEneYqXH8qltqeoTaHiyjN8BKziDUZ42NH2fgTSPVd/lPqOz83Dj6cb3G0//
gU7PQi0pxRnE4t1lChJNDkTnsJoKuTzAu+QK1g14b47xPXT9zCLiCvwCGidQo1j+aRpdXVEgMJ4COmDQ5z8qcpWAYTDKCwQretnh
FCBmJ5uWRcD3CHNgJaCBU/nIC1LMO3whAFZU1/7wYfW0v/nhwwKfZPikH95WS+oUY+7II8jpX/hvO6IIYelFa4KnkRP+FtFF0AM8
fHvhBAQ7BJFKNENw+6GEISQKdkQIgbxPavbXRYqWsV/iE8TsxH/kvcOrEuSBmjKedyqXL3nsf7ayj/j5IJ4kpim/LhWc+iLCf7Ew
IZ85CBvKXNsWowiZNNVGudflsI6cAiaEOX7Nymtb2AROsqLngWdCYJUWlOp7DLBFH5tyiAceG5w30T88KtXsd/D1uyDLT8gFuL4L
bIcr5baVvgT80iWnElGgEl+/wdXzfZpZjmw56ok0Tj7jI5zc2Uzm/hkIxw/g47tiLAQhwym+ggN+HI0dC8HTItoM9jrVUCh9H5pQ
3xRjStivoQe30zCE1l54O/4/20fvKf3gAQA=
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
