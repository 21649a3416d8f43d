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
wEMsaclOxiRnAmTXYSaegPh8dgQdHoX35zwsjvoddirHINhkmj+Uj3kVSni+Mi6m0SkcdWIyv+FiwudyQYPyOvwa+Q5J+2xdEvXu
lbGmpsXCeLDOWF6qJgkDSm9v7XT6AG8/j9Cp4Nst+EKH/GfaB76Y4DKj0kuBJGM64aG3n5Vh5GKTT4VkLZ8Kf3XAGuwQo7BX2yqL
sj6iPx3n+TSee9Nx8gT+nz8c3KRDWZaUfWbRlGEO/FH88alfG/1j5cGnnaqCAAoAkGksuxp68xSBkjpNIldKTh2JL3kGgwA8C0FH
n3mre8w6IKywACudhlziyDxASqePyAtKfoeoywxAKMYzDICyyAFY3pebP/Qu5JrHE2l2nAFFoXunJPrwabBGcFtdyrEIW41JkmUO
MQRGyyrJX3L6HASWczBU6CasqiAaMiAFjpi/1Rd/x4lfQ2M9Q0Q5iOhFpk4NXNdh4gqodhW203wDJz7TL8zEiLZkm3JtxYY9+hZM
nvZusWHVCLYEw3oT3JZAhZCHubHVKmgywTByKmDMQ1LcjPFWC6h0BJFTzhDxOV/LobWc7+WqVnhaVxyPbd6tNu4abeqSsx0kPXV6
QNjzAduCeqST2FoRvXQEhynOZQhTT8ynpw5fsxc9iRnVRRbx1S1SR4fMA3z5KM9Tj6POORCbeBC9d2UcgHaa+bWDj9YxyHOrmK6T
vIeo8Pyt+79vbf1t6/k/ttjzStl4mPgFKLzhheZQrlVfc9yREiBzPp1x6egDY76hgLSpfkPL7rGPSUhglEe3LW/qLiCPK8+lXKoK
pX2BpeedYbxvmgEhyzwcSwfgvrcI7c7AetQnsT8sHsD6L5ZLPxWPWsrp4AKXX5dKuXpWFtRpgdxa+1N201qKVtsT+AbmsWjU2DXQ
u1aalfWTwzuxSgu0hPZGKi/HTiNUMn8Hel1DF23ACYEhByEBZVLQcCKMIJGjeSQR/Tg6OZZH3a8JqiTJDxYP3qUamw8KCiDBwFF9
V0KpefcCuOUuruVFqE3acSAEXwlgkLYj0eVoaAO63Bc+uRwtMT2mFgDD2+usPkSRIphjDD/DQouZnqueKkpZA0lk9xLSso4e5ZJC
bkmntynbtD5uReZcc+ja1wwC0QwbBFaWiADDoIuw/fYEQ19os8IZOlOxV7EIXC3dLkhkpV3mhEZ0xZGy8eMqnJA2xCnS2UEjmk2C
gcv5r0xSwbYaWIEcpg2UrGI9cvFSsu7pVKLBP0YWaxYmi9KcqNRh27UXNzaKkcmHmBIESLrOuWRfbCG5ivgOCvgkkdWeAySnvdVh
YDWgoSexcToNiGRvCiRBm8TYvq4fl4mxNnJyqAtcILcaZd1W2G67ZSolMI78vN3YaxnBhM6xFB81xaUv1ZRPPZuxRrdzu4fh4DK1
uLTU2MBiEzQuwOqrzmEhrHCxHlTVsxqCQuizFlgHWmfa8lCmivRa6fwYy133ZyGB96Y54vG+qprwBbmUP9B5jlJ/nWcPpxgqrrjP
PdeavgnWgB2tUCWsjkMXjfXFVPqkJT8Lqn4ILOoTCCkpFvjsBas76vcr23WkC2qpB6vVRoeKIsLUc5QIaAu9dfBOvdan45LcmWCd
PNKYaFdyFyGRjmbXaPPVzpuI8bGI80AW2DYL8GohEtvBOhaIs2Vyssh9FVT7iDQYj46jlPfkdIny1NJAzF06uhNOHkd3pBZrOnHv
2BpeWTFUUhffbeE/68R0Nk48R1YBEJ3BX2kCB6UCx2vcZwyK7FNjGaNqQxh870KYN8C02N63mD7k8RiEguPDPba5xqoI9zjMsgey
uRfiQuJmyQzE8w8XZJq/GexBoxjLfdSQhCwc7tm+8uSnfotXf20sv1oJLHDauU/JUseGn/23e6eeyLCIZszS7gbCUHwdsxePN0V3
KhTVMHQjTcRCjXlsODbAbOFs6IOMqLGwy8qTr52gZ6DGZ8IEyL5XPA88gnRVh+qBo2Jc0wLyuC2pavgkMjvqk41uJixvWhIb5ynt
7rzOvQaPNo+1zjZJuYaFRBpnDKLwwbWrDgqZePEmvlwZ6J6Zkfi8c3k0Lb6I8wFxbJjlZFZJetXcYdeS7J6vbHN7LIjCRNEjx3+B
6qWTK28l+7eKoCOxJl9iPhV/VyCfTvNfJchGhtUsyC6PuWYogLivbmm8HKRID0WTvrwrRYTAB+UJvMOrT3TxnZCXE7JBzCrSXH3w
jIZa46g1Gtnb0VwcbehU4qdOZERa0lkta65Z6RmXpd3aTJarjLJtW6xVStRrKgE/xjunkk6fwv7wguX68Qo6JsSgndQyu48L1OPg
Ya8h8Jh2tfqRLHeiklWYr0mBberU9Ew0Fiy9bfTe4TmsGQDKvp40Ezx7CLBvQsz+vz1Rl5rTVeRFSvZBV/wjQWrZWfvprJWocsPb
hBEcxfy4aou6dojpAFUeeFoC7LrFLUjfCO7AliWv/PogQasZij48HjbDYS6kmhJJH7RIuaA5bGT63vdE2YXjqDg8Lc1Eou+e8G3Q
ckY4+qxGzTXvChFkOs127FTeN5hcHEHl6LrA3bKKl4xy6HlCTsE4W3bvtfbQaEu0umN3m2MVqjGpLngkQH2RIFrC85wdNp0T+0Tq
T5Dk0m1bYU9ToMciM/cSMb0hoDamELR8V4v/2BWMj2ZJkQ0OSdY/fodtNynSQkmyh6elPyz0ASJPJBx8+tWRjuJxlubpdeG9i0JU
cvcpoInyiMH+z+EcwR/oQZxsFBgji7o3ufxw4NOCM2T1giGbRigzel9GF9WG05Oyh9oFk55cRHP7f1qxpVOOjJBOb519YvVvCwMV
Uo9MReJKUYv72uRKY8Z6D0tHbHYI6wshqy8GwiDk+SJEuISYsiOjhEV8sOaeZmTfy8ghjZ31fMxworzO0BWsTH2PtCzD/c5pUDoN
nnJnl3pcXWkjryuOrVknO66ZcLqWtNea9JUCd/rKQTF54GB2ZEBDSySP8N0mw4aMueNwIvbEwzRUGGNUwyreYfyWw+jLiCJ5WSwc
4USgCaZ9y1WaiiJdjqcy8BdVur7p9J1VhyuB1OOV3HmBOQ0d6PwVPy4V3kp+XG5PsM/xx26Pxz40LUeYBFi3Rbdn/W3K8mSTvFrl
Y4EvzZqgNY0R/9lMlJV5vkWNqyaNI5PMemnjuhmDhD0NLWk7zYmHRRYo3CIjgSp2pOWIsi6WnkFK/G1tVyYB4V7Fb6v7CllOvRja
bu3Af17IjtmdBB59801XydjAwioOim4v4g/t+T/SBUvVMfzraaCkbBSyM7TZUf5gPVAi40S2gRMR6jJAPX+tSnRFGWzPkNX6QqFU
HCpoxOIyr1YT1hsOXJP4+lrX/sTzRl+jBnS8NzS8PWZfSrsTwf01gIN1YnNV7+TFlrOs4d8H60qGwt0lpCUQaVjZ3zmMZ2VijqGK
oxL8kb2xkQ1bIrebRhMhQX3lSi1SIbpFlWZ8KTOdccpjqQPeV1VaKfeBvBfdpBk5npPAW1pM+QUJv6WnHXbEOxRwV30yiPCK7y5R
FClQiMSS13KRchHvxdVtyCXdskwqPMo312KIIhlqQqLQGKXQ5fSpqpQOjGADIeg1CO3KcWQN3QPRonlddVPBvWYo6HT+dXojxDxM
IIODlo50VGAEPQV+BFHa7+14ssl5uosJ7/3A5fvwtUGeiAoThep60tbI+qTPRGTIF4bDVuNmJ8NmUngiB6KRrpJ5aWvCyvpkpDt9
M4unkCBVr6wSnIA7L2Hi+H7HNuCF3RuMhOVwmF/Zf0982iCu4T9nIqYEv6LJAnfvS/aoGMKaqWtaBLmO245T0/l8aTcxuP95ykmw
Ipk9yZor1Zp9iztRmBQNRFRz43xBQAeh/aFTeaVKOL47/17HIP1PTSEUIcVBpLcqxboWIYTKBDlgUBVESs+gxZJ4UypkIWISKgFd
zsBk9E6nuC6hDnHUCJLQYXV44AURKDFYEwSjcjCVBxcZu15isnZ8Ew3sTq8V5O5UCwHRXzvRX+BGSfZkTWBUevo4wl+sF1GVe5QX
Agr0tamEhcraO1zURr+x+BYvLOpWGU7sr+K2dEVd6ZLKnUoJBlTxmMKyZJb8UATa8MWrNw8fgCBUB5tE43gitdIcVV/AkYF3nqEV
QGzbOxhptyiiOVaXY19GDK2Zx7CieM5DDL1CkEMV2kPx9BwcVlNrYyyVKpk6FWCRVIRDod+d7P3z8vzw6ODk/TkW8GHUK0PQErEk
6G1GYYhkjeDAMgo7rOntwqghj5EmZJiCHIbD0UVmagpZh2/hQOEq0MmiPxDdQNXGv63XINOIyrDY70FYoQl5ScnDQP148dK66ohX
2KVqWFV56jRMQCAhHuyO/72MQdLWusfTeZQ7+BJ+3+iKX2WFMluRQYFK+tyTU0SaKf+m4kPXMoF9bdokQ0n0quI1YlnPmrpNP2RP
m64FlShEk+12qSSy+9gSNZbBbCgE0wZcPVjhx3Ui/dE26796tT3ynrCDCGuaWKisNEYpwYMD7vJUHS6EovX87NTOj+cWfzoyf3eW
T/1wc4pJwIwfZulVOPvlF5PBivy+vRbrtylPQoeW9jI/SO0e49OaVixL2L+i793F5i6R+/XV1mL0W4Vsyby6+xDYofjUggFGTGvL
PpnycXS/AGqk5U0VlclULLWWQLBVjjaiEtqlP+FcKCmcIpFnXDbVr0QyuepiKOm75TLftHz2S5Nf32p363b9z23IcK8bDjmlf1fL
oTE8pzmvWf20BOgORhaXtj6hmG4iS4vRuwQtdpub6wR/rGWWq+uxUoltiQWxl8wwxoUNgjHdVTN4gSnlJOa6JRlwkooV+J5+wPfl
VgwtWfLLKHHqpVSSZLcihus9dEYlOjg5AcwSUzv0PtRLfHDOFveMhXtDT93w1OyYvl6MI+h1AJiD2eGBZpfASTDekIVE3q4OyUAj
UM1PUsZgDuBG+0zjpjWcs2Vp4SZIXHk4NVRZaqhihVSgfVN1cOd3RlZXRC8Tt5aKQQYXKl/wh6BV8aWutQ0zbczLJhvzp6++vG15
HbtynXHIjAdmOwtvt/KwqueyqLMd5xK7QPSihIUUWxVSxRa8oqNgfHbuxus5kQyUglGcESh8gPWzKE5TulBVsNtDOaOZtVKGVrjX
+p4KNFIcQY8NAJc8VU7jQ53KF1yXs7cjOxPPa674hL1av9Nxcind4+ud6285BaQ2ggw77TIEKHuLFDiGYwz1ujaIfNNtIriVi3Ac
uaai3tcnI19Zwzmoj5LixV2DVCSu0N020oLa9an8uOJgB91SxQxKGz6TLkt9yk6OkhP0iFUqF2QXtn+MM4OXXGhZHEBkaXgWeswu
uB/vE/yvyTMB615souwmLqW1YiMBqz9aXQXNf0AcRfR7gFYpJRDHfzOYhnkqX2areMUmJeiNKm0gHcXfcQaHkuw5MfdL+SMwA8Zt
vFhEmtczxzHgt7DuNxQoEeOdjMqeQSluZe5/NGrBqGORA0BZTb3VfM6DYBQnG0/Ii8TIxFPaX76VrinIyyhBhOi3TEQXoGkWTYth
Ui6QfqFEpj+hLbKDnpn1J+SsGPo6eP7bvePLg8uj3ePdHw7OLkfnJ6enB/seRmU/e721tb3V90LvLSpWmz95Y8r+KGxYNEGedNCv
ZheUbgns6ZMuCwxGomxq6VX+y4utwWCwVa1hXQYJok6PCuiW+GfT8i/5j8N15DVsIBd78R8R+fG59ZtkmZnfqYrT1v9ftumPW7aJ
k0TNZid2R912o4EZTQCdCKv4SBAIv8XCIQkJXa6KPl6K6xL5AL14FcWaJpwcSGJoS2D7Z7njuKs+Bb+dt4vNKSRdPMYhxNQDm9w6
KK0CqYSd6yq6zb1OO267UwIbyf6ZYD7XRjfTtdyCLNKDmOynhktzHYuAqlS9eTr5VttUs8bb6PYlcik4gkqyL4Tf6NwUAN41TLxy
RFkzFxfBLBO5ywgpumLP697sciBXC1dbC/BGBIVHF1ya5kNAwrCtsuljl9M1WSF9lXouQaFrtL/NGphZrQn3xGp8X14nDevrYoRD
0BtZvudDIPO66Ke+Mp1mFJZH/JUUIKRJ/7GrLrlOyym3bpA0q/JiaEFZ+t2L+FsEZzl8zb/IhlXg00fXoVJwc+5wLFtVcOwouwsJ
i7BgO2coTtPtyFN1OZI3nTvzbsjoJHi8s74hF/Kefa/lZBw23JRYrB3UQQcTzm/mutHFQeM3cM/45M4oGHLKR0PAIb1JlGWOc1Xf
SobVkgIhJSxKELbD9AHVwEoy1QePPOhFdStOb87588oKK84KVzVh7vP9FWqgf2YwrPTkBNXyf6JiXV9OmQlhNcbTR9E+vR+iYlNA
yPaIY/R6YyME93nxAUQIEknRzAAb1vM+wR+ETLskEeDzakV7lBrXk9yEwvnSO0VyDUBir1ynOnAHc4mvMEnqmRSSAV5eIBIPtO5o
bkxchFskfx50S05E1bW5Y9M83lKlqSlcV08XoQh7DW2YHkpeVjoJ9tFJUIBUugkytWXphQguVTnptWfh+7Y58pb/DacbDlu1lipf
ic/SG1D7Dd8BYR3iU466DF4boCVGvvCp/sEkyuOb5AlFyIs3g/nkK0ogPGY70VOiGNvoGoPl7tiQiOwmRAuQJ+ovYA9lalgRVVNg
cqO+d3i6es7hTRQNg80Rg1fRCJ19+zgaNYEJgI5K3jQLTMMq8x/0levrmziL7vD+P1vOorxfOnbJ5C8Kah6uT6Yr/OKSv8CxVpII
AsiD6yjEuhj5wNv7k/ctlw7wTjGYRfh1vRZeB7Mwh0V7uzqOCn40GOfCbkduP3kUzoXjMf7+SpTroUDoHAtdROMlkkL2MjtKk5Q5
cl6IjLS3kZqmX2CqM9oVlLue4Mu7GIOEvlIWVrZJ/SRytX7FZ1wYgHDpQe8UQDO4X5mUQBglb2CdFsJIhSsk6lDg5cKY65eQCTgX
mRIAtOPoDr2H5U6c4UebP2A3wY65FzNmLa5kuoL+yI6oi3qV3p6ZQRbOMCZLRlRkDNQyGOPgq+PDPeW0hQ8kwmKmJRFr58tssri+
N3f1dLLfepYkGmVC310aWPiVUC7fpvS/3BqzX1Dr7W8rmX834R9vNCekjrDUcE6ParWHkuWcU96V4fXTUARLYa6boZguNFthZCzn
QIafV+TmAqt7M/UOgU9A2wKzT6LNUrzvVyLb6EtEaroyBeGW7EyUoQif4uGhMZzVfnDimC8RHYkF+1thHsYMzoi0S3zgO6OmnGMr
ywXBlqvqBCzuihK6029LTi9LZ+zqvAosmRgr9pFvgA6+ELdc76LkppjS01qBvY/udHUyhpk6oZvxXM+2ROmNxDsc7kNz5jmEzlJB
CObzbLtM7wSU55i2eFQ8oM/NIac+ai4SxNk3EqOaYxWYDqV4l0l0v4CdBqKnoeUG8X/klRu9ljtJyurG7rxkQxRVv9HZEJWbc/oJ
r59SymoQ/pZZXDzAST9IMAxfDIv1obCjl97TPlamzvHPbeMS4mj05vyyStREJ1wBS5wb4PYgJMwidBajKGc8sqJTf5tMcGSGcRwL
mgUAU0wf1LFYF/+tAercWGbK03CKfq8ajgxKaSv7bRohLaZIxOXrUUouOkO9pz33LbLoepHhBU3xwPKHuP3Bmyx5l5fJtGf+uxQo
2mmaFRgaPE+LSAToo9wg/oxyJ6UxbG4YXJO3rqzxCcHQbuB27QZ+7tyMMusrNiOpeKUSEFk/1TPSzrEAhqBpjclnuWEJmhqM97Z5
RGsCOexRZpC711M2GF2/p6pwGBZmyVytD+lAFuJ8ModpXs2AiZMiVoflPuDEZawQIwmWvJ3TXlrYJZayQ7JDUmXJ9rGKF/prA7Ml
ESn3tja3v/0WRXnMRkUyA4rDiJ0kY7nRjk7yYY4DSFeGRk5mzUaat2ZjVqogg/vSywejxSwu/I3BhgVDqZVgT7htzztnHJbHFgVf
TBdAl5ptjK3OgXRAJBwvgHNiOmTt0SvvWZc81Aq68RS2fywBk5iJiQE3tjawc8wJuPGPDUunDr3w6wqfxH4rrPKYkhJ14ZMIQQIQ
AC61Tcteds+4E6uVnSQsXmTRdXzvhYOrwXgweZKwq3+i5TCE6bQj6yl10wll887MB6sNgKYxJfw8xLLvJ9f+xhMbhnI7kdDxa3mA
BqPlFYOENQqoTdDxbHhXsTwYqg8eBC+gdrqITNhDBVn1R7CvnY9RiajYw+cgqsy4Z6Ip9vp4NP3LXwBhXrwETHHzb7yCRL9iErGG
iHY51ehIOKMLmpgfdlBxQEWAwpeoPOm/MUe+VrAIExbC47t4NoG/J57/V+9778L70JqkmOJjKyWtpINX9CAqDuHgLc5iqzJnLnwX
NCkGVtq8IvxzSLmvd/cvzw7+9f5ghD740D9HFah8rkmabNJKiTG5UWATFGgdYWNW8uDsJg90mYioRDbAjb9u9L2N7/FfF/ivDxvo
avRK2MDWh1AUlCpCYYpRe4QjhmPM5uiJ3RqytL6S0rptEgJRVy6UUlacy3AWhzl6YuVFnJDvziVTNTR73heX03RBJWpFJhx0DRQy
QQvSwDKd4SeY17pbQmuBJAQR2ugR6TC7cgXYniq9aPtakGQt1Rl56VdnZy0B+bVBjrlhd4yzjKLnt9UZRr4EugSTfLo12P52a/D3
wdaT7edcvpT2VjQTG2wF30F4cbvMuctdbJqxD+/XmKhCjOr0QqkkqJlgKzmNEhJXEl/Tzi5QU6IjduX05YsXl6WhEgsLDFUVW1Rw
AIMrWETEE75SIEdCPWW1FpTJMiWieOVEeCJ/b9Tw3TFeJhRHgOArLaN4Fecreye9cxeVr9R8bLmc/XIcKUPAH77oRDzqjgW1JRc5
v9da9159rn3PmIYtsE0ht9gZ0IP1hPSPhH+ocMCewV4fzwYWL6SeoF6cLn6hmN16MEpNqf2skRMuDhWoI9e2kgojNHWyne7aTy+b
NWo70+R9q91waM61G7YSDNKWfDeFwykSeldzY1EiN5+SQBvG09E0XESitgJmBVlRJZ9pOLvelFG01GEgLlPFUAv+ol/TbgfeAd3d
SoiNopIILxeAQF8mvt8nJ924IABbarFjUC77pekFITTH/MfVhuhUl/VRgYPCRz2JiksSERDhqBBk7YXw40dwSskgdAeiaL3Xzir1
UiG53boy7p6kM70Gr/keh3K+lBPqeLerDlbC18qWyq2Vhf3aOST6wadZQXM2DHSRax0q+1WfJu0L/BAm1sd0I0MT1nT+UwsziXO8
p70UC2QT8/R/TpIIdFr+MIvU9fthQq7p+OfJsuC/O/WiEuTD3+/3T/E/53un3b4N1fC7s1l6h3+8plDxR3rgWL1iNFbhRZq6qtxQ
1q2OYBNkjjC1EJBhX/NG6+uBdi356OkaQOOClD5aGiA4lScrd5wlK0an3BM8xeHs8CYBgr4Xwq5zmKU7Lop9/tn6yKEXepYnpqCy
wprn05KdReM0m6ikT6SWyx99vjS4Qr/ha3HNGlQu4HiYNzCth38tgSUCL5hQx4cTLjlcjsfgxf9L7GHo7ek/qXLdpWzbf8FtXzVb
Nc0J6e5R967toOuysiHqRNH9jqdMxzv06H5A6V/LBC8tJH/0kBfRfHCmVmlwKm4VcD29BXX5Q1RggSo/wL/ke7+n7YLtWMhKZlSc
ZKG5PtJ/ht4Ce6MEw5h1yuGxRVlOsYdu1dNapjPmKOCxa0Y6LjVMKca+XlJv1UmN43JWMJBzXm2AUvwrj1MdAp+2TcCVxwn7rXjk
wqMSZOy7LzUHZAgmomolmhsrhymaYz1d/j0GhJV9tnRqJYEVZ1PLpcehFHfzIZydJSVXRf8ToAmk0oAsCoRpM07yKMlj9JQRpgr/
B87ddniquvA21Z+71IYKhulDSgNPTuVxZV0a426EfPionA9dplRptsAt/EQN5us2FE44FCPlbVFAebq2yJnqTVRsesuZs2anOSGI
vAGhefZA/Bgg7D3CS84ub0oPBsRhPy7L1InxgnLAbf7zO/zzWYBovN1GDpROpJD+e75xJce5mIQLfV9xOGofwDljvwUFl2pJvK/H
54N3g/Ks85LH3bAXWzdycLE/Z2wpdiNFCyYgvTM/Fqi0ZTEoxDqVdSi0Nnd9ju4so/1kVHmS8gEoa+xwnW3SbnlbULG1HzgDDaif
wDAuKKt5Ra19qTp3KbZxkwprnNiIMuWX4AmYAi/CCBC8D4oXdNxx0QauPRRfvYWTH2Vy8+JFA5+vXxZXjuiusrbAAdV/Ijy/9Yml
s3NP3ZZp/vEsLDRCft/pHDSV+SIibkRco3nhUnikPbG8mkT4in20Vk/REXOP0jCJGuxLrIRUu8c+PRmde09kR/mTF/Hk1ZMXqyi7
ejUAwVQEJrw9Oxi9f3fOpyL39ILEOzjQBpsHKNscYEacC0exVTQD1qyP97E3Wo7HuGhDdjrnXekNe4PBoCd+7WEgyDD5VBaQJywH
kfrJNMnx/6+XyZi86eBvnOXQ66HjKYNrMqZiKtzcgwE76agYYwnu/P92961NbVzZ2t/zK9rKVLlVI2TAl0qkISkC2GYGAy9g55yy
XU4jtaAHSa3pFmAq8X9/123fundfhHFyzpmpipHUve973dezhF0H6dUZeaS4ut8c3fsMucdQVtGUcoudLGZ+BS9BeoXDDkJeDj2P
nrK/qDUk94OsKwYfdKH/aF7uU3rjviug+17P8z3ZOroiUq9a6ze4j/rDeTq+0x943MxTeeQNfoxFtETna8c6KwytZSG/Iz2jb7Ff
rz+jXGOFYRxVfQcqlv2a9xSo7RHZDbHrHg3/YSpkOyLaZd+S43uyLuRuv+y/PmHgCbjdskbN8t9Kha0zr5TCS5JVl/Ol1fr6AtcV
5XtJ53BUXivrjxJCkXjKLW7tQ2fddiuwk8BoHgPt38kUjfY6d/SOUUt6pxq2RJeKHceFzkWdcDomwuMtHguvWysC1IcNuSFFVJrI
PeDgL57R4/X+chafWh0qX//36BBfX2+6GUbqsW9U2FG8hLgFufToSj7AMrQoglIhisGYPu2dnBydIC/3DtDAO/OZkTJKglrdKfdd
loes0G5HNKKQGLSKv945DG42g3E6ogtmcM2l6Eb+/mN/fyGCwlDxZrK7231pWSIgZInbJI+7ldlMiuSTN0ZIfiUEmUVtYJDVNIVJ
L1lzQoPlwkDH+IsA69AD3fqKTHaEIWMOqFRyGAEKToUlEipWF3+omnnkK7L1e2NeFIXLSBsr5i4ltgd6VE4r15tbmV1OPj5vAAiK
jHCbk4WJaBo87mLokkUTksVwRfOqYv4b1shl5Y+rBls9yJsNGuTNRt0gbzZaBm+vokDpRCCD4RlcIlxm6l7GhCFXiseKgqrxB0pW
oqwNgeo/j1kFZR+odJIsUFcbbym46EZoQSSR8jK6uTgJoxhXVJPcX3ln5UrbRXbsEIjEA05vH1aHPJRgjDDBq0KoVkuBcrU1o43u
QLfJX+2SpnHCSBLB72zMQ3scvVaqybNjErX2x8HGl74krCR2kg2F0qvELykr0DnDTCGzQ1oEL6aGFXtkSK1+x+ThLK4uniCQGTT2
hHNynpRSc3qBPP39xtMfcdY5Czl9H9QIj2NLpoL5yQnwwdJyj993BK7GkZRLD0mDn9TEJE2ZvvQGS+Dhx+4xN0kuNdKTUsPow7Ka
9GSpk5WIWjMChvTcRGcxXQrULlaP7FQos0HnGBeYWkYQvMF4K+X2Dixkc3v5HbAje2uTizXZsrUlbEX+/Y/PgvwSaA0nWUaqUBri
zCbAAzjxDItFZSqfS5+v4nHq9H1d8nFnMCtugApizNBbL057JFmEYcdYU8EzqjKF3zz1FAMpqm0EZs7qO5Kk3z90zJX60Bl86OC1
+tD50pEirnq4PZsIHaZyPeOxL/e7/pz6T4sfcLbV0ftSe8baC6LVMp+PPSCJ8GSN9jzHUNCpTc4eNbNg0AOdrxs6mXgOhoHHMtZh
CG2VMwjNMTtpWBykbZ91VQwyueKgfFbXMnXR9j8yxjKp+VzzGEe/EAokcpViR9u+AC0qsqMTbyV2km0WF3CxbqM7W1ImVqtuwlN9
Eyi9N1jv0/+frHNNAs5xKnaGqb3xMmbrjZX6i0Ym6bBfWkIOJhiXobqK0mBWMilSAIeYE90VBwEYbX27JmaR4ylxp/VUHti4mHk7
ZIeU6RPJtHVgskob/WeW02hx/v73how/8jfyOv7UQl8kSwUvpal/+gCruaOxsTlqwhu84QHXkGj4RwUHc2yC1Mph8F+Kd0XOOcf5
5BKkMpZCaPT3sFylE2mVoS4KZtGhMJyavgsM05QBwZMOvWSPORt2iNdKVVpSlTdJfvVIORTXzTmCVE8SVipF7pdOb2KmfkluAuuY
G2LyOfDZOF4GsxhD/KmeZyAXpMS9NksznaXnd0/wP98/3Vj/8QfiiqBcXMXZE7hnyJq/f77+g9hjo3G0QEqaX5IlOkIn4/UynVEk
AC4Er5OgLI6TXKLs3MvN5wtLSu3O851pEpNiWnm6TmTtUXg0Bahy4yVQR6q073PcbDMgn8BUNhGAmsUkn5EjE4nuu17gFjjcg6rE
3GmzM2NIEmJkWRChUuUiDz12XK1VGeWOxC5Sz/P19WDGmevPkWEJb0JpBQEJAky4xz1BEJcsRhlpjAABT53UVTFcg4CXpgMjo21s
bIpFfUCl1CKL9ZYs5Y7V2hVFGgwYLSBZ3iTTaZILLou94veHZBETLCu3XnGN51onrvU+dBzNB37aIBHOs9mWGLfNvxpRrh3la2nV
4MInczTIEA6zYzn/448gpG/tyCxgM6EdqtWNu33ydCA7MgJZnfED+4O2a4BSFGn+rhkQygY7aCzRVlfOicWUmz28hnOgh+E/tESJ
lPUntHItFnGU5UYOUbJiBHSQ7H2mxAfv5kAqfJSqHmONG32juQyeCgJ2hVLRivePLRGKIVQIvz14DrcO7TPoYJ4bObba/2qL6Y3u
1we8bgVF1XEDlyRiuZtFPdRfwqnp9q50YNqNz+u/xVerWEOhmjbaqHcOxQuChvG8A2cvyZYYHMSRdE+iRfLkcjR/AgyCC1nipzV6
BWFgGER473D3+Gj/8OzT9sHJ3vbuf3/aPjvb3nm9t2t33tpwYiwlhKLs9nB4dKZbLx8vAz9STbyCraKPQGEebzyzFri2SUutrW7u
KTbXykzHyvxfZKazjG9mLIOSBe0L1hyybWawgeksIfC9O7j+2xZI0lKw0Gy7wKBkD2NDFtfpLHu2oUn2WpNDjgs9EHOoPg+PCbTB
tvhgRke5xrtz4FDYRTR3xvdX+QZwEcw29spl6Iv3RjCARCwpdgnDniF3RCkECHcMdCTKNaCHx5Q3d87Xn22aaWsfBPHKtQ0+ssZd
G0PipDIET4JiBsOgATurHDNyVnhAXsUqhJqTJZ9xwyXz7yaJKN8tlAqpEos4kByUKSlKCCCGKb6JC4kgV9kB1CAFMz+aM3zO556b
Ldmzsgdb4XPMWoBzfCMbghpxB9hTMrqj9aSoe7O8D2dcaGctQLbbZIaQfbWfPITb9RqzIfF3XHmQ6maE45F1WwVDzdqE9EtNJ1hp
EFSiuqJOJghGQv508DJM9h4npsKGRn+1M8rhX2Wds5wMiw/zn6Wndc7pR6oauCg9wCXixg2aq8Mf1dHFrXoArqgzXtlKuOUmR9Xm
ONMb7zc+DqtTgfmRzY8V+aPJhOoCeIJG+cUSXrTP9IrNNJteC+ndO5yu6L7ptaWa0zvu6cjmz05isMf6yoh4J8ryqhLYbYBVrk+B
1AcuCzooFOQUv6UkQH66U/LSRfMcIdvWDDBf/gTo9ex6nizv+mJu+P7pxqaNSGgn19MWUT6s4QK5Ej2KvakqqYw1xyiLXNjwek6F
T5BisVmhX7JQGvpfWDcB7/zJ9k1XxCMhXsGWCcP9w01U/0OyvUsbcURjE68PGfA4dQdzIdG8PUVbHfuXEO/nBo0scy5rxFvWUxmb
cz1TVONuEYxpHBcMX3SbD2JQvbOww2yWIRK86Xa2NdY+MPdmSoqm0+LWM6luVWhe61QcHn2b7VXYrHXLo3N7W1hPylWgWwXyFcht
JcKOl9qytfyvIbgXsGtzTUzXP/4pVNklxzSEchi+Qxv5RR2vx6Me1FLa0ksS5CdSW7cFla8jxJwWD/+9ZxgSCY36dK88mLY2PhHR
+TwAebMFVCGKSF+XQYikiYamqZKg7BBfGZFrgbQpcnZ7PNm+xOrmDNlah9HiWjLG4YvM6wqqbLf2RjZD4D+QP6kpPAu2R4qYji3z
ISlj0RTOSqYj1LNYNHsKlZnGoBNjXXlR21zTodgSedPhrQvgKt1W7IQvVjUPLGcue7TMMnyGN8uLaOD+wqS6n8bLhyCCpMkzSANs
fDmT/i/CKbFI4LAeYKOJlNQZUw1SRkXaoxN58WDJTcVYilLGXxnFoyJkwpPVpJd0y23F6w7xshiuhNAipKJi0WxO8kCL5jf2e5bJ
jnJMrHzEr1qpclXGJpuBb1kpZkRuTrfMwRX/uaY6YEE6mdiQ6+QBtZZAGS8vqNJsxC4ZFX9AThd0n2sTI2Jmkr266+uTF82lleNU
R/EZJHcW+omyEtI3UOD0OsuZtuYozvYbTwQB4jDBacuWKywIzoIOm980FgV/qWJ5wS4NV/dcjcWgmneYLe30gsKJqIO5EI2sZUGG
4g2s0++dQXSbYa3/ZKUfHUKijdtpnoZRDYJ1YHwc/9ALNhQydDnKSVTPrcDNHOZBmPYoc1g1CJu0jlbEufq00R0+sHGrbKuyDiD/
uYqxSmnbGK1C1V5APxa5Fc3MOcU36G+AyBAy0UAUbQ1QhCAYZlVtrT2yM1bVgRMBAq62WmWvpumcfrHgsDruiaYKTVMblITjIxr1
kVWnFanpfo2+Mv31pT1smerP5lRgCSR9YNoFXLWlfKtrCCLuzIHj+vl68rmhzpfZy5BaMTWBnYsDv610b/hItDsTfnyx1XQQv22i
wj7hb7ZRK/JA0skhvec0PfqBD1kpeBKUcJtK37E04HdCUb0VAbLBAkCcmK7qSlTBXJDvaai0YrfICLWC7nLWgwulfZcMfGHQLixv
5W46ytG3lkuJALhNv3pQT9HLFY1wc904N6+fyx5bjkMbh1YtzD/Rt2UPxK0lRWXsHsg/ZaApMl3RibvofhtvkoF2LWCOtUalUypg
Rg180oGena6DnFj3XCIlVVfAUSy2YsECU62BdOIoYuibzUSxJ43fM4ziojo1yaSAAewMfl0xkWEt6jvBOGA7bQ6CQpr83LVwJwXH
9vNXrJNgDTMUrQ6acBEozVK1W6iSbQeDMwiXmVYNOtme33FJoyenPpLjnD00Xt+m2bhbFk6oLoJrANelEjrQRyUOLT2lS4i1vxcC
B1cDlC3FdvQ1ihArLh63gM22AmUQ8LnN4VGN65oRsAo3dgpi2RJ3L2htAXr1F2TTg/i7lGfzoVe3X2ECPVwFW9eCHO9MsajJpwU0
4UtZf8T1QTBIiuI68Y8bhT0vn34KXjx//vR5+wtlurQBXBMu+MNJ0RuoRlOzneIYK4BWeTBdE/1SmzHe7GKxr9cOCRoP52ZRRahb
gF/KCwICab/TAhdSvyxAkPD6/eEhTb0cwoN02moHEqn03vJY2gJFqjHg0dnSYJ8VjiyiiKTpl6BASxERuIZk5MDsidU1zG0uSUeF
+CIO/C1WLcVbruxDKP9RpUiyMsGPGeGGSMx/sizQbUcUoxa5uLxHsCMxp3yN1UuWZ/t+qXOr2CkjLYPz6li4Vaou8GO1QCqsIOQy
f/QQyXBq5O/XP0I/VHqPC3Q+BkqQ6JhFvYBRTh5wxI4rlOfrFYBZg+icTJ84li01qNp43YIS49Rr7NjVssse9YbVdrztTWLyLl98
+VLIgF6cnlunkJ43F11f+p5XG+wcm4us7jS0oAtfleu+0lX8Qvky1i1Dpxt9Fv8+9c2X3NGEpWDXSsWP20cAVN2P2gCAim39HxQJ
8MSj8GJWI/UdKQcWeldQcQgpfgSJSqDr08XRvBK3X2HmWaDH9xUtPHDniiDduIrNzT2g6u+PS19bCKRSCHggH+N9JYCH5XmyW2oN
t4og19X8h60lqzAfekPu3COyXz6IG8yUbLRqKzRznJ6gTOKX1shK3EF5xgrsoaypKRMS1TxVkRCD4LTSMCS5ligDaBMQB6NbYQtB
OBp/nk27rB3FyzgrRePHypC0pukzOacKuuAyTYOw0sDkG2dB/Kg55Ri2Uw63wFVlfn1/xlH2fKypWplJrioe29UzWY/S9E0BQmB/
efAY+cxjWp3HVAPzcWFJSkmx1gpVKd3E29gGxxVD84FU+qQuOsOg8zciStjt34gsBf1+X9W4LkVOUltkbubWAgzdQLzB03QWw+EG
Gi8m5dLBkhhBJxAeQyFhFnqRaFBV3oqxXexi8V6zaGREXMNCPfezMG009Kt5fqlItC0LM4uvkb3bxcbZPT50fNwKZPtrtQqvObWK
6LaQiVo6WYpBVWVh9N6xVa3iqv6k/PxVZL46h8RpqZx7XbV69RRiLpdcEXb+jNA3Oz2G4hgiEyIdpvO1aTK/0vXjJcxWQWP0iM5Q
BAM80C4X5pSHFz5kPdqVUl4qvY7fOrHFCUQtZ6P4Y3u8QGeUtIK4n1IMRLajI9+58GeqNl4d/HYNtYrbFLApF395Xwwz0DAuzRgu
xQb2tfO+KS/I2045cNwZiydxyNuM2ihvQos8Q8fsDcIFjHzjtX/uIsajLyZJm8rjNom9dSWFjeMR7jobPVx7hc4WTzKWlQg4SgFH
MpPvkxc6R8nTVxjc7o8CkkhCmA0CbREINgKx/PWCzUBZ/obBtpCpgMxxveAp//HL3SLCEKhnAVnnhlq22BDBZ7MoZTQ7JP8amlNm
a1XWk4dxSj5yvZJixyr01m0iBc5a4KGg8CHfvFDmfkmHRAhrnqejBJE5ypPPfHfT6QqPXWVXimZ/TW+yTwsMzKJ5GUMlCJz0DSgU
waAiCE2FteLrNFbndfqm7vVvQWEPley343qi/VTQsui59M/6wf+qLajDHVxe3hmSpn6ror3aLvixGAiWOWbDruMg2LB9BHDl/Y1v
17S8bZoF2U3BbepAGeUC2FR/M9mBb55qvwDQIH+/2oCp13GBIW36a/9bRk/9KNJ9zsOll82vFSvpqrCFJqJJScntflPWskegPe/e
mNDXw/0dEEyTPAdldOPZY/Tn3QAVS7M7BIRAtrP27gNe63dvegH/e8hcaFugl/AXuw/fQ++m0bwP/Z4iJMAAeMHJ9XxOV+VpcDSB
VXgRnIKaCqzmx+A4oorMRgnv0zDe9Y/T2zg7vYyn07601CS6vpv9KTzkZmaYiFoyWbOOKvbTwAicYcyTUd5iGL6hwKuVY3G3hMkx
jfBm1m2d+uMM9GZqSH9tZ7j/qsPSMGDMVXqhWmB0KUJnDu2Gz3WUu4F6z+9FvfF/cxBxx4aGwOiRBlaWzJsXCT6/UEW35ZVTikLX
Lx6bF61fql9/E41skmP1a/1SM79jbR4ukiyZrvVA1d4BKcBtP1IoHG8Q0mkj2KZYebbBRQwa8u5g+3BoypJSBcosZiFmvV81SGxc
NsJhIzfolnJ6JXbydr6MLi4MJ+HqAsyzgDvOr4hhURQtHC5LA6D2+HHpUnQAOHrrFUsIF5gI9rzbxozx7YWMm1m9lGEfaHrWf57h
SaK7nkXHl/g3XOwjzC2TxRVSL1wbqL1wa1DRFwv+4Rl+RPoPf79AlkwsAD78yK1mS35uY534JVbfhA8bFeIFExY+ubgT35KhohWn
P4kjjByBQ/37Dtekh+57invqP9YMA/sCRDpfAt3E4PIMTb794BQ0PGCnp/96mw/kw5toHl0gdGORv/7KyfIvueMg3FetdYfBiPAL
pZ3d/dM3j3P7nSPxBap3147m0wSTY2j3lNrWdVg6B8Ci5YvjS+1Zaja9pudb+mqNJ4JYQ9Yi9NnLd4u27O8cA3tCwIUKRDm0suAJ
gqDrFMjZYWQd6AgN/Ii/EagN6WMpAmUxgy4XBIM5oaS2AS0KkAfyviBb276BxsnIjvp0eZmdWF100QhEmcAlxNFUoIDxdYZHpPwA
ivaI8iuDx0Z4m8rgxz6fRUQV7WZ9TL2jTKbM7o+ClPFrs/R4cGR9xdkTTyZUGRpzGgpY1fqIFI+O0NnvnNxReuUwjsfxWCnyVcdH
3Av80HFMoJ5dAsZH4HWGKeDsPcZ7w+mjodLuELdtyLCQn4Rwzy8YBQm26yDKl7/AE28XBBvHpxCbwdcIqup6zh0hAgIueMjeCon/
GNH5qESvk4nkYYN5n87WVoAjeRNlV2FlPBWmo9CzxRxx0JrCmlAsqX9ELRRfPYbfQPiZncPOh/AEuiTtM+7zo1N7j2ykO9DD4fk9
CquhnxvFUts7MqpM9OKwiprSHyewK6eXiMsk3TYUFaqKnBhVFBRSUx6Vam++7+BedD4SY6dtgV/gW7V6wCQSZyhWvKfzWH1UrqoL
Se71aGzOlD/hyLrEhIont3geY5SSurLs951pyhkQGH0QlrlJNxineNTl2nlwV/AWKkAUpDLqblzB2npAeX8ouHntYzDBkIBJbXkW
3IqJvRW08Nbnybiq+tNk/L5TniDsX7vQnl+zBFTpZTpLRqFzZ/DukSeufHMwhfef8FcI2gkdlh6N13oQvVfdlglLpfgef33KOtsv
rRZDK/POnceYRIru+kGRGgKze3u2EyyT0RWi7wY7+2+CMVC3Jf7I4LtkA4407ibVT3XYrTDheSAknrFD8XjkwJRCQn62AhKZnlYX
DzIUsoKgNse8OUpm6poXd5KZwh9ijXJnGuW5RLx1vEykU2NXRJqeuoolCbSpClNw1rvTrdQ38dBTzKFeaENJwlB/ucQw5Ldz2Jcs
j6b4VQjf4Pa1DU/2nEJZ+Vzi3pee6cpIvH6pvGs4Tb5SvJ2ZYpEs15VctQlkE+bMVXyH0/qdXMlCNKkeFxMJ60+bXgRfKqKgRDj2
NFgSWr1f+iXZUn81Gt1kZY2umKxwhbce14Xq4r6/MlECxeyExouGh9ZcLRaG+VY5ArGEMSgdEpUyWz+B+1UVPVxtSGoow+qKqU6s
K079Ht6X5pzQ2oV288c+W/ljV11rI2xDO9VwVZoZZ7yulKpZZhbVz1P1eso7p/IU8M8/aOj9g3h+sbyEL/7+94fdmoImwFvEyqQ5
L/Kj7BzfvvfJx2+yfVhIB9RdJdGTPtsLNCLo+R2H6AA3zEdZslgiowvCv036rPmuxf8JHov6ixHkjkpT12lotCwg/2MQMpR4ZZT8
u3jZr80mdo+WvWxda93USYONhU8E7uC8Zywwe1URrtVH6Mt37Q7gV/AE/i/wBjSdOD7tgaC7rI3sEmvBOB4lOZfOxaq24yTPrheU
ZPvv9DwIKYiGalc+7VJBgwXqpFi7lyJu+tjPzvfBc9aJw1E+ksoYStQxNDx43t+gw4JKEqYPYLDQ9cUl6uNrCMYLK7l9urO/T21R
yxTuNNA1KLCadcLiFgUYSvzP41w9kWudP7+MFuJyD8JDiigyhtle8I5hu3vciR0s0eMKbL/vXo4WPYoLev+R/n0BzA2W6HdtmYXr
SGERfP/Vp6MsuUjmX3rBKy5yk1Mfu/OcCTq8hX9fTwgSTHfNsQ8YR0R7tQPvXqTZ3Rde839GN9Ep3ahTpfdlaJwwa4t9nF8nguEz
G1CVCqfKIX2BPAf9JVw1BDccvr1Nxjh81JOMuejG2kILlQX7CWVp3LHT+4Xhc7QltjmR8HcKdlBFQnAK1/PF9Bqtxugn69KmH4ok
TOBZy/QahOFcjWWgoR9gfGiKyAXTX7YfB4E4jvTtgpD6x8qyhW/Bgf2O7BsLxO5gt5cM+jume4vr8yll91FA/ghFX12W8DuXPGLt
bWvP4ZwdfDo+2Xu5/1+fjk72X+0fwlJPx/Gkf9kdBGSwRcM4sHQsvb7RC36FjfsXAkii3RYXFa22FAqTbY+xDGuSs176rA66nTuX
VreCjWHjs9TVVvC0+UnfYLaCZ0NHoypueqjCYUzlFmDWE7j1sAzHvLzreF24T1iIXaqVs32NihCsOtUw2aybs+qLX4QhbQ6rUirw
kBBt0hKqevmQ7FwkqPKoKNaN3yZ5057kSzirbHFcXN7lMMYpHtheAQ9qBArhHWlxwPscOjswZklCSNLu4TfbO985rG4e7H3moo6C
lIS0LFNgSqoVIAzkxcHP2B40FU8ncJ2mVE5zyTkdGGu/TOHmSUuuXrqMoxlmwhVAqsjIUbzdyG/R5mftinNRSKGslrh/glUHXRmu
aEhESN/YWq9xXXtFT3LNs03eZcRBC/ZBjc1DPaxV7HZ4ANNae42SQeY2iAkovVMEUwsxLUsYkhTjrotDKloMZWExmVMGz3hOqmXb
H1kFlDayI9C17+Z4CpcrHHXbwTXUBtxhJD5ZQPgOjXjMyIF+Y3Cd34jLgHQQB1jjkyCClrk5lAOHGzHeIZzyyO5lpOkN5s9NqBrJ
4cF2kIyRrEywrBMbx4ledZFZ9AxGcbD7eue4h3Yc+DcgcMe+1D31eQsWUcJF0aNsmgiQUc5AR9QAsUPonNBCzsksiGD66Q2MBqeV
6jzyeLmkPAlH1nIcMAZDibkfL95lpFGM0ZKFNWIo83PuMlWBBb3AdIRILwzxY5pkzynTib4oaAhnhjybcI3JfUI09JwqnGsO/JiQ
W6YxzQH+QZuYM3C9uYTHogZOVzeEFf93eo10jpxqvwEj/C2YRXeYTiZP5goSk3spCnlVtIiQJE9pSGMhNzyOHktAASEG4ZaIGioz
BhpfS44UlsYsyXNOAtbUR35agdLwiFaiM+et6cy5jblWR0xkAWbRSCxbSDXOi1RjWDusyCFCtLbQXhWOpb98aLXeKYtNBMkeIGtu
jLX4HlPEcA7w4ePAxSe0WHJVPIZeoBYKm7MfaAnYX4TnTQskz0VVoZ7qYGFZl7zFsbJM2SMldQERA4LAiVj/xqxMc9fF/bC2GWxQ
/U5snoQQUqlzJZNx/SagWb6+NA3lcohCQ1lr8IlvSMlzJhpUaVcVRKTFzlKS35VP0ddfWC6+tOtUVJxR9emYah8+XoIauyRjMyyJ
dCSz7wyIDJPw760MnMOJ2h2xisg1GK2JwBSQeB7sbh8PGY5ujdSLVHEyC3KGcXs5y8aDswxH8mfkM1pO3kIhi89zQvkOjhjtvXbU
RuJrImrdBFxCexSWm8hueLVLSgeXYWwiDxvutArSIXm23fDgW+uhe4xSxfnr64MURLVHCWZW+/13mBIo6LeIRFd6OPE92203bZzx
r1GOShkcBIJLeh3lrH/xyZA8HKO8MaaSeSryP3Wv3TPST/vhcwNO4QYf2Y7qybYfrofb1thHTcKoYeXM0ExrQ2xNDcu0N/RCj8lj
BqugSrLdDsbJRGq9BSHB57DMCGeAwlKIBOKoODilYMdggYikTw8RpUocTuSIkGq0/YiaC+exr/KISwo3EkdyM8ZLbwch1f/KyTLl
lDlUFV6Bat5xJiuOl1JjUWj3taUQzxVvIJnPeYI0UabOBbFdOAIi0VbNZK1A3Aq4fU9UQfkF2sRytImtYTLg95sbL+wwNrRXADug
KaH+gJijPPRqDpX3idWiPVQFTeKrKNLeRhlHWVP+c+7qI9bJoKPA1V2ojlmUXzlseWgZXvuLO7EdfDIt5GSoHaPxc5pcxbWiL5WL
zHmPnPRbbK4OCg9/tzVUdXHxe8rRj6foZUHy2xlpJmPM0V4fmeJ7FrOS9gRetlsu6POzgg11X6CQq07FnaUutoqmISCU2JTFRuZc
t3Rd/f0P1yCk3DleP6uz1iI7u4xgvtQ8pW6lRxajdUdsLWfHc806FXgaukE1Nf2Ff37Bz+7X79XzGO+t/vZWs3Pp3694sPmY5qBl
LW9jpAK3qaPs5T1d0O/8Di1eA23K/50OlUr6lcpewBMU1K9bfRX3H1lC/oWtYfSyhZEYKhyVuQif3V4wJmv1hbLGB1giOle2ePpA
xviCgj/SZAZRTagbo1OENE5RsG45eqOgciTkfIC1gdmSlR2rb/S1U8CZFYrQh6dChm1F+QKICrEUYsphmvWIh6Azosc/kMwJdMq2
0JIwim/cvOii+cEJRcFwPcf/A0T5Ko4XxJDuLAOMtjYaIwFp59P4AjgsbGcMnIGFXUflPwDqpJRveul4Gs1PyFwiXI+DOtkK8CD6
frPtkTmyYwtQ9khlE6Czpb68t1USb0L+8GZJd8j/94wGzuI/qPmANoSk0F34K+zYpRg85gROJhIKVPM7af3d/4H2BBcqwyN5V8Zp
MU2zNMp2eeSWneL9x58CuudlEwb85DNi0NOcx+EC1HQMXGsvIPn9lO46akhd95sIvgm++C0k20bEVsXq5gVvhzKhkldTjr/U7iCq
K+ZZRSf9ZSUcRR4bEilplZNavRbIwTrkcCUZo9iR+0tkD+FLKxWuumfFNfUmgPAbj0PFxWgYuCPdit8j9bt3JDUzNjxadW086LrX
8i+qv/t0R1KATRVoIZWvntZZX6fiT83nj2QBtNjPU2OX03Z6feS01Nb+uJWNPg938rSQ7zl95X49B9EzuHZnshApBsNZIDukobad
F+f+sw1Aop8X7zc+9oLF+82PPbEOiIcHw+qPEBU/mu5fzInZ5vHKAVIFbrOgCNeyaGuPAo/r8F7xQ149gEZQF/tsB0PwqZSCOT00
ala4s2krUJJlz4l2RynBH2VRJ99E3C2wY4gMmg2C36VGaHaB5QZsmR/2GRb/S5+GhEYDk4zEz5PBWSOxgZbhYPoTvBO/y5CLgtXD
zXZhwbMr8cuJMeQ8VlOGMdxeJqNLN6iENfyI6p5e3lvmtMTeWrkTVvSrpU4MdLmn0On4HzTTPZbImRU8XHW4XhTdKDJ4cRXs+bcE
CmJ1bEvRhu74vZgmPjbJQ9YbjA82bBbIbAtKl8u4+96jlAwe2JZV5KvTmghjAj9SDj40UiOF/+vclw5D7uIBxiiqgV/3xMuKBlUY
MJCczkcyuMJadx5CaCVbEVYREvihFdnNvWfqUid1U+dp0EJOXXmOqsIUYZub2Q7r1SHrhNG6t5PkHfepqwd1m44aSYdorTNfWbUO
2tcb/SUFumkbHDFyAf3/HOsw0OF06M8DyrwUxMOMq1WQWfM27Vdy4iJx6Ut2QB7SNBt0TvxfqQU8RH5dEf+HTxkQVhw9clsYecJl
ljyIqQ2OKbPCWjBeCdVB0dlLBAXeCopi8vC7NjHzF0hNSxL4ioIKpSWo9cfh9IKLVnvQkHtB/JpAiPOwtr4TPliFQHZhjkZngFgA
QWcweLJOqJeC6Aafmtq2YckuhnXh5YdpsGZh3DGdGceT6Hq6DG4x4S130ADJqgUXFLY0ni/puz7H6LBwUNeXtnRdgBCGEa66pmGS
KSMlmbIXugPXYDcs5h8WVQ4z0DUS1NgtzUE8N9E8yS/V3SU4wyymLN/KJovUuliW3CPRMR7L8N5B8Z77ZiuEK9ZQ1mbVnE2ct7To
Vq5mMIlH6wP8/wT+NyBCN4ovKYddBx6zHRsvY1VfaJXlTPpSMPoszi5ijMdEkzXCKwKH7kI/CeE2wBgw+f9WSjVfxRy1zmep30xN
1AS3grKOvDJqS6sLjHsjvbpeX755PAYX4EQ9borYBF94o9VbhDrhe5WwSivIUel0ov8QlmGH8jmc1lY7q+1PpdgAWh7Kr116Xivj
Hj1dxKNkkozEFPHRtsgWrRTDeyzhN1g14zlsq8ezU03JYitHzVhON7+HsCGIptqe0pgu1cYxnyw5RAmTgntN0VJ5H/Mj6rqMtMC2
rHda6xqbCdZ/SkB3VoGNoe1B7lbzhmp5ujrlzrZfVa331v3W+6EUC2WLK4cT38XLTnvO5px/PHz/CNZRUMc/f9ryumX/vClfz68o
9cQbCQUfVp/mikN/OCmyeIIIaKno3P44bC/iVN3ahxd3vDY8HE9lvJH2datS2Oyl4PwOW8bpB9s6i0n5kzHqhZ6nervohE3zWKVQ
ScN2bwma+MbkNSadJZSYcfTTbrz4sb/5/Fn/c/+O0HHmEkBK7aMEm867Q46oJJgNoS2Wh76yDApBybvqWysbWK9gvekVlO2eaPW9
oEUNTk/ciu11aYxZiaof5hhHBzpGPqa3TTawr7k2fF1cnG+8LBw7WPU8zQEfkwgbRHAw9XVRKVOpsB6fS8XVcgsh86VSfq7qW/XF
u4xUSqhh1bQSbR8IAvfY40AUK4ayu4p/Qe12TLljJhlQ2JidnNdGvX4Y8VCnqDryYGzDCrYXB005AvOy3jLbTbuKaFhTqVSMI60N
z8oojJtZ9F8pBHvUzTrBl4c5JRMylOAwnejW4vI2BKr+NeM/5/G3POCqZqDEuK96lJruxyP3fqBoVLBJSc/dv+rqSP91L9g54PRO
ecbyY+sbJxaWb3LdPGU0MEOWzRBOSr1k0HurdmP03h2eq9/QLPKbcRSi2+G3WTT6jS0hypRNaPuUe1LIgFUhciab1e7KTrV1n/ck
uvaDX1N09aVzN/aQ5BwEECxYZarFD/v2GMs8u+umlEFvTP5V0oOTH5r4kd1qAr6ozPIqYV6fW4d5fbYjfGEGKiCUODt8VfCYqyv/
uRjfZYKkGr3oDbcXR6WTYT+XkmFFKv5c9aq6cPuL8HPXDlpSBSW6dnYrb8bnVimt8GybSsAUdK1SOOxNSRZVx0M6UENPFlbQzpaT
xP+lWKfmhQR95qXAUQrebBMWamL1tdILFx7bduJStaoxToeWsZLB7YhaoFcVBHvC6kSbtTyDvTyuvl+0XvuLmxe7d0DEktFqa2bS
XmjViDX2qvEKqB5M3TuUKlMXMaF8PZStnCx+E7jRLC5E0ooTTBGfcYwgOOcc8/wbCKq/odE01ukhPYqqsDtD0w+Dpir7ujZT2/4J
RdY0wgE9Cb2TfVnVGrlNRuJbAFXLhWsw9nssL6bf6aqwCLZUV26fI61pR5S7h67mBZNvlVgLQ/p0D9HvguMLVCUDKQ2Um5v1Snvr
uhQ93q5qiJZFcFjKP4Z/E7O+aJcVj8/XHS77/sr5MmEzvZqjRifK+DGIMNiOi3bbZ3kM/sINzJs20AxztS3cR1exWpIwd3cw/8od
rFtXazLO91xc8Jsurp1PSAtlWChNpTBLIsZwdraCRzZJxjdbbBrPp9Ve5AWvLpBlTFB4wA3B2ryuK2+jFwwGm0QFB4OnbOe9xdQw
tn3myTJeo/r2SPrS6Y3X4cd3C1mmm0kxJ9yFkd7pIBxn0WS5lsTLyVoCa7k2nudr4yQfYQ7xHUyOi2SqiGLhF5oFN/BL9yjLHjTw
yrxP2O75r0Alwk5hcTqthLeqlVa6yJMpazdqOjPS5aZ39sJoSaLn+kARaQYDhtvRKon3bicsPARZ+nNUciRwk29pc9L3q9JUgcFh
T9Dub8fvevRXRFY9wPxKjZka+kF7W9xiCRXHwXVbC9lGjityK7VlZNRkO29KT1YdkJYbQ+21YjYNuyKjMcTY59b2Qxm79UkbOJA1
nZ/0VGpXq/YKOc0V75H94wrZTIqtS/ektR6sqvDGrRXe2Fb/9GWIH5b720Pbd7VAMTy0sRQQ9CA5D/gdOEoJ6IS105SBwqs//7wC
7m31VGTDXhVKro/1sbmK7xr4joM+bkX64ZvBz8EY8TXLhYVqVpdsL3x6jB2mYRCUYChrwnN6v/5xZUlOyaKqUBLBOzwg0zHTwQpM
lGCv7kNZruPHzGmukeu8989dtWpalnqvTGrlAz/s7ZGDhfypzTpL67xappRDB51R9GVT4nKhe/LeIf1u0zmuj9szSrL0BZki02kN
QKvbAAVeULhw054AOwMRLY/HlbjjMPynm/2z7O4YnwtVHDJ1xGBX3ADePwyj+bnLn71w6yWUazMjuMtoXelT/aanmzwTiuYSnFqU
DabJGITHZQ1krXr6CBqbTNPbeyKeu+dHiS+ttpGgdMReL5Pw0tXiAUsY4mXFI0biCxk5Vz7gcqqQlHI1ePp6dULGApdHHW1Fzkbp
4s5HzqQJd+3w4T52GNoaRpzV6hc2mgG8vwLdoDTAFSbmQvUL2AyW6aO3vOAwDTurOZxX25dh1m55Ufm4WU29do32NzKX1ub5h5NJ
naxH9hNxdYxKqaRnbMlyN6zANNSyoym6qO4qtcQazx9DWDpiTNUG1LSymDLK7BinUv2cp0IQvfioxLDp++JCq17uWbvAvLJHq066
zBg7pYbfx/1/xTaiB/oqY6Zlw8o4pKQyEIlchwQ5rXyHoExeT5dFj2H7vaKUSTvFywnT6Tl56rYLTv+tsg6V25rRQlqa2mrz11bd
FJORhpUj8K/S73NVPpASGIu/6tQqnm7pd87p2sLpl34TWB38mf8sPcE4OuTgxr9Kv99KWXr410uex23oYs2CsiN+Lnt5jx0Rh/5q
myIOfjdVrGKJZaL4ylfOVZz6ciY5C7ZhZr2g5hbIB0lvvcfSrb5u7zs4bFoq/KP0K46ZT5OzXPJr7UWIai8C/MrzpN/5T/8+DVco
gaAMvDki8YrV8jxLxhfoBM3jaJb3qaRBP9hDwjqLES2fEWxhpaLk4nIpucrzZYqdqAbDCVU2UMg5SRZs7xwEo8t4dMU8Dmc4DmbX
SyRg+MUZ4oCdIjDSNYZ47xy9CbaP97mkBjwlw+6PgXkMsSdOTFIFG6KMAb7RI4s+IqD3r28O4+UvNJn+KNfpzTGasuPP8Qh9flyf
4U06Txn+LEdksquYazkgZtoTXo01skyDrJD3Z2Mxh1PRLAqFjmap0H0K6SDYYmgRu1I93Q9sX1bzNbRaxtvnhB7YIq5WoUtCDnX2
OI+9v8g3Huf05Rpa+YMll53ETRzH0xh9ulWp3djzKfVB/w1fXs9H+o7UiTHqivElV0UH83eYyVV9V013iqTpb0olEPtYI8Z7DfP+
65ESHg4jTAGDz9uLpNwE1SiUJ1UNIPzK0xlWe5cnuc4XfVN+8DC+PeBHMdx6/AYPOH7R34ENWsbFx8+oVCe3C5IpftR3oNz4GwZ6
PeQM7r35TZKlc/Ts278UXzrKf0HRpPDC0ansRV/9S08VXz5WWwav6+3z0p1KpAXnFDKaFeZSSFFmLjqn8LWz+D/XMdmA5pVnkq/0
Nr94cj1/qEOpv8HOjSBFvaEq3aBB4Q7y0EI+sNyLOfNd2CQQwLl1q9kyvbbpARMC+xiD3r3PfxVogl4mGjhWTMbCdLEuMJXMDQOF
ZXbKT0KDffMGP8rPDL2of9TI/8MH3OZfXSfjIKnvh1/j55M2/fDVqeiI/hDusG86VlDyhb6lKdO5/aZ6xTcUisN/k46TScOM5Qhj
v9ihvGI6VL9XdrILNLlitqpReUQ1Wrd2r+c5FdNSOkK8vEzNYLFAqm/k1oqpBtSb/Io9i6pDa9FJPLN8Oeij/+CqsoXB2+XoML2F
YWBisB6M+rnPP3N9M+8Knk7jeEFC9SyZArPmysk4r7NLVJ/7/IDzY2EiWPp6mp5H0w+u2NTniwtiCR0kqUQCKj2KNxdZNCd39ul/
n57tvSFf+/Z4lswTFJaWKaLDoPVMMtkG3+k0NZKDBEBAtXxONZpVWwSTKuUHsHzObUJ16yfXeUzFj+1ugM6mi1gwAgt0xOZJREmA
wR54tkSEel0yhl7icZbry5Dd55Ik2tJvbpeVNRjpiVOQlbJkiTC7I2GKzvcljhiP0Bq/PRrFeX4CPDPUrxS+Uy3sK+z2LNQlh06T
MZbc6h9g9AMf2lMiDWio6HFzJyjqgsAAX+3w7vUC7kI+Ugvb02l62/2mg0QuDWfMPVYPOVzaSzmD7i98SK1t4QLTGFTGV8V/Vzps
cpcmkcyOui0gZfXJVOTftoaTZOeeKx8NZAjg0X+ukywmeoBVOWAwbypNHyJXLxCPOL3OA44xCcaJXHWcSRZj4hfccxZhiL6hee46
ywmC2uMwuGSUHlrB/q9Rsjyax6EZzNBf5m77HCgIiEU8TcctIA36jJSyRpeOgllBKU9oKnFY5+DBhgjGnAYvb/D+lwYuwyqYRPXh
6e8m+SLF/toIPbZEbhgIfSxrQ3xIOBZ3wpsWVpNhJGkYGQGENKHqvpgFCOf0dg7vuc92S+FOQIkJwZtDSm+gCV0LghugDoEfCJwi
V0cAQt2v4NEvOZDJunkN5eG58LtTc9qW7V/FS24Sn3B+oRT5aMq/4ruguW4vFlMEVIaTBSw2wrBx9x4Xwe/LZCrI75QSc29C29gH
sLgV+migk2X79KNdIBKjJUI9S9F6WOV2oZWyZ/WuTrZFSRceRlf6zQcSirzkNF4avnGcpUvO4Qi5CCpdveo3j/CAhrCUFY+UGRXe
N94r64cc0aPNLz52s28u18tpdKFDHjFiin4J/ig/c0Qamnzdo+LY0QUdTf79MEXlqSUnW3FOsCj/O+ZkDioTPf0ZT2yRv5bdVuVD
GI3QkGKafaVOmAyHbkIdVh6OdDWIPN8OBBma7WAwZgD4dS4nW/4LS5NOwjIJ6La6q1m/tNDo1K5afURk4clR1EfW5/6WdyexYINJ
kZNh+6TO8whXSgh0lp5Pqdgez5qvZ80cubserdJ2FlurJJQAJSwZsofIQd9VxbPL64U1aW8tuwYVUQ47r/cOjvdOPu1s77ze+/T2
8HT75R4GgVqMl8D2gEUhzt7smuAepynjBhf4MHJKVF2kNkg1ww4LvBq41DmIYv46KThL47jGYQyBMmPqri0eYJkiTvIg1g0Mu4P1
WLPay6OhRbPaKgAgDt5mOGUNHc+dPrZFBNQZB87Ew9O1jbXnaxs/dHF07hI4lTH5uaeba8+fPesScjzGcOMyZojpSYooBhvT8WA5
xV5A2RRcyFpQT3VkC4dVpBCaCbFUklysDo5QmNr30Qh4vF2MBd+SNgH+ahhUisNemA6GiXh+3fiBCnXgKaFCP7wjsGV4mtTzXV+o
0iN3jk4r9vqSs75cDbuUNpAQHKh3aapJWF6cDE4z983fGR+fBX004C7idHPPTL0nHtqp0yboBIjcZNmWLJkIKb6SrPinP/4ISjIX
/VJpGivyu0JP1Yyx3CzWsUUehPVkQQ2Kxr8iuN0fbFkbsD8FqQRXjDxHJc/Uq4FrfBJThpFymjGItala+axbJexjXxSZZQ++4kZc
MwQRDXSZYYnaiVwK81XIBjn84g303D9axHP+yMyhjx32zGT7erIgrJhveeIFHir9c0cnvCCZEsKtL8NJj757e/byh705LABGVbAk
2siV5XhkNK6zdG8+DispcMWxoNkcxrehz6q5RBs7HA46f/QksHbaAH4Mf68eve/M0DLzCYNOpZSRTiOlkxDTaQ7CvZOTo5NPL/cP
9j7t/df+6dlpj1D3j4wuP1CFARXqst0bnb2RaLZA3UOBsUJ33jRKZmiHlbpJm+UDx9FYapzVi1Nx+JbZXcPW3ed46vE4Z5T2xT6k
KBS3TgQ5v1vG7z9SeY+KfUTZ6hd4CmRJ1+XikGceBta4WAeepmCo2kC72TFjNbRUhYVa+9+C4JcoZ1OZKS28rXiPhKZp9pReZyPj
CRsbgFJ9n/Qb8qj1jFK0q30pN6v0xI+Xu2nrR1E8ghqTnzRXcA3/B2TSTuZjqXWBoQjsOswpRSZf0DbiCl9fXKIRfsoqOGI8UXhB
fn0OA1xihEFEAQWOKd6gq+3vpLNfMOQmKxi0JL7LdXwtsvRi35bqrewEFdleiJAhqPhchfx/lCAj0wK7S6rfdwJ0Sx3vz2/Sq7ht
3xgRI234rH0nehn1oqDRr2qF5N26hTK3hIBgUYoW8rM/z0lQC0nVg/XDf19m6ewY39wNuQFWObveE3bfpbcSFVS/YbfPC/mGomtC
fv0XPn9sIoAn0WwQZ8s7hWiX9tRmVnrBWm4rpjWsMJZT71isxBJMDeRo7S91S3ePw3O/xVO/s/tSj5iPY+nyn5VDkTb76yocCWQh
+bqPSdjJCLELpuwCu0ZnLEbVzPME9KS+VGEEFXD+6XoxJh5+nRMj76vedlI6ict8EJxtn/7r0/bO2f7RIcgKezvIg+i7s5P9V69A
4f7l6Ogs+EG+3DnZ2z7b+wTCxdvjXfgreCE/HBy9ggZOn70NNnt6TtYPeyfv9nf2oKOdo7eHZ8Fzee3k7eHB3ru9g0+v91+93js9
Czbkh73Dt2/gy93dvcNgneI0YOXV/ck9LsZiFAte4n+m5/pzk6PR3HgM/RpWPyjnBZY0G5YOWTmWJhhQxBbZ/zy0JoSNFIeDsvHg
Gdu5zrIYczv76G/CE/iluS93Cj17pJXCFgytDw9jQJM9a/0bvgw/8mxrojDlPsnprHTsyGP5zYh7VIERneL57pTSGWZyo0J4uRco
/N2OP3sBnmkz3JM0XdoOPqsXPRP0MyrHBtp5PnzoVBO/k/gCEcN1sKkTMApX/5pgYMRyEeVsilQfl7/AcFqtnB7c0PfMOJ7I6jor
BsIvnheYw7r/PRWIIi9T1c8Yi36eyg++TUFyr17sMSgh2hUo6X1/cjT/JVrCeiSEl+VzEnjaOF2mi/3JqxQ+3uv9PYp9hFuGYRsH
ySxBCOXO8dnm645/4nAq5qNkEU1LMz9Wv1RNXb8KD59czw9AdZpCbxstHn8Ld2p/jMhicg4wvclYVwZ8cZvbOUgvYKrAlNymnkML
mx67VfGY+RUABDrC586y5OIizlB0je7Y8Yxg9SCi0PcYOxKLFlpgX1zZXhURDW5mM7a7vj489fUmZSgpzcSqy/sc7hqOgyR+u4oz
h9zmhCXRryqop0bp3AZ3h2WCcLaRqBA1gnX8waN+qbWXRvGw46Lw2dp406k14MqAotGybjDbDIvmjmW94gxAW9g1KBPwUKVTls+D
NknBG8JujhFF4BSrNH/4cLPRX//wwdRt7sefy4UK3X63FTFjaDz+23+9xPDtIUllwlpF9LkNvGRCYfG07caTZJ7gkmkwPlrHF4U7
RVbujqRZKlms5qpUEffruU3XGVPN2Un5k9kKz09ILr3ANKJTElspt9EvteLr+/NJ6gY91oHm6jcS/A+bJtR3FQwDbYtDT/gIBX85
21Y1s4pIkjM4GSi23aTs6PelmOIwywWrJ6mYHlS0Sfl3BCPBeORiOqy6Ujh64iZ4jcpowdDCQZQDYcGUqeZm8FmcMT9fag/pJewt
Yq/hUzsIGE+XeRCw44tcTsHG2nmEGb+YRx+EKMGvkQRPgv5Iv5TDrsVUqDCW4Ng0K4DAy9Zl3Ke7SzJkW2L20BEpQOOdtDRLchaM
HgE0pL4Eb838AujMcTKuWbdyUzhp4o3Io7mF/d1OOY/dPhhVIHyKDMRjXO4+igwhjC+coO6FDjbEqhrjpEk5spUhrrv3t6X9njAp
NtBQi37dFh//WhKAjfB2tDMheTrSrZsBawq4bmmXX/4/eMYc/cv0AgA=
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
