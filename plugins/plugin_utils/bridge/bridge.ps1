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
H4sIAAAAAAACA+y9a3fbNrYw/L2/gtXMGpNTWXGctDMjJ+lybKdxJ76M5bTPed0sL1qiLdYSqSEp2T6Z/PdnXwAQIAGSctJOn7Xe
njmtRYLABrCxb9iXZR4nN97oIS+i+c5XS+3X4GyZFPE8GhwmRZSli1GUreJxlFda7aWzWTQu4jRpeDP4IUqiLB5XWvwwS6/CWfy/
ITaqvDs8qYITXYvuKi9G0XiZxcXDYC97WBTpTRYupg+VNufRfVF59HN0NRiNs3hRQA9Z7IJD9b47hsnne2lSZOnM1eg0i5NxvAir
Dc6nWRRO4MHOV189eeJNHxawmoMkKu7S7NZ7u3fsTaMZPBt4e3/yvvXSZPYw9H6Ok0l6l3un6V2UjaDBzPt28NQbp/NFPItyLy68
u7iYeuN87BXTLF3eTL3dyWTzHHof4DB7YZIm8TiceXm6zMbRjneVxZObaLDIn3rR/Cqa5PBh5OXhPPIKWCIvTrzQQ8Bn0ea/l2kR
TQCwLNrMiwxn44fQLC+88TQa39K3D154k0VRQOON4pskLJYZwHYNm5/eEazLIhITHUxgCmHuzeNxlubpdfFkOs7zaTz3puPkyf/m
DznAOru843kPblIPf+NEh9j92cGbH94f7nvxpO+d7v08Oj/z8qgoALD8yb+XUfbQ99Jlgat5+VdvGiaTWcRPTqktgLWcFU+iLEuz
s2icZhPP30vPw/z2KJrDBL5KYBnyRTiOvLe4Pz8dM9RfffzKg38AgN2EtirNvLfHI4INliAsvOsQ9mMyhCdZFke8pm/PDkbv3517
AAb9pmEBBhqX1hr7yCJYriSaDGiIxfJqFo+98SzMc+/tODm4H0cLxElv6Km/qSWDRN9k8SosIg/xC9HGE1uVwgwEPrc1ZaAAM1VD
hkOHwK922wdcKbwpL2rf7CpQPeE/Q+8qzCNffel94/XEkjH+yqXauu/BO9Hl4DwdUZ9+7//8vRd43xh9in98bjI4zI+Xs9lJdjBf
FA++AML73uv1YPQe/A/6FU9L2D4aPRbTOB+UML60LaBqJ7bxpVo6vcXbM5oAvBVTKV9/qq2xWLcTNfBH7yYq4N+MGRoU3if35wca
Tlc6EBA2fS0ARhpZ/brHeyJaVPaEO9XmFSOnSJDcFACzRORj+HsVHUXFNJ3kDuwdA5MoFDxjXP9enXb0NBy92J/NDueLNCt8aN/3
9qZhNopw1cVfg/dA+tIJkICD+3BcjBZAP7H3l16RLaPgQ30xCGZYBJgDITfif7Kc4wZEghbk8hxo9Ab442mReQLO3HioEZtg53eG
fQ/OuQIcDsW198MynhD1FJOQ1NM2jz/MNOBoJNZJ/IFhPkon8fWDhLoKZNPq/zeh/hfitAD6NEPKUwA3c4FfPwEL9c0fZkr70Sxy
nIG1IfycozhL88iODsF/j6YdJJNFCg8biFokm/zBqJoEvYacncmcnNkfis6paTkx9Y8GNVO66naUYP6haZ0Eu07sahP4f4jatSPR
70LuXDjxXyR4x1LBaxLjVJs/miAnAVtDlMv/WFKcfQZ/TICFCKdA1iD8Y8tvEmKLBJf/Pym8tWLN7yS+1VFBJ2VPnpBBZ/UUCF2R
PXhE63a8ZR5NyJznXaeZ98PBuffkhqye+ZNVlOWg2A9sEPdWc6H+kt7726zw8WgvnM0kKZyTgq4wZBEWU82sAwiTm1JHBqsBWnsk
llyYAGAZzqdx0qfxYP9A/7/LwgWgVj70IpjyA9vNANkQHQHynExkY1zifMebpGMg1iBwYgfSQpUb5jHDuAC7UzEpoHmVrYobuTeJ
rkO0xRC+e/7bNC/2eF3psLD9aTSeRvPwJ94Ob3uw1ffezMKb3DtOE7RsVlbSsFXs8wDc20uv9/GXntHdL70hPDoKf00z+HO7D3/H
Cf299Ql+0Dj0Q7dtmFYR3CugRsdp8SZdJmh1WiZkgI0mvo8Mdev+71tbf4P/HQQ7DX0AQRh36ORNBat/HJ0ce2GWwW6k12TKPNzP
8U/ezfTq12hc4O/bGPpVgrhk92gtVTx14MBKacaSjFriJHZp0iyX+U4g5SzO8Yzwr8H/F2Xpjq1ZFo2bWrFl03ym7J+4y7pQgfax
87iYRT5CG6B1M+9VbIbZg/H7Y82WGV979Ln3EnoXa9gLvI8ABoxnWNAGVrOURtBxDfgvmCYa6WqjRbM8MoeUu9VlzFJtXH/Q9gmV
Ilrn3s1f47AYTz0fL0HepeGktKFHODe8J7nzjuIcLzn8dAGIWutPbHU8yQHU8/A2EkZPhCIwd3YPjxB1M836DJzxXphRrWZq6J9s
1Bcf0EoNv6x2YiKokcaeFYnEMwcESpxAmAjyAWA0Ya6Egb+WQoC6avDiouUY0qfmEayKm13OIt/AwBKi7OdzP/EkqB2N0tpMA7+l
z0R7eYvD41U36jpOgJdgB8ShjW+MxuZ6sjzNtB/pGTKkKANucbi/IwnYIUw3Z+6NjFvZQYiXD7wzAphveixb07LADIBjhekPBUVN
2uy66L8DCeRpVOjfb0z56kZtwkpDFNev/rqTQMWk2kc3JNLHj197+NF2x1WxccvzpNaqXyJLZfHNM9Y0I6WrG3a0x83MdjDrwFo/
/W3JOl7gyvNB17YgYcOZJTIQJuYFrT+6PPknCaaheDRUbfpSvuRr8DdpRtdveVAdDQgIibUTr0hTD5BlFUd3m9tekhZRrsmV3Q5K
G6vR2I2bjuriauX7L0JadxcL5EDenLRnqTeULMv/eBaxLwJuZB/oKDXgHyOBa58CWDCNtbmo6SoFSsl6ejO3EmB8IX7Vsk/d6KuL
xtroLE+xkc7aQHNTlDVprnmbJVHJ0AmbiMGjpM2KXflxg7ZMSJHxtXqvP/l80tTlfH/++bScHjaxWE9Py2n5AvIDD/77yg/1C0Fp
TPqiypLFEt9pnBawa4LH76USNSHnJ5sRjIw8vmHFgk4zTWyW9iOQrVfRDERo7+NoST52ffZn6XsnywI+/tQiTb9N8jXtWK2oLSBb
E7/dcpawtEnQGCbJHAGlElALpbtShQhJI9tnbGlPjN9rUHbJI83Qdiv2Pf28wRRfeFvlQEl0ZzqLyRHJ8YpnTV5f+JMnj2iEY9bg
ESJMQQ6bNiIm7FoCB8SWEct+BBX7PdUlhPH3JXZV1xlJMR6nIHUge7U77LVHbJyKlfy1df2lSSGfcgtBtI+kn4ugTcS3sPK6mIcw
NokG4gRxB13OkG72EVqDcZSMs7KWCQhNI/lvc7rWPAoO3ybDvsQ4RDC70elR58LlbfDI4ZsnabkAXH8cJ1ug76xW0J6EwGIRL2Hp
tZhKuxJ+El/5wLiR1YWexMQE6TfwLlDGyOqCOPGtblLRnb0sEnkHLLL3WdGGXLjhAKii7TiVBCtt4O3UFrppZa3LJB2KxcL0GtfX
WAz5pZx+86emGU+Nqp7WyLmSYHazGzJSaGLMMrlN0jvh9c8XXTgQO5RXOLgpBr/Joij3Qk8FGChpFbpSpnifBD+aVZR5m69IENRv
HO2bUZ5GSWebtmPhxHEazs7fRIOjMMun4WwA30rf7/dJ7C8aTPHyE1wBNfvKF23HmuiJkp9kqEFfYxdGlMHHOjVidwDFoA25luMA
XDu3K02Bd9MowTtOI5wD4xZy7+SsHtMR52jY8yK82+njJYy6hTavppMn8P/0JUe4GDZEbxKN4wlgjj8FNenpFqwaDaTElNsoWhgB
Jo3GMX0pLMvpCNr46BD4vf/8x/u6KeKiQSPQJCVy03BaEPdnM3lJXQpnaIg9QLeKUzwq9ff+VVpMvZpQF3jXWTqHU3j65DBZpbeR
82QZwTZS/tNWzCYvOtZLHi3bCkSIJdYZfm9c8Q+Ny/p+TQa0xEY8MXRtvHUnxCl9UXDoOc9sSFRotQ1AYgiYjDPDCD9A9+2tp/+A
FV3Gs4n39G9/++5ZgL3NQiRR6s4M4+DCGPA4964jivnqGSeK//3JFu3GMWjeLL2Jx1823u0APRKKKQkuAOM0RT8NOE7qVM2AMeYU
0WaEwvGhIi8dslvkcUFRXCHIRsuELNHjOfBMON3heEpD4Z0sfXAXPuRorpbAh1nEMXVROM8xng59Tkb4Y6guGzdxAABqFt0gDvrc
eR4AgQOU2V3EOIJf32Ns8JrAfoMLon4Bgx/f4scw1Dv4k87L4Y/pFbqiTJYzjCs8j/Iip+lgBBN7z+AwgF+wr0dpknrhDexojuFs
txF5eJCjDvl8zD0fA//yJ7im6Hb0BBvdxUm3uDmUNot0nM4kacVtjAEe7MrzT88O9k6O9w/PD0+OL9/sHr472O97r3f3L88O/vX+
YHTe9waDAUyeaEviXT3QSjIC1QPneE2Inj4ibg4hag+Zm0SA/bN6yJw2tq91qEgtLFQe3pS/uZ9AxsiJ140xarRkLytwqrfcIbyX
ELaGnu1hf5WwL+q8KWRsn4epfCbGrIaFiU9JyLlGNJFYbs5wDSegnepHnV0Wal9+1l182dvad1GVT5sM8TWYH2Hx3GneEI2q1N3p
kNbtTuZxEkOnYQFiyqbwaJwh7fDHtIQTEphA8LmlC88+ne/dvXceEOX4Oo6Q6ZO4y82ucrwPREKFUpPoYlCd6RsaAtg7kA5uo60G
PT24B6iUPzfOvbq0vMP7MYgeAPuDo6l4egYHHQMhmzr8OYvxCuHOty04GzUNVQBWFTAjGkjfhbshkFjU1WglkJRdQxMQ8nAmQHSR
2DwAwYUXv6ZXG0Ss4znKTuICeVtTEWgRVM9dQKI5nEWLGSqDEqPpTlYjSzkgOMWd1nF89YivTPTWFrUFI4mzVTByH6Z6Hs8j730B
ItIdEyFdoKQRRzNg6ujZCELPbBbnIHcmk7xtVMlBLYcgW4oNA8EENLcQcRjQN0U9DqEEorlEByGU/KEFYDtvcnhdCB0Csymky6Ky
d7vjfy8BNwlU0eIor2/XLEIGYYWf2R5qWofJdVrlc9xGOys71Xc48gjdda1v3oV5cVaJY9ZeHyQ3IAaexpOWldWlkQqIYoY3AFyk
2CYKFQqzQqGag8hDEwlzzqsgfxav07SO4stE70x7LZfKZBuVRrDnhxKoaIKfDEZFuvC3giG6g7ESVsDjDRKrEnIZBPEpTMaov1kP
K2Mm9mIf03JWtBa2XVfSpX3b3yyT8Qvuqe/tx5Q+I8we1CM2arxSf3jIV2r7LPg16jP1dxrrIFKXu5rQWfbo3ztWONXpe+UBKXtn
a2egEe1jfTixcEcgqgNmouXHirgn+WtUcVyfn+bCg9vZQGkpp0DO3DvEk99N8rsa4psdnhuWT/2I3cdF1cn+NMyKOJwNS0WHd1Co
LaiFIF/F21j5wgeNqUCt4TrN7sJsQghwDaTnDuX8bEkaBXUVFgUsHsrbkRxvNWc/faHs5V6ehIt8CqeOxkI9ZwVyP+7gCY83GJtu
+wuG2FgV+3oYDvbnIcY09C5MJfJDb6fxK2JvD4fo597bEv9sWv4l/3F1R6QRpL1Z9C6ex8UI+vtuy6ARu4q8Z9EijCnMARYPMXgT
FuQM19x7In8enoLCmmFUxJyUrON3uyDhAWVDbynsRCrJpItpVOSpKw4BIQTybML4bKtpPgXsxM8ht3xamQ0aRLKCkQiPl1eeNphf
mgEegUC5RNvlaO/twf7l6PJ8d/TPS9DT3h/sB2hkuIOuhdssqZqzFDPHWOlhDbZ/Ud8SuMpS4+M3abaXJoC1c6C9tyLXCiEtURcc
FOVOwDF8kt4OEZnRJkcKrfgUSQt2dpTzXrld82oA1ntAMOGfnU7f7EpgzD2CySEHwyUGtB3CaRPHDa2AeL60NQVhGHX2CejDBHyZ
swTWGrA/Qp/F6+iOhAmdEX3bNC8cXmZ4ksv/rHFWfMS0CT1vbXwWFdkDLdnTb2nJXOa4irp98cE7oXtEUx3uLeBdr+/1JC2iv+/i
Yjy9ZGVBewAnRPuVRchXtQcF8NBamznIuj3T+tabjpNLcUi1QfSn7PtYfTphZyfxVF5wqC7qg6gmZn/qsdmhssFUgVLPZTeW6ag2
ZZ+r+WU4CRdA2+SqGIPjibtkNmF/h6YAfGeOBotxSVwIOp/gh+UDudpeL15clhxKji751CXyKW2O5nNqbA5pNihHmUXAfzKAI10U
2u+MBW18ArrXJVFD7UexzOWvMZ/qnvfJgscKgZV85t01WJV+DFch5yKTqciA3v6a25I3CQbH7FBYquutSCzmNv/EGyyXpcov4SOD
pcvydAeHjxqYJicEEd6grds2BT+oNx8chfc/wn/fRclNMeVb/2fb+PSncLaMLB+cYXI1lMSIvRHP2n7uur3ZhH/4qmBIdlvpZDUD
UdDzhVU8FzxtIuX3eZjdRhk1CvAa7jqDIzEpHcGQFIN6XrC9EsewLydLeSB6xkr1wD6VHsM2ZxT0XAtt9BPyf3iB9Te+xSmLZvi1
8CX7y19o4AHx+vznuJj6vT9NV3DcNgF3h4DDfI+DwZBhFuMyn+B5C2dBm5MKqFUghPvc/fKKZ+Y/fRpYfFV4ApR9DyWxntNjnRs2
ebWoKeIlr5gKs8teG8TI25gB+b8tjG4Fi1AJXTaiuzOBVP7a3l/iBhpQ2uNtroNK5x52FIMOXrIBwuooTjZb7IZO2D7Ij+LMsvBO
Kx3slD1hTPGO2/W54kYFEvMbDDMgH0Igl5opH6knC8vauRRXpyuAYELxpnzBHg2OhD3cNjRdbRN8QUe399cILMD0777HgGnH0R45
MwpXkVBegZtFfuMHHdzOrNeHdoCra3h4fH5wdrz7DhdQ3KDhXTToYujDQ7dcYfJQSoO1JayN4PtufA1w1Ise3db0PgQXPTbt9z4A
LkRlGrhGF3XN+mjzk5WuRSlyA5qly4Wus/+c6BKDsOWF0y+94dP+L730Fv6g4wA/OCsfhl1ffICfNEmO045BsL6HP/Fw4VeL8m+k
/PDrF7URv/TgqbiwoReI1mJnxulyxoZtcbDQ2wev38TZ/6X36VOvae0qROlPiuDx95tX0U2c/OlPuMU06W8sbUAggxY7tn7RogD9
4n/w+kes/lcdiJ7JbQ8UTwS0wyif/AmvwKZc/8F8MvS2vPS27z3FCKpSW+EMkH1v27sKJ6XX8zMMPcO4S5djg7SIEOAtFLfJpwFJ
2uDg30tACp+xPb0FVNe8Y7aq+HhYDocXmZT/UTsmaPrVmli9gcXtHX1t+n3DkfLh8QVhGgBS5/D87UuTnqJThnpxenZyfrJ38u7y
6HB0tHu+91Z3gtq2+U2pT/dOjkfnZ7uHx6DTv9s9/uH97g8Htc73Dkajy2fbrw8r474/Hr0/PT05O4ePT09+PjgbvT14985s8+PB
7uXB8f7pCRwgHaxnDg/wpzvtMSwN229wWgcaNGGPkLrcTarED3ZOIj2Ryae11wLHL+MJNahz8Ixx0M654WU0Az03mlzOc2q0ZRmB
KBt3D9C/i/PihRteibdWWET60M6+mIphtZzJvtdwMf6InYrW3qnoggm9Y+bwOl243/HxtN7Aw1uR8tX9uZgoNRB/19pozNa2MTrJ
AVLiIs4jyXrYlBTl43ABf4skLNMwC8dougyvQCP2tu7/dgCbkcJ+TNAnGLOv5N7uaO/w0CMHrAdB5wHegcuAzaxciKkrVOdc+2m6
F5MQqtRGn780Z80CB1nsAeb8Smy68djH7gasWFY+v04ztvThvD1kInwr2iHeYuy9otVBkpVfDXYXC2Csfu+XX5a9QP7iFCrjQEuQ
e/8cs/YAKoCEhndNg8NkBZpWmBTiYdAUBFEO1BbQIM4pfGCTyizKMd7mX6FgNfTupuks2pSiOInfzJuvIlww3HX2psqWmKzHMLXC
6VqQf1Oa4Y7YdGIiCyx0l6oLc/muNKJdYVa3wWSqIWXlbkCXTAO+H7bJngTUYZIAziiQ6iqB08VVHEGTGhMK+ObY3qYEC1GjCGdH
2l10i0NsuXoM6G+3hLpYw1qhRIkmgQbPBrVmIrWm3idUvpDTCzHgPRUhWF16OfcYt3c3u2ElTmeoFnEJW39dAsebVuHBKHRl8SRw
DEgM3RhSsXjLgF/73D7OSUj9y18YJ0QnIBEE6yp9dXmOlhEGEIpGvojC27x0r3u64+mrjPejdGmgGqDGgJOmB4EzhUCTbnKIUoXH
gT3lwsBvkOoQYfB1fXGovZB4QSyEn4M9dJjwXsC6rLksFbzCrudLgOkKSBagVbJJTticDAqT5EidI+89asJ060IetCR0wX9elPDD
z2++aZuAPIoh4u9oCnz4NEuvZtEcl+Ui/mABC9cM20sM7mjjaF4q4bz9Js3mYeE3cac+Atv34sBhGVnLeFBKW7G9N9setJlUNH8Z
vqvaqsjD4gwXBpoicb4UnyHlthzjQqca5Qh7aQKSE+bAJ4u1X7Sw95ryqLxzp/IPZFXC08Fm0f1aNhxIHyEBzdp05N3J3j8vzw+P
Dk7e04kJgfZOgWtXPbPJ3kL+TfVr1XlKns2gw5PVQawLRvXOH3mu2i2euv4i6ncg1fH154Ek7EL1qUOy7vltSMWjcUrkC772IOCj
bEdwzZlHcB1EyZSIV891xpo5/Npqj6ZAlBqO4R1Tb+XURo1mIDWGDm1Fa4fbM9idTBAp3ZmKrM/tu1EyowWvh1zTBUYjOHhRzYSM
n2oHXmkKSgQg7xZshq938xyIwCmcRWPvF3zgHclIqqgTarCG2Y1knC5JqwpyqMtcYRc8aICrAclwWx+NZdx3viDxn535wj512cHu
Xscs/KOlrUBWuqqwtrQvQptpvh0Hqxr5ecoBADDluF918avd2AC63XaF99NX9rHF1CuA2M6jS6VRrKb0NF0nPtSUaURK0EUXhSOl
Ujutmkaq47yM6iyNyR+3PtlVCpvNcxeTmQLDBqHk5No/wTBonRojLDytQKa5sA9IfhNo1JZhovC1fTzjqGt3tF9X38XGMgTOsYfo
EqtLvU1zFi78upfgRulS6/kWzz0Rd0j2mXn4AN/OlI2eLTv5EFAX83QKw9JkYDPwIJSvSeot+4cp5xJVapyw30wYLVKSGqJc1lqv
ZIDWXDiIcCrQ0KeUnuuQtYBh2WbZ4ddtiOpLJcyEEUSpgG/tRE8D6aTf+4hC28ePvaB89AkfffrUc6uudZZYXzxuVQPYFhfMnFYk
2KXv3Moetyq1PWoey2OlP9EX1Y3syIRLXMfea0he49vItSljK3QrtPM1jhf1tcjIUhPTY+dZsxvkTNLrsu8oDml4vRuyQqOlZ7KG
mYfd2jxixm0KxBhYgPCvG3qTi94ihb8Ud6Un5l2Hi49xR8pBb+iNxJ8+SgNB23eGMx98TL9FyNYaHaBfmPwadKN1PhWegvLrM/q5
TgfKs1B2cQ4P1gaC3NZKIPBnpw4s7orDsqaEnpgTe+szIVijT+FVOCxLJlT7XKc34X84LLP/P6a3qnOlMWGVWkLOGClk2FfJKsiY
uNYotiWojLJWf7ZFeER/NY9Qc99VQoy1d77qUWrufaXf9Xq07v+aPVY8V4feT/Nd/t310Dk9XYdcTYbfoECzS88f2alwka11uh91
7tT0px16MuAAtez1vlcURnaxBo2pO+wOvcPFG/Wo67pbfXyH3hvx+AyerkH6657BZlePg0qtk97VGmtluB0PvfcLUGyjd/RQCcNI
jTACmMRh/WHMj6jABzFhcYuBgcIUtGo07AaJdHh+JCxkGvp8YEpf66EQxzPencqNXJdOUMAflkJ9p23RHbrpWxGz0fKxKC8y1LKe
6BkAqhcVpZ7obaCcT+ZAEPs3epL8OnR1m48z54ux3bs2yIvSNKFZO+7lW4/M9P0yb+Hv74xBf7m8MdKF2xejt3e0/+7g/PLg7Ozk
rPd5Xhm93noOGWReLhf0Hn0y7nfgv0IR3KFH9wO6xu3sy6hnsUBvh3tUt7SHjhujde+L9EW8GuzVXFoca3Ql/UqdrbUluxrsV5JR
WPSlaL3bHyNhD4YRvAHcgYd+dG9LWGpflvqSGDj19nhkRSgLUk0HWhFla2t99abu1TNXbjrQKjvXG4t0u3oaKg4XIw3V/9gTCXWl
62uPeusNe4PBoCd+4Zb3hsmnYEhpcJTZZ/AZ+cVNh4Ix33jUs0YZs8NSKGQuGLp80ivNu1jM2UdhrJvc4OdAJC/KfbEgZAio7dGJ
XrB8qG7OoYML8d2H9RKE1xLMWYeVqGE19tqOitmuPBUFZZ6t0tO7Keaa8PFljEkDspuowORYY5pq+TUsFbSpEC3jZpS6r7epZSU0
J7hHuY7EJBGMoInavoHBHv61BDTADCK06ocTy1f1lXGbrA3SIcmGzhBdfO+3IfQ1SnYvKviUK2ol9VOLoXHayVfMaZqiAGAt+xYT
Fv9smeB1r5mODYTCABA7y2K2geuEigLb0OHdSINi20rM5ZRF17NozHncOK3D4ChMADuoks7uskjnKr41oSDZ6yiLkjE6VZmgyyRd
BPY8nCAly+aUkgQtZA/eJg27y4NhHgYsbEY5wWDJ+fGp6h7fqzn30VlOK9kC4wkcRrB6aF+XSSDG6XyOK5TD94sIphiNw2UeiVpB
sneP3AWu4Cz2NKDK0XtemumjYa8A9CLE0DT020RzKky2SGkiQ++Fykj4qsdpAeYlgBh8oO3QQM3LzE7o08YZewIyPk5GAh/fU1mT
ZSFS6yUPfElAAeN5EQPWSKSIi/bA6kpdJIM2dDmSIq/sA2XzYHI3+CGieiJ+gH/JBoLU8/SrlnDlWoesaqE55guGtMCeKDzRRwHZ
IqobcMR4/uk6blzvC/mPC0I54Sp85UowJr2UQ1Q7p8clsDCWgBbx20FPyMeVutUvppjnDs4kOopACWqIpcYCamVl69RGxR1p1Anx
9JRwCOtCVto5ogAq38D21gOanOEB8nLS7KObx7mRToK/RpnwMw56r77u8oRqVyVfi2d66CYP3xSzWS7y3C4+oPtLWJQ+5+r6s2cQ
kabAUHt8UEGZQb9XxGaoRiiDQ0PyEzIHqvtpt22jXRb47zHuGu15DOlZk/zYqY8u6mqXeYDCwPjsgZsmwZowtXLBb135ngOI2HYD
ioJzPLFRpm7u7QZZR3DMtD4W+4gUtr2QVCBPOnqrdDioJ02k/oD8ihgap+6UAeyB1b4i0FJsG5q5dIWnvJK7jR5aksT6E53oTkrF
BD9FjWhyAX99ABxwXyfaKZ7yF181xcCtOt79ilelC6SINFi1+UB2EMeRMpFPZQlxCUzV6XLVwenSNZDoHjo6yZBf2cZb1U+faBYw
jKvKEMbqk1sib8Er3AP8vT5uGL2I+3YVzCWe+3YJZiVu/GEcHGCnXv8O00XMVBaJGFOUp0m0Gc1I2haFVkM9B+9Gru7WU0wPjFl4
w3xgwaW49Jv5SD2Rt5/gt8FKeffTu5p7gcj7iRLxHMXKlzAb1PHL5xb+SQ1rKGzrv+ofcI/+Afi9ASwenPvAJYzMDGcHJxpQEP4I
r4mlF0x5S2/SRBSehGSFbnFu5nt4kwD8e2HejOI08s9wHqKJb6DRdTwDnaGv+6E20QVubllZWx4AtbKi82tcWe5B+l7QYlwLX7h6
d/bVrnidtvqgqYsHy7nG84PvaYNXQaAHS9m4x55KAz2spn/uK0fkMBfOKDt6DVhSoYwT5OVTzAxNaZRt/MTwctYTuyIAje4f6Cjk
2kcpVXBAFPVK3ZHj2Pfft5rpK9TDALJKlRy2fZJJOp5P4aSm8m+rWmG4/FR+fAfXEePqtZXFWhbeVYgpryVpU5cZeQE70a8V5aTY
o1sQ8XCTMHwdL2F8VJBPR6z1yIr1SpOtVPlVyadpr6uVPMX4aLN/n2BPflZZFp3UoTJ31UrnDA3hyvSkurK4USl6ljUTXStRjOSp
vdcFOdXlfeA8sW76aB7YBow+9cnCkYsHFx+829Uj7qEma99D1YMEvvGegm5zuxKaCj166W3jYkwuJFe7XV3EH9BSiX/gJx8cvGPS
VN1bYV6YUf7/UBAc4L0p1cCj1EVhKa8+cARrXuSUr4hST+BFZnPBVLHLAi2/pICIkjlF2qxKOd0SWaNEd3LIbDL2DeSStGb30c5b
Yaotr2FFZCel6rFqVKGudIH8yqJ04Ps2yPeWOfySQ5crJxb+qpvOs3LbaAUxerDyGbS7/RlWZYDgBkNVKqHQEA0Qi51kJmzdgzlu
oou9Psw8ml9hfQd/7/BII38gpFCaL7nOwAGS29EiooyEOopuIJnFalOIuYPjg3MFdgt+Ys/KibyzzJJ29WPV5XG8Vm71PbcptJqu
RoCBviB2d3KBDz4EUmlznZT0v3VSZFG2ymnRSnRppyV1nhbJZwEwcgjGiCqH/eAQ2lDp7zuaPhD1j4Ry6bUko94nbUxRmgybKy7w
kZ0lPrmLXjMgVe1NbAq+dEFHg+pzjimztLBONJzTmgHIXFFL4AeXY6pjk4ByUV93exXzKzRe7MXzQ5Fv2vOTtMZE4gIOP8o1muhS
+a7cc0baAQ0+cM9yHM/rmGPt0OZtTl93OqQCuVAYfImDtiGkpBaYHw6/+kKYCD11w0MxlTSJnCgI7zpjYIo5A6sI2KoAnWpmnwrd
NC1xTGClOlZVgHYr2v8Fd/QBXaUKvAeLx1MpEpML+IYSR6/jaDbJPfg4AiE6LooooVovTApRUun12qqb7T1uFqjS9HpWZY6q0mz+
5IWrMJ6hgC2ux1LMAentHu/zbGZhAULgHKsWUzpMSoYrjf19WVHp56NDT7mkuuyDXKWDiuHIYlKN5bXKRJ36Za6R4rNyQLRPrDFv
xsdWtyUcmNTCHqDd5hEtBhyNU7+HKt2uXKse+xv2uYYeerGJ5eyBFs0R/IDxW228pwoPJYOQG6OJMGJTxFUv5dOfYaLOVNQtoiAm
Xzz39E7mijl6RZrOQHE/5FabojTTG05d7p2Nds83xVeb59iUNlc+KYEJ3LkgHelX6zzCUJvzFVr4y0UXCZd51eXyIvbhf7VbYfw5
imcwtdnDnjDq16KGcT9hgHJPnqIISzQBHl9sfcBOZPgTChVnjNm9FlIsVBQD79WiZ6JAAmWXT4tfVnFW4D3B/5Jo8stqG6hLKMuO
4eU1bk/ZTUyuA3RpbTIdMmTdzWN78DEnceHX5WpqbKhcUek53iPwKvDh8z1MRy/X/vLyePfoYHS6u3eAP9+QEasncP/lxmp7o9vO
iE14VU8hV0tpqCbC87TElcHrli2qHi4DDbZqOPx9h9NXnryrZWGcM0Un+YwSLc3EifV+4vWVxRe8UmJVBJXIayAq/3i2bYHf2xV8
s574LEVS7jjlolHQq01/+Kjpd58Z+oN437hOHiZMEA4VatW6LgLn5if2hHnuHUtSJVvNJMsVmcaB7szD/JY0XnOFeRWeZ7HYi6a6
I5ndd/r45PLt/5wenP10eXSy//4dHkj5Mazhjgxnw7X86Uhos5mW64WKG4L8q3yrHfHMddP9yV0STTjSSsXlkftKAwu3ekLwV9rh
tZ5xleMec+FSWgf8bHCexfODZAKy4mgxiwt/45dkwy510ncX9G9hq/I2vacfVA8bv2QbRPLPw+aNF1IXT/31w6EqGho7q4OaaGKC
R/XLboQljqzv8aTJqjzvYFKuWiwpBRnzAHEGfvkFmcFPRzwLufvSpqlA4eOJiXUnIkCYrq3mZOPMLTZOwl5BVr/GZE5u1LXUM+xx
DG4ZTsrpT4cSjePJSyQasGBIIIT4g0GyUaLVJJBPyuauq6o5kJ119vpYu65qsrQ07ffvvpl0raQ2kph4oF0y/e57Gd0vYBoR5ooP
xyARkD4odi6hjPJm2AeW4kFNHR8KcOpbja1fys/W3m7U5wRp5HQF0Gs6W1GJPgNMqj5Hl5WiOe8MNelTlMwmMJwoyWOsLm6tUS3I
2BmPIIbNzYtIAqLx5lvdbZHuX4p3x1EhurRHyxjDpMviXbeb8+rtZYI4WIGyITmRHHDeYSgbyoc4XMiM0ETpUEdpDZ8rLx1pZ35P
DFc1izREk6jegOeyeR3RrW71YktpDRDdG01z0h4jvjlPKeeH32xNMdDvpzlpBYoFrubHDWTxs0nfau6kfW6qt5prOCIALBFlNXff
1M2bbqOOD/cobR5s7U9HQ3QHRivioSjwGVOp8xsgAqo+lfcMM8lgqKf3HegDdyl2kVPikHyKJseQiVef05tePegjEiaJxAeU+puI
EBNJ8iqeo8qEFccwcy1I4NS3v3v0+vCH9yfvR5c/HV3u7u+enh+cBfLWF8FfxONbimNLLGW/xaqr0GBzlw2rk/rxOCHIwAysovay
RC2xZXUpGdr9TmcXRGftuDJAtTOrwDEKA6mDC4/U2ZVTajKDJPE4f8QRSchZzH5GRMnpkkGA+k8nB0BHWhF0yfRbei6CilyeMhhX
iIl9xAFM1V55V5M8cIZ0BuGPlsu+ysB/+Qt//N+h3FSX+1AgA8uiG2h6Ayxpwo8SYjuCuKVVEsnL+b5qnK7tyON8LdB50zCvgEaC
dWXCuVUs2yHqRnq1aLeR42r4R/E4S/P0uhi+gDF/eH+4/+qXX14guaS/Edvk3POLD4NDQBaQssbTNMWr+aRSWMtybhhGXeCjJ1RZ
9qU5nbal/G8yfbULn486naRf7KRBAOZLgL3jirHe4jp3nBZvEDTfDMpqMX9Ms+YIUGmAIVeo3tb937eevd7a2npK9RGqT7erT7f+
tvX8H3qByrrxgqgoarWvMG7scJLrdcQbRRb+KJ4Y9Jge+g1OS8L9yxGneTcAIAZlGXcuZo7P9jlcnqruBkGr15OeRUozosRm6myn
H5Oe/MlwZYIOmDjrToH3QeAWl3BIVwkUSqcv76tYasIZD72PWPWdJYhJOv7ExBX+IsICCJ8usQyZfjvLuzawbu8/owe6GzwN44x2
qK80rle07SJ5W+etb+4QJmTgRGNrJ+cWFeypPCwjJoHVMV0yrpUrpyhfAXALRjiu5czIFtsQrqF+VeW4y4xhihxMA0VK3eoWAdMt
+sJMB+uc4SOz0jrOJcDXPWo61SWSVIuYFlqnvAjnZLbpBT//EgHR+qLY1EBATHV6m7DSp+MHjZRh4mN5Gr1PQSf9EQZr5CqnGr+s
JOMQylSKxmTvehbeIHWIHNSClRzWfHQezIJHmEyepMxigcfDwgzJPFhk4fjWiIK1ORRjhPMRq1BGLAKmrG3mawRYma14gVnBZTIY
a3GjuN48djau5ELm5omwabiVBxYduvke8wReSpNaq4NUkx73WfbKjgcZYUZlQHP2bbBX61Z1Csf0E+EvJj9uso+um+SW1p0Onn49
UnaOdxa9wJXK+tNayT3ISmBsoEwCh7NSD1VSNONpmS9sLQMep0MCxDqLwgknQaLwHeoXoxdd8W76onfdaJNB3tf4o2BApl54X9/0
j9q28ARKSn2vxTi4rIT2+jPrTqKJCnupmJwUTywCQDvyWQ5GOoBhrceAsD5lVza6fFVquXuxqLfqgv0mmFzqOF+cHLENUVmXTMoq
lE08omtj6ecZYILHbbebmFmNLlRtZdL0gbLgVHChdjv8Jbe7617X1rpcafvlR9dNFNz2ZknMmZcDFyOBvq6BSuLR6QU7XfmRb4/5
x+5pD9Rp5CfV89nGp5I6n+q2V2uzkyQsvsCmHIcF43q7T9A6QkAiAg1UQuuGBfoy69NWWXWt/HaGFYkWnUxAkpW2prvTgwBxai4R
fG8ajW85QswYEj6JMrOEyQ5PIfcshi9cSBJf64EzmisM1nz4jeVnNEXVZWJ66vrkbkpZHbDX5nvNW7rXNNUhxRSk5M0COyhHHazl
CsDbQDeuEEDfwBkj894t7vfLDT3hufgmYExoNo5bJX9doVlkteuTpBA6V61AZvU4c6Aq9ioFLr0m7DUdLerqm2/q4hPZC9Nbiw8m
b+JLMqaS+wb1g9V++Jw6fQMVnSq7CK/cPbx82akLmkGvy44Svn5dqktIedQzJYHrD0sJ3GhaSuBuA3S1hhdAmeXTeCF9X4RyS3F5
TSTEZiLAlWIceFXFActyffwc6sbrTLDxn03AkVEpvQ0eR2zXMdkjPHwS4U8RNnsVeQaYuhlexysq6STNEXxU/BzYDbbjVcUWjFb9
chTV9zpZTN8AuPnQC4t0DtQWQwYovjbEbCgFVcrBC2S6mY3TGacB85Gob1I10udBn2Nw+ZsinZHJmThCg2f+fpz5dH45x7BmW74b
EESDNykVFBXvbSkfiDP8jADvEvCSzi7CYtrX65u2lUCdY+QQfoWrOMBVRGkJ64KR1KTXFD1m/9EBfFPx8ZRwE0DwqQ9N+jx8LQmE
KCGBH6C7ZMIBzQVlAmQj9f7Bu4PzA5E5BXaH1hg4ql9m2MWsYN7uT14+DjFpTkAVQgBIS7g1domlwt4Axl6O3u6eHVyKAebhLecJ
Q7Slkx568xQtgjtk4A1vQDnrA6lFhj7x/O0tUIK/3fLm1ZhrFbwbFgXW/uOSBDvyZ3uBvu7GVvLIFqt9gD5TwIRg84hZyOeySAdt
Ar1F/iGIjWx0hCmjjRafURrP5lpuK2RknxNeY2Ce08vdParwvX9wfAhikR96nJB9EyvRErISkvTp2NIE4KQVKewa1Yy7hqcB+/S7
hnmfhEvAhiz+32iyS+hVggv/oyjRN5jhju4W/ctLon2Dn+Pk8IT+RLEXi/wkHjyQnw5dwyERiTHGdRbfRlo2uuc73iQtgKU9yTi3
4Z/+9o/tp8+AIuZA4p+M8+JPf9v6Nhg4MeBrn3y3NRhQj6FnDVM0bhGcfUscfvXS295aV3UWoRECx0QOfcAywkCBIRrUCJB63gQ5
tnMPSlNao+aWrJI7mkXRwv92K+ie/Nfmuk2EFO12I/Q2muikuDEl2GdSjDrbQBgoBYnzSH/WId2tnkc8cYhzltNLBLrpuGmn4b+P
6E+3Wr8wcebp1iORRkoebOLFOxiKnzgeeYf7OceYjdOZTEjKAsDEerMjv/FnGEGySYnk0Q+Eg1uwPjapijMkbJQUBuipsDLL2EhR
Z5syw6DHSgKCS1AW2tZHlGnLAOBJOs6fTKI8vkmekCwk3g3mIPlROQcMvM+93guge2H+6j8vOHMn/JFgrs5punhF0p8s0OBRO64T
r48pSx94WPqAnWIHaySbLy3pfpdKcKLcIH+xn47parBq92wYbvaYnB/tOrJQfCgmT+o7udSYSc3JO2jMxl1Dxd+ii7twecMWJyq1
GFdTvA2sTg3xRM9yZCVGs4tbyrqvezfUj1GnVSK0o2Up0Yp+6dUzaKEwlwyPW52GK+uWy/wjjPh43Y332oswy6MJxXKS3Yy8VbUw
q4TD5K9JtEcxggWWunOojpRVbGwW5icx3iCheiHqYtRzScRZxxB4jYmh4Rb+A/rZ/CpOIuykLwt40PSt1chdUmp7nj+HA4HGYUVn
Lm8Cl3O1PACVO7bu+RL1XgKdvlCexCYfKdLXjBInmpVO8/Hts2UnnEyawr1+L7MIpZpiniHz+0t61PcUNeJgSkWOWETuZi/Zm4bJ
jVyR8q6z7znoSJ9Wxh1qMqHQRK6Sw5ZZODbo8sC+DmIu5NnljynNHXDXanTJ7GHInJTyVUhmWbLZvj6mxrs0PkVfipDQjdoAIsCj
r/pmAwTWQh3YwyGNdSrxVSEO1cRsx50aneBaPuuwOB3rGyJgqJjD+uEvdBdtHrMZnS3lFEV3Efd9njERFBzKmRqMBL3JxGjHn1ZR
kcdBYza0M6HU7SxtlLDvnac/wl++K3lGmeOP/O/G6eKBxUDgElxsyPP5v5sv8mm4/e13rwaL/CnAm6D7DhkrcpFyC4X5hhSxZXVc
6OVtdO9fPRSYdAT/44yC4qP2ehkjn/LyK7GLxuPqNnLUhD96uwsDoc0M2Sv9GIiSWUHnyy4EDrPKJdgPrvQCWPvbMJ/6DDZuZX41
2F2gFuJfafap++1eS37Wbpmv8is9P2MbUR+Fq4hpKO2o38H25ozYpY9KJrmzdsX6Bq6tjjtgrMAvuhdRyHGQjFOUmwa7o73DQ8wG
8xoXXAKFlj/AQ5cfSjO7b/BC/DIWyLWskHVLRd0a5rBW2E0bDThVy7jQsoMyEWUKfAsVwYzoEYYfCRsYHnwmE3h9BMgz6K51yuqn
dld0RmdZIHWNKrBd1Ctmiy/Lepf4u6XyvGVMnTXIvLK5W/Mymj9K/+LLKNYtnLqYFnjRQRkTULMWgutBa6HfZGIAkNBOynfD9nrq
1QmhQKUpbLKaHnrKdb2Qwzs81PJ7nHiS//4gKmqP2E7hW9W7ut/DNMkvgYXlVGNCdKc9ol6T/Cf+2bVTtfCiR/WbVlf8aAQUTsfP
4pJAJrLwRS4OECZVwhGR/qFPZzOMsQLGT0d5ABRukWYFaXg75a1/Lkw4efiQgy74MOgwFYVrYirq94d6bgst0ddINJOTlPilfU/Y
U3dZ7bTA0luFYRK/EKLjcF0EUAeo7Ix/0wTHiexOq7qrJlO27ThYeULFaOWD6nBafVs1nta66+xKi4ycX/mkNkMtO5DzKrnJf08N
oj9qRhQVb1pHFaOTz8EWFoYlbOLXh6ri0KkrYdQRXYlf1BX9uSbuVUxBotfKUyr6pZVWXXeQ1VzblvbtKLtfb8XX9RmQBdDXcWX4
1GROaZAGDL7QJV6donEb8mgZKbJAp362fSm0gowTk9ackxqgm65tpZ1iTUYejr2VPlDMj0jERFGFnPuv+lWaX16huiQ+OMlJeao1
48RIl8xwmjCm9mUMrJOTNl3OGRr6XAtn3VI52ChCEdbvKJ1EM5GBrZJTqj6Dhcmb7wankjk7pnzN2a/EORI/fHvaoOnOYxFMExFa
nBvwukEGaMFnAskO6Gw8uZmlV+EsfyKnCM+qyo1RSdId2kQqRmse38yos6T7eqEMiIYEWS+zPV7ccfzLkqF9qh9KdQRgvl51soan
DoJv1ZPcmYtTIbki1CeUInx9UV5lJVj7SK4uekfhrynzFS6MgsCkiN/0PLB8ECf2D+h5YMfRVZf0p6Q2/QDsaeFrU4gxpFinc6+8
eQj6JV76cl5q4TVPxqgGQ8HX8JmKFPhn9CCK83zE7qTJqp11yMa6AcyhKb5OMQr/FOuKZah63MBc70CKBR3weER2TtBpo5uUzaoc
UhZLf252iPLSBP+EASOq50eFlY1qifvTMSyGcgM/Qk+JMXUuXPn35Biwyg/qRqW0qooLSwB09bwcnm5fUrNwYZIIUXyRpXRj7YeU
Y4T8ejzyHxE5j8gDqIjCed+bxDlGBU/w2TJZzJY3N3hcSt+vpy1xbzXNY/0qAvEC9v/Rl4oyQXbNafzwVC3745zHLdoiQHrB54rS
4sa6iz+VeuuxBekJ0ptKQ8BIwLP8TTiPZw/Qju4EmwhR8ykLoTuLRaDesm3l7i0rJ2DtvG5wTJkyEFR9fer3tjXqe/e1o9s83Zu7
LzLZrDZZErK/FIJIu6QsZEgyCTIPYKYFVUjl4qPxvc2+KBMdUMlf9ekxMKy36cJlkPTlYJjIYED/92SLYvW0F8MhPKOoEOz867Jp
T382HPbKnYQFN/Yxs+8jfktCUot9sHl3J8lvgcr7IArNYthDzAAcZesidcte66kachoA56Bw3hhTmQBdiRiUW7vsqFuEuzVUVvQh
r5JyPW6A9xaWu8sZRQwUadVza3Bj8xbLO7J8ec2nwba/bRdmYmJjx86uQ6EYDp1+j23z/iAPH77dU2x1tIjG8XU8HlEvvVbyBf96
hRKEY974um3SixqxKsE5ZSa/zvwBGH3yC9fkK20qgkqvksq+pud2rFr1maF4FuaMKZDuTfgT2xzrJ69ROFlbNBH5E0gquX5ef0e3
1yDWPUcBACSKwXn2UFbFuCf5Aa/40FALHdjo/uKih5Il17LHnr7XCi6yxHH9HNkONgrsNvV62rTnHbat/tV3Hb9CoFGKJaBXz50N
vuMG39kb/CCkdGoEPMpQGeJ7rBADTy/i+w92U5N9LZOcyTV3C+TR0i08fUS3TC2wVyY/lo4FXRJ9W/eJlsZUIlr3vtq+AQ2wzPro
zfmlKTV7b5SP2dDbggPAqkLfe+odJKw1+A1OkupqYNvi+IoTKrsv54J2nHIKWgv9zkjWCkVmWorYtS8Q/wXMcJq2MKV8In89DRrX
ukrzyN4UFpbNk7AgcW3cQXbQyGqY9dgwcZJ1qEccd10H9gaKFz2K4Cm7LZ5hKWnhslGhERIw1OPmz1k+5gzbvQo/wn6M90GXvk6y
+CZO3H2J90194fZVvq3qcyizUdm61XOyPkR6OMrqu/LZoyLgWzYtfNSmhTKhkNynMu7Z2liRBlBnqDqZNJnu1QLe9RYtnTFfJnX4
vrklRdHbx3MF2IdoQxvXEDIhG9q4ASPhQ1VyzfyufGz/TBQhML6RhQmsHwgDNX+hSjG/BjEhCpNSkJHNgs7loLUxYhYW4kX9rao5
GXYJFW+tPmlIB9U7W0u53E6XJ48UKh+XOsjuJvC1qPgri/xWMv4EbbqaMR9gmZyd1cosLFWaCQtyFseFYGw7a131TOpVS33wNT8p
a0t3ZUtqIh1kIicbkwWiqTNVIVqonvey6lTHrGdfnLUhS9NIgMwOZW1oktO8gZxCY8ZBLFVW5U34ofY2sH+/O5uld2WFlJNREwXB
LusfrE9LoosWFOwpBbodXXuPGUAI6Ygr1q8P5lfRZBJNziNKOCGFvpa1cXz1qAU6TFcdR9VaPmqkUwzfL/bjDJC345C2Tx419usw
mdzFk2J6hjeFKzJu4r2rDZmdbR2ozYnOTEzi3GcN/Cv68vxL9/35DfnUF0x589G9PmX5s71qkhsWpJJwpul/QjgS9up+RehqahsE
n7UToI5iHuGJCAeiEvBMpzEcQ2RHhmdvxwnlHP3rqV4XHvuOqPLTfNC8uZqfkhGl8nsJKY/I6CZsuhVRpEzDFhhFxOXzpx8+o5p4
pV5D9cLvd5boulRweKwwpxV6CNa1vH/BrG12Qcs0us1KZ6LGwX6ahYkcsAYGps13iGlytTEUBgbTPG2+x9+AaU5Lx29mXgC2AJMw
BCxtx5zfVDRcLaud8xNd3Cuz2jmbs6SmxtGS4Wlv3J9b9VP6vFlDrX0+WqTptTSn6VbwSmeqXdCw0oA4J7LKm42rr2boE2O0IDl9
y90nh69jz2KBq90ZDdp6Aw4Zr6KG3owGrbChaBxNuDWeNY7FKDeUAXS0cvTrlEzacsV14JAc6NBSnW+I4bqAfRQ9cPVAbtvj+WQW
YWl69JjkcIWGMAkaQAQ3fYFQiaZkmzgp8jNkoBBWQYauImTOIkvADqayicV7zEB0zDVs0CF9mUcUnZhjsaf0btDVBYUu3JV0JHOo
hWWq5KYYQFXl4qURgZBEhfQ1vhRRIDuWmD3+tiSwbdxroatHiuZUq4HJfgOXJboyLBWxgK5ZIajoQjQCFT925GSXi0WLflmWCL5M
856Rtm7RXWlt7LNNXfncRIyLmnKu4wS7UV0WNtW8HpYpv4poaS/jdFVbE1510AVb1kLvYs0lsECyIEXwckKaoAMmXVnsBlyl188A
E1Avni/nl1dSd0Tn4agG6BE3UxqmYlb6lrn6agQgYY2zMl6pmhp0QmTmbizJlN/Vpbbj6E43Ry4q+DS56Ambd35nSGGsF9+xuzMx
uKpA5qo5y2ONoi8S+yYNrTgzraKpvjSUnL4yLfHZ/GZeaMFy1rO+496fCoXVtqrlfLezAm1L8jvDjiWYRJXiVkPAAVkM/KjBGnif
gnqBPWWgxZV5HOXET1uPnVh5V/2HCpKOTJv5ItjpkgjYSi+7blEzBJYd0gh2v4FctxPs6tKvDUl9o/qP26a1ydPaoDIx61tJWX30
khgJ6lPTjJppzlmEqP9fJDuV9WF42pYourPJhdFdmel954uuEkpd/13q3IBGCJxrnVooZItw/MXX8YzSo/yRsA3hacG2N2lG/uqU
wuCLLYgy230hvDLqeFYkobIEgpXlo6HspVYSVNYCtShd5kPbCpMuo5VNEqRefN/BDhheGN980B1vK9u3H+ciyMJp0nNY2NzhjZUh
9h7RP1VmVDhkFBqnEsaVCdrIujv+aTULE00+w5+99ggw+qojmxeYhNK4hkfYA0rtrhsiYtP0yUtpNeo5+d96FlFlhhKHENeXTUh9
LaRKAMi5ey/x1yXjZ3MArYL5PFsmt18QZO5PQWyYvixwJ/Reg9tm29I4npwuN5Hf5c0T/lJzew+nG8OSSqrYiL+SWKORU8PdeTi+
DNn+eZkrA6glsTx91yZTrXU+LZZXm0BII7dIhKD49U6SHuh6vZPr655VRJMEmNxoibrW2EhisVXbrNQVjmOzhTuKgJY2yAElejnc
xxRlaCXTkq2ViTmFcc8DNM53vFDEbcqnd9NUM9moNJ3eJI04jX2E2Xi8Qia6Rs9pympNyUAxTUWY5HeYES0KV9SEM1hQns5wscDr
xEm6KERWNWiVU6vAkabs7TgRJlHj3nANxqriIkW6h0Mnq5XFHbUSL21ckT6Bjukb0b0Wj09phygRk/BlVp2WwFR6NDL6yeKPRr46
S4a1sr7kzlf1lER6UUmxmGVVyQTTXxs6XFQUeP/bsxCcdVMP8fh0C6iXAyvFCFH0q33SIv2ktehXDSprbmdLTmeXymWMXTum8rKc
fWP0JXfJhDD3o3QSXz88Gom/IMoyHgh4SjzQP8uify8jTNDjFosdS9SwAiK/1R9mBQQ8cgXWPoa2hKjrrI8k4ftRwXn7fk2vcuHm
D4QxDq/iWVw8DOZwXrisBN56vwgncyrygknzXv2C3wy9F/Hk1UBsGiUNNPJJ0ltO8IXp1jxfSwzYRzYgr6uKML/dyIGKY20EmCF9
+Gu6RAcUTkrrqzzP5RcGs0hmD30g82FWeNdZOvdEfYUML8Gu4wzYg0gXILsHOR+ez7kSg/hRj4MWSPNjeoUJ6CQOwSeHZaZTju1o
UaNojRvS2OH7LrlnsZ1RIYHpKlvv0+yBGziy0RqjY0MtOSnNSc9PikVIeGZNeQNbklb/yJtoLFzLSomEf3LJxVr3DHxYK0vvekVg
khShpGQSNDSXaEk4qSWlw/I5eSVhl8iSHINYIeDz7sJcZG2dBNAhT7khkrC6bL/C5H33+6BrSuHaxSuKaOqrzLuJUUyC/Y0mmzk8
8cIsCx/yHXW+UGqKEqwIk+KznKuV54NHJJ4rokXOSXwmaULJb7JoEcKxxD/vwiwhvt8x9/ea3kVVZ2sgYEJl+JVy0XVxpcZvNHXB
6uAMbaw10pWDgMjpapEQfuX8eaYrgNNj4Nd2rkdpI+XZa8I111nU08TKk4jc7dcLpFSoT34I6odSJYz9NWhPNgpLMgK8aASvpLHQ
si8rhamnE+Bg8ewR6SjytR2U8oueSBV3hET0jIqZ+7KSwvtifAw0ZpM7hW04j+eR//Qff9vqe0/pf1vyf/LtP4G143cB0twinI2o
9hRQ5Gf1kXH2fD9YVPP5wtv0lt5VK6jBG14f4UqNf5otfF8/N8GvF+KgfggIX6uOBQZS/eqULc5Lhj5O53P0W5kBvxl6m5SVNZrs
iaeggmNRKkw4SFRI8H9ZtAprUVUkiL43pjqF+nBIekdvdzcxWy8nrk5QrRt4x0SlN5EnYOElior3TlPAvwfQJaPxkhOp8AN/dzYb
xTcJ0GwPKHcGQ0bGMJsH8hPRBZY9YXd1Sn4vUoVz5SU5b62+1rcB68hijljjiXK+COGJc+cMqyIN0WI4cLCWmMXb8zkzP0802sRc
jlj6YyIqXYhkqpiHeSNnRsoFHE+z9CYL5/tYFwK/xUWbhvl00Jxt+R0BK2vL55LG87RP9fJcnN1Z/ZyH2a3bR1Q0EkvxskYOe3/W
HKLR3TjKomSMtsONUZEuNna8P9OEhDOy9rbiOA0tgY9b+sdM0BeHJyQwfBgOkXcCAnCOYK5Ap6aoSlBRernexgbn7d0IXH2j8LL5
a4qGiQs41MsMZem97GFR4B4spg8DTicN48qE0kZq6D9fBd5/MC73AFjMJnN3YCN/vixls4377Q28WnaAgCwIwNhMZDk92hyGGnqK
7uPCe+59ck0AmeoF1t4ZyDTKAKpKpCxAACgd3/8F503L9xppYznNP2PqZQKI0YMA8v5c7DBEWz1r3qre5nEqEiF48GdC7ujhmHLP
1w7l64dFmOc1SoNjara4MI++ey7moTJFv09i/KbMFS20kQ46JjDIEQqD/lrGIXEK+Myet5e3I1UTRXUqiyTVTMGNbZcmFXlYsvHY
Ik0/Qk6WQnLMEjJZ59AlDwn3Q48V2+qtA7IbL13ouZPhl7htoJfff08A8DJdbH1odhQn/3nooeMFRGJeZKWVSw6CxnkVISst95Rm
SQl4qo8xArT2XKiXa1SrMFeXc9tRl7jWWCgQeA0q0HGSA6cClgMftGe/lHOxJmzXELEBzsPj84Oz4913AkheCWgWTXKNBQnPU87G
dzeNYc+4HhQm8Zug5RLhj8YRnGIX2A2nB5jm2gIcfHNB2Eay0iK3vEXtpPdBQ056YOtnAkgOlOUyr2Thw4/Kd+SP/HR7y1GimIWH
UtPlg1lKO73AXbqBP+7r1GOnVYDnAXRzjSayw+M1co/+uvb6a5oDWalqb7k4M77sAWajRtirtREHSQTAkSGs1sbcm+p2WYaNBFK0
KZLQGESO5azo3DzCM8ONa2EUcjY3l3xD0rVP8VF4XYhkxJ3AZmW7Y3OlkHdsL7T6Lq2dOoSeGw2kICTTrdUcdIq1Y+E0GUpuD9p5
Bv2xuOSnGtOxpDflD7XYaX7S3YPbdvxIkHw4bDqEpz6RqL4YLwjcGeS4xahKRPRB3KSkCqLeWQNRYRv2OSh3WKDxBtYuApbAWX8H
4mIJlXS59DCRqgphjoRbDZD+abqCrzflzsgrbst9k7WwFxmrMCe/CUjJQ61oFmY3KIjUdBwraNDXkPtyFY9/IMkCmCEuj48g9WkI
Ya+3WPpJRps+dPWiAJVw9Pw9aE03WA2K1UNZmI2XgHgxVRle5lgaURQCoNo6T8S3WEExvpmCqHYTobxmGyYTW4sRltgvKeRs9ETt
euC9QTZ+FY5v0TQ4+p/R+cFRH4/TXZxcLun+Iud7W00B/s6SIahcvG3n6jEq1BZPW8Bt+wq6w+xkvRRGZFn+BH7oxVI6FGz9VaSC
l/TMCmSdu/G9d8/ZtOQaJHMJ+25v72j/3cF5mRMZtz3H+5vlTG6UlKwIEYa4IwXXX6GEcrDShBc+oEIgC5s/oES5g015H9XzbXS3
ld3jSh2nxYhN3q5QKGnR+xWhQ3gULOTYIc4B9u3ooJvMaQjGbavg+fZV6ONhal8EfIHlqtKCarijbR99CWJRsN06k0/NV70NUtCk
RQpyJ25uENV0JBIHDg9kaauJ8jy8iToaVeVNkt+jRMhCeGfVSf2N/ff6YpjelKWm8rUYER6osaWpsi+Hd1kXJdvJS2OfpH9kA0tg
jygbDRVDJ2vcNd5GsHWVwycopTO+p899WnLvjFfbLIiXeFFyEycR5ltGLzC67GGbHB15dbmIUiTwLfKJQnyCzg00HFg2jguaKaKn
MbO+zqNkKbycKwT0vS53ae3ltWp8XCe65WC2y2bj82UiSOcahaO8SKue2ZPsBieVEotJZHUoOs96fvdDOMQZGUDqcUXSsu5hIfIZ
OZ7o1nm0aQsju0+r/nMYF6OqyiP7APFsGU3et/b0L2pn68qQDHpVhCDuHCc0qRIaUu/zCmsA/RkzfZM01MHd1fdJqg10zsS4otn3
yyij//zHcxiK1M2rJOFBW9FT/AfRAv3aPC5XwFhCKRxseCKBLsyCAgIUHUsUOsQguqC64QpULAYjOtDQ4XPsDc2YeIZPY7rD2+ow
Bzj6W/dbW1vPnz7beuaN9t4e7F+OLs93R/+8fLs7ujw+Ob88e3/cV422vzUb/ev9wfuD/SFXjryDjUXlxQHsuzAvzohAEnT3PCao
HNZXMBK94il+jdnoOgo9JR5GQLgn0i8PbwJKEkZY6TG9hgGpooIGhla+7v/8vbd2PhlKjJpF4e1OhxRPVKSdT6Hi5IlXSrFiWQWN
n6RzdAUsS80FiCfYBj7HJrM0uUGuH+a2kcIkj69m0eBOJOTXBVk6nZsHi2mEV8QzRGjqOBcHE5cHH4qdgmFLtLCNVVaLB+GBM/cD
jFgPAEh7jJypMIrm8U1OTHcccV5HI0WyZvE8xkNnIM7LEnG+N4jakMmkqwKica/56iV33hXXaphdQkGuKwoV7yjrSwzHXuw0mTWI
KGqEVVJFhxjeGaXMuvfb3241Mi3Yqp68ywSEABhlrhDUetD4ChpRIiDmcPUJqRKTHixgMwIJo2h1PDSP5t6fccQB3nT5QKzEOWUt
Bb8F0T2Hdx7lchPVhfgIA/5gBYiZkAszXWlDpKoOh7L0VUQGZEQ5YPUzUup0DB2gYPQj3UCOZ2E8p7FzvLglBlhCQEoia6AI2l1Y
KRNnKl00uzVUrs9V2QTBB8xzFlyG/ZTfb6AHTyiKodNphKWJIu8mXCHFHHoYgYgUL72NjqL5FeZjgLbe3smR9PnFtHb6txvGbTI0
LIUhzPEKbDMDhRy7HJNLdfna75V/Y6GQq4h0/gwN7MobDj+mC/XEuBtX3Q3g9EzSIomKJxme+3n0p2fPt7eeBoQzS8rCh0iMQjVx
Lez27dnB6P27cw0fngUtN8alfKYLew4htWyCKb0jq9Rzj+fKvTjADO8HNGj5TPO9wX6r7x3V4UWBpT3KnHHEeol/X6EQB/ecFasc
bJzOcQxElNrLurkHW2vg0ZjfACn0fLnWzHSh3YD0tj28klyH65LC2nP4/+F4Lvwv768GVELSkw6SKHcSaswAU8TDXDomSFWqdH+j
IpFCR9YzeVXHkt2znUiwPHxCO8x+pkhe2PkMiBqIKIsU5TVyVBVlf0EvK9JxOsNc1IC7+iAWf1YqZU4WAwB2HA35Ugr+Bz/pwkp2
x84coSrQcxVNw1UMrQKxOLIKnaku0ooQIcS7LnlXgXWgtesvlFfgUIQZrBDSjUiQbZyc4CZmQAMZ6mADijQNTO0UX+css+Gs6ONN
CdpOKeKB2IMSyyV6tqBhm8UXX8oeAN4Jv0F2+w45/Shg8cDI13Y8EgVCefv3z7yj3T0iGbBuqxidOUT0DVcBj2RoQk53l5MBSHQ0
S1qi6ziZlHgktL7G+UkUQ9PnoOkqHpD4C0ZArn3xXq2HFpJJRFwBkw61x78AWrqUUzEG61y/NVoe7fnnqt3crpD5/MpVHm9Xg3+K
qvErzinnoJRsL+F79NKyua4DQrkgSMRzqc/0UOiFUS5REunVX0UTftOmCU+ql4WU28Zej0Wqiz1p2pM1a0tbXNlX98BKPIja5ZM8
lx2CK/nLUiHGlS7hoWwAGkTu0uTGGRDKkJaJQ6cJHaCSPWgMDIAS31/iS748x78EPXkTYlpD8eE6CD5BT7V1r5hVvW9cvz71UQ+T
UNtAXpHQxMUQ3yfsjCiKIKPm0Ac16DYyQhaQLZFToqS2oYdoijg6FAxB+MR4ArP54gRLwYHuk7rpmKARX4KQaeTGTces920lPT31
ZdO+Z/l2EjQJFpLZK/EBZd7kQZztKwzlU8uG8XyGKEDcAiSiKNeDCTmkD5NZRxQWog9ZerDjErMYT9omsD3AwlLU2VBsmu/TUql+
26QZz1fG3ysYuFKZT/B6sdnBUHJ0N6/z5su8IEFDwgATn4bJTdUCIOoDFvqINGslZgnA0M9hcw7SBQr4mXeXLmfEmwuKQuQ7DAfC
aSii2J60PCcPZG5qYZM6W6jwpiYmUVJfk/ID2TNfKcrvJHcUBSKhNVmHpOzm0y401O1IozhY5Xqy7g5NxicU6GpSWJ+LeZEtmR2E
CWnYPdigPd48ChNSivokctEhGS+zLEoMxKDbXpS/YPlzIeldU4gKdXOJqJEui0s4hP6zLS/v181Nk+g6BHUCcHgbGniL2ZJhkaTT
wEMsaclOxiRnAmRLRTh/Hm2WKXK83dPDsvMyeNgTEHn+z6Oj3ePL/YM3u6AJXZ4fHh2cvD+/PBoZQvZ3ABJI4YuHuzjBI4PS58Mi
zxawjLgsiacSVp6LjmExaCLY9oydzkTosDTewBIhUCyJ66Ox2VD4rclIZDI4cfJh2jLtpLLbOmrtZCDE7YbFl1selBf218gZUR8x
FxPNTHOulqyAq6ncMB4gBdbCqontcP62t3Y6fYBXtUfoAfHtFnyhg/EzIQ3fonBNVOlSQWI8kaPQ28/KmHeBkadCDZBPhXM9LDR2
iCHjq22V8lkf0Z+O83waz73pOHkC/88fDm7Soayhyg6+aHcxB/4o/vjUr43+sfLg005VmwFtBXgK1ogNvXlKSCoUsESulJw6cgpy
YwZpfRYmSTTzVveYIkGYjAFWOrp82BA3AiTL+oi8oOQkiYrXAHARCQ4AyvIRHMm+3PyhdyHXPJ5IG+kMyB9dkiXRh0+DNSLx6iKZ
RTJszOgsE54hMFoKTP6Sc/0gsJwwokLkYVUFhZPRM0fhvb/VF3/HiV9DYz2dRTmI6EXmeQ1cd3fivqp2b7fTfF0oPtNv98SItsyg
cm3Fhj36yk6e9m6BbNVwuwRjkBPclkDFu4e5sdUqwjPBmHeqtsxDUpCP8VaL/nREvFOCE/E53yGiaZ8vEatXBrSuOB4b6FsN8jXa
1CXBPIil6vSAZOoDtgX1sCyxtSLU6ggOU5zLeKuemE9PHb5ml3+SiaqLLILBW0SkDmkS+KZUnqceh8hz1DixKHrvSo8A7TRbcQeH
smPgZquY7r68hwhY8Nb937e2/rb1/B9b7CamDFJM/AKUNPH2dSjXqq95GZlMUGdcOvrAmG8oem6qXyezL+9jsicYtdxty5u6q93j
ynPdmar2a19g6SZo3DQ0zYCQZR6Opbdy31uEds9lPUSV2B9WOmBlHWu7n4pHLbV/cIHLr0sLgnpWVv9pgdxaqFR201o3V9sT+Abm
sWg0L2igdy2LK4s9h3dilRZotu2NVBKRnUaoZLIRdBGHLtqAEwJDDkICiqsgB0YY7iJH80gi+nF0ciyPul+TqkntGCwevEs1Nh8U
FECCgaNUsIRSc0UGcMtdXMvlUZu040AIvhLAIG1HosvR0AZ0+Vp8cnmFYi5PLVqHt9dZKonCWjAhGn6GVSEzPbE+lb+yRr3I7iWk
ZdE/SnyF3JJOb1NqbH3cisy55tC1rxkEohk2CKwsEQGGQRdh+1UPxunQZoUz9PxiF2gRZVv6iJDISrvM2ZfoPiZlS81VOKEM7ZzP
nb1JotkkGLg8FcuMGmxYghXIYdpAySqmLhcvJVOkTiUanHlkZWlhXyltn0p3t93RcWOjcpp8iPlLgKTrnEv2xeacq4gvzIBPElnt
OUByGocd1mADGnoSG6fTgEj2pkAStEmM7evKfKmIb+Tk/Re4QG61ILtNxt12y1RKYBz5ebtl2jKCCZ1jKT5qiktfqimfejbLkm6U
dw/DkXBqcWmpsYHFgGnc1tVXnWNYWOFiPaiqZzVEsNBnLbAOtM605aG0Gum10vkx8LzufEMC701zeOZ9VTXh23wpf6CnH+UpO88e
TjGuXXGfey6MfROsATuazEpYHYcuGuuLqfRJSzIZVP0QWNQnEFJSLPDZC1Z31O9XtrtTF9RSD1arjd4fRYQmJspatIWuRegAUOvT
caPvzAZP7nNMtCuJlpBIR7NrNFBr500EJFnEeSALbEgGeLV4ju1gHQvE2TI5WeS+igB+RM6ORwd9ykt9uvF5amkg5i698gknj6M7
Uos1nbh3bI0FrVhVqYvvtvCfdQJQGyeeI6sAiM7grzSBg1KB4zXuM0Zw9qmxDKi1IQy+dyHMG2BabO9bTB/yeAxCwfHhHhuIY1Ux
fBxm2QNdEBTi9uRmKSy5/uGC7hFuBnvQKMbaJDUkIQuHe7avPPmp3xKCUBvLr5YtC5xG+VOy1LHhZ//t3qkn0kGiGbO0u4EwFF/H
7HLkTdH3C0U1jDNJE7FQYx4bjg0wWzgb+iAjaizssvLkayfoGajxmTABsqMYzwOPIN0ronrgKG/XtIA8bkteHT6JzI76ZKObCcub
lnHHeUq7e9pzr8GjzWOts01SLrghkcYZMCkchu2qg0ImXryJL1cGumdmJD7vXMtNC4bi5EUcyGY5mVWSXjV32LUku5su29weC6Iw
UfQoSkGgeumRy1vJzrgiQkqsyZeYT8U5F8in0/xXiQiSMUALsstjYhyKdu6TXkI3NzlIkR6KJn15sYsIgQ/KE3iH97Tojzwhlyxk
g5gCpblU4hkNtcZRazSyt6O5ONrQqcRPnciIHKqzWopfsyw1Lku7tZksVxmlBrdYq5So11Svfox3TiWdPoX94QXL9eMVdMzeQTup
paEfF6jHwcNeQ5Q07Wr1I1mbRWXWMF+TAtvUqelGaSxYetvoasRzWDNalR1TaSZ49hBg34SYnZV7oog259bIi5Tsg65gTYLUsrP2
01mrp+WGtwkjOOT6caUhde0QcxeqpPW0BNh1iw+TvhHcgS2lX/n1QYJWMxR9eDxshsNcSDUlkg5zkfKXc9jI9L3viRoRx1FxeFqa
iUTfPeGIoSW4cPRZDfFr3hUiyHSa7dipXIUwEzqCyqGAgbtlFS8Z5dBNhjyYcbbsi2ztodGWaPUd7zbHKlRjUl3o1j5SIFpiCZ0d
Np0T+0TqT5Dk0m1bYc+poAdOM/cSAcghoDbmO7R8VwtW2RWMj2ZJYRgOSdY/fodtNyksREmyh6el8y70ASJPJLyR+tWRjuJxlubp
deG9i0JUcvcp+oqSnsH+z+EcwR/o7pxsFBjQi7o3+SdxlNaC03n1giGbRsgXoy9DoWrD6RnkQ+2CSc+EosUoPK3Y0imhR0int84+
sVS5hYEKqUfmTXHl08V9bfL7MQPTh6XXOHuv9YWQ1RcDYcT0fBEiXEJM2ZEhzSKYWfOlM1IFZuQ9x56FPqZjUS5y6LdW5ulHWpbh
fuc0KJ0GT/neSz2urrSRixgHAq2TytfMjl3LMGzNUEtRRn3lTZk8cOQ9MqChJexIOJqTYUMGCHLsE7sNYs4sDIiqYRXvMH7LMf9l
+JO8LBZeeyIqBnPU5SqnRpEux1MZpYwqXd/0UM+qw5VA6sFV7iTGnDMPdP6K05mKxSWnM7fb2uc4j7cHjx+aliPMWKzbottTFDel
pLJJXq3yscCXZk3QmnOJ/2wmyso836LGVTPckUlmvRx33YxBwp6GlrSd5izJImUVbpGR7RU70hJaWRdLT3cl/ra2KzOWcK/it9V9
hSynXgxtt3bgPy9kx+xOAo+++aarZGxgYRUHRbcX8Yf2ZCXpgqXqGP71NFBSNgrZGdrsKNmxHtWRcdbdwIkIdRmgnmxXZeWidLtn
yGp9oVAqDhU0YnGZBKwJ6w0Hrkl8fa1rf+J5o69RAzreGxreHrMvpd2JTAQ1gIN1AolV7+TFlrOs4d8H60qGwt0lpCUQOWPZOTuM
Z2UWkaEK+hL8kV3HkQ1bwsybRhPxS33l9y3yNrpFlWZ8KdOycX5mqQPeV1VaKfeBvBfdpBl5yZPAW1pM+QUJv6WnHXbEOxRwV30y
iPCK7y5RFClQiMT63HKRchGcxv605D9vWSYVy+WbazFEkQw1IVEVjfL9cq5X5W0LI9hACHoNQrtyHFlD90C0aF5X3VRwrxkKOp1/
nd4IMQ+z3eCgpSMdVUNBT4EfQZT2ezuebHKe7mJ2fj9w+T58bZAnosJEobqetDVSVOkzEen8heGw1bjZybCZFJ5I2Gjk1mRe2ppd
sz4Z6fvfzOIpfkkVV6tEUuDOS5g4GYFjG/DC7g2G7XLszq/svyc+bRDX8J8zEQCDX9Fkgbv3JXtUDGHNPDstglzHbcep6Xy+tJsY
3P885YxdkUz1ZE3sak0Vxp0oTIoGIgS7cb4goIPQ/tCpFlQld4A7WWDHjAKfmuI9QgraSG9VPngtnAmVCXLAoJKNlEtCC3zxplR1
Qwui0KLPnFHU6J1OQWhCHeIQFyShw+rwwAsiUGKwgAmGEGHeEa6Idr3EzPL4JhrYnV4ryN2pcAOiv3aiv8CNkuzJmm2p9PRxxOpY
L6Iq9ygvBBToa1OJYZWFgrgCj35j8S1eWNStMlyFQAWZ6Yq60iWVO5USDKg8M8WQyZT+oYgK4otXbx4+AEGoDjaJxvFEaqU5qr6A
IwPvPEMrgNi2dzDSblFEcyyFx76MGAc0j2FF8ZyHGCcmQ144DomC/zmSrabWxljXVTJ1qhYjqQjHbb872funDOXBakOMemW8XCKW
BL3NKGaSrBEcBUcxkjW9XRg15DHShAxTkMPYPbrITE0h6/AtHChcBTpZ9AeiG6ja+Lf1GmQaUc0Y+z0IKzQhLyl5GKgfL15aVx3x
CrtUDasqT52GCQgkxIPd8b+XMUjaWvd4Oo9yB1/C7xtd8ausUKZWMihQSZ97copIM+XfVCnpWmbbr02bZCiJXlW8RizrWfPM6Yfs
adO1oBKFaLLdLpVEKiJbVsky8g6FYNqAqwcr/LhOpD/aZv1Xr7ZH3hN2EGFNc67i0IwQTo4OzFN1uBCK1vOzUzs/nlv86cj83SlJ
9cPN+TABM36YpVfh7JdfTAYrkhH3WqzfpjwJHVray2QmtXuMT2tasSw5ChR97y42d0kzUF9tLaFAq5AtmVd3HwI7FJ9aMMAIwG3Z
J1M+ju4XQI20JK+ijJoK/NayHbbK0UZUQrv0J5wLJYVTJPKMa7z6lUgmVxEPJX23XOabls9+afLrW+1u3a7/uQ0Z7nXDIdcf6Go5
NIbnnOw1q5+Wrd3ByOLS1icU001kaTF6l6DFbnNzneCPtcxydT1WKrEtsSD2+h7GuLBBMKa7xAcvMOXHxMS8JANOUrEC39MP+L7c
iqElpX8Z0k69lEqS7FbEcL2HzqieCGdSgFliHoreh3o9Ek4w456xcG/olcHUVTumr1cOCXodAObIe3ig2SVwEow3ZCGRt6tDMtAI
VPOTlDGYo83RPtO4aQ3nbFlauAkSV9JQDVWWGqpYIRVo31TK3PmdkYIW0cvEraVikMGFSm78IWhVfKlrbcNMG/Oyycb86asvb1te
x65cZxwyPYPZzsLbrTys6rksioLHucQuEL0ouyLFVoVUXgav6FDaEc7deD0nMpdSMIozAoUPsH4WxWlKF6pkd3soZzSzlvXQqgxb
31M1SYoj6LEB4JKnyjmHqFP5gouI9nZkZ+J5zRWfsFfrdzpOLqV7fL1z/S3nq9RGkGGnXYYAZW+RAsdwjKFe1waRb7pNBLdyEY4j
11TU+/pk5CtrOAf1UVK8uGuQisQVuttGWlC7PpUfVxzsoFsq70E5zmfSZalPqdRRcoIesaTmguzC9o9xZvCSq0KLA4gsDc9Cj9kF
9+N9gv81eSZgkY5NlN3EpbRWGSVg9UcrAqH5D4ijiH4P0CqlbOf4bwbTME/ly2wVr9ikBL1RWRCko/g7zuBQkj0n5n4pf0QGR/Q2
XiwizeuZ4xjwW1j3GwqUiPFORiXSoHy8slABGrVg1LHIAaCspt5qPudBMIqTjSfkRWKkDSrtL99K1xTkZZQgQvRbZs0L0DSLpsUw
0XOZlBdKZPoT2iI76JkpikLOiqGvg+e/3Tu+PLg82j3e/eHg7HJ0fnJ6erDvYVT2s9dbW9tbfS/03qJitfmTN6ZUlcKGRRPkSQf9
aipE6ZbAnj7pssBgJEr9ll7lv7zYGgwGW9WC22WQIOr0qIBuiX82Lf+S/zhcR17DBnJlGv8RkR+fW2xK1sT5nUpObf3/Nab+uDWm
OKPVbHZid9RtNxqY0QTQibCKjwSB8FssHJKQ0OWq6OOluC6RD9CLV1GsaUJ5gmTWsLbA9s9yx3GXqAp+O28Xm1NIuniMQ4ipBza5
dVBaBVIJOxeBdJt7nXbcdqcENpL9M8Hks41upmu5BVmkBzHZTw2X5joWAVWpevN08q22qWaNt9HtS+RScASVZF8Iv9G5KQC8a5h4
5YiyZi4uglkmctc8UnTFnoS+2eVArhauthbgjQgKjy64js6HgIRhWxnWxy6na7JC+ir1XIJC12h/mzUwU3AT7onV+L68ThrW18UI
h6A3stbQh0DmddFPfWU6zSgsj/grKUBIk/5jV11ynZZTbt0gaVblxdCCsvS7F/G3CM5y+Jp/kQ2rwKePrkOl4OZE51hjq+DYUXYX
EhZhwXbOUJym25Gn6nIkbzp35t2Q0UnweGd9Qy7kPfteSyA5bLgpsVg7qIMOJpzfzHWji4PGb+Ce8cmdUTDk/JSGgEN6k6ghHeeq
GJcMqyUFQkpYlCBsh+kDqoGVzK8PHnnQi1JcnIud8+eV5WCc5bhqwtzn+yvUQP/MYFjpyQmq5f9Exbq+nDITwmqMp4+ifXo/RMWm
gJDtEcfo9cZGCO7z4gOIECSSopkBNqznfYI/CJl2SSLA5yOYSFLMHvaE1RelxvUkN6FwvvROkVwDkNgrF9UO3MFc4ivM6HomhWSA
lxeIxAOtO5obExfhFsmfB92SE1EpcO7YNI+3lJRqCtfV00Uowl5DG6aHkpeVToJ9dBIUIJVugkxtWXohgkslWXrtWfi+bY685X/D
6YbDVi38ylfis/QG1H7Dd0BYh/iUoy6D1wZoiZEvfCrWMIny+CZ5QhHy4s1gPvmKsh2P2U70lCjGNrrGYG0+NiQiuwnRAuSJYhHY
g5Zqlt0tC0xu1PcOT1fPObyJomGwOWLwKhqhs28fR6MmMAHQUcmbZoFpWGX+g75yfX0TZ9Ed3v9ny1mU90vHLpn8RUHNw/XJdIVf
XPIXONZKEkEAeXAdhVjEIx94e3/yvuU6B94pBrMIv67XwutgFuawaG9Xx1HBjwbjXNjtyO0nj8K5cDzG31+J2kIUCJ1jVY5ovERS
yF5mR2mSMkfOC5Gc9jZS0/QLTHVGu4Jy1xN8eRdjkNBXysLKNqmfRK7Wr/iMCwMQLj3onQJoBvcrkxIIo+QNrNNCGKlwhUTRDLxc
GHOxFTIB5yJTAoB2HN2h97DciTP8aPMH7CbYMfdixqzFlUxX0B/ZEXVRLyncMzPIwhnG/MCIioyBWrplHHx1fLinnLbwgURYzLQk
Yu18mU0W1/fmrp5O9lvPkkSjTOi7SwMLvxLK5duU/pdbY/YLar39bSXz7yb8443mhNQR1kXO6VGtUFKynHPKuzK8fhqKYCnMdTMU
04VmK4yM5XTI8POK3FxgdW+m3iHwCWhbYPZJtFmK9/1KZBt9iUhNV6Yg3JKdiTIU4VM8PDSGszQRThzzJaIjsWB/K8zDmMEZkXaJ
D3xn1JRzbGW5INhylciAxV1R9nn6bcnpZemMXZ1XgSUTY8U+8g3QwRfilutdlNwUU3paqwb40Z2uTsYwUyd0M57r2ZYovZF4h8N9
aM48h9BZyh3BfJ5tl+mdgPIc0xaPigf0uTnk1EfNFY04+0ZilJ6sAtOhbvAyie4XsNNA9DS03CD+j7xyo9dyJ0lZ3didl2yIokQ5
OhuicnNOP+H1U0pZDcLfMouLBzjpBwmG4YthsZgVdvTSe9rHMto5/rltXEIcjd6cX1aJmuiEy3WJcwPcHoSEWYTOYhTljEdWdOpv
kwmOzDCOY0GzAGCK6YM6FuvivzVAnRvLTHkaTtHvVcORQSltZb9NI6TFFIm4fD1KyUVnqPe0575FFl0vMrygKR5Y/hC3P3iTJe/y
Mpn2zH+XAkU7TbMCQ4PnaRGJAH2UG8SfUe6kNIbNDYNr8taVNT4hGNoN3K7dwM+dm1FmfcVmJBWvVAIi66d6Rto5VusQNK0x+Sw3
LEFTg/HeNo9oTSCHPcoMcvd6ygaj6/dUwg7DwiyZq/UhHchCnE/mMM2rGTBxUsTqsDYJnLiMFWIkwZK3c9pLC7vEuntIdkiqLNk+
lhxDf21gtiQi5d7W5va336Ioj9moSGZAcRixk2QsN9rRST7McQDpytDIyazZSPPWbMxKFWRwX3r5YLSYxYW/MdiwYCi1EuwJt+15
54zD8tii4IvpAuhSs42x1TmQDoiE4wVwTkyHrD165T3rkodaQTeewvaPJWASMzEx4MbWBnaOOQE3/rFh6dShF35d4ZPYb4VVHlNS
oi58EiFIAALApbZp2WsEGnditRqZhMWLLLqO771wcDUYDyZPEnb1T7QchjCddmQ9pW46oWzemflgtQHQNKaEn4dYo/7k2t94YsNQ
bicSOn4tD9BgtLxikLBGAbUJOp4N7yqWB0P1wYPgBdROF5EJe6ggq/4I9rXzMSoRFXv4HESVGfdMNMVeH4+mf/kLIMyLl4Apbv6N
V5DoV0wi1hDRLqcaHQlndEET88MOKg6oCFD4EtVS/TfmyNeqK2HCQnh8F88m8PfE8//qfe9deB9akxRTfGyl/pZ08IoeRHkkHLzF
WWxV5syF74ImxcBKm1eEfw4p9/Xu/uXZwb/eH4zQBx/656gClc81SZNNWikxJjcKbIICrSNszEoenN3kgS4TEZXIBrjx142+t/E9
/usC//VhA12NXgkb2PoQiupXRShMMWqPcMRwjNkcPbFbQ5bWV1Jat01CIOrKhVLKinMZzuIwR0+svIgT8t25ZKqGZs/74nKaLqie
rsiEg66BQiZoQRpYpjP8BPNad0toLZCEIEIbPSIdZleuANtTdSJtXwuSrKU6Iy/96uys9Sq/NsgxN+yOcZZR9Py2OsPIl0CXYJJP
twbb324N/j7YerL9nGut0t6KZmKDreA7CC9ulzl3uYtNM/bh/RoTVYhRnV4olQQ1E2wlp1FC4kria9rZBWpKdMSunL588eKyNFRi
YYGhKrmLCg5gcAWLiHjCVwrkSKinrNaCMlmmRBSvnAhP5O+NGr47xsuE4ggQfKVlFK/ifGXvpHfuovKVmo8tl7NfjiNlCPjDF52I
R92xoLbkIuf3Wuveq8+17xnTsAW2KeQWOwN6sJ6Q/pHwDxUO2DPY6+PZwOKF1BPUi9PFLxSzWw9GqSm1nzVywsWhAnXk2lZSYYSm
TrbTXfvpZbNGbWeavG+1Gw7NuXbDVoJB2pLvpnA4RULvam4sSuTmUxJow3g6moaLSNRWwKwgK6rkMw1n15syipY6DMRlqhhqwV/0
a9rtwDugu1sJsVEBE+HlAhDoy8T3++SkGxcEYEvheAzKZb80vSCE5pj/uNoQnYrIPipwUPioJ1FxSSICIhxVray9EH78CE4pGYTu
QBSt99pZpV4qJLdbV8bdk3Sm1+A13+NQzpdyQh3vdtXBSvha2VJmtrKwXzuHRD/4NCtozoaBLnKtQ2W/6tOkfYEfwsT6mG5kaMKa
zn9qYSZxjve0l2KBbGKe/s9JEoFOyx9mkbp+P0zINR3/PFkW/HenXlSCfPj7/f4p/ud877Tbt6Eafnc2S+/wj9cUKv5IDxyrV4zG
KrxIU1eVG8q61RFsgswRphYCMuxr3mh9PdCuJR89XQNoXJDSR0sDBKfyZOWOs2TF6JR7gqc4nB3eJEDQ90LYdQ6zdMdFsc8/Wx85
9ELP8sQUVFZY83xasrNonGYTlfSJ1HL5o8+XBlfoN3wtrlmDygUcD/MGpvXwryWwROAFE+r4cML1kcvxGLz4f4k9DL09/SdVrruU
bfsvuO2rZqumOSHdPeretR10XVY2RJ0out/xlOl4hx7dDyj9a5ngpYXkjx7yIpoPztQqDU7FrQKup7egLn+ICixQ5Qf4l3zv97Rd
sB0LWcmMipMsNNdH+s/QW2BvlGAYs045PLYoyyn20K16Wst0xhwFPHbNSMelhinF2NdL6q06qXFczgoGcs6rDVCKf+VxqkPg07YJ
uPI4Yb8Vj1x4VIKMffel5oAMwURUrZ50Y+UwRXOsp8u/x4Cwss+WTq0ksOJsarn0OJTibj6Es7Ok5KrofwI0gVQakEWBMG3GSR4l
eVxQ8WTSaPwfOHfb4anqwttUf+5SGyoYpg8pDTw5lceVdWmMuxHy4aNyPnSZUqXZArfwEzWYr9tQOOFQjJS3RQHl6doiZ6o3UbHp
LWfOmp3mhCDyBoTm2QPxY4Cw9wgvObu8KT0YEIf9uCxTJ8YLygG3+c/v8M9nAaLxdhs5UDqRQvrv+caVHOdiEi70fcXhqH0A54z9
FhRcqiXxvh6fD94NyrPOSx53w15s3cjBxf6csaXYjRQtmID0zvxYoNKWxaAQ61TWodDa3PU5urOM9pNR5UnKB6CsscN1tkm75W1B
xdZ+4Aw0oH4Cw7igrOYVtfal6tyl2MZNKqxxYiPKlF+CJ2AKvAgjQPA+KF7QccdFG7j2UHz1Fk5+lMnNixcNfL5+WVw5orvK2gIH
VP+J8PzWJ5bOzj11W6b5x7Ow0Aj5fadz0FTmi4i4EXGN5oVL4ZH2xPJqEuEr9tFaPUVHzD1KwyRqsC+xElLtHvv0ZHTuPZEd5U9e
xJNXT16souzq1QAEUxGY8PbsYPT+3TmfitzTCxLv4EAbbB6gbHOAGXEuHMVW/7e7b29qG8v2/b8/hdo9VZFrjAN5VY8ZuosGknCG
ABdI+pxKUmlhy6DBljySgVDd+e53vfZL2nqYkO5z75w6HWxL+73Xe/1WPAPWbPf3e+/0ejzGRRtx0DnvSm/UGw6HPfm0g4kgo/SL
KSBPpxxE6seXaYH/P71OxxRNB3/jLEdBDwNPebguY1peSph7f8hBOjrHWA13Luw6yK7OyCPF1f1SdO8z5B5DWUUzyi12spj5FbwE
2RUOOwh5OfQ8Bsr+otaQ3A+yrhh80If+o7Tap/TGfddA971Oiz3ZOroiUq9a6ze4j/rDeTa50x943MxTeeQtfoxFtETna886Kwyt
ZSG/Iz2jb7Ffrz+jWmOFYRxVfQcqlv2a9xSo7RHZDbHrAQ3/YSpkOyLa5dCS4weyLuRuvxy+PmHgCbjdskbt8t9Kha1zr5TCS5LX
l/Ol1fr6Atc15XtJ53BUXivrjxJCkXjKLe7sQ2fddiuwk8BoHiPt38kVjfY6d/SOUUt6p1q2RJeKncSlzkWdcDomwuMtHguvWysC
1IcNuSFFVJrIPeDgL57R483+chafOh0qX//36BBfX2+7GUbqsW9U2FO8hLgFufToSj7AMnQoglIjisGYPu2dnBydIC/3DtDAO/OZ
kTJKglrdq/ZdlYes0G5HNKKQGLSKv945DG6eBJNsTBfM4JpL0Y3i/cfh/kIEhU3Fm8nubvelZYmAkCVukyLu12YzKZJP3hgh+bUQ
ZBa1gUHW0xQmvWTNCQ2WCwMd4y8CrEMP9JsrMtkRhow5oFLJYQQoOJWWSKhYU/yhauZ7X5Gt31vzoihcRtpYMXcpsT3Q42paud7c
2uxy8vF5A0BQZITbnCxMRNPoUR9DlyyakCw2VzSvKua/YY1cVv64brD1g7zZoEHebDQN8majY/D2KgqUTgQyGJ7BJcJlZu5lTBhy
pXysKKgaf6BkJcraEKj+85hVUPaBSifJAnW1yZaCi26FFkQSKS+jm4uTMMpxRQ3J/bV3Vq60XWTHDoFIPOD09mF1yEMFxggTvGqE
arUUKFdbM9roj3Sb/NUuaRonjCQR/M7GPLTH0WuVmjw7JlFrfxJsfBlKwkpiJ9lQKL1K/JKyAr0zzBQyO6RF8HJqWLlHhtQa9kwe
zuLq4jECmUFjjzkn53ElNWcQyNM/bDz9B866YCFn6IMa4XFsyVQwPzkBPlhZ7sn7nsDVOJJy5SFp8JOamKQp05feYAk8/Ng95ibJ
pUZ6UmkYfVhWk54sdbISUWtGwJCe2+gspkuB2sXqkZ0KZTboHOMCM8sIgjcYb6Xc3pGFbG4vvwN2ZG9tcrEmW7a2hK0ofvjHs6C4
BFrDSZaRKpSGOLMJ8ABOPMNiUbnK59Lnq3ycekNfl3zcGcyKG6CCGHP01ovTHkkWYdgx1lTwjKpM4TdPPcVAymobgZmz+o4k6fcP
PXOlPvRGH3p4rT70vvSkiKse7sAmQoeZXM944sv9bj6n/tPiB5ztdPS+NJ6x7oJovcznYw9IIjxZowPPMRR0apOzR80sGPRA5+uG
Tiaeg2HgsYz1GEJb5QxCc8xOWhYHadtnXRWDTK44KJ/VtUpdtP2PjLFMaj43PMbRL4QCiVyl3NG2L0CLiuzoxFuJnWSbxQVcrNvo
zpaUidWqm/BU3wRK7w3Wh/R/j9e5JgHnOJU7w9TeeBmz9cZK/UUjk3Q4rCwhBxNMqlBdZWkwr5gUKYBDzInuioMAjLa+XROzyPGU
uNN6Kg9sXMy9HbJDyvSJZNo6MHmtjf4zy2m0OH//e0vGH/kbeR1/6qAvkqWCl9LUP32A1dzR2NgcNeEN3vCAa0g0/PclB3NsgtSq
YfBfyndFzjnH+RQSpDKRQmj092a1SifSKkNdFMyiQ2E4NX0XGKYpA4InHXrJH3E27CZeK1VpSVXeJPnVI+VQXDfnCFI9SVipDLlf
NruJmfolhQmsY26IyefAZ+N4GcxjDPGnep6BXJAK93pSmek8O797jP/54enG+j9+JK4IysVVnD+Ge4as+Yfn6z+KPTaaRAukpMUl
WaIjdDJeL7M5RQLgQvA6CcriJCkkys693Hy+sKTUblrszJKYFNPa03Uia4/CoylAVRgvgTpSlX1PcbPNgHwCU9VEAGoWk3xGjkwk
uu96gVvgcA+qEnOnzc6MIUmIkVVBhEqVizz0yHG11mWUOxK7SD3P19eDOWeuP0eGJbwJpRUEJAgw4R73BEFc8hhlpAkCBDx1UlfF
cA0CXpaNjIy2sfFELOojKqUWWay3Yil3rNauKNJiwOgAyfImmc2SQnBZ7BW/PySLmGBZufWKazzXJnFt8KHnaD7w0waJcJ7NtsS4
bf7ViHLdKF9HqwYXPknRIEM4zI7l/I8/gpC+tSOzgM2EdqhWP+4PydOB7MgIZE3GD+wP2m4ASlGk+bt2QCgb7KC1RFtTOScWU272
8BqmQA/Df2qJEinrT2jlWiziKC+MHKJkxQjoINn7TIkP3s2RVPioVD3GGjf6RnMZPBUE7AqlohXvH1siFEOoEH578BxuHdpn0MGc
Gjm23v9qi+mt7tcHvG4lRdVxA1ckYrmbZT3UX8Kp7faudGC6jc/rv8VX61hDqZo22qh3DsULgobxogdnL8mXGBzEkXSPo0Xy+HKc
PgYGwYUs8dMavYIwMAwivHe4e3y0f3j2afvgZG97938+bZ+dbe+83tu1O+9sODGWEkJRdns4PDrTrVePl4EfqSdewVbZR6Awjzee
WQvc2KSl1tY39xSb62SmY2X+LzLTWcY3M5ZRxYL2BWsO2TYz2MBsnhD43h1c/20LJGkpWGi2XWBUsYexIYvrdFY929Ake63JIceF
Hog51J+HRwTaYFt8MKOjWuPdOXAo7CKaO+P7q3wDuAhmGwfVMvTleyMYQCKWlLuEYc+RO6IUAoQ7BjoSFRrQw2PKS53z9WebZrra
B0G8cm2D31vjbowhcVIZgsdBOYNh1IKdVY0ZOSs9IK9iFULNyZLPuOGS+XeTRJTvFkqFVIlFHEkOyowUJQQQwxTfxIVEkKvsAGqQ
glkcpQyf83ngZksOrOzBTvgc8w7gHN/IhqBG3AP2lIzvaD0p6t4s78MZF7pZC5DttpkhZF/tJw/hdr3GbEj8HVcepLo54Xjk/U7B
UPMuIf1S0wlWGgSVqKmokwmCkZA/HbwMk73HiamxodFf3Yxy+FdV56wmw+LD/GflaZ1z+pGqBi4qD3CJuEmL5urwR3V0casegCvq
jFe2Em65yVGNOc70xvuNj5v1qcD8yJOPNfmjyZTqAniCRvnFCl60z/SKzbSbXkvp3Tucrui+6bWlmtM7GejI5s9OYrDH+sqIeCfK
8qoS2G2AVa5PgdQHLgs6KBTkFL+lJEB+ulfx0kVpgZBtawaYr3gM9Hp+nSbLu6GYG354uvHERiS0k+tpiygf1nCBQoke5d5UlVTG
mmOURS5seJ1S4ROkWGxWGFYslIb+l9ZNwDt/sn3TNfFIiFewZcJw/3AT1f+QbO/KRhzR2MTrQwY8Tt3BXEg0b8/QVsf+JcT7uUEj
S8pljXjLBipjM9UzRTXuFsGYJnHJ8EW3+SAG1TsPe8xmGSLBm25nW2PtA3NvpqRoOi1uM5Pq14XmdU7F4dF32V6Fzdq0PDq3t4P1
pFoFulMgX4nc1iLseKktW8v/GoJ7AbuWamK6/vFPocouOaYhVMPwHdrIL+p4PR71qJHSVl6SID+R2vodqHwTIea0ePjvPcOQSGjU
p3vlwXS18YmIzucByJstoApRRPq6DEIkTTQ0TZUEZYf4yphcC6RNkbPb48n2JVa3Z8g2OowW15IxDl/kXldQbbuNN7IdAv+B/Elt
4VmwPVLEdGKZD0kZi2ZwVnIdoZ7HotlTqMwsBp0Y68qL2uaaDsWWyJsOb10AV+l3Yid8sep5YDVz2aNlVuEzvFleRAP3FybV/TRe
PgQRJE2eQRpg46uZ9H8RTolFAjebATbaSEmTMdUgZdSkPTqRFw+W3FSOpahk/FVRPGpCJjxZTXpJt9xWvO4QL4vhSggdQipqFs3m
JA+0aH5jv2eZ7CjHxMpH/KqVqlZlbLMZ+JaVYkbk5vSrHFzxn2uqAxZk06kNuU4eUGsJlPHygirNRuySUfEH5HRB97k2MSJmJtmr
+74+edFcWjnJdBSfQXJnoZ8oKyF9AwXOrvOCaWuB4uyw9UQQIA4TnK5sucaC4CzoZvubxqLgL1UsL9il4Zqea7AY1PMOs6W9QVA6
EU0wF6KRdSzIUL6BTfq9M4h+O6z1n6z0o0NItHE7zdMwqlGwDoyP4x8GwYZChq5GOYnquRW4mcM8CNMeZQ6rBmGT1tGKmKpPG/3N
BzZuVW1V1gHkP1cxViltG6NVqNoL6Mcit6KZuaD4Bv0NEBlCJhqJoq0BihAEw6yqrbVHdsaqOnAiQMDVVqvs1TSd0y8WHFbHPdFU
oWlqg5JwfESjObLqtCY13a/R16a/vrSHLVP92ZwKLIGkD0y3gKuulG91DUHEnRQ4rp+vJ59b6nyZvQypFVMT2Lk48NtK94aPRLcz
4ccXW00H8dsmauwT/mZbtSIPJJ0c0ntO06Mf+JCVgsdBBbep8h1LA34nFNVbESAbLADEiemqrkQdzAX5njaVVuwWGaFW0F3OenCp
tO+SgS8M2oXlrdzNxgX61gopEQC36VcP6il6uaIxbq4b5+b1c9ljK3Bok9Cqhfkn+rbsgbi1pKiM3QP5pww0Ra4rOnEX/W/jTTLQ
riXMsc6odEoFzKmBTzrQs9d3kBObnkukpOoKOIrlVixYYKo1kE0dRQx9s7ko9qTxe4ZRXlSnJpkUMICdwa9rJrLZiPpOMA7YTpeD
oJAmP/ct3EnBsf38FeskWMMMRauDJlwESrNU3RaqYtvB4AzCZaZVg0620zsuafT41EdynLOHxuvbLJ/0q8IJ1UVwDeC6VEIP+qjF
oaWndAmx7vdC4OAagLKl2I6+RhFixcWTDrDZVqAMAj53OTyqcV0zAlbhxk5BrFri7gWtLUCv/oJsehB/l/JsPvTq7itMoIerYOta
kOO9GRY1+bSAJnwp699zfRAMkqK4TvzjRmHPy6efghfPnz993v1CmS5tANeEC/5wUvQGqtHUbK88xhqgVR5M30S/NGaMt7tY7Ou1
Q4LGw7lZVBHqDuCX8oKAQNrvdMCF1C8LECS8fn94SFMvh/Agnba6gUQqvbc6lq5AkWoMeHS2NNhnjSOLKCJp+hUo0EpEBK4hGTkw
e2J1DXObS9JRIb6IA3/LVUvxliv7EMp/VCmSrEzwY064IRLznyxLdNsRxahFLi7vEexIzKleY/WS5dm+X+rcKnbKSMvgvDoWbpWq
C/xILZAKKwi5zB89RDKcGvn79Y/QD5Xe4wKdj4ASJDpmUS9gVJAHHLHjSuX5BiVg1iA6J9MnjmVLDaoxXrekxDj1Gnt2teyqR71l
tR1ve5uYvMsXX74UMqAXZ+DWKaTnzUXXl37g1QZ7x+YiqzsNLejCV9W6r3QVv1C+jHXL0OlGn8W/T33zJXc0YSnYtVLx4+4RAHX3
ozEAoGZb/xdFAjz2KLyY1Uh9R8qBhd4VVBxCih9BohLo+nRxlNbi9ivMPAv0+L6ihQfuXBGkG1exubkHVP39cekbC4HUCgEP5GO8
rwTwsDxPdkut4VYZ5Lqe/7C1ZBXmQ2/Infue7JcP4gYzJRut2grtHGcgKJP4pTWyCndQnrESe6hqasqERDVPVSTEKDitNQxJriXK
ANoExMHoVthCEI4nn+ezPmtH8TLOK9H4sTIkrWn6TM6pki64zLIgrDUw+cZZEj8aTjmG7VTDLXBVmV/fn3FUPR9rqlZmUqiKx3b1
TNajNH1TgBDYXxE8Qj7ziFbnEdXAfFRakkpSrLVCdUo38Ta2wXHF0GIklT6pi95m0PsbESXs9m9EloLhcKhqXFciJ6ktMjdzawGG
biDe4Gk2j+FwA40Xk3LlYEmMoBMIj6GQMAu9SDSoOm/FxC52sXivWTQyIq5hoZ77WZg2GvrVPL/UJNpWhZnF18je3WLj7B4fOj5u
BbL9tVqF15xaR3Q7yEQdnSzloKqqMHrv2KpOcVV/Un7+KjJfk0PitFLOvalavXoKMZcrrgg7f0bom50eQ3EMkQmRDrN0bZakV7p+
vITZKmiMAdEZimCAB7rlwpzy8MKHrEe7UspLrdfxWye2OIGo1WwUf2yPF+iMklYQ91OKgch29OQ7F/5M1cZrgt9uoFZxlwI21eIv
78thBhrGpR3DpdzAvnbet+UFedupBo47Y/EkDnmbURvlTWiRZ+iYvUG4gLFvvPbPfcR49MUkaVN53CWxt6mksHE8wl1no4drr9DZ
4knOshIBRyngSGbyQ/JCFyh5+gqD2/1RQBJJCPNRoC0CwUYglr9B8CRQlr/NYFvIVEDmuEHwlP/45W4RYQjUs4Csc5tattgQwedJ
Wcpod0j+NTSnytbqrCcP45T83vVKih2r1Fu/jRQ4a4GHgsKHfPNCmfslHRIhrEWRjRNE5qhOPvfdTacrPHa1XSma/TW9yT4tMDCL
5mUMlSBw0jegUASjmiA0FdaKr9NYndfpm6bXvwWFPVSy347rifZTQcui59I/6wf/q7agDndweXlnSJr6rY72arvgx3IgWO6YDfuO
g2DD9hHAlfc3vt3Q8rZpFmQ3BbepA2WUC+CJ+pvJDnzzVPsFgAb5+9UGTL2OCwxp01/73zJ66keR7gseLr1sfq1ZSVeFLTURTStK
bv+bspY9Au1598aEvh7u74BgmhQFKKMbzx6hP+8GqFiW3yEgBLKdtXcf8Fq/ezMI+N9D5kLbAr2Ev9h9+B56N4vSIfR7ipAAI+AF
J9dpSlflaXA0hVV4EZyCmgqs5h/BcUQVmY0SPqRhvBseZ7dxfnoZz2ZDaalNdH03/1N4yM3cMBG1ZLJmPVXsp4UROMNIk3HRYRi+
ocCrtWNxt4TJMY3wZt7vnPrjDPRmZkh/Y2e4/6rDyjBgzHV6oVpgdClCZw7ths9NlLuFeqf3ot74vxRE3ImhITB6pIG1JfPSMsHn
F+rotrxySlHo+sVj86L1S/3rb6KxTXKsfq1fGuZ3rM3DZZIl07UeqNs7IAW47UcKheMNQjptBNsUK882uIhBQ94dbB9umrKkVIEy
j1mIWR/WDRIbl41w2MgNuqWcXomdvE2X0cWF4SRcXYB5FnDH9IoYFkXRwuGyNABqjx+XLkUHgKO3XrOEcIGJYKf9LmaMby9k3Myb
pQz7QNOz/vMMTxLd9Sw6vsS/4WIfYW6ZLK6QeuHaQO2FW4OKvljwD8/wI9J/+PsFsmRiAfDhH9xqvuTnNtaJX2L1TfiwUSNeMGHh
k4s78S0ZKlpxhtM4wsgRONS/73BNeuh+oLin/mPNMLAvQKSLJdBNDC7P0eQ7DE5BwwN2evqvt8VIPryJ0ugCoRvL/PVXTpZ/yR0H
4b5qrb8ZjAm/UNrZ3T9986iw3zkSX6B6d+0onSWYHEO7p9S2vsPSOQAWLV8cX2rPUrPpNT3fyldrPBHEGrIWYchevlu0ZX/nGNgT
Ai5UIMqhlQVPEAR9p0DODiPrQEdo4Ef8jUBtyBBLESiLGXS5IBjMKSW1jWhRgDyQ9wXZ2vYNNE5GdtSnq8vsxOqii0YgygQuIY5m
AgWMrzM8IuUHULRHVFwZPDbC21QGP/b5LCKqaDcfYuodZTLldn8UpIxfm6XHgyPrK86eeDqlytCY01DCqtZHpHx0hM5+5+SO0iuH
cTyJJ0qRrzs+4l7gh45jAvXsEzA+Aq8zTAFn7zHeG04fDZV2h7htmwwL+UkId3rBKEiwXQdRsfwFnni7INg4PoXYDL5GUFXXKXeE
CAi44CF7KyT+Y0znoxa9TiZShC3mfTpbWwGO5E2UX4W18VSYjkLPlnPEQWsKG0KxpP4RtVB+9Rh+A+Fnfg47H8IT6JK0z7jPj07t
fW8j3YEeDs/vUVgN/dwqltrekXFtoheHVTSU/jiBXTm9RFwm6balqFBd5MS4pqCQmvK4UnvzfQ/3oveRGDttC/wC36rVAyaROEOx
4j2dx5qjclVdSHKvRxNzpvwJR9YlJlQ8ucVpjFFK6sqy33euKWdAYPRBWOUm/WCS4VGXa+fBXcFbqABRkMqou3EFa+sB5f2x5Oa1
j8EUQwKmjeVZcCum9lbQwlufp5O66k/TyftedYKwf91Ce37NE1Cll9k8GYfOncG7R5646s3BFN7/gr9C0E7osAxovNaD6L3qd0xY
qsT3+OtTNtl+abUYWpl37jzGJFJ014/K1BCY3duznWCZjK8QfTfY2X8TTIC6LfFHBt8lG3CkcTepfqrDboUJp4GQeMYOxeNRAFMK
CfnZCkhkelpfPMhQyBqC2h7z5iiZmWte3EnmCn+INcqdWVQUEvHW8zKRXoNdEWl65iqWJNBmKkzBWe9ev1bfxENPMYd6oQ0lCUP9
5RLDkN+msC95Ec3wqxC+we3rGp7sOYWy8oXEvS8905WReP1SRd9wmmKleDszxTJZbiq5ahPINsyZq/gOp/U7uZKFaFI9LiYS1p82
vQi+1ERBiXDsabAitHq/9Euylf4aNLrpyhpdOVnhCm89rgvVxX1/ZaIEytkJrRcND625WiwM861yBGIJY1A6JCpltn4C96suerje
kNRShtUVU51YV5z6Pbwv7TmhjQvt5o99tvLHrvrWRtiGdqrhqjQzznhdKVWzyizqn6fq9ZR3TuUp4J9/0tCHB3F6sbyEL/7+94fd
mpImwFvEyqQ5L/Kj7BzfvvfJx2+yfVhIB9RdJdGTPjsINCLo+R2H6AA3LMZ5slgiowvCv02HrPmuxf8JHon6ixHkjkrT1GlotCwg
/xMQMpR4ZZT8u3g5bMwmdo+WvWx9a93USYONhU8E7uC8Zywwe3URrvVH6Mt33Q7gV/AE/i/wBjSdOD7tkaC7rI3tEmvBJB4nBZfO
xaq2k6TIrxeUZPvv7DwIKYiGalc+7VNBgwXqpFi7lyJuhtjPzg/Bc9aJw3ExlsoYStQxNDx4Ptygw4JKEqYPYLDQ9cUl6uNrCMYL
K7l9urO/T21RyxTuNNI1KLCadcLiFgUYSvzPo0I9UWidv7iMFuJyD8JDiigyhtlB8I5huwfciR0sMeAKbL/vXo4XA4oLev+R/n0B
zA2W6HdtmYXrSGERfP/Vp6M8uUjSL4PgFRe5KaiP3bRggg5v4d/XU4IE011z7APGEdFe7cC7F1l+94XX/L+im+iUbtSp0vtyNE6Y
tcU+zq8TwfCZj6hKhVPlkL5AnoP+Eq4aghsO394mExw+6knGXHRjbaGFyoL9hLI07tjp/dLwOdoS25xK+DsFO6giITiF63Qxu0ar
MfrJ+rTphyIJE3jWMrsGYbhQYxlp6AcYH5oiCsH0l+3HQSCOI327IKT+ibJs4VtwYL8j+8YCsTvY7SWD/o7p3uL6fEbZfRSQP0bR
V5cl/M4lj1h729pzOGcHn45P9l7u//eno5P9V/uHsNSzSTwdXvZHARls0TAOLB1Lr28Mgl9h4/6FAJJot8VFRasthcLk2xMsw5oU
rJc+a4Ju586l1a1gY7P1WepqK3ja/qRvMFvBs01HoypveqjCYUzlFmDWU7j1sAzHvLzreF24T1iIXaqVs32NihCsOtUwedI0Z9UX
vwhDerJZl1KBh4Rok5ZQ1cuHZOciQZVHRbFu/DbJm/YkX8JZZYvj4vKugDHO8MAOSnhQY1AI70iLA97n0NmRMUsSQpJ2D7/Z3vnO
YXVpsPeZizoKUhLSslyBKalWgDCQFwc/Y3vQVDybwnWaUTnNJed0YKz9MoObJy25eukyjuaYCVcCqSIjR/l2I79Fm5+1K85FIYWy
XuL+CVYddGW4oiERIX1jG73GTe2VPckNz7Z5lxEHLdgHNbYI9bBWsdvhAcwa7TVKBkltEBNQemcIphZiWpYwJCnG3RSHVLYYysJi
MqcMnvGcVMu2P7IOKG1sR6Br383xDC5XOO53g2toDLjDSHyygPAdGvOYkQP9xuA6vxGXAekgDrDGJ0EELQtzKEcON2K8Qzjlkd3L
WNMbzJ+bUjWSw4PtIJkgWZliWSc2jhO96iOzGBiM4mD39c7xAO048G9A4I5DqXvq8xYsooSLokf5LBEgo4KBjqgBYofQOaGFnJNZ
EMH0sxsYDU4r03nk8XJJeRKOrOU4YAyGEnM/XrzLSKMYoyULa8RQ5mfqMlWBBb3AdIRILwzxY5rkwCnTib4oaAhnhjybcI3JfUI0
9JwqnGsO/IiQW2YxzQH+QZuYM3C9uYTHogZOVzeEFf93do10jpxqvwEj/C2YR3eYTiZPFgoSk3spC3l1tIiQJE9pSBMhNzyOAUtA
ASEG4ZaIGiozBhrfSI4UlsY8KQpOAtbUR35agdLwiFaiM+ed6cy5jbnWRExkAebRWCxbSDXOy1Rjs3FYkUOEaG2hvTocS3/50Hq9
UxabCJI9QNbcGGvxPaaI4Rzgw8eRi09oseS6eAy9QB0UNmc/0BKwvwjP2xZInovqQj3VwcKyLkWHY2WZssdK6gIiBgSBE7H+jVmZ
5q6L+2HtSbBB9TuxeRJCSKUulEzG9ZuAZvn60jSUyyEKDWWtwSe+ISUvmGhQpV1VEJEWO89Iflc+RV9/YbX40q5TUXFO1adjqn34
aAlq7JKMzbAk0pHMvjciMkzCv7cycAEnanfMKiLXYLQmAlNA4nmwu328yXB0a6ReZIqTWZAzjNvLWTYenGU4kj8jn9Fy8hYKWXye
E8p3cMRo77WjNhJfE1HnJuAS2qOw3ER2w6tdUjq4DGMTedhwr1OQDsmz3YYH31oP3WOUKs5fXx+kIKo9SjCz2h++w5RAQb9FJLrK
w4nv2X63aeOMf40KVMrgIBBc0uuoYP2LT4bk4RjljTGVzFOR/6l77Z6RfroPnxtwCjf4yHbUTLb9cD3ctsY+ahNGDStnhmZa28TW
1LBMe5te6DF5zGAV1Em228EkmUqttyAk+ByWGeEMUFgKkUAcFQenlOwYLBCR9OkholSJw4kcEVKNth9Rc+E8DlUecUXhRuJIbsZ4
6e0gpPpfBVmmnDKHqsIrUM07zmTF8VJqLArtvrYU4rniDSTzOU+QJsrUuSS2C0dAJNq6mayViFsJt++xKii/QJtYgTaxNUwG/OHJ
xgs7jA3tFcAOaEqoPyDmKA+9nkMVQ2K1aA9VQZP4Koq0t1HOUdaU/1y4+oh1MugocHUXqmMWFVcOW960DK/DxZ3YDj6ZFgoy1E7Q
+DlLruJG0ZfKRRa8R076LTbXBIWHv9saqrq4+D3l6Mcz9LIg+e2NNZMx5mivj0zxPYtZSXsCL9uvFvT5WcGGui9QyFWv5s5SF1tl
0xAQSmzKYiMp1y1dV3//0zUIKXeO18/qrLXIzi4jSJeapzSt9NhitO6IreXsea5ZrwZPQzeopqa/8M8v+Nn9+r16HuO91d/eanYu
/fsVDzYf0wK0rOVtjFTgNnOUvWKgC/qd36HFa6RN+b/ToVJJv1LZC3iCgvp1q6/i/iNLKL6wNYxetjASQ4Wjkorw2R8EE7JWXyhr
fIAlogtli6cPZIwvKfhjTWYQ1YS6MTpFSOMUBeuWozdKKkdCzgdYG5gtWdmx+sZQOwWcWaEIfXgqZNhWlC+AqBBLIaYcZvmAeAg6
Iwb8A8mcQKdsCy0Jo/jGzYs+mh+cUBQM13P8P0CUr+J4QQzpzjLAaGujMRKQdj6LL4DDwnbGwBlY2HVU/gOgTkr5ppeOZ1F6QuYS
4Xoc1MlWgAfR99ttj8yRHVuAskcqmwCdLfXlva2SeBOKhzdLukP+/89o4Cz+g5oPaENICt2Fv8KeXYrBY07gZCKhQA2/k9bf/19o
T3ChMjySd22cFtM0S6Pslkdu2Snef/wpoHteNWHATz4jBj3NeRwuQE3PwLUOApLfT+muo4bUd7+J4Jvgi99Csm1EbFWsLi15O5QJ
lbyacvyldgdRXTHPKjrpLyvhKPLYkEhJq5zU+rVADtYjhyvJGOWO3F8iewhfOqlw9T0rrqk3AYTfeBIqLkbDwB3p1/weqd+9I2mY
seHRqmvjQde9Vn9R/d2nO5ICbKpAC6l89bTO+jqVf2o/fyQLoMU+zYxdTtvp9ZHTUlv341Y1+jzcydNCvuf0Vfv1HETP4LqdyVKk
GAxngeyQhtp1Xpz7zzYAiX5evN/4OAgW7598HIh1QDw8GFZ/hKj40Wz/IiVmW8QrB0iVuM2CIlyroq09Cjyum/eKH/LqATSCpthn
OxiCT6UUzBmgUbPGnU1bgZIse060O0oJ/iiLOvkm4m6BHUNk0HwU/C41QvMLLDdgy/ywz7D4X4Y0JDQamGQkfp4MzhqJDbQMB9Of
4J34XYZcFKwebrYPC55fiV9OjCHnsZoyjOH2MhlfukElrOFHVPf08t4ypyX2NsqdsKJfLXVioMs9hU7H/6CZ7rFEzqzg4WrC9aLo
RpHBy6tgz78jUBCrY1uKNvQn78U08bFNHrLeYHywzXaBzLag9LmMu+89SsnggW1ZRb56nYkwJvAj5eBDIzVS+L/Ofekx5C4eYIyi
Gvl1T7ysaFCFAQPJ6X0kgyusde8hhFayFWEVIYEfWpHd3HumLnVSNzXNgg5y6spzVBWmCNvczHazWR2yThitezdJ3nGfunpQv+2o
kXSI1jrzlVXroHu90V8yoJu2wREjF9D/z7EOIx1Oh/48oMxLQTzMuVoFmTVvs2EtJy4Tl6FkBxQhTbNF58T/VVrAQ+TXFfF/+JQB
YcXRI7eFkSdcZsmDmNrimDIrrAXjlVAdFJ29RFDgraAsJm9+1yVm/gKpaUUCX1FQobQEtf44nEFw0WkPWnIviF8TCHERNtZ3wgfr
EMguzNHojRALIOiNRo/XCfVSEN3gU1vbNizZxWZTePlhFqxZGHdMZybxNLqeLYNbTHgrHDRAsmrBBYUtjdMlfTfkGB0WDpr60pau
CxDCMMJV1zRMcmWkJFP2QnfgGuw2y/mHZZXDDHSNBDV2S3MQz02UJsWlursEZ5jHlOVb22SZWpfLknskOsZj2bx3ULznvtkK4Yo1
lLVZtWAT5y0tupWrGUzj8foI/28K/xsRoRvHl5TDrgOP2Y6Nl7GuL7TKciZ9JRh9HucXMcZjoska4RWBQ/ehn4RwG2AMmPx/K6Wa
r2KOWuezNGynJmqCW0FVR14ZtaXTBca9kV5dry/fPB6DC3CiHjdFbIIvvNHqLUKd8L1KWKU15KhyOtF/CMuwQ/kcTmurndXup1Js
AB0P5dcuPa+VcY+eLuJxMk3GYor4aFtky1aKzXss4TdYNeM57KrHs1NNyWIrR81YTje/h7AliKbentKaLtXFMZ8sOUQJk4IHbdFS
xRDzI5q6jLTAtmx2WusamwnWf0pAd1aBjaHtQe7X84Z6ebo+5c62X9Wt99b91vuhFAtli6uGE9/Fy153zuacfzx8/wzWUVDHP3/a
8rpl/7wpX6dXlHrijYSCD6tPc8WhP5wUWT5BBLRUdm5/3Owu4tTd2ocXd7w2PBxPbbyR9nWrUtjspeD8DlvGGQbbOotJ+ZMx6oWe
p3q76ITNililUEnDdm8Jmvgm5DUmnSWUmHH00268+MfwyfNnw8/DO0LHSSWAlNpHCTZL+5scUUkwG0JbLA99bRkUgpJ31bdONrBB
yXozKCnbA9HqB0GHGpyeuBXb69IasxLVP8wxjg50jHzMbttsYF9zbfi6uDjfeFk4drDueZoDPiYRNojgYOrrolKmUmE9Ppeaq+UW
QuZLpfxc9bfqi3cZqZRQy6ppJdo+EATusceBKFYMZX8V/4La7Zhyx0wyoLAxOzmvi3r9MOKhTlF15MHYhhXsLg6acgTmZb1ltpt2
FdGwoVKpGEc6G56VURg3s+y/Ugj2qJv1gi8Pc0qmZCjBYTrRreXlbQlU/WvGf87j73jAVc1AiXFf9Si13Y/v3fuBolHJJiU99/+q
qyP9N71g54DTO9UZy4+db5xYWL7JdfOU0cAMWTZDOCn1kkHvrdqN0Xt3eK5+Q7PIb8ZRiG6H3+bR+De2hChTNqHtU+5JKQNWhciZ
bFa7KzvV1n3ek+g6DH7N0NWXpW7sIck5CCBYssrUix/27TGWeXbXzSiD3pj866QHJz808SO7NQR8UZnlVcK8PncO8/psR/jCDFRA
KHF2+KrkMVdX/nM5vssESbV60VtuL45KJ8N+riTDilT8ue5VdeH2F+Hnvh20pApK9O3sVt6Mz51SWuHZLpWAKehapXDYm5Is6o6H
dKCGniysoJ0tJ4n/S7lOzQsJ+iwqgaMUvNklLNTE6mulFy48tu3EpWpVY5JtWsZKBrcjaoFeVRDsCasTbdbyDPbyqP5+0XrtL25e
7N4BEUvGq62ZSXuhVSPWOKjHK6B6ME3vUKpMU8SE8vVQtnKy+E3gRvO4FEkrTjBFfCYxguCcc8zzbyCo/oZG01inhwwoqsLuDE0/
DJqq7OvaTG37JxRZ0wgH9CT0TvZlVWvkNhmLbwFULReuwdjvsbyYfqevwiLYUl27fY60ph1R7h66mhdMvlNiLQzp0z1EvwuOL1CV
DKQ0UGFu1ivtretT9Hi3qiFaFsFhKf8Y/k3M+qJbVjw+33S47Psr58uEzQwajhqdKOPHIMJgOy66bZ/lMfgLN7Bo20AzzNW2cB9d
xWpJwsLdweIrd7BpXa3JON9zccFvurh2PiEtlGGhNJXSLIkYw9nZCr63STK+2WHTeD6d9qIoeXWBLGOCwgNuCNbmdV15G4NgNHpC
VHA0esp23ltMDWPbZ5Es4zWqb4+kL5vdeB1+fLeQZbqZFCnhLoz1TgfhJI+my7UkXk7XEljLtUlarE2SYow5xHcwOS6SqSKKhV9o
FtzCL92jLHvQwiuLIWG7F78ClQh7pcXpdRLe6lZa6SKPZ6zdqOnMSZeb3dkLoyWJgesDRaQZDBjuRqsk3rubsPAQZOnPUcmRwE2/
pc1J369aUwUGhz1Gu78dv+vRXxFZ9QDzKzVmaugH7e1wiyVUHAfX7yxkGzmuzK3UlpFRk+28GT1Zd0A6bgy114nZtOyKjMYQY59b
2w9l7NYnbeFA1nR+0lNpXK3GK+Q0V75H9o8rZDMpti7dk9Z6sKrCG3dWeGNb/dOXIX5Y7m8Pbd/VAsXw0MVSQNCD5Dzgd+AoJaAT
Nk5TBgqv/vzzCri39VORDXtVKrk+0cfmKr5r4TsO+rgV6YdvBj8HE8TXrBYWalhdsr3w6TF2mJZBUIKhrAnP6f36x5UlOSWLqkJJ
BO/wgEzHTAcrMFGCvboPVbmOHzOnuUGu894/d9XqaVnmvTKZlQ/8sLdHDhbypy7rLK3zaplSDj10RtGXbYnLpe7Je4f0u0vnuD5u
zyjJ0hdkisxmDQCtbgMUeEHhwm17AuwMRLQintTijsPwnz4ZnuV3x/hcqOKQqSMGu+IG8P5hGM3Pff7shVuvoFybGcFdRuvKkOo3
PX3CM6FoLsGpRdlglkxAeFw2QNaqp4+gseksu70n4rl7fpT40mkbCUpH7PUyCS9dLR+whCFeVjxiJL6QkXPlAy6nCkkpV4Onr1cn
ZCxwedTRTuRsnC3ufORMmnDXDh8eYoehrWHEeaN+YaMZwPsr0A1KA1xhYi5Uv4DNYJk+essLDtOys5rDebV9GWbjlpeVj5vV1GvX
aH8jc+lsnn84mdTJemQ/EVfHqJVKBsaWLHfDCkxDLTuaoYvqrlZLbPD8MYSlI8bUbUBDK4sZo8xOcCr1z3kqBNGL31cYNn1fXmjV
yz1rF5hX9mjVSZeZYKfU8Pt4+K/YRvRAX2XMtGyzNg4pqQ1EItchQU4r3yEok9ezZdlj2H2vKGXSTvFywnQGTp667YLTf6usQ+W2
ZrSQjqa2xvy1VTfFZKRh5Qj8q/J7qsoHUgJj+VedWsXTrfzOOV1bOP3KbwKrgz/zn5UnGEeHHNz4V+X3WylLD/96yfOkC11sWFB2
xKeyl/fYEXHor7Yp4uB3U8Vqllgmiq985VzFqS9nkrNgW2Y2CBpugXyQ9NZ7LN3q6/a+h8OmpcI/Kr/imPk0OcslvzZehKjxIsCv
PE/6nf/079PmCiUQlIG3QCResVqe58nkAp2gRRzNiyGVNBgGe0hY5zGi5TOCLaxUlFxcLiVXOV1m2IlqMJxSZQOFnJPkwfbOQTC+
jMdXzONwhpNgfr1EAoZfnCEO2CkCI11jiPfO0Ztg+3ifS2rAUzLs4QSYxyb2xIlJqmBDlDPAN3pk0UcE9P71zWG8/IUmMxwXOr05
RlN2/Dkeo8+P6zO8ydKM4c8KRCa7irmWA2KmPebVWCPLNMgKxXA+EXM4Fc2iUOhongndp5AOgi2GFrEr1dP9wPZlNV9Dq1W8fU7o
gS3iahW6JOSmzh7nsQ8Xxcajgr5cQyt/sOSyk7iJk3gWo0+3LrUbez6lPui/4cvrdKzvSJMYo64YX3JVdLB4h5lc9XfVdKdImv6m
UgJxiDVivNewGL4eK+HhMMIUMPi8vUiqTVCNQnlS1QDCrzydYbV3eZLrfNE31QcP49sDfhTDrSdv8IDjF8Md2KBlXH78jEp1crsg
meJHfQeqjb9hoNdDzuDeS2+SPEvRs2//Un7pqPgFRZPSC0enshdD9S89VX75WG0ZvK63z0t3apEWnFPIaFaYSyFFmbnonMLXzuP/
XMdkA0przyRf6W1+8eQ6fahDqb/Bzo0gRb2hKt2iQeEO8tBCPrDciznzfdgkEMC5davZKr226QETAvsYg969z3+VaIJeJho4VkzG
wnSxLjCVpIaBwjI75SehwaF5gx/lZza9qH/UyP/BB9zmX10nkyBp7odf4+eTLv3w1anpiP4Q7rBvOlZQ8qW+pSnTuf2mesU3FIrD
f5NNkmnLjOUIY7/YobxiOlS/13ayCzS5ZraqUXlENdq0dq/TgoppKR0hXl5mZrBYINU3cmvFVAPqTX7FnkXdobXoJJ5Zvhz00X9w
VdnC4O1yfJjdwjAwMVgPRv085J+5vpl3BU9ncbwgoXqezIBZc+VknNfZJarPQ37A+bE0ESx9PcvOo9kHV2wa8sUFsYQOklQiAZUe
xZuLPErJnX36P6dne2/I1749mSdpgsLSMkN0GLSeSSbb6DudpkZykAAIqJbPqUazaotgUqX8AJbPuU2obv30uoip+LHdDdDZbBEL
RmCJjtg8iSgJMNgDz5aIUK9LxtBLPM5qfRmy+1ySRFv5ze2ytgYjPXEKslKeLBFmdyxM0fm+whHjMVrjt8fjuChOgGeG+pXSd6qF
fYXdnoe65NBpMsGSW8MDjH7gQ3tKpAENFQNu7gRFXRAY4Ksd3r1BwF3IR2phezbLbvvfdJDIpeGMucfqIYdLeyln0P2FD6m1LVxg
GoPK+Kr470qPTe7SJJLZcb8DpKw+mYr829Zwkuzcc+WjgQwBPP7PdZLHRA+wKgcM5k2t6UPk6gXiEWfXRcAxJsEkkauOM8ljTPyC
e84iDNE3NM9d5wVBUHscBpeM0kMrOPw1SpZHaRyawWz6y9xtnwMFAbGIp+m4BaRBn5FS1ujSUTBrKOUJTSUOmxw82BDBmNPg5Q3e
/8rAZVglk6g+PMPdpFhk2F8XoceWyA0DoY9VbYgPCcfiTnnTwnoyjCQNIyOAkCZU3RezAOGc3qbwnvtsvxLuBJSYELw5pPQGmtC1
ILgB6hD4gcApcnUEINTDGh79kgOZrJvXUh6eC787Nadt2f5VvOQm8QnnF0qRj2b8K74Lmuv2YjFDQGU4WcBiIwwbd+9xGfy+SqaC
4k4pMfcmtK19AItboY8WOlm1T3+/C0RivESoZylaD6vcLbRS9qzZ1cm2KOnCw+gqv/lAQpGXnMZLwzeO82zJORwhF0Glq1f/5hEe
0BCWsuaRKqPC+8Z7Zf1QIHq0+cXHbvbN5Xo5iy50yCNGTNEvwR/VZ45IQ5OvB1QcO7qgo8m/H2aoPHXkZCvOCRbl/405mYPKRE9/
xhNb5q9Vt1X1EEZjNKSYZl+pEybDoZvQhJWHI10NIs+3A0GOZjsYjBkAfl3IyZb/wtJk07BKAvqd7mo+rCw0OrXrVh8RWXhyFPWR
D7m/5d1JLNhgUuRks3tS53mEKyUEOs/OZ1Rsj2fN17NhjtzdgFZpO4+tVRJKgBKWDNlD5KDvuuLZ1fXCmrS3ll2DiiiHvdd7B8d7
J592tnde7316e3i6/XIPg0Atxktge8CiEGdvfk1wj7OMcYNLfBg5JaouUhuknmGHJV4NXOocRDF/nRScpXFc4zA2gTJj6q4tHmCZ
Ik7yINYNDLuH9VjzxsujoUXzxioAIA7e5jhlDR3PnT6yRQTUGUfOxMPTtY2152sbP/ZxdO4SOJUx+bmnT9aeP3vWJ+R4jOHGZcwR
05MUUQw2puPBcoq9gLIpuJCNoJ7qyJYOq0ghNBNiqSS5WB0coTC176MR8Hi3GAu+JV0C/NUwqBSHvTA9DBPx/LrxIxXqwFNChX54
R2DL8DSp5/u+UKXv3Tk6rdjrS876ajXsStpAQnCg3qWpJ2FFeTI4zcI3f2d8fBb00YC7iNMtPDP1nnhop0mboBMgcpNlW7JkIqT4
SrLin/74I6jIXPRLrWmszO9KPdUzxmqzWMcWeRDWkwU1KJr8iuB2f7BlbcT+FKQSXDHyHJU8U68GrvFJTBlGymnGINamauWzfp2w
j31RZJY9+Jobcc0QRDTQZY4laqdyKcxXIRvk8Is30PPwaBGn/JGZwxA7HJjJDvVkQVgx3/LESzxU+ueOTnhBciWEW1+G0wF99/bs
5Y97KSwARlWwJNrKleV45DSus2wvnYS1FLjmWNBsDuPb0GfVXKKNHQ4HnT96Elg7bQA/hr/Xj953ZmiZ+YRBp1LKSKeR0kmI6TQH
4d7JydHJp5f7B3uf9v57//TsdECo+0dGlx+pwoAKddnujc7eWDRboO6hwFihO28WJXO0w0rdpCfVA8fRWGqc9YtTc/iW+V3L1t3n
eOrxOGeU9sU+pCgUd04EOb9bxu8/UnmPmn1E2eoXeApkSdfl4pBnHgbWuFgHnqZgqLpAu9kxYw20VIWFWvvfgeBXKGdbmSktvK14
j4SmafaUXedj4wmbGIBSfZ/0G/Ko9YxStOt9KTer9MSPV7vp6kdRPIIak580V3AN/wdk0k7SidS6wFAEdh0WlCJTLGgbcYWvLy7R
CD9jFRwxnii8oLg+hwEuMcIgooACxxRv0NX2d7L5Lxhyk5cMWhLf5Tq+Fnl2sW9L9VZ2gopsL0XIEFR8oUL+P0qQkWmB3SX17zsB
upWO99Ob7Cru2jdGxEgbPmvfiV5GvSho9KtbIXm3aaHMLSEgWJSihfzspwUJaiGperB++O/LPJsf45u7ITfAKmffe8Luu/RWooLq
N+wPeSHfUHRNyK//wuePTQTwJJoN4nx5pxDtsoHazFovWMdtxbSGFcZy6h2LlViCqYEcrf2laenucXjut3jqd3Zf6hHzcaxc/rNq
KNKT4boKRwJZSL4eYhJ2Mkbsghm7wK7RGYtRNWmRgJ40lCqMoAKmn64XE+Lh1wUx8qHqbSejk7gsRsHZ9um/Pm3vnO0fHYKssLeD
PIi+OzvZf/UKFO5fjo7Ogh/ly52Tve2zvU8gXLw93oW/ghfyw8HRK2jg9Nnb4MlAz8n6Ye/k3f7OHnS0c/T28Cx4Lq+dvD082Hu3
d/Dp9f6r13unZ8GG/LB3+PYNfLm7u3cYrFOcBqy8uj+Fx8VYjmLBS/xf2bn+3OZoNDceQ7826x+U8wJLmm9WDlk1liYYUcQW2f88
tCaEjRSHg7Lx4Bnbuc7zGHM7h+hvwhP4pb0vdwoDe6S1whYMbQgPY0CTPWv9G74MP/JsG6Iw5T7J6ax17Mhjxc2Ye1SBEb3y+e5V
0hnmcqNCeHkQKPzdnj97AZ7pMtyTLFvaDj6rFz0T9DMqxwbaeT586NUTv5P4AhHDdbCpEzAKV/+aYGDEchEVbIpUH5e/wHA6rZwe
3KbvmUk8ldV1VgyEXzwvMId1/3sqEEVepqqfMRb9PJUffJuC5F69OGBQQrQrUNL7/vQo/SVawnokhJflcxJ42jhdZov96asMPt7r
/T2KfYRbhmEbB8k8QQjl3vHZk9c9/8ThVKTjZBHNKjM/Vr/UTV2/Cg+fXKcHoDrNoLeNDo+/hTu1P0FkMTkHmN5krCsjvrjt7Rxk
FzBVYEpuU8+hhSceu1X5mPkVAAQ6wufO8uTiIs5RdI3u2PGMYPUgotD3GDsSixZaYl9c2V4VEQ1u5nO2u74+PPX1JmUoKc3Eqsv7
HO4ajoMkfruKM4fcFoQlMawrqKdG6dwGd4dlgnC2kagQNYJ1/NGjfqm1l0bxsOOi8NnaeNNrNODKgKLxsmkw2wyL5o5lveYMQFvY
NSgT8FCtU5bPgzZJwRvCbo4RReAUqzR/+HCzMVz/8MHUbR7Gn6uFCt1+txUxY2g8/tt/vcTw7SFJVcJaR/S5DbxkQmHxtO3G0yRN
cMk0GB+t44vSnSIrd0/SLJUs1nBV6oj7dWrTdcZUc3ZS/mS2wvMTkksvMI3oVcRWym30S634+n46zdygxybQXP1Ggv9h04T6roZh
oG1x0xM+QsFfzrbVzawmkuQMTgaKbTcZO/p9KaY4zGrB6mkmpgcVbVL9HcFIMB65nA6rrhSOnrgJXqMqWjC0cBAVQFgwZaq9GXwW
Z8zPV9pDegl7i9hr+NQOAsbTZR4F7Pgil1OwsXYeYcYv5tEHIUrwayTBk6A/1i8VsGsxFSqMJTg2y0sg8LJ1Offp7pIM2ZaYPXRE
CtB4Jy3NkpwFo0cADakvwVuTXgCdOU4mDetWbQonTbwReTS3sL/bq+ax2wejDoRPkYF4gss9RJEhhPGFU9S90MGGWFUTnDQpR7Yy
xHX3/ra03xMmxQYaatGv2+LjX0sCsBHejm4mJE9HunUzYE0B1y3t8sv/BVkibcZ49QIA
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
