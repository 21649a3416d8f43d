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
H4sIAAAAAAACA929e3vbNpY4/H8/BauZZ0NtZcVO086s3aSPYzuJOvFlLKfdfR0/Li1RFmOJ1JCUbG8m3/13LgAIkABJOe5l3+5s
a5EgLgcHB+d+llkUX3vD+ywP5ztfLbVf/dNlnEfzsD+I8zBNFsMwXUWjMCu12ktms3CUR0lc86b/JozDNBqVWryZJVfBLPrfABuV
3g2Oy9MJJ6K70othOFqmUX7f30vvF3lynQaL6X2pzVl4l5ce/RJe9YejNFrk0EMaueahet8dweKzvSTO02TmanSSRvEoWgTlBmfT
NAzG8GDnq6+ePvWm9wuAZj8O89skvfHe7h1503AGz/re3l+877wknt1ve79E8Ti5zbyT5DZMh9Bg5n3X3/JGyXwRzcLMi3LvNsqn
3igbefk0TZbXU293PN44g977OMxeECdxNApmXpYs01G4412l0fg67C+yLS+cX4XjDD4MvSyYh14OIPKi2As8nPgs3PjXMsnDMUws
DTeyPMXV+AE0y3JvNA1HN/TtvRdcp2HYpfGG0XUc5MsU5jaBzU9uaa7LPBQL7Y9hCUHmzaNRmmTJJH86HWXZNJp701H89H+z+wzm
Oru85XX3rxMPf+NCt7H704PXb94P9r1o3PNO9n4Znp16WZjnMLHs6b+WYXrf85JljtC8/E9vGsTjWchPTqgtTGs5y5+GaZqkp+Eo
Sceev5ecBdnNYTiHBXwVAxiyRTAKvbe4Pz8f8ay/+vSVB//ABHZj2qok9d4eDWluAIIg9yYB7Md4G56kaRQyTN+eHgzfvzvzYBr0
m4aFOdC4BGvsIw0BXHE47tMQi+XVLBp5o1mQZd7bUXxwNwoXiJPetqf+ppY8JfomjVZBHnqIX4g2ntiqBFYg8LmpKU8KMFM15Hno
M/DL3fYAV3JvykDtmV11VU/4z7Z3FWShr770vvE6AmSMvxJUm3cdeCe67J8lQ+rT7/z33ztd7xujT/GPz036g+xoOZsdpwfzRX7v
i0l4P3qdDozegf9Bv+JpMbdPRo/5NMr6xRxf2ACo2oltfKFAp7d4e0oLgLdiKcXrzxUYC7gdq4E/eddhDv9mzNBm4X12f36g4XSp
AzHDuq/FhJFGlr/u8J6IFqU94U61dUV4U8RIbnKYs0TkI/h7FR6G+TQZZw7sHcElkav5jBD+nSrt6Gg4er4/mw3miyTNfWjf8/am
QToMEerir/57IH3JGEjAwV0wyocLoJ/Y+wsvT5dh96IKDJozAAHWQMiN+B8v57gBoaAFmTwHGr2B+/EkTz0xz8x4qBGb7s7vPPc9
OOdq4nAoJt6bZTQm6ikWIamnbR1/mmXA0Yiti/gTz/kwGUeTeznr8iTroP9HzvqfiNNi0icpUp4cbjPX9KsnYKG++dMsaT+chY4z
sPYMv+QozpIstKND94+jaQfxeJHAwxqiFsomfzKqJqdeQc7WZE6u7E9F59SynJj6Z5s1U7rydhTT/FPTOjntKrGrLOD/ELVrRqLf
hdy5cOIPJHhHUsCrY+NUmz8bIycntgYrl/25uDj7Cv6cExYsnJqyNsM/N/8mZ2zh4LL/k8xbI9b8TuxbFRV0Uvb0KSl0VltA6PL0
3iNat+Mts3BM6jxvkqTem4Mz7+k1aT2zp6swzUCw79tm3FnNhfhLcu9vA+Gj4V4wm0lSOCcBXWHIIsinmloHECYzuY4UoAFSeyhA
LlQAAIazaRT3aDzYP5D/b9NgAaiVbXshLPme9WaAbIiOMPOMVGQjBHG2442TERBrYDixA6mhygz1mKFcgN0pqRRQvcpaxSeZNw4n
AepiCN89/22S5XsMVzosrH8ajqbhPPiZt8N71t/sea9nwXXmHSUxajZLkDR0Ffs8APf2wut8+tAxuvvQ2YZHh8HHJIU/n/Xg7yim
vzc/ww8ah37oug1TK4J7BdToKMlfJ8sYtU7LmBSw4dj38ULdvPv75ubf4H8H3Z2aPoAgjFp08rqE1T8Nj4+8IE1hN5IJqTIH+xn+
ybuZXH0MRzn+vomgX8WIy+setaXqTu07sFKqseRFLXESuzRplkt9J5ByFmV4RvhX//8L02TH1iwNR3WtWLNpPlP6T9xlnalA/dhZ
lM9CH2fbRe1m1inpDNN74/enii4zmnj0ufcCehcw7HS9TzANGM/QoPWtaimNoCMM+C9YJirpKqOFsyw0h5S71WbMQmxcf9DmBRUs
WuvezV+jIB9NPR+NIO+SYFzo0ENcG9pJbr3DKEMjh58sAFEr/YmtjsYZTPUsuAmF0hNn0TV3dg+PEHUzTXs8OeO9UKNa1dTQP+mo
zy9QSw2/rHpiIqihdj0rEolnDgiUOIGwELwH4KIJMsUM/GfBBChTgxflDceQPjWPYJndbHMW2QIDIETez+d+onG3cjQKbTMN/JY+
E+2lFYfHK2/UJIrhLsEO6IY2vjEam/BkfpppP9IzvJDCFG6Lwf6OJGADWG7Gtzde3EoPQnd53zulCbOlx7I1DQDmCTggTH+oWVS4
zbZA/x1IIC+jRP9+Y8pXVWoTVhqsuG76a08C1SXVPLrBkT58/MrDTzYbV0nHLc+TglWvQJYS8M0zVrciJasberSHrcx2MKuTtX76
25L1JlrdkhTpHN9jUaTdxQIJtzcnoVOy2wWl9z+dhmzCx/X3gPxQA/4xFFv0uevliXYjuIjQKgECw+JtPZEX03gkMt9AB9qRJRdp
spEnXmItebJNzX0Q1yRVphFIoo8hStWdoQcxaSV17MMGbViQon5r9V598uUnus2p/vLzaTk9rJmwnp6G0/II1y4P/vteu1U7mtTB
PKqMYVFgtxqnYdqV+/r3kiTqkPOzTXdEuhHfUP5Ap6nGbUq1C7Ckq3AGnKf3abgk17Qeu4H0vONlDh9/bmBC38bZmuqfRtQWM1sT
v93siVBQyanxnOTlCCgVgzQlvXxKREjqpr5gSzti/E6NjEiOXIaQWFKL6ecNlviDt1kMFIe3po+VHJH8lXjV5CyFP3nxiEY4ZmU+
gm3Jyc/RRsSEOkjggNgyurIfQMV+TykD5/j7Eruyx4mkGA+TK1qQvYrpd+0Ra5diJX9NXf/e3LdAYJ5WGxTWlRWCUTcw2UDVtRQX
KNBnvw1yr4mJDo8cQyvCW0hzdu/mg9DSZSN/4PD1i7SYrdYfx0mV6Tur7q4jZ2DR4xZz6TSgbVu6S9wjs55uZHWhJ90hgvIaeNdV
cmsZIE58qyoCdBclC0PcAovsfZaEERduOCZUEjacPLqVNvB2aoCug6wVTNINVgCmUwtfAxjyS7n8+k9N5ZMaVT0tf1wwELvpNekI
NC5iGd/Eya3wVWfzDA7EbtClC9TkQl+nYZh5gafc4hWzCF0pBbJPfBetKky9jZfEh+l2MvtmFKdR0tm67Vg4cZyGqwBEV94cBmk2
DWZ9+FZ6LL+PI39Ro66RnyAE1OpLXzQda6Inin2RDvI97bowfOM/VakRG7HVLWmwley97tq53VhEGNxOwxgtc0YQAnrbZ97xaTUS
Icq8OMm9EC0SPTQdKNupaVCNn8L/05ccl4GzfZ2kJHGgmXUUjQFz/ClIKVubADUaSHEJN2G4MMIianVTOigs4HSEGnxy8Nvev//t
fV0XJ1DDkGvsCjkXOBV4+7OZNK0WvBHatQ/QGeAEj0r1vX+V5FOvwlN1vUmazOEUnjwdxKvkJnSeLCNERLJfGsRs7JoDXvJo2SAQ
IpZYV/ijYZjeNkzMvQqnavHof2qIumgrJsQpPChw6DmvbJuo0OoZTBIDl2R0FMalAbo/29z6L4DoMpqNva2//e37b7vY2yxAEqUs
PRi9FUSAx5k3CSlSqWOcKP73Z1uMFkdOebPkOho9bpTWAdrR8ykxLjDHaYLeBXCc1KmawcWYURyWEcDFh4p8S0htkEU5xR4FwBst
Y1IEj+ZwZ8LpDkZTGgotifTBbXCfobZYTj5IQ44EC4N5hlFg6CkxxB/bykS2gQPApGbhNeKgz51nXSBwgDK7iwhH8Kt7jA1e0bRf
I0DUL7jgRzf4MQz1Dv6k8zL4KblCB4rxcobRcGcg0me0HIy7YZ8PHAbwC/b1MIkTL7iGHc0wCOsmJL8Eci8hT4W552O4WvYUYYrO
Mk+x0W0Ut4v2Qm4zT0bJTJJW3MYI5oNdef7J6cHe8dH+4GxwfHT5enfw7mC/573a3b88Pfjn+4PhWc/r9/uweKItsXd1T5BkBKqG
ezFMiJ4+INoLZ9Qc6DUOAftn1UAvbWxf61CRWgBUFlwXv7mfrozsEq9rI6sIZC9K81RvuUN4L2fYGDC1h/2VgpWo87pAp30epvSZ
GLMczCQ+JSZngmgisdxc4RquKzvlj1ob2itffpEFuehtbVNQ6dM6PXhlzg9QOO7Ub4hGVapOYEjrdsfzKI6g0yAHNmVD+OHNkHb4
IwLhmBgmYHxu4M886dH53t175wFRjiZRiJc+sbvc7CpDcxwSKuSaRBf98kpf0xBwvQPp4DYaNOjpwR3MSnkh49rLoOUd3o+A9YC5
3zuaiqencNAxfK+uw1/SCDX4t74N4KxTND84DRczlLwk+pD9UaMBGWAThSZWEWr1gK9MXNJW0LD9dI2Utn8fQHcWzUPvfQ78yC2f
eJ17oxGHM7hB0fkNOIzZLMqAyYvHWdOo8rqyYFy6DBlPgAsAMSlAhAFcSVBowlkChVqiDwmy2dACUGsSoPQbTHLBsGPAfbLUTLeE
Lbujfy0BEWiqosVhVt2uWYjU2Dp/vmNQrBnEk6R8qXAbDTF3yu9w5CF6dFrfvAuy/LQU6qq9Poivgec6icYNkNWv/tIUxQqvYXKh
uqPwBleYFQg5GPgLWkiQcei9/Jm/SpIqii9jvTPttQSVSaNLjSx4q7Ww7YBiq+xb8HoZj37gnnrefkTZDoL0Xj1iaf6l+sNDglqB
ubiokJGvvtNopkf/djWhc+XRv3es81Qn4aUHZOWdrZ2xpQTT6nACcIfAowKWoMrDikTH2Svk7V2fn2TC4dbZQLHnJ0Ba3DvEi9+N
s9sKEpodnhkqPx3d76K8qX97z4Zn8VmAztydc1MOuejs1H5FRPt+gA6+nU3xz4blX/IfV3d04IFhmIXvonmUD6G/7zfr2uZBmv8S
cMutzR2nqqTEk55feMekbDd5xs4C3nV6XieLg0U2TXL6Gxjw0fSSb1TtATA22q80xDOoPcjhvFXazOGO6pgiamc6ii8FmLVB9Kfs
n1N+OmaDvHgqtYCqi+ogqonZn3psdqgElfKk1HPZjWU5qk3R52p+GYyDBRBSCZVZCCiZwtNkof9O+UbBJx+Tq8sMt1j7kS+z8pD4
BnBiEqXzjvfZggRq9xUh9G5r5JafglXAOVpkihYgIx8zW1ILgf98WoQupNqK7gJu8w/UkbpkIb+YH4nELtnmFjCXGphCDU4R3qA2
xbYEv1tt3j8M7n6C/74L42sQM0n3+e0zfPpzMFuGlg9OMekMkjw6oXTsnj136Qc34B9WRm2TZkBa0WdAcz1f6F0yQaqBEwZS/STz
5kF6E6bUqIuK3kkK+DQuLP3ICIdA7lgixjHs4GRyCjQ+Uvct9qkub9ZqIEV1AdroJ+D/MID1N77F6k4r/Fo4C/zHf9DAfSJX2S8g
0Pudv0xXcJI3AHe3AbtZU4hBIkEaIZiP0zFqibvdBiMz8BJw2/nc/fKKV+ZvbXUtPme8AMpKhIS6U20hZFNuWOfRpJaIZgSxlJQu
gU7TjJEj4vvC/23n6OZkCJXQKBjengqk8tc27wsbB6C0x9tcnSqde9hR9Od+wVy31ROQtALYDZ2w/TCTZ/aYxiBIA9uuesJYqx23
b1vJTg4X6mv0HSUnESCkmrII6Sq792jnUijnVzCDMcXhsAkn7B8KjYttaDKe0Py6Lf0aX+FkYU7/6nk8Me042j2Kh8EqFFwisG2h
X/tBC78Cq4LaPuEyDAdHZwenR7vvEIBCR4vWjmUaopWY9KhBfF/k0amAsDKC77vxtYujnndIH9i56J53WHnUuQBcCIv0OLU+iJrI
bXOEksbrBG8DWqXLi6mwGDTATHSJwWlSpfmhs73V+9BJbuAPOg7wg7MVYTja+QX8pEVy/FoUj8M7+BMPF361KP5Gyg+/PqiN+NCB
p0IlSC8QrcXOgPw7Y9WJOFhoT0YFrzj7HzqfP3fqYFciSn9RBI+/37gCETH+y19wi2nR31jaAJsFLXZs/SLrDv3if1DBKKD/VQui
Z962B+pOBLRDN+7sKUNgQ8K/Px9ve5tectPztqCzAj9FZqye98y7CsaFW9u36JKP8Sgu05kUPWjiDRS3zmqGJK1/8K8lIIXP2J7c
AKpr9tfNMj4OiuFQVU55sbRjgvoOrYnV3Uvoh+lr07EPjpQPj88J02Ai1Ruev31h0lM0+6kXJ6fHZ8d7x+8uDwfDw92zvbe6mf2Z
zTKvPt07Phqene4Ojg72L9/tHr15v/vmoNL53sFwePnts1eD0rjvj4bvT06OT8/g45PjXw5Oh28P3r0z2/x0sHt5cLR/cgwHSJ/W
tw4Xv62dZiflmu03bloHGtRhj+C63E3KxA92TiI9kcmtymuB45fRmBpUb/CUcdB+c8PLcAZCYji+nGfUaNMyAlE27h5m/y7K8h/c
85V4a52LSKvW2ttHXVgNZ7Ln1ZheHrBT4do7FZ4zoXesHF4nC/c7Pp5WGw+8Fanw3J+LhVID8XeljXbZ2jZGJzlASlzEeSivHo48
D7NRsIC/RXD6NEiDEapjg6tkFXqbd387gM1IYD/G6HWGUemZtzvcGww8MvHfCzoP8+27NEV8lQs2dYXinGs/TQc2YkKV2Ojzl+aq
meEg1RjMObsSm2489rG7PguWpc8nSYrGYaB3sG4PLxE2BbRwqB15Lwk6SLKyq/7uYgEXq9/58GHZ6cpfHFo+6mqJA++eYzYDQAXg
0FDB2h/EK5C0gjgXD7t1Xq7FQE0eq+Kcwgc2rswiHKO96AoZq23vdprMwg3JihP7zXfzVYgAw11ne326xCQGymrPBm10HgU4Jinu
iE0mJrLATHchuvAt35ZGNAvMygRCahsSVm77pM3ts1HExnvSpAZxDDijplQVCZxOVOIImtSYUMA3x/Y25LQQNfJgdqgZYBpcrgro
8UR/OxDqbA1LhRIl6hgaPBvUmonUmnKfEPkCTrvAE++oEJAy6OXaI9ze3fSahTj9QrWwS9j662JyvGmlOxiZrjQadx0D0oVuDKmu
eMuAX/vcPsqISf2P/2CcEJ0AR9BdV+ir8nMERhhACBrZIgxussKBY2vH06GMhgiK61YNUGLARdMDm8pGbEANxRkgV+Gx63gBGPgN
XB0iDL6uAofaC44X2EL42d9DK6H3A8BlTbCU8Aq7ni9hTldAsgCt4g1y8+MkGZg8QMocWedBC0YAkk0yIqYL/vNDMX/4+c03TQuQ
RzFA/B1O4R4+SZOrWThHsJxHF5ZpIcywvcTgljqOelAJ98DXSToPcr/udurhZHte1HVoRtZSHhTcVmTvzbYHTSoVzUgMHX+LRp4d
2xnODTRF4nwpPkPKbTnGuU41ihH2khg4J8wNTBprP2+43ivCo/L/mso/8KoSJkWbRvdr2bAvDeNiNmvTkXfHe/+4PBscHhy/pxMT
AO2dwq1d9v0jfQsZ9Y27nk7APCHfOZDhSesg4IJhW/MHnqtmjacuv4i85kh1fP15VxJ2IfpUZ7Lu+a1JUaDdlHgv+NqDLh9lO4Jr
VnNx6yBKJkS8Oq4zVn/Dry32aAJEIeEYZuhqK6c0ajQDrjFwSCtaO9ye/u54jEjpzuBgfW7fjeIyWjA8JEwX6O/quIsqKmT8VDvw
SlJQLECIXC42w9e7WQZE4ATOorH3Cz7wjmjzMuoE2lyD9FpenC5OqzzlQOe5gjZ4UDOvGiTDbX0wlnHf2YLYf/ZgCXrUZQu9exWz
8I+GtgJZyVRhbWkHQpNqvhkHyxL5WcIuprDkqFf2palYbADdbtrO9/NX9rHF0ksTsZ1Hl0ijrprCvWqdCCSTpxGp0hZtBI6EShA0
ShqJjvMybqhQJn/a/GwXKWw6z11M8gYXNjAlxxP/GAPtdGqMc+FldWUcs31AcjpApbYMRIKv7eMZR12z0X5dfhcZYOg6x95GPzCd
661bc0HJKkSyCmhuVYG1LRaJaa9IRUffudl/blXw/9Q8koDWn+jrdy8fyXKxeuy9suwKJUc6TrnNoFshr60BcOprkZLsHtFjJ/Tt
KhrzMLokfkUzDec/4/aolf3Hawj+7CXkEXluYilHQBSEu9K2Nz7vLBL4S9FbemJqv12UjTtS/k7b3lD86eP90G36zvCNgo/pt3AT
X6MD9AiSXwO3vM6nwvFKfn1KP9fpQDlqyS7O4MHakyDPrmIS+LNVBxbvr+0i+7Kewgp76zEhWKNP4aS1XSQXLve5Tm/CnWu7yJP7
kN7KvmrGglU4q1wxUkj4S45D6qW1RrGBoDTKWv3ZgPCA/ioOdua+qyDctXe+7KBn7n2p3/V6tO7/mj2WHAG3vZ/nu/y77aEzHAe3
vfcLYEfDd/TQl8IcYgxGhgCu9Dz9YcSPKF0xEUqhe8QAEgpmMBq2m4l0WXzgXEig+/LJFN6S2x56QOOfPuOOoUdv0wl6Wcpe4O9W
26K7YdK3e/yj4WORLHlbi4bVI8PK6sWCu/OeoOqDhPhvvM6TjjwiDg7b5pnIccQ2a0nNnS4FCk1GuZNvPVKu9Yp0Mr+/CZX+ctlQ
k4XbgtrZO9x/d3B2eXB6enza+TJbaqeznhmVlEIFQO/Qknq3A/8V7PkOPbrrk/GltQeSHt2INso7ZIm1hw4977paXh2IV/29iiHa
AaMr6Q3mbK2B7Kq/XwpStPC04Xo6WyOQG51/XwPuwEM/vLPlkbKDpQoSA6feHg2tCGVBqmlfKwlnba1Db+qGngm5aV+rU1dtLLKg
6ekJODCZpAj/U0fkOZMOax3qrbPd6ff7HfELt7yzHX/ublN4NMdUofX7C9I+mmbAEespq9kEjNVhYmcS6bZdnqSl5m30XGxZHOmC
Mvzsi6D2zBcAIWGtskfHevnFbWXvgg7OxXcX6+VtrCQesQ4rUcOqorEdFbNdcSpySghWpqe302gWej6+jDC+Lb0Oc0yaMKKlFl8D
qKBNiWgZ9gzqvtqmkq3GXCB+cNjsrfIaRrn/5xL2H0NKCdyDMc7a7lzYKv+VQTMkvdBvQteF99tQ+AoJuxOJyAtQWmn81LRFcxKw
Vq4dTr0Bxe5r6RiYoviinrGZnwO4wa6q2xrEeiXNHYpDQf9UI0WObSsxuD9V9Yk9X1T9PQxiQAxKCL67zJM5nz+hj4P2IYjMI/SB
qM/UaMeeP26rRVqse4qPXFAHb0JKRux38S/5XhAkhqbNFKZcN5CoLjTHT0E6F9gbhb/4d1aeUqeKmm4OeN88iu2e+cbkI1HD1TV/
K+Q7jkmU3Spk5n94UawDBhMraee/FOqwxemYAZIWVlrSZS+g29KTnjwC2nyljuVVg2hP6WY4+4eMUOpaWXGBlmLbUCLS78ZCw3YT
3jfkmfHH+i02Lu4w/BQvz/E5/HUBOODWDtqOCoJb+tnVOTmvWqpyxavCxi1cyVZNRu4WBBwtr2Q0L2ZcTKZsVV+1sKq7BhLdQ0fH
KXIstvFW1dMnmnV5jqvSEAb0ye7MW/AS9wB/r48bRi9Cfa68dcXzssAllyIU+DAODmC2ofuAi5qr2h6Y5SyJw41wRvRZVBgJ9DQ+
TzKlKk8wwxAm8gmyvgWXosIw8ol6InOu0FR3V8p9i95VrAUidcgVzG6O/qQvYDXIDhbPqyIAN6ygsK3/srr/DtX9+L0xWTw4d11X
WtmZYbtwogFFWQ1R6yuD8gulu0kTkX0WMQZo93SH3Q2uY5j/XpDVoziN/Auch3DsG2g0iWZ5WCQNMzX6VbrAzS2QtQV6KciKzicI
We5BmlIIGBNh7Kx2Z4d2ya2g0ciodFSWc43nB9/TBq+6Xd0b1nZ77KlMUtvlDFI95WkSZMK2tKMXPyFuyThBXjbF5FKUicl2nxhu
LHpuGJxArTUHrXyufZRcBXu8Uq/UHVkGf/yxUaNToh7GJMtUyaEGIp6k5fkUqWpUCi+V7RvBT3W3dhCOGDilQRbTYXpXAWbNkqRN
6b2A9wxK6ddgkIicS2+AxcNNwvgk1Nf5GH51MmShVJZqUwxxqbyNyl9Fe511+za4o3rnfYw9+WkJLDqpQ93aVSOdC3Xb6JVpGL2y
WEUVPUvria6VKIby1N7pjJzq8q7rPLFu+mge2BqMPsGgTYw35wfnF97N6gEqy/HaKsuqF9g33pb3AwwvQgbo0QvvGQJjfC5vtZvV
eXSBsi3+gZ9cOO6OcV1ZK4V5QUopBANBcODuTSiLPcWmBwW/es8hClmeUUA6xRaizru+5InYZYGWj8kgImdOrpSrgk+3uE4q1p1C
vurEw74ESWP4tnbeclNseQUQkZ0UoseqVoS60hnyK4vQge+bZr63zOCXHLqAnAD8VTuZZ+WW6gUxurfeM0DT/L8CVPo43e62yraY
a4gGiMU2rzGJ/zmscQN9qPRh5uH8ClNE+nuDQ6MuKudxkHCGGyC+GS5CEOB7Boo+QTKLCasRc/tHB2dq2g34iT0rL6HWPEvS1i1F
58fRAtHoXGQTaDVZjSYG8oLY3fE5PrjoSqHNdVKSP+qkyLzupdOiZfnWTkviPC3ynoWJkX8Pusw69AcDaEM1r25p+UDUPxHKJRNJ
Rr3P2pgiuzk2V7fAJ7arfXZ6EouJlKU3sSn40jU7GlRfc0T5soR2ouacVhRAJkQtnn2c0bmKTWKWiyrcuxY+aRdofRp6e9F8AExO
EI+Af4mTyiUS5XD4ka/RWJfSd8WeM9L2afC+e5WjaF7FHGuHNucx+rrVIRXIhczgCxy0CSEltcAEIPjVI2Ei9NQOD8VSkjh0oiC8
a42BCSaFKSNgowB0oql9SnTT1MQxgZXiWFkA2i1J/+fc0QVa1fMe2hpGU8kSk0fXE8WOTqJwNs48+DgEJjrK8zCmdLFMCpFT6XSa
EqTvPWwVKNJ0OlZhjhLbbvzsBasgmiGDzcl85wkm+fF2j/Z5NbMgByZwjnWHKN9RuorgZKXLOGa+kZMD/XI4KAr5uvSDnOiT8unK
fNS1GbqLTEy6+t/I4VQ6INonVqdm42OrhRsHJrGwA2i3cUjAgKNx4ndQpNuVsOqwa0qP0/Cjw4MAZwekaA7RAozfbLp7yvOhaD+5
MRoLIzZFGAdQiMOqpFg7nFMfU9CJL557eidzdTl6eZLMQHAfcKsNkd35Nae69k6Hu2cb4quNM2xKmyufFJPpupP9OPJrVe8IQ2zO
VqjhL4A+ZBxjqEvwIvbhf0nNvktcCf4cRjNY2ux+Tyj1K2EhuJ8wQLEnW8jCEk2Ax+ebF9gJO9J0iak4ZczuNJBiIaIYeK+Anopc
lKhfT5L8wypKc7QT/C+xJh9Wz4C6BDJzOeYLwu0puonI2ESGKfPSIUXW7TyyR5dwlC6/LqCpXUMFRKUjWIemV5ofPt/DdIQS9peX
R7uHB8OT3b0D/PmalFgdgfsvnqyePWm3M2ITXlZzhFRy1qiF8Dot/uHwumGLyofLQIPNCg7/2OL0FSfvCqRPvbmik3xGiZam4sR6
PzN8ZRpLr+BYFUEl8toVyYM927bA72clfLOe+DRBUu445aJRt1NZ/vaDlt9+ZfA5uhU4Th5GxJHIpUGtLRDImc6j6wkIlgskZbJV
T7JcjuYcycR3mN+Qp2GuMK9051k09qKp7nNgd7M7Or58+z8nB6c/Xx4e779/hwdSfgww3JHe6QjLnw+FNJtqwbxUHwH4X+WG16as
JdGd49s4HLPjtHKzT/Iwq7vCrb4w/JV2eK1nXGUAxWRnFLeHn/XP0mh+EI+BVxwuZlHuP/kQP7FznfTdOf1b6Kq8DW/rQvXw5EP6
hEj+WVC/8YLr4qW/uh+ouiPuSngmmpjToxTo10ITR9r3SkFc43qct1AplzWWlGOC7wBxBj58wMvg50Nehdx9qdNUU+HjiZnT0JMV
oUNmqznpODOLjpOwV5DVrzFa3426lpIIHQ6pKaJDOL/VtkTjaPwCiUbElQ4F+4MxL2GsZWyVT4rmLlPVHMjOOnt9pJmr6jQtdfv9
u28mmZXURtIl3tWMTL/7XoZ3C1hGiMlAgxFwBCQPip2LKWWo6SHcAwigpE51Lnk61a3G1i/kZ2tvN8pzgjRyPBr0msxWlOXfmGaI
Gc/JWCma885Qkx45VG/AhRPGWYQFyqxlrgQZO+URxLCZaYikSdRavpVti2T/gr07CnPRpd2x2hgmWebv2lnOy9bLGHGwNMua6HM5
4LzFUDaUD3C4gC9CE6UDHaU1fC69dMQV/54YLvMDBBqiSVSvwXPZvIroVg9MsaUEA0T3WtWc1MeIb84SCur067UpBvr9PCepQF2B
q/lRDVn8YtK3mjtpn5vqreYajogJFoiymrstdfM2d4OKgzFh0Eoj3/qeWM2R5VHQFquoMo7Q7ndCZ+AmNQzmCVXQWE3HyCSucBke
KXSWS6rTDMTRKHsA1sTkP2VHG1HIqaCZIBETMsHU8fhY8Am6s92jODnCKPjDcZlSkz+e2sidQnURbGPdBhYztu9gq2sXO6m5eVn7
uHdU0hJafHZktTjf9B9ukLuokGxNlIKU/MgHo7N59/fNb19tbm5uUebN8tNn5aebf9t8/l96ZYSq1ES4iuz0S3RxHoyzNlVGtY+i
sYH19NCv8ZYQfieOWIJbrJfaL0pQcSEmfLbPIV1UxKTbbXS30KPRNektMpOyOR0o9CByw4cCOuBzpHsj3XW7bjqNQ7qS61KiRqko
n9DZ4Pqmn7BiFQeGj5PRZy7YBn+RpgAQPllignvdLMS71rdu7z/CezJKnARRSjvUU6zeS9p2hn77ra/vEBZk4ERtayd9FNW3qIQf
IyZNq2UiLoSVK1sN6x65BSMcl8ZhZItsCFeTGb103GXmAUUOpkVZTjefR5Np5/ZtJhpyrvCB+Y4c5xLm1z6yJ9EdMBItqkewu9IC
x2mSknN+/hhBOzpQbPwnIKY6vXVY6dPxg0ZKIvpUnEbvc7cV4wqD1d4qJ9p9WQoYlQUuUYvlTWbBNVKH0EEtvDlChOQ+I3vFkwyP
TxCPnyZ8xXK5423SS+RpMLqxBWwYPA0G4xxi72FmOEFjMqT6e43rQavI5AXmm5MBy9a02VG1eeRsXMqyxc1jIUy5WTRmHdo5PaqC
1izLN3pm1HHLX6QoaXmQcc4YuKF5GdYoynR1XpfyWMbCUUV+XKeYWTd9EsGdDp6uly06R2Vpp+tKkvZ5rQDUamV3mUwCV1WtcG48
1YqXr6M54JB9QCysXsiB+hQ3QP0C15q5Am10oLfdaPOCvKvcj+ICioy4lLvqpn/StoUXUFDqO8252qWesGc2XncRdVQYLiRenGRP
LAxAM/JZDkbSh2Gtx4CwPmEfGrL6KAnKDSzqrQyw3wSTCxnn0ckRKy+UDG9SViEK4xFdG0u/TMztPmy73cTMKh9THt9x3QdIOJE1
7JZwoWKWesztbrvXFVgXkLZrXdtuorhtr5d0OTM4EBiy0CUenU53p+195NuL12P3tAfqNPKT8vlsuqfi6j3Vbq/Wvk7iIH+ETTkK
csb1ZmeEdZiAWHg4S9JfB6DHgU9TzZ61crAYWiQCOqmA5FXamJJFjz7CpblY8L1pOLrh0BRjSK7HbiTH3eElZJ5F8YWAJPa16rGv
2eAxm+hvzD+jKqrKE9NT1ye30wBVMdhrvUHlhgwqpjikLgXJeTPDDsJRi4oLaoI3XV25QhP6Bs4YqfducL9fPJH5HbRvuowJ9S74
Vs5fF2gWaUVJHedC5qqUXikfZ46Qw14lw6VXG5rQ0aKuvvmmyj6RvjC5sTh/8Sa+IGUq2Y2pH8wjzefU6ZSk6FTRBZf4tvfw4kWr
LmgFnTY7Svj6dSEuIeVRzxQHrj8sOHCjacGBuxXQ5ezwMMs0m0YLaXQXwi0FBNWREJuKACHFOPCyjAMWcH36EurGcKa58Z91kyOl
UnLTfRixXUdlj/Phkwh/ini9q9Azpqmr4XW8omThUh3BR8XP4LrBdgxVbMFo1StGUX2vk2mLaj5ve0GezIHaoq8yBfYFmIYhpxzM
2TRgo1eUzDhjhY9EfYPq3Dzv9jj4j7/JkxmpnOlGqHEJ3o9Sn84vZ9jTdMu3fZpR/3VCpWrEe1useVHFfpcm7y5k31BcZ44hC/gV
QrGPUERuCTPOE9ekV6s5Yse1PnxTci6T86YJwac+NOnx8JXocyqyOaKi2+inFXMkZU7ZalhJvX/w7uDsQKRsgN0hGMON6hdZ4Hro
Mbr7s5eNAszW0YWbdjaGSVriPLFLTEL/GjD2cvh29/TgUgwwD25CCpRCtKWTHnjzBDWCO6TgDa5BOMOS6Xihjz3/2SYIwd9tevNy
sKeKGgzyHKtKcGrTHfmzufRDe2UruYIKaHN5eh83jy4L+VxAmDeB3uL9IYiNbHSIqUCNFl9QdEFTqg6OHalT6tckIffyhfdsc12B
TXgCi5WJDJCwNlq3ZV7Q2J3rnNXsa+QGl9V8hrMwXPjfba5R9dPmgSgqlwfjIZCewvOAdqkus80X4l+VCOEcKJLeiSCPtuVbm7qB
owWUtzYfCGZJ+VnFhjpwcpw9GnqD/YyDC0bJTOYuYgI8XjcVY6HDe0hVwdlDopabmW3BQVFUgWScMsl6E7+UIeuNQd7nNxcWTaQz
H0azO43Ucpa6XDMLSslO7PCvkta7CLWpeNWKPKbVgM4obWfe1U4g6jDgP8CqzK+iOMQ+VIn4Phq+rCWfXATbPaQRnsoVFhxmNY1S
iH7rbGxlTGHjqExSw4UXOOuQxU4djfWMGS50cBmrdcbFyEeriau9wpTTYxEnGI/rHK5/L/mAkj0wyZDJGOV56nnqNHE4gzpOPZIk
2gkOFazlTMDr0Ayd6liPxHU0LrlhO4s0G+eOkkeu70NJdgXD77MLlEXZMy4M54jriKRgHMqZX4IujbHZ7tri/GyMgtoJaGxOVWec
m85zT5asdIVhFtliyKFilCzu+V4pKrCJmuAbP4A48ey771/2F9kWTDtGeyxxn5lI3oD3aU2ysaKQBvTyNrzzr+5zDF/F/zj9aVtV
xSzt5ZIiLHxgl2EgFIJQLUQ/+iIVeLe19hInh/lJYuwHIb1Y5uHbIJv6PG2zZuaVXh7z2drlMR9Y91InTuV67i2EKWfsB31UkPqd
tYtb1dw9ikqoYu8bpOhSyHEQg5SKc6IKrRhX/AoBLieFohzgocuwWH9p1biVPI5IuZZYWRUCquKNQxCwSw01OLVuvXmZ0iiJ8xQ5
y5ToEYYWx2MCV1ERHvWBgDz99mysLIth9y1kdJaVM9YoD9KmJg8HErwoCiHg74YiVZYx9ftBZiirKVtmNH8QH8zaxZBZXxdPXJhJ
sxb6aDFrZpsRHgQLXTXt/aiYrOLddnPppfKC8F7TGDaZwh9dH9pqWFEpiyqsDqcw4r9x4lh6cMiCj+8uO2z2E2eXcIVlaHaS3WmP
qNc4+5l/tu1UAV70qH4TdMWP2onC6fhFaH1kSKQvojqxzKkMXRWBhD06mwGQ1NT7+TDrAoVbJGmONULDncKMkwmZMMOa17fT+36L
pShcE0tRvy+qUZJayoihaCYXKfFL+56wp+qD1ArA0vzIcxK/cEZHwboIoA5Q0Rn/pgWOYtmdVo5FLaZo23Kw4oSK0YoH5eG0widq
PK1129UVkrFcX/GkskItztxpG6hzyFCD6I/qEUXFZlRRxejkS7CFmWE5N/HroixvuKuUr2fdkCWf1jG61Jagq7nmDILXJqSHojNq
Ug0YWQR+ieJvn10Kdjfl3E0VM2rN7KZrq4GmWOGAh2O76gV5J4tYdYp/4PQo5a+S7PIK5QDxwXFGUkGlGceOXzIlrcPMypcR3Akc
134559nQ5ypa5KW3qdJUUCwFwO8wGYczkaSiFHZfXcHCvHRu+yfy1rEtWWVWfyjiaHdag3kFeFXlIg6fCeQ5IJx/ej1LroJZ9lRO
HZ6VuXGj3oJbC0Q8cXMldt3r5Wvd2ky1j9FxRFSV6HYfaCUsCmv0qMoGpVCF9XrlxRq2Qpy+lbH/XFsSUs76mLIjrs97quiztY/a
6rxzGHxUpTwxJ7QsmcjPu5YPotj+AT3v2qP6V20yPxGf/yZNlgu94HaEQU06/XrpzQMQiNBQwCn5hN8eeirWSbZfw2fKV/Ef4b0v
NYTwnDOTv2hxu8jGHJVIY7rUKa8SkB0HJ7A84H+BV76Gtd4C2wVCy9GQlGwghIXXSXpfOLVH0qOMTbJeEuOfMGBIBQmo/FBfH2R/
OgJgKEe0wxB2fESdC2fCPTkGQPmej80tpesQOUa8aUB5OwYnq+fF8Mhhxok+EHCXseAdF2kyoRodgXc02GPLIoZgBzI+nGyQWPqv
542jDOOSxvhsGS9my+trPC6F9XmrwfO+wiqvb4qIFrD/D7ZGyNyAFbe1wYkC+8Pc1yziDcz0nM8VZQSLdCdDquLaYZXHU6Q3pYaA
kYBn2etgHs3uoZ2lCP1nF8gspyyA7iwibLVlE+TuLJATc20NNzimTBloVj196Xc2GPW8u8rRrV/u9e2jLDatLPYUBLhHQxCpSEvD
SXQnXVHx8oDLFPog344TemlTiMlQSyqMoz49ggvrLVYDtmvQfDkYhlL26f+ebnZEGVv5YnsbnpFfKnb+ddG0oz/b3u4UOwkAN/Yx
te8jfkvMT4NCq353x/Fvgcr7wArNIthDTH4WpusidcNe68GiGQ2Aa1A4b4ypdFauUFDlWCc7ahdjZw3WEX1Iy4dRU573FsDd5owi
BoqMkpk1vKJ+i6VlJ1tO+DTY9rfJzCMWNnLs7DoUiueh0++Rbd0X8vDh2z11rQ4X4SiaRKMh9dJpJF/wr5fIQTjWja+bFr2oEKti
Oid8ya+zfpiMvviFa/GlNiVGpVPK4lmRX1sm7P/CYADL5Yy5iu7M+ce2NVZPXi1zsjZrIiI4iSuZPK++I5MzsHXPkQEAjqJ/lt4X
CYHviH9AmxRqFqEDG91fnHeQs+SKb9jTj1qtGeY4Js/x2sFGXbsSuJoe43mLbat+9X3Lr3DSyMXSpFfPnQ2+5wbf2xu8EVw6NYI7
yhAZojtMjg1Pz6O7C7s2yg7LOGNyzd0CebR0C08f0C1TC+yVyY+lY0GXRN/WfSLQmEJE496X29egAXZfPuakOglyy3xllSKkJ7WT
Zkt6WgHmQ2Oz6HqnHnHcdf33HrXqrKGCRLSVzAWCjdIK052qHtd/ziwh59PrlEgw9mO877bp6ziNrqPY3Zd4X9cXbl/p27IIg2wK
FalYPSeBO9R9QFffF88eFHbWsGnBgzYtkFH8cp+KYCNrY3WKgIOnWgRS+7dXiTLTWzR0NigqFt/Vt6TQNft4rqi2ANVGowpCxqQ2
GtVgJHyoCiyY3xWP7Z+JlKPGNzINqfUDoWvlL1ThtVdwM4ZBXNzdslm3dfE3bYyI78doUX2rKswEbeKzGmvNGBdi2a5mKY7Vyg7w
QD7qYfH6dlPu16K+lyzpVQqz7zaJJ8Z6xnA8MmcmEEtNNsKCjDlQwQvazlpb0Yp61eINv+YnRSW5tteSWkgLNsB5jclycNSZqgcn
pK07mWO+ZaqRR7/a8ErTSIBMyWBtaJLTrIacQmPGQSxMUL6b8EPtbdf+/e5sltwW+ZCPh3UUBLusfrA+LQnPG1Cwo2TGZnTtPGQA
wZcirli/PphfheNxOD4LKcrzICalbhNsHF89CECDZNVyVK3lg0Y6wZi5fD9KAXlbDmn75EFjvwri8W00zqenaBxbkT7vUNZ7LyGz
s60DtTm7iIlJnHCk5v4KH//+0v0zfsN76hHjzD+54VMUO9grR5YzI4UFLwtDgWCOhIq2V2K66tp2u1+0E0+fUvK+cTKiZFFU8JHp
NLp+i5SEXN2bEn3954leBRL7DinP+7xfv7maL4nhEf97MSkPSKMi1JglVqTIfdI1SgbK51sXX1A7sJSdtWzj+p05ujb5Wh/KzGlp
XbvrKpsfMVWKndEy9Uyzwi+mdrCfZ0EsB6xMA9OKOtg0CW2McoDBNKeRH/E3YJpT0/GbqRfgWoBFGAyWtmPOb0oSrpZKxvkJs17q
Qy2ljPbG/blV4KTP60XOyufDRZJMsFRM6UYtd6badWtAB5hwLIs02K7p1Qz9OowWxHhvuvvcJdcV7FkwyOXujAZNvcGVF63Cmt6M
Bo1zQ143HHNrPDzsAF9sKE/Q0crRr5PVaMq40uLKY+/yhuIa2x6VaQ3JZfvqnnxli5KltyKDep1vOg0gIkoewT+9LmUVLop84HhS
OFdZNDTE21bEeu6I2sD0HuP46Rv2Al5mWAlshhX0cKf6bd0oyGis2B2ZiSQoEg7WRV9JL05OzKLcvuMwlw6el8L1fscSLcXfFhSz
6Tpa6PKOojnlZP6y365LtVwallJBQ9fM4ZeEGxrBVlJcT/WCSyagXxYVvi4TVDBoJtRFeym0ts8m+eNL0xktKtK2jhPsCnSZ22Tt
akCc/Cok0F5GyaoCE4Y6CHcNsNC7WBMElpksSLK7HJNo55iTLv21m1yp1y+YJqBeNF/OL6+kMIiOrWFloofcTImM6rLSt8zVV+0E
YhYhS+MVsqZBJ0R+y9r08dltlQ07Cm91/eKihE/j845QYme3BlvFgu4tu+LSBVfmsFwlo3isYfgoAUdSc4or0woS6aChFK/2QqDz
63muRShZz/qOe39KFFbbqobz3XwVaFuS3RqKKXFJlCluOfgWkMXAj8pcsYRptT6G0rgiZB5GOfHTxmMnIO/KolxC0qGpBF90d9qk
07PSy7ZbVD8Dyw5pBLtXQ66bCXYZ9GvPpLpRvYdt09rkae2pMjHrWUlZdfSCGAnqU9Ft19Oc0xBR/w8kOyX48HyaQBTe2vjC8LbI
l7rzqFBCruuPpc41aISTc8GpgUI2MMePDsfTcI4xxn8ibMP5NGDb6yQdyWK+jwcQpYd7JLwyCg2VOKEikbD1ykfN1wutZpEsVtQs
dJHgolUaEHRdNG6hxQvOjW8udE/R0l7tR5mICnAq5Bz6MXecXWmIvQf0j2b9AmGMooBUbqy0QBsNdwfsrGZBrDFj+LPTHLJEX7W8
02UdUgyOKJAGe0AW3WXfoTuZPnkhVUQd52W3nj5T6ZyK8tlCX9TTYoDEBDnd3SX+uuTjXh+gqeZ8li7jm0ecMvenFfzW9FyWecf0
Xpu3TZGlXW9yudxEfpfVL/ix1vYeTjfG0RQksBZ/JWVGjaaGu/NgdBmwsvMyU9pOSy5W+q6JgVrrfFrUrDbuj0ZuYP+wAvRx3MFK
yMeTScfKj0lqS36fREord0ZsUUyXVdKOgliFJrFPOTIG+14Yk65Ly7d0FaJ1g3WLpKLzAD8zLCjOEYTy6e000RQvMIzYvHESckpX
qm3p5TLpI/rwUoZHjMaaYYR/EGe3MCAAcEVNOPg/xhDOYLFAK984WeRUdTkNoVVGrSxFMOlSfDuKhWLTMOetcT2qCD0RKT9wXpiy
0JGW3amJe6BPoGP6RnSvRZZTxhbKYSO8alWnxWRKPRpJvWQhJC3xjjhy9mxtychW3F0vsCSAWVRYgomUJLEwx9qlXAfkC7O28Phk
nNNLYxT8gSiA0bxokX7OWgDDVgf+81ctMlK6BCdj7MpRlTZsdlnRQe7i7GDth8k4mtw/GIkfEWUZD8R8CjzQP0vDfy1DzG3iZm4d
IKqBgEgN9KeBgJiPhMDax9CWEHEd+EgSvh/mnPLsY3KVUQGy7CkQxii4imZRft+fw3nhFMtojP4hGM8p4TnmG3v5Ab/Z9n6Ixi/7
YtMo31pPH4Xecm4kzFTl+VpOtR5eA9LolAfZzZMMqDjmCYYV0ocfkyX6hVC3no/JnfPQ+MK4LOLZfQ/IfJDm3iRN5p7INZyiKWsS
pXA9iMB12T0w8PB8zlmJxY9qRK5Amp+SK8zdJXEIPhkUyQ45yqBBGCIY12QAw/dtkk9iOyNbMNNV1sEn6T03cOR2NEbHhr0Cd2lN
ekZBTMjNK6tLudaQRvUn3kQDcA2QErnSJMgFrDsGPqyVpnO9hOhxgrOktAY0NKcrjzkfIGUS8jnvH2FXiLd8CmxE5on5ebcBOg6h
MD/uQoe85JqYtjLYPsLifff7bttEohXzKbJo6qvUu46QTYL9DccbGTzxAqyunO2o84VcUxhjdvQEn2VcuTPrPyBnVx4uMk4TM05i
Sq+ShosgapWd6yGOPmW/ZyBagv//SKm72ng14zca72/1NYY21hqhyrQv8mBauIKPnG7MNOI7bf0fm286yrInz1sdfrnOn55VU54+
vNE+niN1QuHwols9iCq/5sduc25GAMkQcKF2egVdhZY9WSlDPR3DrRXNHpAMIVvbVyg774jMWodIOE+pmKcvM1m/z0dHQFc2uFPY
hrNoHvpb//W3zZ63Rf/blP+Tb/8B1zl+10U6mwezIdVeACr8bXVkXD1b9vJy+lN4m9zQu3IFEXjD8BFezfin2cL39XPT/XguDudF
l/C17BJgINVHJz9xVlzio2Q+R4+TGdwx294GJbEMx3viKcjTWJQB87MR5RF3vizagLUYSlxDzxtRnR59OCS3w7e7G5jcFHtFiRLr
73hHRJk38B7AwgMUk+2dJIB/9yA/hqMlp/HgB/7ubDaMrmOg0x5Q6xSGDI1hNg7kJ6ILTNTOnuPonCgzBHPlAblurb7Ed12Wi8Ua
scYBZRwRDBNnbtkuszFEf+HAASzfvAeRGsh5moVjXmi4ganvMPX6GAWyIvckpq2FL+jy5AJGJ2lynQbzfUw/jd8i0KZBNu3XJ6d9
R5OVtVVVQWBe9olenoKT4aqf8yC9cbtrikYCFC8q5LDzV803GT1/wzSMR6gIfDLMk8WTHe+vtCDhF6y9LfkwQ0u4uy39Y+Lc88Ex
MQkX29t4XwICcEpVrsCilqhKMFDSss6TJ5zm9EnX1TcyLBsfE1RGnMOhXqbIP++l94sc92Axve9z9l0YV+bfNTLp/vWq6/3be52k
B3DFbPCNDtfIXy8LfuzJ3bMnaBR2TAGvIJjGRizLydDm8Kyhp/Auyr3n3mfXAvBSPcdqAX2ZdRamqvLOiinALB3f/weum8D3Cmlj
scy/YqZamhCjBxd2/2u+wzPatGf26mwcJSIM34M/Y/IMD0aoqKweylf3iyDLKpQGx9QUa0EWfv9crEMl1n0fR/hNkVpXSCAt5Eq4
IIfIAPprKYTEKeAze9Zc3oXES2TPqZCDFC3FbWyzgJR4YHmNRxYO+gG8sWSMI+aKSSOHznRIuO87LMyWTQh43XjJQk81C7+E6YBe
/vgjTYDBdL55Ue+zTa7s0ENLa0KpTnBSsljQbJx2BVlpsKOkSUr/Un6MwZiV50KkXCNJvQldzqxGXSKssVAO3DUoNEdxBjcVXDnw
QXNORbkWa35rDRFr5jk4Ojs4Pdp9JybJkIBm4TjTriDhM8q54G6nEewZ1+PAFHJj1Fbi/MNRCKfYNe2a0wOX5toMHHxzTthGvNIi
s7xFiaRzoSEnPbD1MwYkB8pymZVywOFHxTvyJN56tuko0cfMQyHd8sEsuJ1O153pnj/u6dRjp5GB5wF0FY3GssPjNTJaflwb/prk
QJqpylsuTogvO4DZMZpDKm3EQRKxaKT8qrQx96a8XZZhQ4EUTYIkNAaWYznLWzcP8cxw40pEg1zN9SVbRdr2KT4KJrnI3dpq2ixg
t2wuJPM2rZ0ygZ5pC7gaJLuNyex1CrRjuTlS5MTutfMJ8mB+yU+1S8SSLJM/1MKS+Ul7X2rbcSLG8H5Qd6hOfCI5PTGetai5gBK3
GJaJgj6ImzSUp6h3VkMkWA99BsIaloi6BtiFQOI5N2xfGIdQ6Jagh4WURQJzJNxqmOlfpiv4ekPujLQ/W2xG1soppHDClOTmRIo7
0YpmQXqNjEVFZrFODfra5r5cxVDviVOAyw3B4+OUejSE0LlbtPXEc03v27o4gIg3fP4epKBrrDvL4t7tNIwLnRvdrVQ1b5kBuyyr
31FpkafiW/gyja6nwHpdh8h/2YZJxdZi8CL2SwI2Ky5RWu57r/FavgpGN6jeG/7P8OzgsIfH6TaKL5dkg8jY9qoJtN93+y5UBiA8
c0KPUaECPA2Az+wQdEewyXIRjMiy+gP80GtFtCgZ91Fkwpb0zDrJ6m3FtuuOs2lxCxAPJXS0nb3D/XcHZ0WGXdz2DG0wy5ncKMkp
ESJs447kXH6C0pMBpAkvfECFrizUeY8c4g425X1Uz5+h46vsHiF1lORDVlu7gpKkhu4jzg7no+ZCXhfiHGDfjg7a8ZAGo9sEBc+3
Q6GHh6kZCPgCq/UkOdUkRf08+gNEogCpdSWf6821NVzNuIGrcacBrmG9dCQSBw4PZKF7CbMsuA5bKkmlNcjvUFpdwYyzKKT+xv47
PTFMZ8pcUPFajAgP1NhS9diTw7u0hfLayQrlnaR/pNOKYY8o0QsV9yTt2gQtCqwt5UAGShCM7+lzUbD4lKFtGCGD2Avj64iKfCfo
okUGG9ax0ZFXBkLkCuHeIoclxCfo3EDDvmXjuJ6TInraZdbT7yhZDS3jPPI9r409rLm6UOUe14luMZjNYGx8vowF6Vyjbo6nF77t
yOuGiv7SFRPL4jh0nvVs4WH/kFGmIv0JNbkHDFo0I88RXdWOCmqhMfcJ5L8EUT6su8s75S2k+zSKPa4oLrvgMsflmrhTyvRM/EsL
71HfJz60q98lvLuahr1gPQvQuWIscGvQ8cvjBPS8U5ShwLZXchq5mSJe6IH0nVJbAqL5NbL8rrC9vD+UVcCfY2+oGsRzdBKRXazN
GuD4bd5tbm4+3/p281tvuPf2YP9yeHm2O/zH5dvd4eXR8dnl6fujnmr07Duz0T/fH7w/2N/mCna3sFUoQDgm+y7I8lMiUjS7Ox4T
2H7rKxiJXvESv8Zkay0ZjwKzQiorLPzbULtekBEuhMw0EwakHPnaNLQKWv/9987a6VIo1WUaBjdt6vqyVtAwWb18wScMd5D7sXxn
Fmx9VqmL+/mrx2THZO3a6X1b1Wu+zB7RV30tRWuDjqSWnbTn6yh3c7NCLedHLtpys+r/g7P0w1/0jaP6JF+CrOws2NV1tcRKcUlZ
rTN5QDpY/QxGuUSZoVN9FY75TROxHJc1OhQ6bE/ZLOlPR/Jrsg5TwWAVfe20rB/8PmaDo6gLhUje82bRTWi4IsFZZcOjPOCBh6vE
JW6z6lXqvT0BGBamsNhA5mVJ34m7ezzjPwp5LbhSQtg6zFkfHWDH3HpJhWtW20Fx0GE9Yyc7uSsKb5YcypAkh7MJ7pZehIWVNj1N
sBJ1/WDXb5PlDCm6LvM+qzqF1fk8LePjReYrq8cD/BQerOgG/jZPRgnb/rcsDcTapeRSV9XR8jUelMsc2LNkmV/OWbH4/Sb+s47S
vXbhGYbXwozgllwkcRaWl/kK9xm11j1qLI0ItpsE37sQ5jVwqFx1ZDG9z6JRMMNyHmxOLwqBjII0vafjlaNXA2pgl+zu7vmDBZ3i
6/4eNIowk4K9lod7tS89+anfIKZVxvIrlUGcR+MEMDsT7PT+270TT7i9U6FjoWKLxiG8nwAYaG3TYIVuYnlOtUtiAagRjw3HJvfm
cDb0QYbU+F00R1ZaCGn6CfoWDjavRRw5sQ48gkRnkYw6smvVAZDHbfAl4pPINNx5GNeQO7S1dh8sMDQuLU44F4DEEKcGWTDF9vtT
YQ7PeuwzGNBr5ZaToIvPW+eN0rVDjCMq0MhyFEuIHJe94NdnWL9kmkJ11SFhUOA3WVRYGtSRmORBoUASEHqMlZVYaqCcTp66pDCR
KpLFLIgxH50w7vQoxQ0ZWDO4Yj3kLHtSr4HogQ+Kw3eLOmBUf6Gph29A9PioT9J2SkM9wilrifTiVEOnorsdd8YMXMc6ad/qcl5j
TQGN2J4ApHnpmX5s2tapoT3RIl9HOarU4GGnxhxE+1P+SKaDUC4B5utJFM7GdZ3iFjsqJSQ3tew3r2FNtbwomIcrwVOEE/bNGcNe
sP8JJeJlpwCsFIaeuC6tNM3UYvq1n7NKCh/3fOswgm1LD0svpzP36GitQmcJBNh1Q/CsvhHcgc0Xufj6IEYRnGpQU3NshsOcC51k
N5RCZKhkSIdJRN/7jghLN2pXqb47QpbRLPOOPsu6zPpdUeHxOA3WZ9ak0y/jHKMTUEkfsY9WghYAh7HGPl+LtnPN+ZdnNSLZAtEd
5As5xbJC1Nlb3QGwr6L6BKklOfk6KrDrtyZfMMKEEgDOogd2Y4FHcR3iQHWewqatZ1sVje1xnGZPXM89cc2hEWK+CJACi6ttR1oJ
hH1A87cyvGlTks1ZMPfRw4EuUaFM0MJX8dSkyOhmNCjtjZQOC7a/yuOTSA+XMwiq60S4mEFjlcCbx1M2NVsQBqZojKEn2qMWsSZ1
fkZdV4WbOi5AqFvquV+rIw3/WY/XEtWa2Nay2yLJnOs5LraTdoXCAFUFDeWAhB8SbpHhwo8daV5KVmDpPkzib2u7wmzNvYrfO7aM
tZ5PdaGg7eYO/OcH2TFbOeDRN9+05RrKVXINHBTdnkcXzRbrZMEcRwT/2uoqDoQK/qFSgiJY9MK5KYdSdJ2IUCWj1QgK5WpFMRSn
QXwd+oJtLtjYWiwuPLvqsL7x7MzCCd45hcaA6aZiYIWNqjKuayyZrGwcTSY6n+0oLdeW16bQKZwrqXOhb1WlAY/aXR3Te6exvNZ0
Ezo2iGsDzjoOJqxvwNRsUtAx2pJ+SqLY7+x4aLPGeZwluxgE53ddHsFG1WU+I4Q/bTF9DS8SfSUiak6IsI2idisxG2AhfCQNd1am
dI0OrdXFSB19PQHGO7tIToLDbOAMUK/I7IacE9tkHduAZtvXSSpV6R85klx82i0skzYMORVqfPyKFgu0tyeJl0PqbDSFN1yzLbcd
l6ZT4YLjN2jzWcJONaH0xrD6Ulu9ebgThUmK86xd7yQC7mJ23yrlQskE6Pbna2kY/FzDR5LycJYAbyxDsAgdWI+JKk5yLOIkyHni
6RYLb0rBrSJUqmQMCowoMI25xPA2sgklE+6bTB7oJbddHj7KvDCCNikwszAOFZ6mxCOTZcYFBdKwqnkhsbyE3K1iJRH9tRP9CJpO
2ZPVeiSD58uO7MqeY1WNlrR6P4hZYMWgkkVSxuNzoLuuNfsOlWblGJO3sHfvEtxV+Qeu7Ci8xb/LtxQXiQwpIli27++O/rWM4KZk
g8babLTFqKqW0P5maGMXrVITzQLaeI/I/WmvtLXP4nMDhTOMg/UXQukKCO8WsA9jQ1+rH0Hdg6fxqhBrsMjNVgInIrkRNxDxFHKc
crYgv5QFxuWfoC6YBp2pKXr1CpmjZ2X822lZuQ3JurrkwlEtbUUXY3iODKiIHVrMQEXbWogGhkzgbXhbKCq8ZJFhY6O7jnS6jlxQ
ZdUkn9ZQicMeNWaMCxsEY7oDxxjA5POF7qFE5saJgMCP9AO+L7airsin6KXgA2S3++EkgNW/h84oSq3He33eGQd50LmoRrmxJ4B7
xUL33FFKkYog5evxaN1Oiwmj1xg90FhvXATjDTH9Uj22TZoxgWo+HHnC4Aml1uii927dptWcs2UhYtNMXG5zGqosNVSxzlSgfV22
O+d3hiMkopeJW0vF5nXPlYvtRbOkQ11rG2YKucs6IffzV48v3K4j2FYvDuk6YraziEPWO6zsGyLSy0WZxK6re7g4gDlFrEfH8uSW
MgBoBSXQ4C989yj7bN/lsc0HWD+L4jQlC5X8LWrSBsJkrMFiWr4q63vKUbIgJb1I68lLZScp6lS+4HQ0IOeKzsTzisuUSk4p+p2O
4kvBuVs6198SRPURxItWQ4TxeAGCeO4YQ72uDCLftFsIbuUiGIWupaj31cXIVx1bxm3qo6B40Vgn2DUeshJXSB2MtKCiv5Ufl+yb
0C0FmZGn/UzakyjxZIScE/SIiVoWpPqwf4wrg5ecX0wcQLzS8Cx0+LrgfrzP8L86ZT6Gim0g78ZOV74Wn9fl0A4tFElTuYujiKYC
aJVkIgOkODaGBJYt01W0YqkJeqPgNKSj+DtK4VCSyBJxvyj3BSBsZTcRSHhju87+FXTBUXZO75tH04y7QwbtEY9fpHR2RsvDtot7
0IIQCeWV0Dlb/jfsNoDfFOF5TwcnG6ZL1DgcRRlvLKZ4GUdZulxQwgYU+Q1vIPI8WCxhjybLeMT5Q3Gcvb9433FInD/KRkI0/wUw
NLnNvJPkNkyHwJrPvO/6W2QR4sx0OUUcLa+neENsYIJ/WAoFmVJf1PMgXiwxlkpUQApjOHlhJl0ApU0ApHtVrCdj1ypMo7HgakNz
z+dU1EUK154nqij3eBC9BDWI46je/7Q/HcFdMDhZPT+/oP9+f36BIPqkzKlwbrUi5PIXlxH/3PPewNG8De4zGgPr3sNehOj6gX9T
fraeVypI3/NKJec/M8x/ClYBR20OizRgwGIVsMUxrpbRjAP75wCy+N5kJOkBog9evPMrhBVuODylwik9di1DUniLKo6VtoXTIJNB
WDiOL0Bjzp2+L02fzjP1yXqeK0zEhBrbjAqO4hKW8WK2xMzA6MnXpU0/EvFepHrJkyUFFIm5bAtHNPT7FGmHyDIot9+IS5JON1wa
i74ChP1KXQoeF6wSk/6KyYiZW2c0wxQlUi//lUlt0E9P23PAs3eXJ6cHrwf/fXl8OngzOAJQz8bhpD8FgnpMOqVNRMMYMA/TTP0C
G/ePGHMvPAOsAKB63/ZACF3CSnbHmP8kyqjShPe8ysjAIc5y0hzx4KJXw3/U1ZaGeuF929zSNpkX3vMd4zIpb7p/OHx9dglPRSp0
ygtEOWEADCcM3k08LjwmAGI/mQdRvLtE43CO/oywac/q1izH4g9hSs92XKweIgnRJpXXTn58RPXIXmCeO54V3p9iVh28Ox/T9XS7
0FWu4EOOM8FWh7t7+jh+EHsHd1xZVapAM7qX+BPZi4x3w9/YH/tMw3EC2pqJUmp03FCBGsieklQfKw+DOclsSOWKVfS8LKmcbuiO
OCNXEqr2XrN8G6pKZg91OisnFKxp21RNlO7aQR7OtQJr62g4EAGTRqcgykuj85uYM9x/E+ZUTVdcSC1qjuojjwr57HiiJs+peWXP
erVJl3VsZM2BeDKDw+WPmpK1t6hqeAYCH8fLG17JeAP9ypLor3TLAHcQstcHauLzrEDKbeM2YscqwPJAH2Wk6A2GjFISKiDJu8pR
WjCigh/q4mXRw+VH7FyJftY9DDpQ/tZ9jw2xHBz5lRGlj4I0e2qmM1yK5qlJHdB1CIPjFRhcoc8uHESY1gpTAMGyEpW+TWTPNnmt
vj7aMacbCHLdDRsAUQSxwc2HBjpUUASxeamK5AGccUABhu5jWiTd/PpownOW7mxk9jm4gmjoFWmW1Q2MkRfTZCbdzkkTbExcbS5O
UE2cji5K8MIrKESb0q9wEf7qzYN7dLNSnuYi4pdHKTN5LlpEhgLpOq3rXqUmVrlRm87YQONryZG0qs+jLMPPmg3rNZRGKmDWoDNX
renMlS7JtlCbzoOREGWRalyVqcZO7bQCgwgRbKE/V4nKdR1TBbCVp4Gc4FHhaeCdc566Ef64oBNgvZJdTqoKQC3MJcZ+ROSz4V81
AUi0C5rcNW6DOM9a+mtQnECcMzwiLtSks2EIGy2HjmwaOJquuSs0U9qTTmChu51u24CBX4IM2VFYAkUtvg0y5jx5TciYAFdWsK3U
6OuiVWBv9aBlFHS//fS5AyM83IawQT3CCp1y4djSQ8cW7lv3bKm9hgsixke55CYjp1X0Z1VZyWaF4t91p/+C9xE631ARYsAoNJcD
XhlkPkNakFOy+qt75HW3lRD/idyBeh5bQSKWvQEmUjdtJoOYUIF2uKY/Mx9MH3uiGEwoEkkA7YcLK6O7ChjkMcmp11IO98ZxdplJ
KZx+kBheutpH4lRQugkepqAmPs1TkFZiaOKkRGwiUjsAbGC1JF/PYTF9pQ4wU1yMvf0jjL2iSWlX5HUi0uETUvoJrB2vY1RD9PhF
SqIZQECTzei+xC9W33eR8dDHQjONqfkBFgTj80kyuddYLyVnFOwB3cuz8BowDLYzBE5gNEWDgnHZv8NQ3KEM0IGPtFAMkSuG9H18
/z/KTd8sdQhHOp0LkJKI5AYIt1Q84EPlETwJ2eMLJOaU///HLhjAf1TGgTaEqPA+/IUpc8Qp7fQ8CyMhXbKIAtW8p/u++yfkJKoW
8NLNU/1EWrqIpr0oeAS8Uw2laKdbz7qcX7z06JxXmRd4ZWNfqDXtTrnmgKLpsE90fw3prCOH0DWfBBFV292xpS/ZVaRUZmIDrtDU
c0jhifSZAv1Z1clUVwhmkk72m1kw7Ejju9piqhsWeIN1SNVKGQLKA5lvAn0Kn1uxMO6R5a2pNiHBRGK+vMVoGrgjXcf7QL63zqRm
xcUdLYcudOdq1OobOd5DhiMuQKcKBEippSc4q+NUftWMf8QLoKweJ4VaQknoCuUk27EGurk5/i/HPDkdG/ZVx7UgomVy7XCyVJgE
prPA65Cm2nZd5EYkeGDhS7E437roeYvzZxfSiVzodtAeeJyO0ZNscB3TZZuF3XWjxkq3zYIKuFdZW30WiK4PCwqzB2/hDOoMvroZ
RNZtoIipHpfJsSqyaSuQk2WdiVJEScYfeVF9IKloQetlOg7Tbe9TEQvY8wyenwNKP/c51C8SSQZoltyeVICwR9CauMGre4OjxaqI
/C1JuT4xroHotkuJ64VGTiTh1gL4ikzXmjlpAUSMrIvZcjR9MM+pRyDX8Z0A0S/mOhdc3PUhTKeheVCX7omwma2h26pLgIN4YAaz
FFDQ198yOpvFsReSNnTH5yKo5KKJH9K+4MKZO80MmeE3AB+C9Nlx+CyKiWF+McVmtibCAHKiHMI7qwgNKJ2XUsz1tl32xMNKTrbn
WC+1c0EKB4B15zGYVnKbORfpJy/WZckfvlKTOsmTGideCz517TWiCyzyw+gM2y1Wu1MvDmkYRnBvx8kbilNTDuo2oRpxh2hJKh4V
zHPbPQFC+ioBuskEHYuzZGSzQM0/Wzm2lSEdU3dSJhncDk6aJwIq4K7vO2/iMnEpinnSMhtkTvyn0gMikV1WxH+w1a78xF9Q4WPk
XJAxQbcLRLJu24QEJaArxrgtgA06S0l6XnhlNtm+jHKJtmukphUOfE1GBVej4I/T6XnXrfagXdaFXfiPb5QerOwlJSDYh8MdxYEs
GhQRNfGutTrw2x2qlLy9/XSTaiVv9un/nm52mvo+Akb0bcJFuK7djcnVxNvgajRD5AqYzozZLdTDypVwGHapfA29Z60WlqPM8jDO
6VmfrXPMHNSNpTRd18CEoW9LT4Y6RalUUpIdcqEGMBV2O9C+bgBtohvEqJGKUJjvVkEcZVN5dqm2Mjvk9Z1dlqk1wPUW80mQU0jH
ytHRZdB9eKYDy3nTBcI1aJqombgS6apIxXlLQJf6AKJh4WhzG/9vAv9sE6EbhVOqlKpcjliPjYfRNRZqZbFGalVv6c3D9DpETwxU
WQfzaAY3dBfGiWSaXfKfpB2aB5zJcC5wqd9MTeQCX3hVGXnnq9/iAFOoAA9kWj345PEcFOnlMniiuTI8YDCOcLfnr07DLMxtn1IM
k4McVbATi7oDGPYAxLHZ23q42h4rhQ7g0TLW1INeJW4RtrbhIhxh9jehirjQNbJlLcXOA0D4G0BNKRVay/FIAym+hXixBu3HTk1W
HLJlmW5j696cnDFvw+bYJgVMwGOQWbfJ8QOjS3uc7TyAH+SoViStFEXvs/bktz2zbHOnizKa3NW9JGud9nTa2M0HG5LrgftYooHU
plVdge7D/KFrRvT5wdtEVhv/fPnC9CHsswfw77fkZXxDbqMyOFvpDjlvUr7+Mtec+uPxgWUM4ogjDbjnsJ6LnfZMiuuIPj7DYtXC
4XycMU3KWi1j3NnOwL6ZOpfS93aVB7K0CKP/FrVPJhPqYJZkoXR/Fh2btVZVCn2SOnzh74WW1q3v/6v/7Lvn/bv+vZcD3xGLSG/q
H3nQJO6KXE3Yv3R40mzsztAqCtMwBbBWWqxeSf/SK4nLPSGX93TFjktvBk1/pHUURi3dbrJTbcw5DA3iZm9MTh+Z7lojfya3TVqs
Lzk2fFwEUF8jK8mHhb1fXO1pDdiMgPECaBiIVPvC/57EqoOY/7ZYTRxHa3Ay0EypfKikpcp9qj5bwUiRpQ1QU2KwjhCUMO+AXUk0
L6DuOhYCudsh+X0XjvziGtMd69sIyI/D4BXZ+nSOLqQF1pnYrTtmSwKotkw3tK7D3H3+qkm90Vp1LNW6ttrzwqsL//t9i2rz7bBk
QqoOnKbhn1UGb4Or1R8z/yuef0sEl0VseE1ro1LT+fjaPB/IGpW0SmLk7h91dMT4dR/o8Vv0TXXF4mXrEyd0JL/JcTO5iQ34h6Jb
ZL0eLRxORL9hk4oZMKSEo4BXv6Ji49fC1IeGg1/nwehX1mVIZbSXLilyJyhHr0gntyISRR9KD5Mx21uCVPreLwka64BdN7wHic/B
nEAlvUpNZLd2egrdOhvcZhT9Vijt20SQxtHIGsRd47KFw6zlqHXX2lHrTo8fgRUIyYNvdiwcZNq85ZG/K3toFW5OjXbwhtOLs1KB
LHeVQBbBFd+5PpUHbrDw77q62xGHHekuDdAbb8Zdq3AUaNumdptI3MROyPqmRIum9P5i6tFCc7t5YQTgmQeW1ITstplVXD/J/bKN
Y2dRdlIJvXDgsW/Ds1SJGuNkR1M3hnNpZ8/QLgqMPbL/FNcr2uAoT9zni+A1WKy+378HIhaN1oNZ4bhNUKOrseeONewiTtd9Q87e
dT4P0lpDkUbR4lcmQmjfMn1hhRlLEp9xiJVIr9hr+VdgVH9FtWcoTdkYfAeH30hZG2OM0hvmkE9Z8S4UzbqFQZI1FZ1ILWF00hCT
awJsz200EtYBELXMUMtCA48R++qbrnRsYF2zc/sMbk2Zksw9NCUvWHyroBgsLvIA1u+aPQR4L8KxqHaeFSfrjbK3dcn/u9umqNvX
ihfBaUkLF/5Nl/V1u4g2bF+HXPr5FfhVOL70alCNMKqwRBBh0E0P7bZP0/n/gRuYNW1gMc31tnCAxl4JEj8zdzD7wh2sg6u2GOP5
CrOvZ78pcPWIGAJUcYXSUkqrJGIMuPPC+1onyfhli03j9bTai6xklwWyjCEGj7ghcKRKxritnre9/Yyo4Pb2t6znvQ1nsw3WfWLd
jI1ZghwmUL1ktrKa7Phs4ZVpxkLEFDM5Ujvt+eM0mOQbUZhPNiKA5cY4zjbGUTZKMGCVq9Ai2RY+weK+UFdww31porLYg4a7MutT
ocvsF6ASfqcEnE4r5s0FaSmLPJ2xdCOXMydZDqM7CsAoTqJnWjExShxdftvRKuGx3Y5ZeAyy9PuI5EjgJr+lzkmdL6eqAt27nqLe
X/fAtcivmKj+HeYLUXUqfXt6shanWDh74+S6rZnsgo8r31Zyy0ipyXrehFq6EKTlxlB/rS6bhl0RsymIsc0wbYVUKYNlww2kLeel
WkottGqPkNFd+RzpL9eIR5LXuhhepTdaS+ANWwu8oS7+qcMQPu7tr09tYEqBQvHQRlNAaYPIeMDfYDKuRUOxGDFR+FRkh2pXsMa9
FLFhJFJrcxsrtLkJ7xvunbFu29B89fBL70csa4rlaMrJL2ugS7oXxp5CD9MwiVl9xqyWnJzkRQVUiOF5zEunWA40pt7Veajyddys
kmDOxtdZz58JNTctS6xHJtHqlDzu6VG11NNWcBa9M7SkNutHr4PGKHpoLajiHp6sd0i/2wyO8DFHRk6WHpAqMmlK/Vd0gA4V7PDb
tCdwnQGLloVjZ55jmP63z/pn6f0JtvOlJzENxIkquAM8f+gI82OXf1tT0NrqO4tx4CyjdqVPRQO+fcYr0fO5I28wi8bAPOZGancT
IrL1MXQ2mSW3NU3b449kX1ptI+55JPT1YhFWulpGsIhLaK2JYsS+kJJzbQQXWIWk1Cf0osfrEzJmuCziaCtyNkoW9zZyJrowYYeN
+zigr0sYYVorX2gLx+/XoBsUyLfGwiQLaqRLAKaev7KmN2jYWXXDWaV9Mc3aLS8LH6v1xGtTab8Sa2mtnn88ntSIW2Q7UZAZZZjL
XEmv0CWLs0HqaTbtoJQtam07pcQayx+nnzLYmAdUZV7MOEPcGJfible9r/nDrysXNj0vA1qOsl7RwfpygJTLnjo+pxqAGtUyywE6
/JAipyMSmQ4pXaS0HcoaVabFsP1eUdCjHqRluOn0jEhz3QSn/pZxg9Jszfk+WqraaiPQ1t2UIqYMK/fhX5X3HEGGPWMIYvmtCo7i
5Vbec1TWC1x+5V1DVTRoUSTmpr8q7ylIjR1+rOR53IYu1gCUDfGx2MsH7MiDynMKA78Z7OUAsVgofvKFaxVGfa00bK9pZT2v5hSI
HyJA9QGgWx9u51y8FkGFf1TeUgZqwiYDXOJt7UEIag9CcC4LxnJVOvzTvk87a6QvlgreDLPoCa3lVRqNr9EImoXBPOtTOuK+d4CE
dR5iplvOPgeQCqLraS6ijeM8wUFkh/6EshLL3DdR6u3uveOiQXzH4QrH3nyZIwHDB1guyRuKipipt3d86O2eDLjmJbQS0+6PKck9
Ztuk0CKZbDlIOTknWmTRRgT0/u3qKMxf0WL6o0wFKIeoyg7vwhHa/Di38mESJ15wjUwLJtS+CTkP8zgZZU8ZGhukmQZeIevPx0Id
nk8BDuQKHcwTQffJpYNSDkKPOJQc6WGJcgU038pC858qFURxizjTNKDEjMbfUfHfPPf+ItvCgk3wcIOqY+foocicCGZ4R5uuKzgb
Rx7SGPRv//UyHqkzUsfGyCPGh1wc1EX2M8Ziuc9qMZwkaepJ+SRm/T0uLV09hln/7UgyD0cBBnHB791FVO2CChWJlgLW9Mgy2Iyr
KWHL4X2Wh3N6Um0oii1BU3S3Hh8iglPxnD1Ktl9uTkXCRL/AmeJPdQaqnR/CIYzi8IhjsA/iVZQmMVr29Tflj46zV8ialD44Hoq9
6Mv/Uqvyxydyy+BztX1WuuPMlWBgIeejwngKJkActqFyY4q88HDCYidO8pHe5Q9Pl/FjIaV6goMXjBSNhqJ0gwSFO8hT8xlheZQC
57uwScCAc+9at1V6rdMDJgQ6GoPcPeC/SjRBgYkmfhAv51hkIPS1AhpqWQDm9F7jwqHDfvEFN+U2O8ZdbwzxT2xgdo+VfKkIW804
/Bm3j9qMw0fHMRD9IW6HQTGwTANbGlt0VQyufyk/sU2F/PAPk3E0aVixQGEcFwcUnxQDyvfOQUTFQNsgslPRRHZaB7u3cUYVxKWM
EObTpJjsIsBU9dWZaxCTHcgv+RN9FS6k1egk4iwfDvppR1xVlE/UxftEob1qMvK1KJvHNcisEOQKechUz6MZXNZcyQ/XdTZF8VmU
0DNelhYCdOvNLLkKZh9MtqnPB7cnyumILOIg0iN7c50GMZmzh/8zPDs4JFv77ngexREyS3mC+V1QeybC1rblSAHzQSIFgOz56p4o
pOiLioqI1MGY+v4WZi6qKGIqrkAfBuhssghFlr8SHdHvJKIkorhbeUsEU6/SvdNHPM8de7nGKXG0lXfmkM4yI9RiCLxSGuX36Jcq
LkXjeeVGDEeojd8djcIsO4U701eflJ7JHgYyd3Xqq3IBw2iM5TL679D7gZF2SKQBFRU97u4UWV1gGODRHu9ez+MhxE/qYXc2S267
v+kk8ZYGHDPR6jGnS3spcNB8w0iqbYsvSxOKo2I/Kx1WuYsukcyOHMpE45ovilkKmq1rw4mzM/HKRgNpLbKkJdIDzKgNkzl0qj4E
X71Iw1WULDOPfUy8cSSOOq4kpTKIcM6ZhSH6huq5ZYqxkrd9i8FAlNkkCPaxrulxHPrFZHbshXV3rwIq1cXLNMwCokObklLAaGoI
mA5KqSo61hh4ZBlInrz4gve/MnExLUuhSf56P8oWCVWQbMH06Bx5cYHQz6o0xEjCvrgT3jTfTYaRpKFnBBDSKA8wpjiZTHpUAi0t
te1W3J2AEmPq+4RdSlfQxSQKObkWd0ADwn0gEiJyjn4g1H3HHf2aHZm0k9dUKi3CpMRYVQlLm18BR+nrvP2bMOcuqe6S/oaC3IMZ
v8VvQXLdxXrVI3KmhCs2QLdx8xyX0zdXyZSX3Ush5sGEtnEMuOLWGKOBTlb101/vA5EYQat7WbkWoNzOtVLsWb2pk3VRYgjLRVd5
Z0vziXfJMMyLe+MkTXKO4fC5CiAdPfeXx4igPoDS0aR6UeF5473SXmSY/7l4Y7tuBsXhej0LrpXLI3pM0Rvv39U2XD1MPMaaNski
uCbU5PdHCQpPLW+yNdcEQPm/saYCUZnoqd+IseX7tWq2qiJhMEJFStHtG4lhYjp0Euqy3eFM10tyZ9sBL0W1HUymmAA+zgRmi38D
aJKJXyUB3VZnNe1XAI1GbRf0MacKL468PtI+j5ffn4YiuxdbjRpcQAxoXQUIKUGg0+RqRoVyeNV8PGvWyMP1CEq7aahBSVAC5LDE
lC1EDsbW8sw0FbKfpiCFFXqNA6zI6nfeHrw7OTi93Nvde3tw+f5ouPv6AJ1AtYuX0uXBFYWZ8uZLStg4Szjzb+kepiKF8CjnVJju
C9sv3dVwS10BK2bP9I+rLAzXOI0dj0t/6uwBVaGnIA+6uuHCxjqSFUx3JAdNa/P4Azt4m+KSVfJ3HvSJziKgzLhtLNwfbmxtfLex
9fcuzs4EgVHVitt9+2zju+fPu5T7HX24EYwpZuUkQRSdjQk9mE/RASg2BQFZm5ZTomwJWWXBTlwJXanEuWgDHCMzNbDRCGjezseC
T0kbB385DbQtd3TAdNBNxPJ26+9U8hSxhEpV8I7AliE2yfZdm6vS1+YajV50+JKxvloYuRI2EFFCTyto3CQsKy8Gl5nZ1m/Mj3FB
oUbOdZIzy0qtGA/91EkThAGCb9J0SxpPhBRfclb86t//9io8F71xqsbK911pJPfFWO0Wa9DhHYS14DysVvoLpqf7N2vWttmeglSC
qz1doZDHwgUqYuAYUzXTkTKacRrqouLU866L2cexyDNLn7zjRCwpTQhflnmK5eUm4lAUj3xWyOGDQxi5f7wIY/7Jl0MfB+wVi+2r
xQKzUjzlhZfuUDE+D3TKAEklE6499CdcX/f92eu/H8QAAPSqYE608VYW6JHSvM6Sg3jsOymwAy1oNUfhrW/TauaoYwfkIPyjlnC1
0wZwM3zvnv2OW3Km/VdHGaT/UWE1GBfpGNXY6gvRVGsjhRK33nm1zkjcvDpMW52zPE/UmXilTpCpJH1H6j8Q1EVmfzTbisrFFE6Q
LUiVIUvTpuFkxuIK5sMhU2y2vIIJ5miNDcj4aqgti0xUA5BWX6F7QloS/oUvjGkkWKTJ9UDngDRPbukFXPImoMTYmXSPvhAOGUUP
rFp2f284M1YGHsSr5CZsOzZ6D4g+bJqRUwVGBRRUkLggJL6tA1RBpyntJXIcgogO4owuNZ/YYoAf/vd1msxP8Mt9nztg9tx+Xh4K
es2pW47rd/sMyEPyRPD581eMfyxOQUsUscI0v5fZv5Ke3EynxaDltqIL+BpzGVrnojnhYxgVe7Z+rgPdA5DnYcCT79nUo2bM6Fg5
/GdVt41n/U3pugH3hnjcx4DVaIRx3jM2F1DdYvRAiLMIeMr+rXAbgf9eLhdj0uQtM1Kq9eVoewlhYp5te2e7w39c7u6dDY6PLg/+
+2AP69/Ss7PTwZs3IJy8Oj4+8/4uHu6dHuyeHVwen16+P9mHv7zvxYt3x2+gg+Hz996znlqT9uLg9OfB3gEMtHf8/ujM+058dvr+
6N3BzwfvLt8O3rw9GJ5hyV16cXD0/hAe7u8fHHmbZNMGyMvzk1nMMWWLPx7in5Ir9bvJKFOceHST2XE3FPgCIE13KkhW9Tvwtsm7
hXQlFlrjw0YK5ayUhxHH9pYpiMQ5oBnq5hEDPzePZS6hp8/UxRXh1PrQGJ0/9FWrd/gxvOTV1nisifMksNOpBBfNstWIR5RG5E4Z
vzsV1++5OFE+fAyiqcii17F7ekObNtM9TZJcN4Zoo6iVoE1GKoFRJv7woVPHylxjfmTlmGc418HRX1LKDCHlBRmrbeTP/BVMpxXk
1OR2bG3G4URA14AYcHWIL7CGTft3qtwrf4yXDHQFXw7FC9umILmXH/Y4gRvKYBQgPJgcx6+CHOARUW4hm0LV0scwTxaDyZsEfj7o
+wPyE4NThibud9E8yql89tmztx37wgEr4lG0oCLl5spP5BvX0tWn0Ph0Gb8DEWcGo221aP4eztRgjFmYBB5gKEghiW7zwW3u511y
DUuFS8ns6jvo4ZlFxhdoRslzFIaYqz5Lo+tryoqAB41OKPT994p0K8AXjHIT38zedjkvktnZpmNh0BeCHThkaOS0yvAilUwKXwga
eoJhxMNpOJt9+LDa6m9++LDAJxk+6Yd31Vpj5ri78oRybiz+244zQvNlOWdVauGiZNwHYo4gG3g+98NJFEcIMpWNi+D4fQlRSM3V
EXFWksGo2X8XxVrGOrGy4IX4k2klr0/QEfqAEb9T4cUouMnOiuHng3iSmF5PdVkz1RcR/oulZvnMQQVRubBjsR+T94exba6VOUzJ
Z4AZyIusErb02WLMcJoVrRc8E7oZaW6uvsdsBOiQWI6Hk0cKZ08kEo9RNV0o9PAuyPJTiplo7gbb4oq5faU/zAwFe4vJl7DVHqaH
psO87bHmm3TO3tbGVYAhfxhI6/nIlm4QW0rc60h9lMGuhVRrLBTecUna7du2LuUxzV0SU9bZQAsdETUkrIsW3RLzALPHCHqRIp63
Jr4GOnMSjWvgVu0KF00EHy8e7mGw36kGsuqI0XQmTRWC5VgqjOWWGtISRApv9f8Hciico7/qAQA=
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
