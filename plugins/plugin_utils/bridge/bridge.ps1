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
H4sIAAAAAAACA+y9a3fbNrYw/L2/gmVnjamprDhu0pmRm3Q5ttO4jS9jOe1zXjfLi5Zoi7VEakhKtk8m//3ZFwAESICknLTTZ623
Z05rkSCwAWzsG/ZlmcfJjTd6yItovvPFUvs1OFsmRTyPBodJEWXpYhRlq3gc5ZVWe+lsFo2LOE0a3gx+iJIoi8eVFj/M0qtwFv9v
iI0q7w5PquBE16K7yotRNF5mcfEw2MseFkV6k4WL6UOlzXl0X1Qe/RJdDUbjLF4U0EMWu+BQve+OYfL5XpoUWTpzNTrN4mQcL8Jq
g/NpFoUTeLDzxRdPnnjThwWs5iCJirs0u/Xe7B1702gGzwbe3lfecy9NZg9D75c4maR3uXea3kXZCBrMvOeDp944nS/iWZR7ceHd
xcXUG+djr5hm6fJm6u1OJpvn0PsAh9kLkzSJx+HMy9NlNo52vKssntxEg0X+1IvmV9Ekhw8jLw/nkVfAEnlx4oUeAj6LNv+9TIto
AoBl0WZeZDibIIRmeeGNp9H4lr598MKbLIp6NN4ovknCYpkBbNew+ekdwbosIjHRwQSmEObePB5naZ5eF0+m4zyfxnNvOk6e/G/+
kAOss8s7nvfgJvXwN050iN2fHbz+4d3hvhdP+t7p3i+j8zMvj4oCAMuf/HsZZQ99L10WuJqXf/OmYTKZRfzklNoCWMtZ8STKsjQ7
i8ZpNvGCvfQ8zG+PojlM4IsEliFfhOPIe4P78/MxQ/3Fhy88+AcA2E1oq9LMe3M8IthgCcLCuw5hPyZDeJJlccRr+ubsYPTu7bkH
YNBvGhZgoHFprbGPLILlSqLJgIZYLK9m8dgbz8I8996Mk4P7cbRAnPSGnvqbWjJI9E0Wr8Ii8hC/EG08sVUpzEDgc1tTBgowUzVk
OHQIgmq3fcCVwpvyovbNrnqqJ/xn6F2FeRSoL72vPV8sGeOvXKqtex/eiS4H5+mI+gz8//MPv+d9bfQp/gm4yeAwP17OZifZwXxR
PAQCCO97z/dhdB/+B/2KpyVsH4wei2mcD0oYX9gWULUT2/hCLZ3e4s0ZTQDeiqmUrz/W1lis24ka+IN3ExXwb8YMDQrvo/vzAw2n
Kx0ICJu+FgAjjax+7fOeiBaVPeFOtXnFyCkSJDcFwCwR+Rj+XkVHUTFNJ7kDe8fAJAoFzxjX36/TDl/D0Yv92exwvkizIoD2fW9v
GmajCFdd/DV4B6QvnQAJOLgPx8VoAfQTe3/hFdky6r2vLwbBDIsAcyDkRvxPlnPcgEjQglyeA43eAH88LTJPwJkbDzVi09v5g2Hf
g3OuAIdDce39sIwnRD3FJCT1tM3jTzMNOBqJdRJ/YpiP0kl8/SChrgLZtPr/Taj/hTgtgD7NkPIUwM1c4NdPwEJ986eZ0n40ixxn
YG0IP+UoztI8sqND779H0w6SySKFhw1ELZJN/mRUTYJeQ87OZE7O7E9F59S0nJj6Z4OaKV11O0ow/9S0ToJdJ3a1Cfw/RO3akegP
IXcunPgvErxjqeA1iXGqzZ9NkJOArSHK5X8uKc4+gz8nwEKEUyBrEP655TcJsUWCy/+fFN5aseYPEt/qqKCTsidPyKCzegqErsge
PKJ1O94yjyZkzvOu08z74eDce3JDVs/8ySrKclDsBzaI/dVcqL+k9/4+K3w82gtnM0kK56SgKwxZhMVUM+sAwuSm1JHBaoDWHokl
FyYAWIbzaZz0aTzYP9D/77JwAaiVD70IpvzAdjNANkRHgDwnE9kYlzjf8SbpGIg1CJzYgbRQ5YZ5zDAuwO5UTApoXmWr4kbuTaLr
EG0xhO9e8CbNiz1eVzosbH8ajafRPPyZt8PbHmz1vdez8Cb3jtMELZuVlTRsFfs8APf2wvM//Oob3f3qD+HRUfhbmsGf2334O07o
762P8IPGoR+6bcO0iuBeATU6TovX6TJBq9MyIQNsNAkCZKhb9//Y2vo7/O+gt9PQBxCEcYdOXlew+sfRybEXZhnsRnpNpszD/Rz/
5N1Mr36LxgX+vo2hXyWIS3aP1lLFUwcOrJRmLMmoJU5ilybNcpnvBFLO4hzPCP8a/H9Rlu7YmmXRuKkVWzbNZ8r+ibusCxVoHzuP
i1kUILQ9tG7mfsVmmD0Yvz/UbJnxtUefey+gd7GGfs/7AGDAeIYFbWA1S2kEHdeA/4JpopGuNlo0yyNzSLlbXcYs1cb1B22fUCmi
de7d/DUOi/HUC/AS5G0aTkobeoRzw3uSO+8ozvGSI0gXgKi1/sRWx5McQD0PbyNh9EQoeubO7uERom6mWZ+BM94LM6rVTA39k436
4j1aqeGX1U5MBDXS2LMikXjmgECJEwgTQT4AjCbMlTDwt1IIUFcNXly0HEP61DyCVXGzy1nkGxhYQpT9Au4nnvRqR6O0NtPAb+gz
0V7e4vB41Y26jhPgJdgBcWjjG6OxuZ4sTzPtR3qGDCnKgFsc7u9IAnYI082ZeyPjVnYQ4uUD74wA5psey9a0LDAD4Fhh+kNBUZM2
uy76H0ACeRoV+vc7U766UZuw0hDF9au/7iRQMan20Q2J9PHj1x5+sN1xVWzc8jypteqXyFJZfPOMNc1I6eqGHe1xM7MdzDqw1k9/
X7KOF7jyfNC1LUjYcGaJDISJeUEbjC5PfiLBNBSPhqpNX8qXfA3+Os3o+i3vVUcDAkJi7cQr0tQDZFnF0d3mtpekRZRrcmW3g9LG
ajR246ajurha+f6zkNbdxQI5kDcn7VnqDSXLCj6cReyLgBvZBzpKDfjHSODaxx4smMbaXNR0lQKlZD29mVsJMD4Tv2rZp2701UVj
bXSWp9hIZ22guSnKmjTXvM2SqGTohE3E4FHSZsWu/LhBWyakyPhavdeffDpp6nK+P/18Wk4Pm1isp6fltHwG+YEH/2Plh/qFoDQm
fVZlyWKJ7zROC9g1weOPUomakPOjzQhGRp7AsGJBp5kmNkv7EcjWq2gGIrT3YbQkH7s++7P0vZNlAR9/bJGm3yT5mnasVtQWkK2J
3245S1jaJGgMk2SOgFIJqIXSXalChKSR7RO21Bfj+w3KLnmkGdpuxb6nnzeY4nfeVjlQEt2ZzmJyRHK84lmT1xf+5MkjGuGYNXiE
CFOQw6aNiAm7lsABsWXEsh9Bxf5IdQlh/GOJXdV1RlKMxylIHche7Q577REbp2Ilf21df25SyKfcQhDtI+nnotcm4ltYeV3MQxib
RANxgriDLmdIN/sIrcE4SsZZWcsEhKaR/Pc5XWseBYdvk2FfYhwimN3o9Khz4fI2eOTwzZO0XACuP46TLdB3ViuoLyGwWMRLWPwW
U2lXwk/iKx8YN7K60JOYmCD9Bt71lDGyuiBOfKubVHRnL4tE3gGL7H1WtCEXbjgAqmg7TiXBSht4O7WFblpZ6zJJh2KxMH7j+hqL
Ib+U02/+1DTjqVHV0xo5VxLMbnZDRgpNjFkmt0l6J7z++aILB2KH8goHN8Xg11kU5V7oqQADJa1CV8oUH5DgR7OKMm/zJQmC+o2j
fTPK0yjpbNN2LJw4TsPZ+ZtocBRm+TScDeBb6fv9LomDRYMpXn6CK6BmX/mi7VgTPVHykww16Gvswogy+FCnRuwOoBi0IddyHIBr
53alKfBuGiV4x2mEc2DcQu6dnNVjOuIcDXtehHc7fbyEUbfQ5tV08gT+n77kCBfDhuhNonE8AcwJpqAmPd2CVaOBlJhyG0ULI8Ck
0TimL4VlOR1BGx8cAr/3n/94XzZFXDRoBJqkRG4aTgvi/mwmL6lL4QwNsQfoVnGKR6X+PrhKi6lXE+p63nWWzuEUnj45TFbpbeQ8
WUawjZT/tBWzyYuO9ZJHy7YCEWKJdYbfG1f8Q+Oyvl+TAS2xEU8MXRtv3QlxSl8UHHrOMxsSFVptA5AYAibjzDDCD9B9e+vpP2FF
l/Fs4j39+9+//aaHvc1CJFHqzgzj4MIY8Dj3riOK+fKNE8X//miLduMYNG+W3sTjzxvvdoAeCcWUBBeAcZqinwYcJ3WqZsAYc4po
M0Lh+FCRlw7ZLfK4oCiuEGSjZUKW6PEceCac7nA8paHwTpY+uAsfcjRXS+DDLOKYuiic5xhPhz4nI/wxVJeNmzgAADWLbhAHA+48
7wGBA5TZXcQ4QlDfY2zwisB+jQuifgGDH9/ixzDUW/iTzsvhj+kVuqJMljOMKzyP8iKn6WAEE3vP4DCAX7CvR2mSeuEN7GiO4Wy3
EXl4kKMO+XzMvQAD//InuKbodvQEG93FSbe4OZQ2i3ScziRpxW2MAR7sygtOzw72To73D88PT44vX+8evj3Y73uvdvcvzw7+9e5g
dN73BoMBTJ5oS+JdPdBKMgLVA+d4TYiePiJuDiFqD5mbRID9s3rInDZ2oHWoSC0sVB7elL+5n56MkROvG2PUaMleVOBUb7lDeC8h
bA0928P+KmFf1HlTyNg+D1P5TIxZDQsTn5KQc41oIrHcnOEaTkA71Y86uyzUvvyku/iyt7XvoiqfNhniazA/wuK507whGlWpu9Mh
rdudzOMkhk7DAsSUTeHROEPaEYxpCSckMIHgc0sXnn0637t7bz0gyvF1HCHTJ3GXm13leB+IhAqlJtHFoDrT1zQEsHcgHdxGWw16
enAPUCl/bpx7dWl5h/djED0A9gdHU/H0DA46BkI2dfhLFuMVwl1gW3A2ahqqAKwqYEY0kL4Ld0Mgsair0UogKbuGJiDk4UyA6CKx
eQCCCy9+S682iFjHc5SdxAXytqYi0CKonruARHM4ixYzVAYlRtOdrEaWckBwijut4/jqEV+Z6K0tagtGEmerYOQ+TPU8nkfeuwJE
pDsmQrpASSOOZsDU0bMRhJ7ZLM5B7kwmeduokoNaDkG2FBsGgglobiHiMKBvinocQglEc4kOQij5QwvAdt7k8LoQOgRmU0iXRWXv
dsf/XgJuEqiixVFe365ZhAzCCj+zPdS0DpPrtMrnuI12Vnaq73DkEbrrWt+8DfPirBLHrL0+SG5ADDyNJy0rq0sjFRDFDG8AuEix
TRQqFGaFQjUHkYcmEuacV0H+LF6laR3Fl4nemfZaLpXJNiqNYM8PJVDRBD8ZjIp0EWz1hugOxkpYAY83SKxKyGUQxKcwGaP+Zj2s
jJnYi31My1nRWth2XUmX9m1/vUzG33FPfW8/pvQZYfagHrFR46X6w0O+Uttnwa9Rn6m/01gHkbrc1YTOskf/3rHCqU7fSw9I2Vtb
OwONaB/rw4mFOwJRHTATLT9WxD3JX6GK4/r8NBce3M4GSks5BXLm3iGe/G6S39UQ3+zw3LB86kfsPi6qTvanYVbE4WxYKjq8g0Jt
QS0E+SrexsoXAWhMBWoN12l2F2YTQoBrID13KOdnS9IoqKuwKGDxUN6O5HirOfvpC2Uv9/IkXORTOHU0Fuo5K5D7cQdPeLzB2HTb
XzDExqrY18NwsD8PMabBvzCVyPf+TuNXxN4eDtHP3d8S/2xa/iX/cXVHpBGkvVn0Np7HxQj6+3bLoBG7irxn0SKMKcwBFg8xeBMW
5AzX3Hsifx6egsKaYVTEnJSs47e7IOEBZUNvKexEKsmki2lU5KkrDgEhBPJswvjNVtN8CtiJX0Ju+bQyGzSIZAUjER4vrzxtML80
AzwCgXKJtsvR3puD/cvR5fnu6KdL0NPeHez30MhwB10Lt1lSNWcpZo6x0sMabP+iviVwlaXGx6/TbC9NAGvnQHtvRa4VQlqiLjgo
yp2AY/gkvR0iMqNNjhRa8SmSFuzsKOe9crvm1QCs94Bgwj87nb7ZlcCYewSTQw6GSwxoO4TTJo4bWgHxfGlrCsIw6uwT0IcJ+DJn
Caw1YH+EPovX0R0JEzojet40LxxeZniSy/9N46z4iGkTetba+CwqsgdasqfPaclc5riKun3x3juhe0RTHfYX8M7ve76kRfT3XVyM
p5esLGgP4IRov7II+ar2oAAeWmszB1nXN61v/nScXIpDqg2iP2Xfx+rTCTs7iafygkN1UR9ENTH7U4/NDpUNpgqUei67sUxHtSn7
XM0vw0m4ANomV8UYHE/cJbMJ+zs0BeA7czRYjEviQtD5BD8sH8jV9vx4cVlyKDm65FOXyKe0OZrPqbE5pNmgHGUWAf/JAI50UWi/
Mxa08QnoXpdEDbUfxTKXv8Z8qn3vowWPFQIr+cy7a7Aq/RiuQs5FJlORAb39LbclbxIMjtmhsFTXW5FYzG1+whusnao+X5JMEdR1
Re4KQpBl5V1oI32iRKD6QLNMaxvn7KMr6Q+QWk8sCnShD7hIMe/XDFsDU8OuuQc0egpTHgBykyryHSK9u4SdyoBqEPHzApEVTGjB
3nO8ckIMMVmjmH9pCqWRKrKkaISESb0+l6qXYzGp4S7OwWX1C8q9JuOvy4p3B4SMGpjmO9xueIP3BjZ0CHr15oOj8P5H+O/bKLkp
puxB8c02Pv05nC0jywdnmKgOpVoSFYj/bz9z3YRtwj987TKknZYOazMQq71A3DDkQj6YSF1oHma3UUaNenileZ0BeZmUTnWITBFI
tGz7xTHsy8kSM4jxsVLjsE+lE7L9HoVm10Ib/YT8H15g/U1gcXCjGX4p/PL++lcaeEByU/5LXEwD/6vpCkjXJtCBIdADvhPDwNIw
i3GZT5B2hbNem8MPqKig0ATc/fKKZxY8fdqz+P3wBCiTIUq1vtP7nxs2eQipKeKFuZgKix5+G8QoJzAzD35fGN3KKqESur9Ed2cC
qYK1PenEbT6gtMfbXAeVjj3sKAZwvGBjjtXpnuzf2A2dsH2QxcWZZUWIVrq3U/aE8dk7bjfyiksaaB+vMWSD/DGB9WjXIsiJWPHQ
zqW4hl4BBBOK3WVnhWhwJO4WbEOTmwDB1+sYQvAKgQWY/t33GDDtONqjkEbhKhKGAJAMoqDxgw4ufNarWDvA1TU8PD4/ODvefYsL
KG4j8V4f9Fr0h6IbwzB50DlbZQlrIwSBG197OOqFTzdf/vvehc/XJP57wIWoTKnX6O6vWXJtPsfSTStFbkCzdLkjdvZFFF1iQLu8
vPvVHz7t/+qnt/AHHQf4wRkOMYT94j38pElyzDtw5+ge/sTDhV8tyr+R8sOvX9VG/OrDU3H5RS9IyuCdGafLGV8SiIOFnlN4lSnO
/q/+x49+09pViNJXiuDx95tX0U2cfPUVbjFN+mtLGxBuocWOrV+0zkC/+B+8ShOr/0UHomdy2wPFEwHtMGIqf8IrsCnXfzCfDL0t
L73te08xGq3U/DibZt/bBjFlUnqQf4NhfBjD6nISkdYlAryF4jb5hyBJGxz8ewlIETC2p7eA6pqn0VYVHw/L4fBSmHJpascEzeha
E6tntbgJpa9NH3o4UgE8viBMA0DqHJ6/fWHSU3RwUS9Oz07OT/ZO3l4eHY6Ods/33ugOZds2HzT16d7J8ej8bPfw+GD/8u3u8Q/v
dn84qHW+dzAaXX6z/eqwMu6749G709OTs3P4+PTkl4Oz0ZuDt2/NNj8e7F4eHO+fnsAB0sH6xuFN/3SnPR6oYfsNTutAgybsEVKX
u0mV+MHOSaQnMvm09lrg+GU8oQZ1Dp4xDto5N7yMZuECTsblPKdGW5YRiLJx9wD92zgvvnPDK/HWCotIxdrZr1UxrJYz2fcanAwe
sVPR2jsVXTChd8wcXqcL9zs+nlZvBngr0ue6PxcTpQbi71objdnaNkYnOUBKXMR5JFkPm+WifBwu4G+R0GYaZuEYzcDhFeis3tb9
3w9gM1LYjwn6V2Mmm9zbHe0dHnrkzPYg6DzAO3BdBjArF2LqCtU5136artokhCq1MeAvzVmzwEG3HwBzfiU23XgcYHcDViwrn4OS
zlZTnLeHTIRvmDvEroy9l7Q6SLLyq8HuYgGMNfB//XXp9+QvTkcz7mnJhu+fYQYkQAWQ0PDebnCYrEDTCpNCPOw1BZSUA7UFh4hz
Ch/YpDKLcnwujSFD726azqJNKYqT+M28+SrCBcNdZ8+0bImJjwyzNZyuBfmKpRnuiE0nJrLAQnepujCX70oj2hVmdbNOZi9SVu4G
dGE34Lt2m+xJQB0mCeCMAqmuEjjdhcURNKkxoUBgju1tSrAQNYpwdqTd67c4F5erx4D+fkuoizWsFUqUaBJo8GxQayZSa+p9QuUL
OVUTA+6raMvq0su5x7i9u9kNK3E6Q7WIS9j6yxI43rQKD0ahK4snPceAxNCNIRWLtwz4ZcDt45yE1L/+lXFCdAISQW9dpa8uz9Ey
wgBC0cgXUXibl66KT3c8fZXxrpkMlKoBagw4aXrQc6ZjaNJNDlGq8DhIqlwY+A1SHSIMvq4vDrUXEi+IhfBzsIfOJ953sC5rLksF
r7Dr+RJgugKSBWiVbJJDOyfWwoRDUufI/UdNmG6wyBuZhC74z3cl/PDz66/bJiCPYoj4O5oCHz7N0qtZNMdluYjfW8DCNcP2EoM7
2jial0o4wr9Os3lYBE3cqY/A9r2457CMrGU8KKWt2N6bbQ/aTCqa7xHf+21V5GFxhgsDTZE4X4rPkHJbjnGhU41yhL00AckJ6wmQ
xTooWth7TXlU5v2p/ANZlfAasVl0v5QNB9LfSkCzNh15e7L30+X54dHByTs6MSHQXrwYqXq5k72FfMXqV9TzlLzEQYcnq4NYF4yQ
nj/yXJUrgrdpmVgSy+WH3G5qdq52pOkeRBlD6Ru6A5FfiAsRo6XsCQtgCKAcLdRYaBXlvy0t5YAlmXtR0wjbDb66+iZKweCwgf68
J/ma0PzqG7Eu+WrI6qQJCsgWA+1BjymZ/XxrfmGC6eKJTIl2+y4S0yzgrK31afpTqeAZjlb1Vk5l3GgGQnPoUNa0drg9g93JBM+k
O+mV9bl9N0pevOD1kGu6wMAWByuuWdDxU43eKUVJSUB0/4nN8PVungMNPAVSZOz9gumdI69NFXVCDdYwu5Fyg0vQrIIc6iJn2AUP
GuBqQDLc1kdjGfedL0j7Yb/QsE9ddrh2qGMW/tHSViAr3dRYW9oXoe1moh0HqwaJ85RjSWDKcb/qLVq7sAJ0u+0K78cv7GOLqVcA
sZ1Hq0bXQoVBcVbUf1he/aMrVyJ83thfWnclIP+BDXYs6yPaYiAYYDkGZN2kg/rFnRxhUHGbdrEpxTIbmum8Suedjk8U01Is07V4
rbHXpowr0u0uuiigKXHNVs0z1YmAjJguLxc+bH20q5g2G/guJgoGAQ6E1JPr4ARTDOjsCWHhafVkChn7gOSThJccMgQbvraPZ9A+
7c7+y+q72FiGnnPsIbqb61pQ05x1dxrhaLtRuqt7gcUrVsT0kr1uHj7AtzN1Z8OWvnwIZxlz4ApD42RgM/ghlK9ICyr7hynnElVq
okG/mVNYpGY1RLmstV7pQkJzjyJOokBDf216rkPWAoZlm2WHX7YhaiCVchNGEK17fIsrehrIABj/AwrxHz74vfLRR3z08aPvNmXU
ZYT64nGrGsC2mHsWPUTyavrOrfxzq1L7p+axPFb6E31R3ciOUkmJ69h7DclrggyKMZQNGboV1po1jhf1tcjIchfTY+dZsxtoTV7k
svcpkcGIKDGEp0bL32QNsx+7jHoknbQplGPgSMJ3dehNLvxFCn8pcYOemHdfLsbOHSnn16E3En8GKB712r4zHGXhY/otwiHX6AB9
LuXXoCuv86nwwpVfn9HPdTpQXruyi3N4sDYQ5BJaAoE/O3VgcQUelvVa9KS32FufCcEafQqP3WFZjqTa5zq9Cd/eYVlZ4zG9VR2X
jQmrtC1yxkghw75KBEPG5bVGsS1BZZS1+rMtwiP6q3lbm/uuks2svfNVb21z7yv9rtejdf/X7LHiFT70fp7v8u+uh87pRT7kSk38
BgWaXXr+yE6F+3mt0/2oc6emr/rQk8E8aHZY73tFYWQXa9CYujP80DtcvFaPuq671X9+6L0Wj8/g6Rqkv+51b3b1OKjUOuldrbFW
hkv/0Hu3AE0/eksPlTCM1Aij60kc1h/G/IiK5xATFrdaGIRPAeFGw26QyGCCR8JCtrJPB6aMYxgKcTzj3anc0HbpBAX8YSnUd9oW
PViCvhXxUC0fi9I9Qy2jkJ5do3pxVeqJ3gbK+WQfBbF/w5fkt13/Vj7vnIvJdg/fIC9KW41m/rmXbz26tumXOUH/eOcc+svlnZMu
3L45/t7R/tuD88uDs7OTM//TvHR8fz0HHbK3lwt6jz469zvwX6EI7tCj+wFd63f2bdUzxKD3yz2qW9pDxw3iuveH+iJeDfZqLk6O
NbqSfsbO1tqSXQ32K4leLPpStN5toJEMC8NKXgPuwMMgurclA7YvS31JDJx6czyyIpQFqaYDrUC5tbW+elP36pkrNx1oVdN3bJZK
DJ7WU7xxKCZpqMEHXySrlq7QPvXmD/3BYOCLX7jl/jD52BtSiill9hl8Qu5+08FkzFdA9YxsxuywzBCZC4auGIVK8y5XCOyzMtZN
bvBzIBKD5YFYEDIE1PaorHcPJHqoPCmggwvx3fv1ku/Xkjdah5WoYbV+246K2a48FQVlda7S07sp5nEJ8GWMCTmym6jAxHNjmmr5
NSwVtKkQLeOmnLqvt6ll/DQnuEd5xMQkEYxeE7V9DYM9/GsJaIDZeWjVDyeWr+or4zZZG6RDkg2dIbr43u9D6GuU7F5UxypX1Erq
pxZD47ST76DTNEXB9VpmOyYswdkywZtvM9UhCIU9QOwsi9kGrhMqChrFAAgjxZBtKzFPWhZdz6Ix50jklCmDozAB7KAqVbvLIp2r
2PGEAtCvoyxKxuhkZ4IuE+AR2PNwgpQMb2fCgixkD94mDbvLg2GOEywaSPn2YMn58anqHt+rOffReVIrhwTjCRxGsHy0r8sEK+N0
PscVyuH7RQRTjMbhMo9EHS7Zu0fuI1dwFn0NqHJ030szfTTsFYBehBiqiLdPaE6FyRYpTWTofaeyfb70+dpqXgKIwSjaDg3UvMzM
nwFtnLEnPQ6tlcDH91QyaFmItJXJA18SUDKGvIgBayRSYEBsW9KCSs0xgzZ0OZIiZ/MDZcphcjf4IaJaPUEP/5INBKnn6Vct4crV
ElnVQgvUEAxpgT1RuGqAArJFVDfgiPH80/3kuN4X8h8XhHLCVfjKlWBMeiGHqHZOj0tgYSwBLeK3g56QzzN1q19MMc8dnEl0FIEz
1BDL+PWolZWtUxsVh6ZRJ8TTU8IhrLlaaeeICql8A9tbD3BzhovIy0mzj24RCEaqFv4aZcJPOOh+fd3lCdWuSr4Uz/RQXh6+KYa3
XOS5XXxAf6CwKGMQ1PWnbxCRpkBhe7xYQVl3v1fEZqhGKIOFQ/IbMweq++23baNdFvjvMe4a7XkM6VmT/Nipjy7qapd5gMLA+OyB
vCbBmjC1csFvXXnfAURsuwFFwTme2ChTt3AHg6wjOGbKLIt9RArbXkgqkCcd/1WqKdSTJlJ/QH5FDI3T4sqEBj2rfUWgpdg2NHPp
Ck95JXcbPbQkYA4mOtGdlIoJfooa0eQC/noPOOC+TrRTPBU/sGqKiVx1vPsVr0qXWBF5smrzie0gjiNlIh/bEuISmKoT7qqDE65r
INE9dHSSIb+yjbeqnz7RrMcwripDGKtPfpq8BS9xD/D3+rhh9CLu21Vwn3ge2CWYlbjxh3FwgJ16bUlMxTJTGVpiTP+fJtFmNCNp
WxQxDvX81hu5ulvHZCfCsWlgwaW49Jv5QD2R+6Pgt72VivagdzX3ApFTFyXiOYqVL2A2qOOXzy38kxrWUNjWf9U/4B79A/B7A1g8
OPc9lzAyM5wdnGhAfsgjvCaWXjDlLb1JE1F4EpIV+gm6me/hTQLw74V5M4rTyL/AeYgmgYFG1/EMdIa+7pjbRBe4uWVlbXkh1MqK
zq9xZbkH6XtBi3EtnAPr3dlXu+KG2+qDpi4eLOcazw++pw1e9Xp68JyNe+ypFOvDamr1vvLMDnPhjLKj11cmFco4QV4+xaRAlKLc
xk8Mt289aTIC0Oj+gY5Crn2UUgUHyFGv1B05jn3/fauZvkI9DCCrVMlh2yeZpOP5FE5qKre9qsOHyx+ix94OriPmWdBWFuvEeFch
ppOXpE1dZuQF7ES/VvCWYtFuQcTDTcJ0BngJE6CCfDpirce7y8IFJjiQmmylgrZK7E57Xa2SK8ZHm/27BHsKssqy6KSOohRa6Zyh
IVyZnlRXFjcqRc+yZqJrJYqRPLX3uiCnurzvOU+smz6aB7YBo08DsnDk4sHFe+929Yh7qMna91D1qImvvaeg29yuhKZCj15427gY
kwvJ1W5XF/F7tFTiH/jJewfvmLikVcR6hXlhRrU1QkFwgPemVF+SUlmFpbz6wBHNeZFT/ipOeJa3FSMWuyzQ8nMKiCiZU+TVqpTT
LZFWSnQnh8wmY99ALklrtiftvBWm2vIKVkR2Uqoeq0YV6koXyK8sSge+b4N8b5nDLzl0uXJi4a+66Twrt41WEKMHK59Bu9tfYFUG
CG5vqMqQFBqiAWKxk8yErXswx02MOdCHmUfzK6ydEuwdHmnkD4QUSvsm1xk4QHI7WkSU7VNH0Q0ks1jJDTF3cHxwrsBuwU/sWTmR
d5ZZ0q5+rLo8jtfKrb7nNoVW09UIMNAXxO5OLvDB+55U2lwnJf1vnRRZ8LByWrTyd9ppSZ2nRfJZAIwcgjHEzGE/OIQ26OIABBlf
A1H/QCiXXksy6n3UxhRl/7C54gIf2Fnio7ugPANS1d7EpuBLF3Q0qD7nmLK2C+tEwzmtGYDMFbVEwnCpszo2CSgX9XXvWeSkXaD1
WeTtxfNDkcvdC5K0xkTiAg4/yjWa6FL5rtxzRtoBDT5wz3Icz+uYY+3Q5m1OX3c6pAK5UBh8gYO2IaSkFhTPAl99JkyEnrrhoZhK
mkROFIR3nTEwxRySVQRsVYBONbNPhW6aljgmsFIdqypAuxXt/4I7eo+uUgXeg8XjqRSJyQV8Q4mj13E0m+QefByBEB0XRZRQHSUm
hSip+H5b5cC9x80CVRrftypzVPFp82cvXIXxDAVscT2WYk5Qb/d4n2czCwsQAudYEZzSo1Ki6TLbrMgl+svRoadcUl32Qa6AQ4Wm
ZKG2xtJ1ZRJc/TLXSJ9bOSDaJ9YgQONjq9sSDkxqoQ9ot3lEiwFH4zTwUaXblWvls79hn+tTohebWE4ftGgV6rzVxnuq8FByELkx
mggjNkVc9VKtihkmbk1FTTAKYgrEc0/vZK6Yo1ek6QwU90NutSnKnr3msgDe2Wj3fFN8tXmOTWlz5ZMSmJ47N6gjtXGdRxhqc75C
C3+56CKZOa+6XF7EPvyvdiuMP0fxDKY2e9gTRv1aGDXuJwyghZ+jCEs0AR5fbL3HTmT4EwoVZ4zZfgspFiqKgfdq0TNRfIQqN6TF
r6s4K/Ce4H9JNPl1tQ3UJZQl/fDyGren7CYm1wG6tB7UQ/nv5rE9GpuT+vDrcjU1NlSuqPQc9wm8Cnz4fA9LPci1v7w83j06GJ3u
7h3gz9dkxPIF7r/YWG1vdNsZsQkv6ykFayku1UR4npa4MnjdskXVw2WgwVYNh7/vcPrKk3e1LIxzpugkn1GipZk4sd7PvL6ysIlX
SqyKoBJ57YmqWp5tW+D3dgXfrCc+S5GUO065aNTza9MfPmr63WeG/iDe166Thwk0hEOFWrWui8B1L4g9YRJyx5JUyVYzyXJFpnHk
P/OwoCWt21xhXoXnWSz2oqnuSGb3nT4+uXzzP6cHZz9fHp3sv3uLB1J+DGu4I8PZcC1/PhLabKbl/qHCoSD/Kt9qRzxz3XR/cpdE
E460UnF55L7SwMKtnhD8lXZ4rWdc1Y/A3MiU5wI/G5xn8fwgmYCsOFrM4iLY+DXZsEud9N0F/VvYqrxN7+l71cPGr9kGkfzzsHnj
hdTFU3/1cKgK8sbOyrsmmpjgUW3AG2GJI+u7USiwxh7nHUzKVYslpaRjHiDOwK+/IjP4+YhnIXdf2jQVKHw8MdHyRAQI07XVnGyc
ucXGSdgryOqXmNzLjbqWWqE+x+CW4aScDnco0TievECiAQuGBEKIPxgkGyVavQ/5pGzuuqqaA9lZZ6+PteuqJktL037/4ZtJ10pq
I4mJ97RLpj98L6P7BUwjwtoB4RgkAtIHxc4lVGHADPvAMleoqeNDAU59q7H1C/nZ2tuN+pwgjZyuAHpNZysqf2mASZUd6bJSNOed
oSZ9ipLZBIYTJTlMeRVZ678LMnbGI4hhc/MikoBovPlWd1uk+5fi3XFUiC7t0TLGMOmyeNvt5rx6e5kgDlagbMjWJAecdxjKhvIh
DhcyIzRROtRRWsPnyktHHp4/EsNVPTAN0SSqN+C5bF5HdKtbvdhSWgNE90bTnLTHiG/OU8r5ETRbUwz0+3lOWoFigav5cQNZ/GTS
t5o7aZ+b6q3mGo4IAEtEWc3dN3Xzptuo48M9SqMIW/vz0RDdgdGKeCiK52K939y7ASKgar9536hCN9+CPnCXYhc5JQ7Jp2hyDJl4
9Tnd7dWDPiJhkkh8QKngiQgxkSSv4jmqTFjNDzMZgwROfQe7R68Of3h38m50+fPR5e7+7un5wVlP3voi+It4fEtxbEk0cHE/FRps
7rJhdVI/HicEGZiBFQpflKgltqwuJUO7P+jsguisHVcGqHZmFThG0S11cOGROrtySk1mkCQe5484Igk5i9nPiCjnXjIIUP/p5ADo
SCt6XTI/l56LoCKXpwzGFWJiH3EAU/dX3tUkD5whnUH4o+WyrzLwX//KH/93KDfVvD8UyMCy6Aaa3gBLmvCjhNiOIG5plUTycr4v
G6drO/I4Xwt03jTMK6CRYF2ZcG4Vy3aIupFeLdpt5LgawVE8ztI8vS6G38GYP7w73H/566/fIbmkvxHb5Nzzi/eDQ0AWkLLG0zTF
q/mkUrTOcm4YRl3goydUtfmFOZ22pfxvMn21C5+OOp2kX+ykQQDmS4C944qx3uI6d5wWrxG0wAzKajF/TLPmCFBpgCFXKH/r/h9b
37za2tp6SvUyqk+3q0+3/r717J968de68YKoKGq1LzFu7HCiYhwwcr9RZOGP4olBj+lh0OC0JNy/HHGadwMAYiCaF1GAQPQRMGhL
4fJU0brXa/V60rNIaUaU2Eyl7vRj0pM/Ga5M0AETZ90p8L7Xc4tLOKSrJA6VV5D3VSw14YyH3od40hcSxCQdf2TiCn8RYQGET5dY
lk6/neVdG1i396foge4GT8M4ox3qK43rJW27SN7WeeubO4QJGTjR2NrJuckChP9LJGISWB3TZ+NauZKs8hUAt2CE4zrpjGyxDeEa
6plVjrvMGKbIwbSnSKlb3SJgukVfmPlxnTN8ZJpex7kE+LpHTae6RJJqEdNC65QX4ZzdN73g558jIFpfFJsaCIipTm8TVgZ0/KCR
Mkx8KE+j97HXSX+EwRq5yqnGLyvJOIQylaIx2buehTdIHSIHtWAlhzUfnQez4BEmkycps1jg8bAwQzIPFlk4vjWiYG0OxRjhfMQq
lBGLgDl8m/kaAVamb15glniZDMZa7CquN4+djSvJobl5ImwabuWBRYduvsc8gRfSpNbqINWkx32SvbLjQUaYURnQnH0b7NW6VZ3C
MYNE+IvJj5vso+tm/aV1p4OnX4+UneOdhd9z5fb+uFZyD7ISGBsok8DhrNRDlRTNeFrmC1vLgMfpkACxzqJwwkmQKHyH+sXoRVe8
m77oXTfaZJD3Nf4oGJCpF97XN/2Dti08gZJS32sxDi4rob0e0bqTaKLCXiomJ8UTiwDQjnyWg5EOYFjrMSCsT9mVjS5flVruXizq
rbpgvwsmlzrOZydHbENU1iWTsgplE4/o2lj6aQaY3uO2203MrEYXqr4zafpAWXAquFC7Hf6c2911r2trXa60/fKj6yYKbnuzJObM
y4GLkUBf10Al8ej4vZ2u/Ciwx/xj97QH6jTyk+r5bONTSZ1PddurtdlJEhafYVOOw4Jxvd0naB0hIBGBBiqhdcMCfZ71aau0u1Z+
O8OKRItOJiDJSlvT3elBgDg1lwi+N43GtxwhZgwJn0SZWdJmh6eQexbDFy4kia/1wBnNFQaLYPzO8jOaouoyMT11fXI3pawO2Gvz
veYt3Wua6pBiClLyZoEdlKMO1nIF4G1PN64QQF/DGSPz3i3u94sNPeG5+KbHmNBsHLdK/rpCs8hq1ydYN4h0rlrB1Opx5kBV7FUK
XHqN4Gs6WtTV11/XxScuNnRr8cHkTXxBxlRy36B+sIYDn1Onb6CiU2UX4ZW7hxcvOnVBM/C77Cjh65eluoSURz1TErj+sJTAjaal
BO42QFdrugGUWT6NF9L3RSi3FJfXREJsJgKql0E48LKKA5bl+vAp1I3XmWDjP5uAI6NSett7HLFdx2SP8PBJhD9F2OxV5Blg6mZ4
Ha+oxJc0R/BRCXJgN9iOVxVbMFr1y1FU3+tkMX0N4OZDLyzSOVBbDBmg+NoQs6EUVDoIL5DpZjZOZ5wGLECivknVaZ/1+hyDy98U
6YxMzsQRGjzz9+MsoPPLOYY12/LdgCAavE6pwKx4b0v5QJzhFwR4l4CXdHYRFtO+Xu+2rSTuHCOH8CtcxQGuIkpLWCeOpCa9xuwx
+48O4JuKj6eEmwCCTwNo0ufha0kgRAkJ/ADdJRMOaC4oEyAbqfcP3h6cH4jMKbA7tMbAUYMywy5mBfN2f/bycYhJc3pUIQSAtIRb
Y5dYwO01YOzl6M3u2cGlGGAe3nKeMERbOumhN0/RIrhDBl4qttMHUosMfeIF21ugBD/f8ubVmGsVvBsWBdaC5JIEO/Jne8HG7sZW
8sgWq32APlPAhGDziFnI57JIB20CvUX+IYiNbHSEKaONFp9QKtHmWm6r7GSfE15jYJ7Ty909qvi+f3B8CGJREHqckH0TKxMTshKS
9OnY0gTgpBUp7BrVELyGpz326XcN8y4Jl4ANWfy/0WSX0KsEF/5HUaKvMcMd3S0Gl5dE+wa/xMnhCf2JYi8W+Uk8eCA/HbqGQyIS
Y4zrLL6NtGx0z3a8SVoAS3uScW7Dr/7+z+2n3wBFzIHEPxnnxVd/33reGzgx4MuAfLc1GFCPoWcNUzRuEZx9Sxx++cLb3lpXdRah
EQLHRA59wDLCQIEhGtQIkHreBDm2cw9KU1qjCJmsmjyaRdEieL7V65781+a6TYQU7XYj9Daa6KS4MSXYJ1KMOttAGCgFifNIf9Ih
3a2eRzxxiHOW00sEuum4aafhv4/oT7davzBx5unWI5FGSh5s4sU7GIqfOB55h/s5x5iN05lMSMoCwMR6syO/CWYYQbJJieTRD4SD
W7BeOqmKMyRslBQG6KmwMsvYSFF3nTLDoMdKAoJLryy8ro8o05YBwJN0nD+ZRHl8kzwhWUi8G8xB8qNyDhh4n3v+d0D3wvzlf77j
zJ3wR4K5Oqfp4iVJf7JAg0ftKI/rRB9Tlj7wsPQBO8UO1kg2X1rSgy6V4ET9Rf5iPx3T1WDV7tkw3OwxOT/adWSh+FBMntR3cqkx
k5qTd9CYjbuGir9FF3fh8oYtTlRqMS4veduzOjXEEz3LkZUYzS5uKev+JG8ph92+SoR2tCwlWtEvvXoGLRTmkuFxq9NwZd1ymX+E
ER+vu/FeexFmeTShWE6ym5G3qhZmlXCY/DWJ9ihGsMBSdw7VkbKKjc3C/CTGGyRUL0RdjHouiTjrGAKvMTE03MJ/QD+bX8VJhJ30
ZQEPmr61Or1LSm3P8+dwINA4rOjM5U3gcq6WB6Byx9Y9X6LeS0+nL5QnsclHivQ1o8SJZqXTfHz7bNkJJ5OmcK8/yixCqaaYZ8j8
/pIe9T1FjTiYUpEjFpG72Uv2pmFyI1ekvOvsew460qeVcYeaTCg0kavksGUWjg26PLCvg5gLeXYFY0pzB9y1Gl0yexgyJ6V8FZJZ
lmy2r4+p8S6NT9GXIiR0ozaACPDoq77ZAIHFYQf2cEhjnUp8VYhDNTHbcadGJ7iWzzosTsf6hggYKuawfvgL3UWbx2xGZ0s5RdFd
xH2fZ0wEBYdypgYjQW8yMdrxp1VU5HHQmA3tTCh1O0sbJex75+mP8FfgSp5R5vgj/7txunhgMRC4BBcb8gL+7+Z3+TTcfv7ty8Ei
fwrwJui+Q8aKXKTcQmG+IUVsWR0XenkT3QdXDwUmHcH/OKOg+Ki9WsbIp7z8Suyi8bi6jRw1EYze7MJAaDND9ko/BqJkVq/zZRcC
h1nlEuwHV3oBrP1NmE8DBhu3Mr8a7C5QCwmuNPvU/bbfkp+1W+ar/ErPz9hG1EfhKmIaSjsadLC9OSN26aOSSVahrZqJnK6LNq6t
jjtgrMAvuhdRyHGQjFOUmwa7o73DQ8wG8woXXAKFlj/AQ5cfSjO7b/BC/DwWyLWskHVLRd0a5rBW2E0bDThVy7jQXv6bElGmwLdQ
EcyIHmH4kbCB4cFnMoHXR4A8g+5ap6x+andFZ3SWBVLXqALbRb1itviirHeJv/1mj1DLmDprkHllc7fmZTR/lP7Fl1GsWzh1MS3w
ooMyJqBmLQTXg9ZCv8nEACChnZTvhu0F5qsTQoFKU9hkNT30lOt6IYd3eKjl+5x4kv9+Lypqj9hOEVjVu7rfwzTJL4GF5VRjQnSn
PaJek/xn/tm1U7Xwokf1m1ZX/GgEFE7HL+KSQCayCEQuDhAmVcIRkf6hT2czjLECxs9HeQ8o3CLNCtLwdspb/1yYcPLwIQdd8GHQ
YSoK18RU1O/39dwWWqKvkWgmJynxS/uesKfustppgaW3CsMkfiFEx+G6CKAOUNkZ/6YJjhPZnVZ1V02mbNtxsPKEitHKB9XhtPq2
ajytddfZlRYZOb/ySW2GWnYg51Vyk/+eGkR/1IwoKt60jipGJ5+CLSwMS9jEr/dVxaFTV8KoI7oSv6gr+nNN3KuYgkSvladU9Esr
rbruIKu5ti3t21F2v96Kr+szIAugr+PK8LHJnNIgDRh8oUu8OkXjNuTRMlJkgU79zfal0AoyTkxac05qgG66tpV2ijUZeTj2VnpP
MT8iERNFFXLuv+pXaX55heqS+OAkJ+Wp1owTI10yw2nCmNqXMbBOTtp0OWdo6HMtnHVL5WCjCEVYv6N0Es1EBrZKTqn6DBYmb74b
nErm7JjyNWe/EudI/AjsaYOmO49FME1EaHFuwOsGGaAFnwkkO6Cz8eRmll6Fs/yJnCI8qyo3RiVJd2gTqRiteXwzo86S7uuFMiAa
EmS9zPZ4ccfxL0uG9ql+KNURgPl61ckanjoIvlVPcmcuToXkilCfUIrw9UV5lZVg7SO5uvCPwt9S5itcGAWBSRG/6XnP8kGc2D+g
5z07jq66pD8ltekHYE+LQJtCjCHFOp176c1D0C/x0pfzUguveTJGNRgKvoTPVKTAT9GDKM7zAbuTJqt21iEb6wYwh6b4KsUo/FOs
K5ah6nEDc70DKRZ0wOMR2TlBp41uUjarckhZLP252SHKSxP8EwaMqJ4fFVY2qiXuT8ewGMoN/Ag9JcbUuXDl35NjwCo/qBuV0qoq
LiwB0NWzcni6fUnNwoVJIkTxRZbSjXUQUo4R8uvxyH9E5DwiD6AiCud9bxLnGBU8wWfLZDFb3tzgcSl9v562xL3VNI/1qwjEC9j/
R18qygTZNafxw1O17I9zHrdoiwDpBZ8rSosb6y7+VOrNZwvSE6Q3lYaAkYBn+etwHs8eoB3dCTYRouZTFkJ3FotAvWXbyt1bVk7A
2nnd4JgyZSCo+vrU721r1Pfua0e3ebo3d59lslltsiRkfy4EkXZJWciQZBJkHsBMC6qQysVH43ubfVEmOqCSv+rTY2BYb9KFyyAZ
yMEwkcGA/u/JFsXqaS+GQ3hGUSHY+ZdlU19/Nhz65U7Cghv7mNn3Eb8lIanFPti8u5Pk90DlfRCFZjHsIWYAjrJ1kbplr/VUDTkN
gHNQOG+MqUyArkQMyq1ddtQtwt0aKiv6kFdJuR43wHsLy93ljCIGirTquTW4sXmL5R1Zvrzm02Db37YLMzGxsWNn16FQDIdOv8e2
eb+Xhw/f7im2OlpE4/g6Ho+oF7+VfMG/XqIE4Zg3vm6b9KJGrEpwTpnJrzN/AEaf/MI1+UqbiqDiV1LZ1/TcjlWrPjEUz8KcMQXS
vQl/Yptj/eQ1CidriyYifwJJJdfP6u/o9hrEumcoAIBEMTjPHsqqGPckP+AVHxpqoQMb3V9c+ChZci177Ol7reAiSxzXz5DtYKOe
3aZeT5v2rMO21b/6tuNXCDRKsQT06pmzwbfc4Ft7gx+ElE6NgEcZKkN8jxVi4OlFfP/ebmqyr2WSM7nmboE8WrqFp4/olqkF9srk
x9KxoEuib+s+0dKYSkTr3lfbN6ABllkfvT6/NKVm77XyMRt6W3AAWFXoe0+9g4S1hqDBSVJdDWxbHF9xQmX35VzQjlNOQWuh3xnJ
WqHITEsRu/YF4r+AGU7TFqaUT+Svp73Gta7SPLI3hYVl8yQsSFwbd5AdNLIaZj02TJxkHeoRx13Xgb2B4kWPInjKbotnWEpauGxU
aIQEDPW4+XOWjznDtl/hR9iP8b7Xpa+TLL6JE3df4n1TX7h9lW+r+hzKbFS2bvWMrA+RHo6y+rZ89qgI+JZNCx+1aaFMKCT3qYx7
tjZWpAHUGapOJk2me7WAd71FS2fMl0kdvm9uSVH09vFcAfYh2tDGNYRMyIY2bsBI+FCVXDO/Kx/bPxNFCIxvZGEC6wfCQM1fqFLM
r0BMiMKkFGRks17nctDaGDELC/Gi/lbVnAy7hIq3Vp80pIPqna2lXG6ny5NHCpWPSx1kdxP4UlT8lUV+Kxl/em26mjEfYJmcndXK
LCxVmgkLchbHhWBsO2td9UzqVUt98CU/KWtLd2VLaiIdZCInG5MFoqkzVSFaqJ73supUx6xnn521IUvTSIDMDmVtaJLTvIGcQmPG
QSxVVuVN+KH2tmf/fnc2S+/KCiknoyYKgl3WP1iflkQXLSjoKwW6HV39xwwghHTEFevXB/OraDKJJucRJZyQQl/L2ji+etQCHaar
jqNqLR810imG7xf7cQbI23FI2yePGvtVmEzu4kkxPcObwhUZN/He1YbMzrYO1OZEZyYmce6zBv4VfX7+pfv+/I586jOmvPngXp+y
/NleNckNC1JJONP0PyEcCXt1vyJ0NbXt9T5pJ0AdxTzCExEORCXgmU5jOIbIjgzP3owTyjn6t1O9Ljz2HVHlp/mgeXM1PyUjSuWP
ElIekdFN2HQrokiZhq1nFBGXz5++/4Rq4pV6DdULvz9YoutSweGxwpxW6KG3ruX9M2ZtswtaptFtVjoTNQ728yxM5IA1MDBtvkNM
k6uNoTAwmOZp8z3+BkxzWjp+N/MCsAWYhCFgaTvm/Kai4WpZ7Zyf6OJemdXO2ZwlNTWOlgxPe+P+3Kqf0ufNGmrt89EiTa+lOU23
glc6U+16DSsNiHMiq7zZuPpqhj4xRguS07fcfXL4OvYsFrjandGgrTfgkPEqaujNaNAKG4rG0YRb41njWIxyQxlARytHv07JpC1X
XAcOyYEOLdX5hhiuC9hH0QNXD+S2PZ5PZhGWpkePSQ5XaAiToAFEcNNnCJVoSraJkyI/QwYKYRVk6CpC5iyyBOxgKptYvMcMRMdc
wwYd0pd5RNGJORZ7Su8GXV1Q6MJdSUcyh1pYpkpuigFUVS5eGBEISVRIX+NLEQWyY4nZ429LAtvGvRa6eqRoTrUamOy357JEV4al
IhbQNSsEFV2IRqDix46c7HKxaNEvyxLBl2nuG2nrFt2V1sY+29SVT03EuKgp5zpOsBvVZWFTzethmfKriJb2Mk5XtTXhVQddsGUt
9C7WXAILJAtSBC8npAk6YNKVxW7AVXr9BDAB9eL5cn55JXVHdB6OaoAecTOlYSpmpW+Zq69GABLWOCvjlaqpQSdEZu7Gkkz5XV1q
O47udHPkooJPkwtf2LzzO0MKY734jt2dicFVBTJXzVkeaxR9ltg3aWjFmWkVTfWloeT0lWmJz+Y380ILlrOe9R33/lQorLZVLee7
nRVoW5LfGXYswSSqFLcaAg7IYuBHDdae97FXL7CnDLS4Mo+jnPhp67ETK++q/1BB0pFpM1/0drokArbSy65b1AyBZYc0gt1vINft
BLu69GtDUt+o/uO2aW3ytDaoTMz6VlJWH70kRoL61DSjZppzFiHq/xfJTmV9GJ62JYrubHJhdFdmet/5rKuEUtd/lzo3oBEC51qn
FgrZIhx/9nU8o/QofyZsQ3hasO11mpG/OqUw+GwLosx2nwmvjDqeFUmoLIFgZfloKHuhlQSVtUAtSpf50LbCpMtoZZMEqRffd7AD
hhfGN+91x9vK9u3HuQiycJr0HBY2d3hjZYi9R/RPlRkVDhmFxqmEcWWCNrLujn9azcJEk8/wp98eAUZfdWTzApNQGtfwCHtAqd11
Q0Rsmj55Ia1GvpP/rWcRVWYocQhxfdmE1NdCqgSAnLv3En9dMn42B9AqmM+zZXL7GUHm/hTEhunLAndC7zW4bbYtjePJ6XIT+V3e
POHPNbd3cLoxLKmkio34K4k1Gjk13J2H48uQ7Z+XuTKAWhLL03dtMtVa59NiebUJhDRyi0QIip9/kvig6/kn19e+VUSTBJjcaIm6
1thIYrFV26zUFY5js4U7ioCWNsgBJXo53McUZWgl05KtlYk5hXHPAzTOd7xQxG3Kp3fTVDPZqDSd3iSNOI19hNl4vEImukbPacpq
TclAMU1FmOR3mBEtClfUhDNYUJ7OcLHA68RJuihEVjVolVOrniNN2ZtxIkyixr3hGoxVxUWKdA+HTlYriztqJV7auCJ9Ah3TN6J7
LR6f0g5RIibhy6w6LYGp9Ghk9JPFH418dZYMa2V9yZ0v6imJ9KKSYjHLqpIJpr82dLioKPD+17cQnHVTD/H4dAuolwMrxQhR9Kt9
0iL9pLXoVw0qa25nS05nl8pljF07pvKynH1j9CV3yYQw96N0El8/PBqJPyPKMh4IeEo80D/Lon8vI0zQ4xaLHUvUsAIiv9WfZgUE
PHIF1j6GtoSo66yPJOH7UcF5+35Lr3Lh5g+EMQ6v4llcPAzmcF64rATeen8XTuZU5AWT5r38Fb8Zet/Fk5cDsWmUNNDIJ0lvOcEX
plvzAi0xYB/ZgLyuKsL8diMHKo61EWCG9OFv6RIdUDgpbaDyPJdfGMwimT30gcyHWeFdZ+ncE/UVMrwEu44zYA8iXYDsHuR8eD7n
SgziRz0OWiDNj+kVJqCTOASfHJaZTjm2o0WNojVuSGOH77vknsV2RoUEpqtsvU+zB27gyEZrjI4NteSkNCc9PykWIeGZNeUNbEla
/SNvorFwLSslEv7JJRdr7Rv4sFaW3vWKwCQpQknJJGhoLtGScFJLSocVcPJKwi6RJTkGsULA592FucjaOulBhzzlhkjC6rL9BpMP
3O97XVMK1y5eUURTX2XeTYxiEuxvNNnM4YkXZln4kO+o84VSU5RgRZgUn+VcrTwfPCLxXBEtck7iM0kTSn6TRYsQjiX+eRdmCfH9
jrm/1/QuqjpbAwETKsNvlIuuiys1fqOpC1YHZ2hjrZGuHARETleLhPAb588zXQGcHgO/tXM9Shspz14TrrnOop4mVp5E5G6/XSCl
Qn3yfa9+KFXC2N967clGYUlGgBeN4JU0Flr2ZaUw9XQCHCyePSIdRb62g1J+4YtUcUdIRM+omHkgKym8K8bHQGM2uVPYhvN4HgVP
//n3rb73lP63Jf8n3/4ErB2/6yHNLcLZiGpPAUX+pj4yzp7vB4tqPl94m97Su2oFNXjD6yNcqfFPs0UQ6Oem99uFOKjve4SvVccC
A6l+c8oW5yVDH6fzOfqtzIDfDL1NysoaTfbEU1DBsSgVJhwkKiT4vyxahbWoKhJE3xtTnUJ9OCS9oze7m5itlxNXJ6jWDbxjotKb
yBOw8BJFxXunKeDfA+iS0XjJiVT4QbA7m43imwRotgeUO4MhI2OYzQP5iegCy56wuzolvxepwrnykpy3Vl/reY91ZDFHrPFEOV+E
8MS5c4ZVkYZoMRw4WEvM4u0FnJmfJxptYi5HLP0xEZUuRDJVzMO8kTMj5QKOp1l6k4XzfawLgd/iok3DfDpozrb8loCVteVzSeN5
2qd6eS7O7qx+zsPs1u0jKhqJpXhRI4f+XzSHaHQ3jrIoGaPtcGNUpIuNHe8vNCHhjKy9rThOQ0vg45b+MRP0xeEJCQzvh0PknYAA
nCOYK9CpKaoSVJRezt/Y4Ly9Gz1X3yi8bP6WomHiAg71MkNZei97WBS4B4vpw4DTScO4MqG0kRr6L1c97z8Yl3sALGaTuTuwkb9c
lrLZxv32Bl4tO0BAFgRgbCaynB5tDkMNPUX3ceE98z66JoBM9QJr7wxkGmUAVSVSFiAAlI7v/4rzpuV7hbSxnOZfMPUyAcToQQB5
fyl2GKIt35q3yt88TkUiBA/+TMgdPRxT7vnaoXz1sAjzvEZpcEzNFhfm0bfPxDxUpuh3SYzflLmihTbSQccEBjlCYTBYyzgkTgGf
2fP28nakaqKoTmWRpJopuLHt0qQiD0s2Hluk6UfIyVJIjllCJuscuuQh4X7wWbGt3jogu/HShZ47GX6J2wZ6+f33BAAv08XW+2ZH
cfKfhx46XkAk5kVWWrnkIGicVxGy0rKvNEtKwFN9jBGgtedCvVyjWoW5upzbjrrEtcZCgcBrUIGOkxw4FbAc+KA9+6WcizVhu4aI
DXAeHp8fnB3vvhVA8kpAs2iSayxIeJ5yNr67aQx7xvWgMInfBC2XCH80juAUu8BuOD3ANNcW4OCbC8I2kpUWueUtaif+ew056YGt
nwkgOVCWy7yShQ8/Kt+RP/LT7S1HiWIWHkpNlw9mKe34PXfpBv64r1OPnVYBngfQzTWayA6P18g9+tva669pDmSlqr3l4sz40gfM
Ro3Qr7URB0kEwJEhrNbG3JvqdlmGjQRStCmS0BhEjuWs6Nw8wjPDjWthFHI2N5d8Q9K1T/FReF2IZMSdwGZlu2NzpZB3bC+0+i6t
nTqEnhsNpCAk063VHHSKtWPhNBlKbg/aeQb9sbjkpxrTsaQ35Q+12Gl+0t2D23b8SJB8OGw6hKcBkai+GK/Xc2eQ4xajKhHRB3GT
kiqIemcNRIVt2Oeg3GGBxhtYuwhYAmf9HYiLJVTS5dLDRKoqhDkSbjVA+tV0BV9vyp2RV9yW+yZrYS8yVmFOfhOQkoda0SzMblAQ
qek4VtCgryH35Soe/0CSBTBDXJ4AQerTEMJeb7H0k4w2fejqRQEq4ejZO9CabrAaFKuHsjAbLwHxYqoyvMyxNKIoBEC1dZ6Ib7GC
YnwzBVHtJkJ5zTZMJrYWIyyxX1LI2eiJ2vXAe41s/Coc36JpcPQ/o/ODoz4ep7s4uVzS/UXO97aaAvytJUNQuXjbztVjVKgtnraA
2/YVdIfZyXopjMiy/An80IuldCjY+ptIBS/pmRXIOnfje2/f2bTkGiRzCfuuv3e0//bgvMyJjNue4/3NciY3SkpWhAhD3JGC669Q
QjlYacKLAFChJwubP6BEuYNNeR/V8210t5Xd40odp8WITd6uUChp0fsNoUN4FCzk2CHOAfbt6KCbzGkIxm2r4AX2VejjYWpfBHyB
5arSgmq4o20ffQliUbDdOpOPzVe9DVLQpEUKcidubhDVdCQSBw4PZGmrifI8vIk6GlXlTVLgUyJkIbyz6qT+xv79vhjGn7LUVL4W
I8IDNbY0Vfbl8C7romQ7eWnsk/SPbGAJ7BFlo6Fi6GSNu8bbCLaucvgEpXTG9/R5QEvunfFqmwXxEi9KbuIkwnzL6AVGlz1sk6Mj
ry4XUYoEvkU+UYhP0LmBhgPLxnFBM0X0NGbW13mULIWXc4WAvtflLq29vFaNj+tEtxzMdtlsfL5MBOlco3CUF2nVM33JbnBSKbGY
RFaHovOs53c/hEOckQGkHlckLeseFiKfkeOJbp1Hm7Ywsge06r+EcTGqqjyyDxDPltHkXWtP/6J2tq4MycCvIgRx5zihSZXQkHqf
V1gD6M+Y6ZukoQ7urkFAUm1P50yMK5p9v4wy+s9/PIehSN28ShLeayt6iv8gWqBfm8flChhLKIWDDU8k0IVZUECAomOJQocYRBdU
N1yBisVgRAcaOnyGvaEZE8/waUx3eFsd5gBHf+t+a2vr2dNvtr7xRntvDvYvR5fnu6OfLt/sji6PT84vz94d91Wj7edmo3+9O3h3
sD/kypF3sLGovDiAfRvmxRkRSILunscElcP6CkaiVzzFLzEbXUehp8TDCAj3RPrl4U1AScIIKz2m1zAgVVTQwNDK1/2ff/hr55Oh
xKhZFN7udEjxREXa+RQqTp54pRQrllXQ+Ek6R1fAstRcD/EE28Dn2GSWJjfI9cPcNlKY5PHVLBrciYT8uiBLp3PzYDGN8Ip4hghN
HefiYOLy4EOxUzBsiRa2scpq8SA8cOZ+gBHrAQBpj5EzFUbRPL7JiemOI87raKRI1iyex3joDMR5USLO9wZRGzKZdFVANO41X77g
zrviWg2zSyjIdUWh4h1lfYnh2IudJrMGEUWNsEqq6BDDO6OUWfd++/lWI9OCrfLlXSYgBMAoc4Wg1oPGV9CIEgExh6tPSJWY+LCA
zQgkjKLV8dA8mnt/wREHeNMVALES55S1FPwWRPcc3nmUy01UF+IjDPiDFSBmQi7MdKUNkao6HMrSVxEZkBHlgNXPSKnTMXSAgtGP
dAM5noXxnMbO8eKWGGAJASmJrIEiaHdhpUycqXTR7NZQuT5VZRMEHzDPWXAZ9lN+v4EePKEohk6nEZYmirybcIUUc+hhBCJSvPQ2
OormV5iPAdp6eydH0ucX09rp324Yt8nQsBSGMMcrsM0MFHLsckwu1eXrwC//xkIhVxHp/Bka2JU3HH5MF+qJcTeuuhvA6ZmkRRIV
TzI89/Poq2+ebW897RHOLCkLHyIxCtXEtbDbN2cHo3dvzzV8+KbXcmNcyme6sOcQUssmmNI7sko993iu3IsDzPB+QIOWzzTfG+y3
+t5RHV4UWNqjzBlHrJcE9xUKcXDPWbHKwcbpHMdARKm9rJt7sLUGHo35NZBCL5BrzUwX2g1Ib9vDK8l1uC4prL7D/w/Hc+F/eX81
oBKSnnSQRLmTUGMGmCIe5tIxQapSpfsbFYkUOrKeyas6luye7USC5eET2mH2M0Xyws5nQNRARFmkKK+Ro6oo+wt6WZGO0xnmogbc
1Qex+LNSKXOyGACw42jIl1LwP/hJF1ayO3bmCFWBnqtoGq5iaNUTiyOr0JnqIq0IEUK865J3FVgHWrv+QnkFDkWYwQoh3YgE2cbJ
CW5iBjSQoQ42oEjTnqmd4uucZTacFX28KUHbKUU8EHtQYrlEzxY0bLP4EkjZA8A74TfIbt8ipx/1WDww8rUdj0SBUN7+/TPvaHeP
SAas2ypGZw4RfcNVwCMZmpDT3eVkABIdzZKW6DpOJiUeCa2vcX4SxdD0OWi6igck/owRkGtfvFfroYVkEhFXwKRD7fEvgJYu5VSM
wTrXb42WR3v+uWo3tytkPr9xlcfb1eAnUTV+xTnlHJSS7SV8j15aNtd1QCgXBIl4LvUZH4VeGOUSJRG//iqa8Js2TXhSvSyk3Db2
eixSXfSlaU/WrC1tcWVf3QMr8SBql0/yXHYIruQvS4UYV7qEh7IBaBC5S5MbZ0AoQ1omDp0mdIBK9qAxMABKfH+JL/nyHP8S9OQ1
UP/8XYJSdzSRHayD6BP0WFv3qlnV/cZ17FMf9XAJtR3kHQlNXIzxXcJOiaIYMs6lD+rQbWSELiB7IudESXVDD9EVcXUoGIPwjfEE
hvMFCpaEAx0oddMzQSs+B0HTyI6bnlnv3Uq6ehrIpn3P8u2k1yRgSKavxAiUfZMHccavMKRPLRvG9RkiAXENkIyiXA8q5NA+TGod
UXiIPmTpyY5LzOI8aZ3A/gALS5FnQ7FrvldLpRpuk2q8QBmBr2DgSoU+wfPFZveGkrO7eZ43X+YFCRwSBpj4NExuqpYAUSew0Eek
WStxSwCG/g6bc5AyUNDPvLt0OSMeXVA0It9lOBBOQxHF/qQFOnkgs1MLu9TZQ4VHNTGLkgqbHADIn/lKcQAn2aNoEAmtyUIkhTef
dqGlbocaxckq15R1t2gyQqFgV5PG+lzUi2zK7ChMSMNuwgbt8eZRmJBy1CfRiw7JeJllUWIgBt36ohwGy58Lie+aQlWom0tEjXRZ
XMIhDL7Z8vJ+3ew0ia5DUCsAh7ehgbeYLRkWSToNPMTSluxsTPImQLZUhPOX0WaZKsfbPT0sOy+DiD0BkRf8MjraPb7cP3i9CxrR
5fnh0cHJu/PLo5EhbH8LIIE0vni4ixM8MiiFPizybAHLiMuSeCpx5bnoGBaDJoJtz9j5TIQQSyMOLBECxRK5PhqbD4X/moxIJsMT
JyGmLdNOKruvo/ZOhkLcblh8ueW98uL+Gjkk6iXmYqK5ac5VkxVwNdUbxgOkwJpYNfEdzt/21k6nD/DK9gg9IZ5vwRdVlEXQmSby
lN7sHfPu1jQ2um/D5AGkUcl4Pcn0gpKw9DXMQFTsDU0lqiSXKgMkkmSFJ7CNuKiM4LOoqB6Qm5QQvZDQE7QybJz2Wx9PNjWVJ6GT
lUdLDBfUDgmqjRkoog7trV8PbGdzu7hRRBXzbEQ2l7y8+kpphoDHZMZGXJtGQMKXC3xFOBxIUzXbZrznxFvw46ccaWBi75juTUJ2
rsVgDMwEMDlaFtH9WzSJnnFAPNaKXaQcGJ979HrgHaccdp+IwyJuripUxNjEtyd7P8mDWzqAVq3auGT4LzoovHZByVdLZqoF8tM3
V5QmvMro5dbB9A/RoqYIYI5GUFQbVboChXo4zG2E7j4hU0cuAQwcUk+xOlinpLdb/LVI443FkmkCuzPMfwpMkH7hXunpa4Rdpzam
U9RWvcgdD7r7fPK1kC3OX1wYvVgDEMBWoKVtl9TapL27wXF0h38HjjvEL8vJ7Y7/vYyzKFBPBAs4yjvn4nb4ouiYjf4oYcLIUnWC
I+SjQ2sSJ0SyOcuuId/+1mGk+w7gy3wkNEJL4bFwAuDw1EUI19lhykQn107resoD+zH5i6tYYUo9v5DcwRfyfLbkCpFFiCTa0NvP
yvQpQqg5FRYl+VTEacUJUSbMPrLaVtUD9BGD6TjPp/Hcm46TJ/D//OHgJh3KctwcK4ImfHPgD+KPj/3a6B8qDz72DFmECmvjFMkD
Hq1qAxAwcHngUz4AQCH7kqMPvQu5CvFEXoDNQKYlD4gkev8RF6HPQgJgCc4WJQ9jyOuSwbGDRJ+U0EvyHmNcIKU0XwIi0kPAGjQA
A308oJ2gC1/kClyDYBElYoFI0jMsf6IIg1xArRQD+hJKvpdIsULkdOkLIz4aDjHwf5k/DMn2SSDSbcUD5WMAdIX1M4YEvPANMchX
UgfN+QaFsDRhwj0LkySaCWZMr9mqvLi9eYK6AjDSJ6t7aPVkAtxyHF0K5glYoY8ZJfkyi8Qkh9TR4JSPGwrmMUkfzKkBsdAPWbR9
9XC4D414XsgaYeGBXvTFGQEOHs+q5mlpSRVtWcgBmYd0VqYEO56TyW+LcMLqcdc1Y9IrDLEyLVef6s8rxRMxiL5BYjG00Aihvgr5
TsIeolA4o/3FHmDxjPFiwlG0QOds56bDrrosJTpSUAdrpBao85k1mKuRwRUPoJbTm7/k5IW4s5wBq6KtgjQoVDUZDnwU3gdbffF3
nAQ1eVzPz1UOInqRiet7Lmck4YBTc0TaafZ/Ep/p7kpiRFuqc7m24rxZnZkEsgL+2EIa1nBUkrpNt/D9apKBBDOvJLh3Xbm5+DBy
wm4IEm/C3EAulSQDBu7hqb7mnsiWL6ZCIdNGQy2XhrMkJA7HQOkZA7RVppfdiqJR8jkBDPt3odsFO3hV3TkIRXAsdp5odZao6YuN
rhNNQiSnXlZMEWSPAA5Urx5KL7BXhMcfASuIcxkj70umoHiqxaJULqO2ttmFX7JJsv2qZo5L08wl21AXQyAFhciQQYxaZ7Wlmv9v
ZJ8y4xldaAHvY59itHr6HDsOgoNfVzbI+FZFSZF9iJFRx+4W61yHTF3srCcpoM9ZmjhxEVlH6L0rQxe009wVOsQ0oHa5isn9ynuA
pQy27v+xtfX3rWf/3DKlCyFU9FDauiEdVmx9X3N0N+0vus3EcPWQKp7ycICduzy4PNo93v3h4OxydH5yenqwj4YO7+x0T5CNUphZ
cDh97v38+rSn4EAyZRuOrn4z3Ny+CNyfk8+I8EzTL1AGughnY/p2xQfW8DUlpOCEN5LKAS9iPwbb+RbYbYmhc98hpTbUSWEkR04a
xCou61i9XLIjj4zCMRx5DECr6iwejXk4lsGAfW8R2gMD9QwwpBKg9Mp3YSkWzBOPWkpr4mqXX5cXdOpZWVyzBfJqKPMCGZrspu3Y
6HsC38A8Fo23dxrouvWgqfaVACsL78QqLdArwh+pHH07jVDJXH4YgQldtAEnvAvydB6h7AsCc4TR5HI0Fhx/HJ0cSzJWt8ORNX+w
ePAu1dhMBK7gqDsOTgmlFukH4Ja7uFZEkTZpx4EQAkwPBmk7El2Ohjagy5X5oyvoClPla8HwvL3OSqQUNY75hvEzLLqe6XWrqLqs
Nahcdi8hLWtqU15ZFJ/o9DZVntHHrejhaw5d+5pBIJphg8AqDyDAMOgibPekQo2UNguUpFBGGIokNqauxvYitlIr42SARswJFUDi
cknsrB3NJr2BKxCoTFjH97WwAjlMGyhZ5Qa5yfQYWmyMNgQTREJeW5auBepKzOYCx42NwsTyIVoJgKTrcQayL1ZWryL2RwP+RmTV
d4Dk9L1wOFsY0NCT2DidBkRKg5UgCdokxg50a3Sp5aLRDjaj5wK51UHD7ZHRbbdMFRnGkZ+3O35YRjChcyzFB02N7kul+aNvu7DV
fV7cw3CiCbW4gbIH1f0CKjZOezISVv9ZK69q/Q0B4vRZC6wDrTNteShrXXqt7KCY16nu207i/U1z9pN7qQPLTLfsLCvlDwykoTTA
59nDKaaNUtznvk/Zk296a8CON9ElrI5DF431xVTWDUuuRjREILCo+iGkpAPis+9YY1W/X9pcE11QS6uMWm10ri4ivLmlpKBbqKih
zb3Wp0P3cxZbougUJtqVPKZIpKPZNfp9aOdNxPtbVBUgC+yfAfBq4dLbvXXsYWfL5GSRByrBziNS4j06p4r0mSVl+qmlgZi7DHol
nDyO7shOohlJ/GNrqpXKNSN18e0W/rNOfpfmay1kFQDRGfyVJvU7sVe4z5ggpU+Nrbcl5W3IwoUwr9X94mL6kMdjEAqOD/fY7yKW
RZZB3suyB/K7KYRd92YpzKTB4YJu0W8Ge9AoxtJ/NSQhU5p7ti89+WnQEuFbGyuoVgXuOX1dTulSl82Q+2/2Tj2RbR213/LmA4Sh
+Dpmj35viqEVKKqhgSRNxEKNeew+GsbncDb0QUbUWLg7yJOvnaBvejvK/s5xGDwPPIJ0M4LqgaN6dNMC8rgtaSv5JDI76pPFeCbs
wFpCS+cp7R7Iyr32Hm2HbZ1tknI9O4k0znwkIh7PrjooZOLFmwRyZaB7Zkbi887Xs1quAc4NynkiHPeYOkmvms3dxlSX2fSxIAoT
BRn7JKqXAW+8lRzrJhIQiDX5HPOpxL4B+XRacCsB9zLEfkG3bGi+omRCfdJLyCEqBynSQ9GkL/0lyRoJD8oTeIf3RxjuN5E3QWgg
bSnefkZDrXHUGq982tFcHG3oVOKnTmREiYJZrYKGATPOr8O1BlmuMqq8Y7FWKVGvYerhGF25Sjp9CvvDC5brx6vXMTke7aRW5Wlc
oB4HD/2GJES0q9WPZOlDlbjOfE0KbFOnZpSSsWDpbaMnP89hzWQwHPdFM8GzhwAHJsQcC4hTQmMmp67Li5Tsg65cKASpZWftp7NW
rtYNbxNGcEajx1Ve17VDTA2uakLREmDXLSEC+kZwB7aM2eXXBwlazVD04fGwGQ5zIdWUSMajRCocpeEWTe69L0qwHUfF4WlpJhJ9
+8INUcsf5+izmkGjeVeIINNptmOn8sDHQkMIKmfa6LlbVvGSUQ69zylAEGfLoX7WHhptidbQzG5zrEI1JtWFnGEjBaIlVYezw6Zz
Yp9I/QmSXLp+Lewpy/S8RMy9RH6fEFAb04lbvqvFgu8KxkezpChnhyQbHL/FtpsUda0k2cPTMjYuw9sg4HXs5N+vjnQUj7M0T68L
720UopK7T8kNKKcw7P8czhH8gdGEyUaB+XJQ9ya3f06CsOBsuX5vKPxf0ferLzMN1IbTCzSF2uWZnmhQCwF+WrGlU768kE5vnX2C
RmVjoELqkWkJXeUqcF+b3OnNvE/DMiiTg0L6Qsjqi4EwIdF8ESJcQkzZkRmDRK4gLUSl4t6VpTLjWYDZDlXkCYaDaH6lMWqAWGiE
BqXTUPrvST2urrRR5AXH2a9TKcMsPlMr4GEtAEFB/H0VpCQvoZEBDS1R/cLNjAwbMv8GpxbgaBxMSYv5BmpYVfouckqtMruAvNcX
wTDCQRtTQOcqZV2RLsdTmQQIVbq+GQCafVG7Y5VA6rkL3DVCOCU16PyVWA6V6oZiOdzRIJ8Sm9mem+nQtBxhQRDdFt1eAaQp46tN
8mqVjwW+NGuC1pSm/GczUVbm+RY1rppAmkwy66WQ7mYMEvY0tKTtNBchERlhcYuMYgrYkZYv1rpYejZZ8be1Xemrwr2K31Y/KbKc
ejG03dqB/3wnO2aPIHj09dddJWMDC6s4KLq9iN+35wJMFyxVx/Cvpz0lZaOQnaHNjmqJ6EHTGRe16HX0S8Z/6rUsVNJbqmZxhqw2
EAql4lC9Riwuc+w2Yb3hTjiJr6917U88b3Rqa0DHe0PD22P2pbQ7keirBnBvnTw9qnfyqcxZ1gjue+tKhsKVJ6QlECUZ2Gk0jGdl
kr6hyqkg+CNHZJKncz2LU9NoIj1AX4VTirToblGlGV/KrMdc/kTqgPdVlVbKfSDvRTdpRsGnJPCWFlN+QcJv6feJHfEO9birPhlE
eMV3lyiKFChEotO+XKRc5H5g/30KS7Usk0qVEJhrMUSRDDUhUXSYymlwKQUVxIbuaxYQen6D0K4cR9bQPRAtmtdVNxXca4aCTudf
pzdCzMNkkjho6QtJxQbRU+BHEKUDf8eTTc7TXSx+FfRcvg9fGuSJqDBRqK4nbY0MsPpMRLUsYThsNW52MmwmhSfyoRup65mXtiav
r09GhtQ2s3hKD6BqF1cClHHnJUyc68uxDXhh9xqz4nBI/G/smyg+bRDX8J8zEVeOX9Fkgbv3JXtUDGHNNJYtglzHbcep6Xy+tJsY
3P885SCkSGZStdZNqK48icXcicKkSHoGNs63W4yWNTWXOxd3x4RdH5vCqEOKpkpvVbklLQxVRolwRXRK1abFk3tTKmqnRaBqSR2c
SYowAIRyOwh1iCPHkYQOq8MDL4hi8i2lyHwKf6CCw9dLLNxE8RAOF98Kcneqi4bor53oz3CjJHuy+v+Xnj6OEHjrRVTlHuU7AQX6
2lRSxMg6nFzgUr+xeI4XFnWrDBf5UrkbdEVd6ZLKnUoJBsD3opxSM8iKWaEItueLV28ePgBBqA42icbxRGqlOaq+gCMD7zxDK4DY
Ngzk2y2KaI6VptmXEcPr5zGsKJ5zGS+oRmT2LiKea2otdFAKOFSMUVIR9iI3A20TgXplOFAilgS9zSgVCVkjOLkEpR6p6e3CqKGF
eEshwxTkMCUGXWSmppB1+AYOFIVsTuUfDbGbhPgUJum6B2GFJuQlJQ8D9eO7F9ZVR7zCLlXDqspTp2ECAgmxih/VusfTeZQ7+BJ+
3xhNUWWFMnOpQYFK+uzLKSLNlH9TIdJrWcyqNm2SoSR6VfEascy3pnHWD9nTpmtBJQrRZLtdKolMn7ak7WVILArBtAFXD1b4cZ1I
f7TN+m9ebY+8J+wgwprmXKV3MDKjcNKNPFWHC6FoPT87tfPjucWfjszfnfG/EmsMiwmY8cMsvQpnv/5qMlhR68NvsX6b8iR0aGkv
cwXW7jE+rmnFsqQAU/S9u9jcJYtXfbW1fF2tQrZkXt19COxQfGzBACOvTcs+mfJxdL8AaqTVUBBVilU+JS2ZeKsc3TXwQ0h/wrlQ
UjhFIsv8Aca1nKtGnpK+Wy7zTctnvzT59a12t27X/9yGDPe64ZDLe3W1HBrDc8mjmtVPK4bkYGRxaesTiukmsrQYvUvQYre5uU7w
x1pmuboeK5XYllgQe/k8Y1zYIBjTXUGPF5jSz2PdC5IBJ6lYge/pB3xfbsXQEaLJmaKol1JJkt2K+LR30BmV6+MEZTBLTO/mv6+X
++P8je4ZC/cGv4xUrtoxA70wX8/vADAntIIHml0CJ8F4QxYSebs6JAONQLUgSRmDOYkT2mcaN63hnC1LCzdB4srJr6HKUkMVK6QC
7a2rSVUxGr4zKjwgepm4tVQMsnehaoe877UqvtS1tmGmjXnZZGP++MXnty2vY1euMw6Z9cxsZ+HtVh5W9VzmUEpUVgV2gehFycsp
tiqkRAp4RUfZl9i5G6/nRJ4XCkZxRqDwAdbPojhN6aKvOmu72gRgrGHasso8Jo2wvadi7RRH4LMB4JKnyik9qVP5IiM/EX9Hdiae
11zxCXu1fqfj5FK6x9c7199yOnhtBBlS22UIUPYWKXAMxxjqdW0Q+abbRHArF+E4ck1Fva9PRr6yhnNQHyXFi7sGqUhcobttpAW1
61P5ccXBDrql6nlUQmgmXZb6VKkIJaeUQvf9BdmF7R/jzOAl/gcvJekAIkvDs+Azu+B+vI/wvybPBKyBt4mym7iU1goP9lj90Wqs
af4D4iii3wO0SqmYEP6bwTTMU/kyW8UrNilBb1R1T6bxiDM4lJHKWSJy6mRwRG/jxSLSvJ45jgG/hXW/oUCJGO9kVOA6lbuQdcDQ
qJVhAhWR6F/5Eazmcx4EozjZeEJeJEY2ztL+8ly6piAvw/hM2W+ZlJrSLKBpMUz0FIHlhRKZ/oS2yA56ZkKwkDMF6evgCPP2MOL8
m1dbW9tbfS/03qBitfmzN6ZM8MKGRRPkSff61VQu0i1BJA9bFhiMRJmV06v81++2BoPB1kuj4rIXlEGCqNOjArol/tm0/Ev+43Ad
eQUbyIUfg0dEfnxqLVdZcvIPqui69f+XcP3zlnDlRLGz2YndUbfdaGBGE0Anwio+EgQiaLFwSEJCl6uijxfiukQ+QC9eRbGmCaXf
lLkX2wLbP8kdx10Btvf7ebvYnELSxWMcQkw9sMmtg9IqkErYuca629zrtOO2OyWwkeynBPOCNbqZruUWZJEexGQ/Nlya61gEVKXq
zdPJt9qmmjXeRrcvkUvBEVSSfSGCRuemHuBdw8QrR5Q1c3ERzDKRu6Sooiv2Gk/NLgdagiU9wBsRFB5dcJnK9z0Shk/PDvZOjvcP
zw9Pji9f7x6+Pdj3H7ucrskK6avUcwkKXaP9fdbArHBDuCdW4/vyOmlYXxcjHILeyFKe73syr4t+6ivTaUZhecRfSgFCmvQfu+qS
67SccusGSbOqSNBUBmXpdy/ibxGc5fA1/ywbVoFPH12HSsHNdYSwhG3BsaPsLiQswoLtnKE4TbcjT9XlSN507sy7IaOT3uOd9Q25
kPfsey0v+7DhpsRi7aAOOphwfjfXjS4OGr+De0ZDltWQsx4bAg7pTRHdwaDRR9a6lWG1pEBICYtyvO0wfUA1sJJn+cEjD3pR6ZaT
dHOizrLaorPabU2Y+3R/hRronxgMKz05QbX8n6hY15dTZkJYjfH0UbSP/0NUbAoI2R6BubeFEYL7vHgPIgSJpGhmgA3zvY/wByHT
LkkE+HwEE0mK2cOesPqi1Lie5CYUzhfeKZJrABJ7pWcuOiArM8BXWCjhTArJAC8vEIkHWnc0NyYuwi2SP+91z2EoOjbN4y0VW5vC
dfV0EYqw19CG6aHkZaWTYB+dBAVIpZsgU1uWXojgUsVDvz2R4vPmyFv+N5xuOGzVlNJ8JT5Lb0DtN3wHhHWITznqMnhtgJYY+SKg
WmiTKI9vkicUIS/eDOaTL6iIyJjtRE+JYmz3OE2vMCQiuwnRAiTTHGIPWgUHdrcsMLlR3zs8XT3j8CaKhsHmiMGraITOvn0cjZrA
BEBHJW+aBVY3kPkP+sr19XWcRXd4/58tZ1FeFh1QyV8U1Dxcn0xX+MUlf4FjrSQRBJAH11GINfLygbf3lfecy4h5pxjMIvy6Xgmv
g1mYw6K9WR1HBT8ajHNhtyO3nzwK58LxGH9/IUp3UiB0jkXvovESSSF7mR2lScocOS9EzYfbSE0zKDDVGe0Kyl1P8OVdjEFCXygL
K9ukfhbZhr/gMy4MQLj0oHcKoBncL0xKIIySN7BOC2GkwhUSNenwcmHMtQzJBJyLTAkA2nF0h97DcifO8KPNH7Cb3o65FzNmLa4a
FYL+yI6oCzIxGyiusVdMCAdnGMtuICoyBmpVTHDw1fHhnnLawgcSYTHTkoi1C0RuaEKAmzst8bOoPPDcsyTRKOtk7NLAwq+ESmQ0
VdXg1pj9glpvP68U1NiEf7zRnJA6CifosY2PanVIk+WcU96V4fXTUARLYa6boZguNFthZCxXGYGfV+TmAqt7M/UOgU+sME331SxC
m6V4X01cTl8iUtOVKQi3ZGeiDEX4FA8PjeGs/IkTx3yJ6Egs2N8K8zBSgkxhl3jPd0ZNOcdWlguCLVcFOljcFRV1ot+WnF6WztjV
edWzZGKs2Ee+Bjr4nbjlehslN8WUntaKbX9wp6uTMczUCd2M53q2JUpvJN7hcO+bM88hdJZqojCfb7bL9E5AeY5pi0fFA/rcHHLq
o+aCoZx9IzEqu1eBcZRCODw+Pzg73n3r011rdL+AnQaip6HlBvF/5JUbfsudJGV1Y3desiGyykzOhqjcnNNPeP2U0viD8LfM4uIB
TvpBgmH4YlisFYsdvfCe9r3XKEzjMTQuIY5Gr88vq0RNdMLVcMW5AW4PQsIsCkV+cjqyotNgm0xwZIZxHAuaBQBTTB/UsVgX/60B
6txYZsrTcIp+rxqODEppK/ttGiEtpkjE5fMpJRedIf+p775FFl0vuBzAA8sf4vYHb7LkXV4m054Fb1OgaKdpVmBo8DwtIhGgj3KD
+DPKnZTGsLlhcE3eurLGJwRDu4HbtRv4uXMzyqyv2Iyk4pVKQGT9VM9IO8dKCIKmNSaf5YZaqnA5GO9t84jWBHLYo8wgd29kIde7
fkcVojEsrFdPw6AP6UAW4nwyh2lezYCJkyJWhyX/4MRlIoUxUEjJ2zntpYVdYllrJDskVZZsHyv6or82MFsSkXJva3P7+XMU5TEb
FckMKA4jdpKM5UY7OsmHOQ4gXRkaOZk1G6lB/q3nWqmCDO4LLx+MFrO4CDYGGxYMpVaCPeG2PeuccVgeWxR8MV0AXWq2MbY6B9IB
kXB8B5wT0yFrj15637RBZkA3nsL2jyVgEjMxMeDG1gZ2jjkBN/65YenUoRd+WeGT2G+FVR5TUqIufBIhSAACwKW2adlLcBt3YrUS
9ITFiyy6ju+9cHA1GA8mT7jiFoxa5jCE6bQj6yl10wll887MB2tfgKYxJfw8BP3m/uQ62Hhiw1BuJxI6fikP0GC0vGKQsGIGtel1
PBveVSwPhuqDB8ELqJ0uIhP2UEFW/RHsa+djVCIq9vApiCoz7ploir0+Hk3/+ldAmO9eAKa4+TdeQaJfMYlYQ0S7HCvdUZY+0OnQ
xPywg4oDKgIUvoS+9KKWQVm0FBMWwuO7eDaBvyde8Dfve+/Ce9+apJjiYytlbaWDV/Qgqo7i4C3OYqsyZy5812tSDKy0eUX455By
X+3uX54d/OvdwQh98KF/jipQ+VyTNNmklRJjcqOeTVCgdYSNWcmDs5s80GUiohLZADf+ttH3Nr7Hf13gv95voKvRS2EDWx9CUVS2
CIUpRu0RjhiOMZujJ3ZryNL6SkrrtkkIRF25UEpZcS7DWRzm6ImVF3FCvjuXTNX6VMfvcpouqACUyISDroFCJmhBGlimM/wE81p3
S2gtkIQgQhs9Ih1mV64A66sy7LavBUnWUp2Rl351dtZy8F8a5Jgbdsc4yyh6fludYVCpL5jk063B9vOtwT8GW0+2n5HxkvdWNBMb
bAXfQXhxu8y5y11smnEA79eYqEKM6vRCqSSomWArOY0SElcSX9POLlBToiN25fTlixeXpaESCwsMvegezg2ViKbsOBUsIuIJXymQ
I6GesloLymSZElG8ciI8kb/XavjuGC8TiiNA8JWWUbyK85W9k965i8pXaj62XM5BOY6UIeCPQHQiHnXHgtqSi5zfa627X59r3zOm
YQtsU8gtdsbvGQnpHwn/UOGAPYO9Pp4NLF5IPUG9OF38QjG79WCUmlL7WSMnXByqp45c20oqjNDUyXa6az+9bNao7UyT9612w6E5
127YSjCoQsFTOJwioXc1NxYlcgsoCbRhPB1Nw8X/7e7bm9s2snz/z6dAmKkyWEPRkvyoDBUlpUiyrRlb0kpyslu2y4FIUMKYBDgA
9bqJv/s9r250A90AKMvJ3jtbG1NAo999+jx/J5bcCogKck1Zii6j2XRNRdFShX0xpkpTC/5iUJNuh8E+2W5Vj63E8thfTgCBvkyS
iBeddJMlddAnDwgBx6Bc9kszE0IYjvn3yw0RdXEdvVfgoPiop/HyI7EIuOEoGXzthfjxY3dKziDyB6IYtdfOKtVSIbndqrJsT8qZ
3uiv/R6b8r5UA+po29UHK2WzMlm6/dbcjJJdeJpEP/gsX9KYLQVd7JuHynrVh0nrAn+IivU+1ajQhBWd//TEYFJrzLAlE+Ri88z/
HaUxyLT8YR5r8/tBSq7p+PPoasm/O9WiAfLh99u9Y/znbPe427eRbn4HU2/ij58pVPyeHjhOrxjjqghiQ1yNffnD2rIjuBiZNwgt
BGQ4NLzRBmagXQsePZkBjFuQ4KOVAoKhPFm4Y5SsBJ1yj/AUR7ODixQI+m4Eq85hlv64KPb5V/neMPTCRHliCqqyrQUhTdlJPM7y
iQZ9IrFc/TFgo8E5+g1PxczarxjguJkXMKy7/7qCKxHugglVfDBBjIUiKNvj7iX/h66HUbBr/klZ+T6qsoMfuOyPzVpNe0Cme9St
bznIXFYWRJkovt0KtOp4ix7dDgn+tQR4aSH5p3fFMp4PT/QsDSXJMM1nsKAqX8ZLTFAV9vGXeh/2jFVwHQuVyYySkywM10f6ZxQs
sDYCGEbUKY/HFqGcYg3dsqe1DGfMUcBj34jMvdQwpATr2qbaqoMaJ+WooCHvuNo6SvGv3E61CXzaNgAfjhPWW/HIhUdll7HugZIc
8EKwN2rPIFJNmcM0zXGervAWA8LKOlsqdZLAirOpw+hxoNjdYsQZPskx7DukCSTSAC8KhGktSYs4LRL0lBFVRfiSsdsOjnUVwZr+
uUNlKGGY2aRS8GCUEsZWcV4ayzZCPnyUzoeMKVWaLXsLP9GNhaYOhQGHEqS8LQIoD9cVOVO1RCW2t5w9anaaE0bkBTDNszu6j6GH
vXt4ybn5TeXBgHs4TMo0ddJev2xwk38+x59P+riNN9vIgZaJ9Kb/iS2u5DiXEHNhris2R+X7cM7Yb0H3S5eku6/H54NXg3DWecqT
brsXSzfe4LI+J6wp9m+Klp2A9M7+WLbSukOhkJhU1iPQutz1ObqzjPZTUeVpxgegzLGDjOCEpVteFhRs3QfO2gZUT99SLmiteUWs
3daV+wTbpEmEtU5sTEj5ZfekT/0gxggQtAclCzruOGlD3xrKV6/g5Me5Wrxk0XDP143FlSO6o7UtcEDNP7E/X/vE0tm5pWpLmH88
CwuDkN92OgdNab6IiFsR16he+CgeaY8dryYxvmIfresNdMTcJRimcVFcJnM0pDjcvo6PTs+Cx6qi4vEPyeTHxz9cx/n5j0NgTCUw
QeUrplNRBGay5S1s6BGrBwhtDnZGUoij2HU8g6vZbO/33unVeIyTNmKnc16V3qg3HA578tcuBoKM0s9BqDpPuxxY6seXaYH/P71K
x+RNB79xlKOgh46n3F37Ylpeipt7f8hOOjrGWHV3Ltd1kH06I4sUZ/dL0bzPkHsMZRXNKLbYimLmT/AQZJ+w20HI06HHMVD6FzWH
ZH6QeUXngz60H6X1NqU1btuXnTst9mXp6Ijo7NzKQgXrqP84zyZ3+g/uN9+p3PMWO8YiWqLxtWfsFYbWMpDfkZ7RU2zXac+o51hh
GEeV34ESgb/iNQVqe0R6Q2x6QN1/mOzfFot2OTT4+IHMC5nbL4evThh4Ak63zFE7/0dHpGti69zJpfCU5P50vjRbX57g2pO+l2QO
S+Q1ov4oIBSJp5zizjZ0lRzcDAKjcYy0fSdXNNpp3NErRjXplWpZEp0qdhJXGhdxwmqYCI8zeSx8bswIUB9W5IbkUVl67sEN/vwp
FW+2lzP71GlTudq/R4P4+XrbySi5HvNEhT11l9BtQSY9OpIPMA0dkqB4WDHo08f9k5OjE7zLnR0s4Z15z0gaJUGt7tXbrvNDhmu3
xRqRSwxqxV/tHgbXm8EkG9MBK3HNJelG8e7D8GAhjMKWuptJ7262pXmJgJAlbpIi7nujmRTJJ2uMkHwvBJlBbaCTfprCpJe0OWGJ
5cJAx/hGgHWoQL85I5PpYciYAyqUHHqAjFNlioSKNfkfqmq+dSXZ+r01LorcZaSOFWOXEtMCPa6HlevF9UaXk43P6QCCLCOc5mRR
ejSNHvXRdcmgCclia0X1qrr8N4yey8wf+zrr7+T1BnXyeqOpk9cbHZ23VxGgdCBQieEZXCJcZmYfxoQhV6rbipyq8QUFK1HUhkD1
n8csgrINVBpJFiirTbYVXHQrtCCSSPkYzVwchFH1K2oI7veeWTnSZpId0wUicYDTm5vVIg81GCMM8PIw1WoqkK82RrTRH+k6+dEe
SRonjCQR/M7KPNTH0We1nDy7ZaDWwSTY+DyUgJXEDLIhV3oV+CVpBXpnGClUrpBmwauhYdUWGVJr2CvjcBafLh4jkBlU9phjch7X
QnMGgZT+buPJP3DUBTM5QxfUCPdjW4aC8ckJ3IO16Z686wlcjcUp1wpJhR/VwCRMmR46nSVw82PzGJskhxrpSa1itGEZVTqi1ElL
RLWVDIa03EZnMVwKxC4Wj8xQqHKBztEvMDOUIHiC8VTK6R0ZyObm9FtgR+bSJhdrsmRrS1iK4rt/PA2KS6A1HGQZqURpiDObwB3A
gWeYLCpX8Vx6f1W3U2/oapK3O4NZcQWUEGOO1nox2iPJIgw7xpoKnlKWKXzyxJEMpCq2EZg5i+9Ikn5/3yuP1Pve6H0Pj9X73uee
JHHV3R2YROgwk+MZT1yx38371L1b3ICznbbe58Y91p0R9fN8rusBSYQjanTg2IaCTl3G7FE1CwY90PG6oRWJZ2EYODRjPYbQVjGD
UB1fJy2Tg7TtVmfFIJUrdsqlda1TF63/I2Usk5rbhmLs/UIokHirVBvacTloUZIdHXgrvpOss7iAg3UT3ZmcMl216iQ80SeBwnuD
9SH93+N1zknAMU7VxjC0N17GrL0xQn9RySQNDmtTyM4EkzpUV5UbzGsqRXLgEHWiPePAAKOub6/0WWR/SlxpPZQHVi7mzgbZIFW2
iWTa2DC5V0d/y3waTc7f/94S8Uf2Rp7HHzvIi6Sp4Kks858+wGzuamxs9ppwOm84wDXEG/7bioE5Lp3U6m7wn6tnRfY5+/kU4qQy
kURo9HurnqUTaVVJXRTMokVhODR9Dy7MMg0I7nRoJX/E0bBbeKxUpiWVeZP4VweXQ37dHCNI+SRhpjK8/bLZdczULylKxzq+DTH4
HO7ZOF4G8xhd/CmfZyAHpHZ7bdZGOs/O7x7jf757srH+j+/pVgTh4lOcP4Zzhlfzd8/Wvxd9bDSJFkhJi0vSREdoZLxaZnPyBMCJ
4HkSlMVJUoiXnX24eX9hSqm9tNidJTEJpt7ddSJzj8xjmYCqKK0EakvV1j3FxS475GKY6ioCELOY5DNyZCLefVcLXALr9qAsMXda
7cwYkoQYWWdEKFW58EOPLFOrL6Lc4tiF63m2vh7MOXL9GV5Ycjcht4KABAEG3OOaIIhLHiOPNEGAgCdW6KooroHBy7JRyaNtbGyK
Rn1EqdQi4+qtacotrbXNirQoMDpAsrxJZrOkEFwWc8bvD8kiKlgWbp3sGo+1iV0bvO9Zkg+82iAWzrHYBhu3w29LVq4b5euo1eDE
JykqZAiH2dKc//FHENJT0zMLrpnQdNXqx/0hWTrwOioZsiblB7YHdTcApSjS/E07IJQJdtCaoq0pnROzKdf7eAxToIfhD5qjRMr6
I2q5Fos4youSD1G8YgR0kPR9ZYoPXs2RZPioZT3GHDf6RHMaPOUEbDOlIhUfHBssFEOoEH578AxOHepn0MCclnys3/5qsumt5tcH
PG4VQdUyA9c4YjmbVTnUncKp7fSutGG69c9pv8VPfVdDJZs26qh3D8UKgorxogd7L8mX6BzEnnSPo0Xy+HKcPoYLghNZ4l9r9AnC
wDCI8P7h3vHRweHZx53XJ/s7e//zcefsbGf31f6e2XhnxUmpKSEUZbuFw6MzXXt9e5XwI37iFWxXbQQK83jjqTHBjVUaYq2/uidY
XSc1HQvzf5GazlC+lX0Z1TRonzHnkKkzgwXM5gmB793B8d8xQJKWgoVm6gVGNX0YK7I4T2fdsg1VstWaDHKc6IEuB/9+eESgDabG
ByM66jnerQ2HzC6iuTO+v4o3gINQLuOgnoa+em4EA0jYkmqT0O053o7IhQDhjoGORIUG9HCo8lJrf/3Zqpmu+kFgr2zd4LdGvxt9
SKxQhuBxUI1gGLVgZ9V9Rs4qBeRTzEKob7LkFhdcIv+uk4ji3ULJkCq+iCOJQZmRoIQAYhjim9iQCHKULUANEjCLo5Thc24HdrTk
wIge7ITPMe8AzvGVdAiqxz24npLxHc0ned2X0/twyoVu2gK8dtvUELKuZslDOF2vMBoS3+PMA1c3JxyPvN/JGWrexaVfcjrBTAOj
EjUldSqdYMTlTzsvw2DvsWM8OjT61U0ph7/qMmc9GBYL889aaR1z+oGyBi5qBThF3KRFcrXuR7V1cake4FbUEa+sJdy2g6MaY5zp
i3cbH7b8ocBcZPODJ340mVJeAIfTKH9Yw4t2qV6xmnbVayW8e5fDFe0vnbrUcvdOBtqz+dYKDHZoXxkR70RpXlUAuwmwyvkpkPrA
YUEDhYKc4q8UB8ilezUrXZQWCNm2VgLzFY+BXs+v0mR5NxR1w3dPNjZNREIzuJ6WiOJhy1ugUKxHtTWVJZWx5hhlkRMbXqWU+AQp
FqsVhjUNZUn/K/Mm4J0/mrZpjz8S4hVsl264f9iB6n9ItHdtIY6ob2L1IQUeh+5gLCSqt2eoq2P7EuL9XKOSJeW0RrxkAxWxmeqR
ohh3g2BMk7ii+KLT/DoG0TsPe3zNMkSCM9zO1MaaG+bel5Ki6TS5zZdU3+ea1zkUh3vfZXkVNmvT9OjY3g7ak3oW6E6OfBVy60XY
cVJb1pb/NQT3AlYt1cR0/cOfQpVtckxdqLvhW7SRP9T+etzrUSOlrX0kTn7CtfU7UPkmQsxh8fDfe7ohEdOod/fKnemq4xMWnfcD
kDeTQRWiiPR1GYRImqhrmioJyg7dK2MyLZA0RcZuhyXbFVjdHiHbaDBaXEnEODzInaYgb72NJ7IdAv+B7Elt7lmwPJLEdGKoD0kY
i2awV3LtoZ7HItmTq8wsBpkY88qL2GarDkWXyIsOX13ArdLvdJ3wwfLfgfXIZYeUWYfPcEZ5EQ08WJSh7qfx8iGIIEnyDNIAC1+P
pP+LcEoMErjVDLDRRkqalKklUoYn7NHyvHiw4KaqL0Ut4q+O4uFxmXBENekp3bZrcZpDnFcMZ0Lo4FLhmTTzJnmgSXMr+x3TZHo5
JkY84hfNVD0rY5vOwDWt5DMiJ6dfv8HV/XNFecCCbDo1IdfJAmpMgVJeXlCm2YhNMsr/gIwuaD7XKkbEzCR9dd/VJk+aTSsnmfbi
K5HcmeknykpI30CBs6u8YNpaIDs7bN0RBIjDBKfrtezRIFgTutX+ZalRcKcqlg/M1HBN5Ro0Bv67o1zS3iCo7IgmmAuRyDomZKie
wCb53upEvx3W+k8W+tEgJNK4GeZZXlSjYB0uPvZ/GAQbChm67uUkoud2YEcOcyfK+ihyWFUIi7SOWsRU/bXR33pg5VZdV2VsQP65
irJKSdvorULZXkA+Fr4V1cwF+TfoJ0BkCJloJIK2BihCEIxyVk2pPTIjVtWGEwYCjraaZaekae1+0eCwOO7wpgrLqjYoCMdFNJo9
q049oeluid4b/vrC7LYM9adyV2AKJL1hujlcdaV8q0sIwu6kcOO67/XktiXPV7mWIdVS5gS2Dg68W+nc8Jbotifc+GKrySBu3YRH
P+GutlUqckDSySa95zAd8oELWSl4HNRwm2rPmBtwG6Eo34oA2WACIA5MV3klfDAXZHvaUlKxnWSEakFzOcvBldS+Swa+KNEuDGvl
XjYu0LZWSIoAOE2/OlBP0coVjXFxbT83p53L7FuBXZuERi7MP9G2ZXbEziVFaeweyD5VQlPkOqMTN9H/OtakEtq1gjnWGZVOiYA5
VfBRO3r2+hZyYlO5RFKqroCjWK3FgAWmXAPZ1BLE0Dabi2BPEr+jG9VJtXKSSQIDWBl87BnIViPqO8E4YD1dNoJCmrztG7iTgmN7
+wXzJFjDDEWrnSZsBMpyqrpNVE23g84ZhMtMswaN7KR3nNLo8amL5Fh7D5XXN1k+6deZE8qLYCvAdaqEHrThxaGlUjqFWPdzIXBw
DUDZkmxHH6MIseLiSQfYbMNRBgGfu2weVbnOGQGzcG2GINY1cfeC1hagV3dCNt2Jv0t6Nhd6dfcZJtDDVbB1Dcjx3gyTmnxcQBWu
kPVvOT8IOkmRXyf+uFbY8/LXj8HzZ8+ePOt+oMomTQDXhBP+cFD0BorRVG2v2kcP0Cp3pl96vzRGjLebWMzjtUuMxsOZWVQS6g7g
l/KBgECa33TAhdQfCxAkfH5/eMgyXw7hQVp1dQOJVHJvvS9dgSJVH3DrbGuwT48hiygiSfo1KNCaRwTOISk5MHpidQlzh1PSUSK+
iB1/q1lL8ZQr/RDyf5QpkrRM8DIn3BDx+U+WFbptsWJUIyeXdzB2xObUj7H6yLBs3y90bhU9ZaR5cJ4dA7dK5QV+pCZIuRWEnOaP
ChEPp3r+bv0DtEOp9zhB5yOgBIn2WdQTGBVkAUfsuEp6vkEFmDWIzkn1iX3ZVp1q9NetCDFWvsaemS27blFvmW3L2t7GJu/xwZeH
Qgb05AzsPIVUvjzo+tAPnNJg77g8yOpMQw068VU97ysdxc8UL2OcMjS60d9i36e2+ZBbkrAk7Fop+XF3DwDf+Wh0APAs6/8iT4DH
DoEXoxqp7UgZsNC6goJDSP4jSFQCnZ8ujlIvbr/CzDNAj+/LWjjgzhVBurYFm+t7QNXfH5e+MRGIlwl4IBvjfTmAh73zZLXUHG5X
Qa799w9rS1a5fOgLOXPfkv7yQcxgZcpGI7dC+40zEJRJfGj0rHY7KMtY5XqoS2pKhUQ5T5UnxCg49SqGJNYSeQCtAmJndMNtIQjH
k9v5rM/SUbyM85o3fqwUSWuaPpNxqiILLrMsCL0KJlc/K+xHwy5Ht526uwXOKt/X97846paPNZUrMylUxmMzeybLUZq+KUAIbK8I
HuE984hm5xHlwHxUmZJaUKwxQz6hm+421sFxxtBiJJk+qYneVtD7GxElbPZvRJaC4XCoclzXPCepLlI3c20Bum4g3uBpNo9hcwON
F5VybWOJj6DlCI+ukDAKPUnUKZ+1YmImu1i801c0XkScw0KV+0kubVT0q3F+9gTa1pmZxZfw3t1848wWH9o/bgWy/aVShVOd6iO6
HXiijkaWqlNVnRm9t29VJ7+qPyk+fxWer8kgcVpL596UrV6VQszlminCjJ8R+maGx5AfQ1S6SIdZujZL0k86f7y42SpojAHRGfJg
gALdYmFOuXvhQ+ajXSnkxWt1/NqBLZYjaj0axe3b4wQ6o6AVxP2UZCCyHD15ZsOfqdx4TfDbDdQq7pLApp785V3VzUDDuLRjuFQr
ONDG+7a4IGc9dcdxqy+OwCFnNWqhnAEtUoa22RuECxi7+mu+7iPGo8snSavK4y6BvU0phUvDI5x1VnrY+godLZ7kzCsRcJQCjuRL
fkhW6AI5T1dicLM9ckgiDmE+CrRGINgIRPM3CDYDpfnbCnaETAWkjhsET/jHz3eLCF2gngakndvSvMWGMD6bVS6j3SD519Cc+rXm
0548jFHyW9sqKXqsSmv9NlJgzQVuCnIfco0Lee4XtEmEsBZFNk4QmaM++Nx1Nq2mcNt5m1I0+0tak3VaoGMWjatUVALDSU9AoAhG
Hic05daKn1Nfrc/pSdPnX4PCHireb9e2RLupoKHRs+mf8cL9qcmowxlcXt6VJE2989FerRf8UHUEyy21Yd8yEGyYNgI48u7Kdxpq
3imrBd5NwW1qRxllAthUv5nswJMn2i4ANMjdrlZg6nlcoEubfuz+qpRTPwh3X3B36ePyrWcmbRG2UkU0rQm5/a96tewTaM8vb0rX
18ODXWBMk6IAYXTj6SO0510DFcvyOwSEwGtn7Zf3eKx/eTMI+N9DvoV2BHoJ35htuAr9MovSIbR7ipAAI7gLTq7SlI7Kk+BoCrPw
PDgFMRWumn8ExxFlZC6F8CF145fhcXYT56eX8Ww2lJraWNdf5n/KHXI9Ly8RNWUyZz2V7KflIrC6kSbjokM3XF2BT719sZeEyTH1
8Hre7xz6Y3X0elaS/sbGcP1Vg7VuQJ99cqGaYDQpQmMW7Ya/myh3C/VO70W98X8psLiTkoZA75EGelPmpVWCzx/46LZ8ckpe6PrD
4/JD443/8zfR2CQ5RrvGm4bxHWv1cJVkyXCNAr61A1KAy36kUDjeIKTTRrBDvvKsg4sYNOSX1zuHW2VaUspAmcfMxKwPfZ3EymUh
rGvkGs1SVqt0nbxNl9HFRXmTcHYBvrPgdkw/0YVFXrSwuQwJgOrj4tKkyACw9dY9UwgHmAh22u+ixvj6TMb1vJnLMDc0lXXvZyhJ
dNcx6fgRv8PJPsLYMplcIfVyawO1l9saRPTFgl88xT+R/sPv53gl0xUAf/yDa82XXG5jne5LzL4Jf2x42AsmLLxzcSW+5oWKWpzh
NI7QcwQ29e+7nJMemh+o21P/WCsvsM9ApIsl0E10Ls9R5TsMTkHCg+v09F9vi5H88SZKowuEbqzer79ysPwLbjgID1Rt/a1gTPiF
Us/ewembR4X5zZHYAtW3a0fpLMHgGFo9Jbb1rSudHWBR88X+peYo9TW9psdbe7TGA0GsIWMShmzlu0Fd9jeWgj0h4EIFohwaUfAE
QdC3EuTsMrIONIQKfsTfCNSCDDEVgdKYQZMLgsGcUlDbiCYFyANZX/Ba27mGyknJjvJ0fZotX1000QhEmcAlxNFMoIDxc4ZHpPgA
8vaIik8lHhvhbSqFH9t8FhFltJsPMfSOIplysz1yUsbH5dTjxpH5FWNPPJ1SZmiMaahgVestUt06Qme/sWJH6ZPDOJ7EEyXI+7aP
mBe40HFMoJ59AsZH4HWGKeDoPcZ7w+GjotJsEJdti2EhPwrhTi8YBQmW63VULH+GEm8XBBvHuxCrwc8Iquoq5YYQAQEnPGRrhfh/
jGl/eNHrZCBF2KLep721HWBP3kT5p9DrT4XhKFS2GiMOUlPY4Iol+Y+ohuqnx/AOmJ/5Oax8CCXQJGnucZcdner71kS6Azkcyu+T
Ww29bmVLTevI2BvoxW4VDak/TmBVTi8Rl0mabUkq5POcGHsSCqkhj2u5N9/1cC16H+hip2WBN/BUzR5cEonVFcPf0yrW7JWr8kKS
eT2alHvKHXBkHGJCxZNTnMbopaSOLNt955pyBgRGH4T126QfTDLc6nLsHLgreAoVIApSGXU2PsHcOkB5v6+Yec1tMEWXgGljehZc
iqm5FDTxxt/TiS/703TyrlcfIKxfN9eeX/MEROllNk/GoXVm8OyRJa5+cjCE95/wKwTphDbLgPprFETrVb9jwFLNv8edn7JJ90uz
xdDKvHLnMQaRorl+VKWGcNm9PdsNlsn4E6LvBrsHb4IJULclvmTwXdIBRxp3k/KnWtetXMJpICSesUNxexRwKYWE/Gw4JDI99ScP
Kimkh6C2+7xZQmZmqxd3k7nCH2KJcncWFYV4vPWcl0ivQa+IND2zBUtiaDPlpmDNd6/vlTdx05PPoZ7okpKEoX64RDfktymsS15E
M3wUwhNcvq7uyY5dKDNfiN/70jFc6YnTLlX0y5umWMnfrhxilSw3pVw1CWQb5syn+A6H9TuZkoVoUj4uJhLGT5NeBJ89XlDCHDsq
rDGtzoduTrbWXoNEN11ZoqsGK3zCU4/zQnlx330qvQSq0QmtBw03bXm0mBnmU2UxxOLGoGRIFMpM+QTOl8972K9IaknDarOplq8r
Dv0e1pf2mNDGibbjx26N+LFPfWMhTEU75XBVkhlHvK4Uqlm/LPzlKXs9xZ1Tegr45wfq+vB1nF4sL+HB3//+sEtTkQR4iViYLPeL
vJSV49P3LvnwVZYPE+mAuKs4epJnB4FGBD2/YxcduA2LcZ4slnjRBeHfpkOWfNfi/wSPRPxFD3JLpGlqNCylLCD/E2AyFHtVCvl3
8XLYGE1sby1z2vrGvKmdBgsLfxG4g/VdqYHZ93m4+rfQ52+6bcAvuBP4v3A3oOrEsmmPBN1lbWymWAsm8TgpOHUuZrWdJEV+taAg
239n50FITjSUu/JJnxIaLFAmxdy95HEzxHZ2vwuesUwcjouxZMZQrE5Jw4Nnww3aLCgkYfgAOgtdXVyiPL6GYLwwkzunuwcHVBfV
TO5OI52DArNZJ8xukYOh+P88KlSJQsv8xWW0EJN7EB6SR1GpmB0EvzBs94AbMZ0lBpyB7fe9y/FiQH5B7z7Qv8/hcoMp+l1rZuE4
klsEn3/111GeXCTp50HwkpPcFNTGXlowQYev8PfVlCDBdNPs+4B+RLRWu/DtRZbffeY5/2d0HZ3SiTpVcl+OyolybrGN86tEMHzm
I8pSYWU5pAd456C9hLOG4ILD05tkgt1HOalUF10bS2igsmA7oUyN3Xf6vtJ99rbEOqfi/k7ODipJCA7hKl3MrlBrjHayPi36oXDC
BJ61zK6AGS5UX0Ya+gH6h6qIQjD9ZfmxE4jjSE8XhNQ/UZot/Ao27Dek31ggdgebvaTT3zDdW1ydzyi6jxzyx8j66rSE39jkEXNv
G2sO++z1x+OT/RcH//3x6OTg5cEhTPVsEk+Hl/1RQApbVIzDlY6p1zcGwa+wcP9CAEnU2+KkotaWXGHynQmmYU0KlkufNkG3c+NS
63awsdValpraDp60l3R1Zjt4umVJVNVFD5U7TJm5BS7rKZx6mIZjnt51PC7cJkzEHuXK2blCQQhmnXKYbDaNWbXFH0KXNrd8IRW4
SYg2aQ5VfXxIei5iVLlX5OvGXxO/aQ7yBexV1jguLu8K6OMMN+ygggc1BoHwjqQ4uPssOjsq1ZKEkKTNw292dr+xrro02L/lpI6C
lIS0LFdgSqoWIAxkxcG/sT6oKp5N4TjNKJ3mkmM60Nd+mcHJk5psuXQZR3OMhKuAVJGSo3q68b5FnZ+xKtZBIYHSz3H/CLMOsjIc
0ZCIkD6xjVbjpvqqluSGsm3WZcRBCw5AjC1C3a1V9Ha4AbNGfY3iQVITxASE3hmCqYUYliUXkiTjbvJDqmoMZWIxmFM6z3hOqmbT
HukDShubHujadnM8g8MVjvvd4BoaHe7QE580IHyGxtxnvIF+Y3Cd3+iWAe4gDjDHJ0EELYtyU46s24jxDmGXR2YrY01vMH5uStlI
Dl/vBMkEycoU0zqxcpzoVR8vi0GJURzsvdo9HqAeB/4NCNxxKHlPXdaCRZRwUvQonyUCZFQw0BFVQNchNE5oIeekFkQw/ewaeoPD
ynQcebxcUpyExWtZBpgSQ4lvP568y0ijGKMmC3PEUORnal+qAgt6geEIkZ4Yuo9pkAMrTSfaoqAiHBne2YRrTOYToqHnlOFc38CP
CLllFtMY4B/UiVkd14tLeCyq43R0Q5jxf2dXSOfIqPYbXIS/BfPoDsPJpGShIDG5lSqT56NFhCR5Sl2aCLnhfgyYAwoIMQiXRMRQ
GTHQ+EZypLA05klRcBCwpj7yagVKwz1aic6cd6Yz5ybmWhMxkQmYR2PRbCHVOK9Sja3GbkUWEaK5hfp8OJbu9KF+uVMmmwiS2UGW
3Bhr8R2GiOEY4I8PIxuf0LiSff4YeoI6CGzWeqAm4GARnrdNkJSLfK6eamNhWpeiw7YyVNljxXUBEQOCwIFY/8aozPKsi/lhbTPY
oPydWD0xISRSF4on4/xNQLNcbWkayukQhYay1OBi35CSF0w0KNOuSohIk51nxL8rm6KrvbCefGnPyqg4p+zTMeU+fLQEMXZJymaY
EmlIRt8bERkm5t+ZGbiAHbU3ZhGRczAaA4EhIPF8vbdzvMVwdGskXmTqJjMgZxi3l6NsHDjLsCV/wntG88nbyGTxfk4o3sFio53H
jupIXFVEnauAQ2j2wjATmRWvdkhp4zKMTeS4hnudnHSIn+3WPXhqFLpHL5Wfvz4+SEFUfRRgZtQ//AVDAgX9FpHoaoUTV9l+t2Hj
iH+NChTKYCMQXNKrqGD5i3eGxOGUwhtjKpWlInepe61eyf107z5XYCVucJHtqJlsu+F6uG6NfdTGjJZXOV9oZW1bWJvqVlnflhN6
TIqVWAU+znYnmCRTyfUWhASfwzwj7AFySyESiL1i55SKHoMZIuI+HUSUMnFYniNCqlH3I2Iu7MehiiOuCdxIHMnMGC+dDYSU/6sg
zZSV5lBleAWqeceRrNhfCo1Fpt1Vl0I8V3cD8XxWCZJEmTpX2Ha5ERCJ1jeStQpxq+D2PVYJ5ReoEytQJ7aGwYDfbW48N93YUF8B
1wENCeUHxBzlrvtvqGJIVy3qQ5XTJH6KLO1NlLOXNcU/F7Y8YuwM2gqc3YXymEXFJ+ta3jIUr8PFnegOPpY1FKSonaDyc5Z8ihtZ
X0oXWfAaWeG3WF0TFB6+NyVUdXDxOcXoxzO0siD57Y31JVOqo502MnXvGZeV1Cfwsv16Qp+fFGyo/QG5XPU8Z5aa2K6qhoBQYlXG
NZJy3tJ19fsHWyGkzDlOO6s118I72xdButR3StNMj42L1u6xMZ09xzHrefA0dIVqaPqBe3zBT/bjd6o8+nur385sdjb9+xU3Nm/T
AqSs5U2MVOAms4S9YqAT+p3focZrpFX5v9OmUkG/ktkL7gQF9WtnX8X1xyuh+MzaMPrYwEgMFY5KKsxnfxBMSFt9obTxAaaILpQu
nv4gZXxFwB9rMoOoJtRMKVOE1E8RsG7Ye6MiciRkfIC5gdGSlh2zbwy1UcAaFbLQh6dChk1B+QKICl0pdCmHWT6gOwSNEQN+QTwn
0ClTQ0vMKH5x/byP6gfLFQXd9Sz7DxDlT3G8oAvpzlDAaG1jqSQg6XwWX8ANC8sZw83AzK4l8r8G6qSEb/roeBalJ6QukVuPnTpZ
C/Ag8n677pFvZEsXoPSRSidAe0s9vLdWEk9C8fBqSbvL//8pDazJf1D1AS0IcaF78CvsmakYHOoEDiYSCtTwnqT+/v9CfYINleHg
vL1+WkzTDImyWxy5oad49+HHgM55XYUBr1xKDCrNcRw2QE2vhGsdBMS/n9JZRwmpbz+J4Enw2a0h2SlZbJWsLq1YO5QKlayasv0l
dwdRXVHPKjrpTithCfJYkXBJq+xU/1zgDdYjgyvxGNWG7DeR2YXPnUQ4f8vq1tSLAMxvPAnVLUbdwBXpe95H6r2zJw0jLu9o1XRp
Qdet1t+o9u7THHEBJlWgiVS2eppnfZyqr9r3H/ECqLFPs1Ivp/X0estprq37dqsrfR5u52km37H76u06NqKjc932ZMVTDLqzwOuQ
utp1XBz7zzoA8X5evNv4MAgW7zY/DEQ7IBYedKs/QlT8aHZwkdJlW8QrO0hVbpsFebjWWVuzF7hdt+7lP+SUA6gHTb7PpjME70pJ
mDNApabHnE1LgZwsW060OUox/siLWvEmYm6BFUNk0HwU/C45QvMLTDdg8vywzjD5n4fUJVQalMFIXJ4UzhqJDaQMC9Of4J34W4Zc
FKwerrYPE55/ErucKEPOYzVk6MPNZTK+tJ1KWMKPKO/p5b15ToPtbeQ7YUa/mOtER5d7Mp2W/UFfusfiObOChasJ14u8G4UHr86C
Of6OQEEsjm0r2tCfvBPVxIc2fsj4gvHBttoZMlOD0uc07q7vKCSDO7ZtJPnqdSbCGMCPlIM3jeRI4f9a56XHkLu4gdGLauSWPfGw
okIVOgwkp/eBFK4w172HYFpJV4RZhAR+aMXr5t4jtamTOqlpFnTgU1ceo8owRdjm5Wi3msUhY4fRvHfj5C3zqS0H9du2GnGHqK0r
Hxm5DrrnG/05A7ppKhzRcwHt/+zrMNLudGjPA8q8FMTDnLNVkFrzJht6b+IqcRlKdEAR0jBbZE78X60G3ERuWRH/h6VKEFbsPd62
0POE0yw5EFNbDFPlDGvGeCVUB0VnLxEUeDuosslb33Txmb9AalrjwFdkVCgsQc0/dmcQXHRag5bYC7qvCYS4CBvzO2FBHwLZRbk1
eiPEAgh6o9HjdUK9FEQ3+KutbhOW7GKryb38MAvWDIw7pjOTeBpdzZbBDQa8FRYaIGm14IDCksbpkp4N2UeHmYOmtrSm6wKYMPRw
1TkNk1wpKUmVvdAN2Aq7rWr8YVXkKDu6Rowam6XZiec6SpPiUp1dgjPMY4ry9VZZpdbVtOQOjo7xWLbu7RTvOG+mQLhiDmWtVi1Y
xXlDk27EagbTeLw+wv+bwv9GROjG8SXFsGvHY9Zj42H0tYVaWY6krzmjz+P8IkZ/TFRZI7wi3NB9aCch3AboAwb/30iq5k8xe63z
Xhq2UxM1wO2gLiOvjNrS6QDj2kirttWXTx73wQY4UcXLJDbBZ15o9RWhTrg+JaxSDzmq7U60H8I07FI8h1Xbanu1+64UHUDHTfml
U89zVZpHTxfxOJkmY1FFfDA1slUtxdY9pvArzFppOewqx7NRTfFiK3vNGEY3t4WwxYnGr09pDZfqYphPluyihEHBgzZvqWKI8RFN
TUaaYVs2G611js0E8z8lIDsrx8bQtCD3/XeDn5/2h9yZ+ivffG/fb74fSrBQuri6O/FdvOx1v9ms/Y+b74dgHRl1/PnjttMs++cN
+Sr9RKEnTk8o+GP1Ya7Y9YfjIqs7iICWqsbtD1vdWRzfqX14dsepw8P+eP2NtK1bpcJmKwXHd5g8zjDY0VFMyp6MXi9UnvLtohE2
K2IVQiUVm60lqOKbkNWYZJZQfMbRTrvx/B/DzWdPh7fDO0LHScWBlOpHDjZL+1vsUUkwG0JbDAu9Nw0KQcnb4lsnHdigor0ZVITt
gUj1g6BDDk6H34ppdWn1WYn8hdnH0YKOkT+zmzYd2JccGz4uNs43Hhb2HfSVpzFgMfGwQQSHMr8uCmUqFNZhc/EcLTsRMh8qZefy
n6rPzmmkVEIts6aFaHNDELjHPjuiGD6U/VXsC2q1Y4odK4MB5Rozg/O6iNcPwx7qEFWLH4xNWMHu7GCZjqD8WC+ZaaZdhTVsyFQq
ypHOimelFMbFrNqvFII9yma94PPD7JIpKUqwm5Z3a3V6WxxV/5r+n3P/O25wlTNQfNxX3Upt5+Nb+3wga1TRSUnL/b/q6Ej7TR+Y
MeD0TX3E8rLziRMNy1c5bo40Ghghy2oIK6ReIuidWbvRe+8O99VvqBb5rTQUotnht3k0/o01IUqVTWj7FHtSiYBVLnJlNKvZlBlq
a5d3BLoOg18zNPVlqe17SHwOAghWtDJ+9sM8PaVmns11M4qgL1X+Pu7Big9N3MhuDQ5flGZ5FTev285uXremhy+MQDmE0s0OjyoW
c3Xkb6v+XaWTVKsVveX0Yq90MOxtLRhWuOJb36fqwB0swtu+6bSkEkr0zehWXozbTiGtULZLJmByulYhHOaiJAvf9pAGVNeTheG0
s20F8X+u5ql5Lk6fRc1xlJw3u7iFlr76WuiFA491W36pWtSYZFuGspLB7YhaoFUVGHvC6kSdtZTBVh75zxfN18Hi+vneHRCxZLza
nJVhLzRrdDUO/HgFlA+m6RsKlWnymFC2HopWTha/CdxoHlc8acUIpojPJEYQnHP2ef4NGNXfUGka6/CQAXlVmI2h6odBU5V+Xaup
TfuEImsa4YBKQuukX1a5Rm6SsdgWQNSy4RpK/T2mF9Pf9JVbBGuqvctncWvaEGWvoS15weA7BdZClz7eg/W7YP8ClclAUgMV5cl6
qa11ffIe75Y1RPMi2C1lH8PfdFlfdIuKx/JNm8s8v7K/SreZQcNWox1V2jGIMJiGi27LZ1gM/sIFLNoWsOzmakt4gKZiNSVhYa9g
8YUr2DSvxmCs55xc8KtOrhlPSBNVXqE0lMooiRjD3tkOvjVJMn7ZYdF4PJ3WoqhYdYEsY4DCAy4I5ua1TXkbg2A02iQqOBo9YT3v
DYaGse6zSJbxGuW3R9KXza6dBj8+W3hl2pEUKeEujPVKB+Ekj6bLtSReTtcSmMu1SVqsTZJijDHEdzA4TpKpPIrlvtBXcMt9aW9l
WYOWu7IYErZ78StQibBXmZxeJ+bNN9NKFnk8Y+lGDWdOstzszpwYzUkMbBsoIs2gw3A3WiX+3t2YhYcgS3+OSI4Ebvo1dU76fHlV
Fegc9hj1/qb/rkN+RWTV1xhfqTFTQzdob4dTLK7i2Ll+Zya75OOqt5VaMlJqsp43o5K+DdJxYai+TpdNy6pIb0pi7DJru6GM7fyk
LTeQMZwf9VAaZ6vxCFnVVc+R+XKFaCZ1rUvzJLW+XlXgjTsLvLEp/unDED/s7W927cCWAkXx0EVTQNCDZDzgb2ArJSATNg5TOgqf
/vTTCri3/qHIgr2spFyf6G3zKb5ruXcs9HHD0w+/DH4KJoivWU8s1DC7pHvh3VPqYVo6QQGGMic8pnfrH1bm5BQvqhIlEbzDA146
5XAwAxMF2KvzUOfruFi5mxv4Ouf5s2fNT8sy55HJjHjghz09srHwfuoyz1I7z1aZyqGHxih62Ba4XGmerHdIv7s0jvNjt4ycLD0g
VWQ2awBotSsgxwtyF25bE7jOgEUr4okXdxy6/2RzeJbfHWO5UPkhU0MMdsUV4PlDN5qf+vy3E269hnJdjgjOMmpXhpS/6ckmj4S8
uQSnFnmDWTIB5nHZAFmrSh9BZdNZdnNPxHN7/yj2pdMyEpSO6OtlEE66Wt1gCUO8rLjFiH0hJefKG1x2FZJSzgZPj1cnZMxwOcTR
TuRsnC3uXORMqrDnDgsPscHQlDDivFG+MNEM4PsV6AaFAa4wMBuqX8BmME0ffeUEh2lZWX3DOaV96WbjkleFj+vVxGtbaX8tY+ms
nn84ntSKemQ7EWfH8HIlg1KXLGfDcExDKTuaoYnqzislNlj+GMLSYmN8C9BQy2LGKLMTHIq/nCNDEH34be3CpufViVat3DN3QfnJ
Ps06yTITbJQqfhcP/xWbiB5oq4yZlm15/ZASryMSmQ4JclrZDkGYvJotqxbD7mtFIZNmiJflpjOw4tRNE5z+raIOldma0UI6qtoa
49dWXZQyIg0zR+Cv2vtUpQ+kAMbqWx1axcOtveeYrm0cfu2dwOrga/5ZK8E4OmTgxl+19zeSlh7+dZLnSRe62DChbIhPZS3vsSJi
0F9tUcTAb4eKeaZYBoqffOFYxagve5KjYFtGNggaToH8IeGt95i61eftXQ+7TVOFP2pvsc+8m6zpkreNByFqPAjwlsdJ7/mne522
VkiBoBS8BSLxitbyPE8mF2gELeJoXgwppcEw2EfCOo8RLZ8RbGGmouTicimxyukyw0ZUheGUMhso5JwkD3Z2Xwfjy3j8ie84HOEk
mF8tkYDhgzPEATtFYKQrdPHePXoT7BwfcEoNKCXdHk7g8tjCljgwSSVsiHIG+EaLLNqIgN6/uj6Mlz/TYIbjQoc3x6jKjm/jMdr8
OD/DmyzNGP6sQGSyTzHnckDMtMc8G2ukmQZeoRjOJ6IOp6RZ5AodzTOh++TSQbDFUCM2pVq6H9i+zOYrqLWOt88BPbBEnK1Cp4Tc
0tHj3Pfhoth4VNDDNdTyB0tOO4mLOIlnMdp0faHd2PIptUH/DV9cpWN9RprYGHXE+JCrpIPFLxjJ5T+rZXOKpOkntRSIQ8wR4zyG
xfDVWDEPhxGGgMHfO4ukXgXlKJSSKgcQPnI0htnepSTn+aIn9YKH8c1rLoru1pM3uMHxwXAXFmgZV4ufUapOrhc4U/xTn4F65W8Y
6PWQI7j30+skz1K07Jtvqh8dFT8ja1L54OhU1mKo/qVS1Y+P1ZLB53r5nHTHi7Rg7UJGs8JYCknKzEnnFL52Hv/nKiYdUOrdk3yk
d/jDk6v0oTalfoKNl4wUtYaidIsEhSvIXQt5w3Ir5Z7vwyIBA861G9XW6bVJD5gQmNsY5O4D/lWhCXqaqOOYMRkT08U6wVSSlhco
TLOVfhIqHJZfcFEus+VE/aNK/gsL2NW/vEomQdLcDn/G5ZMu7fDR8TREP+R2OCgbVlDylbalqrJx80v1iasr5If/Jpsk05YRyxbG
drFB+aRsUL33NrIHNNkzWlWpFFGVNs3dq7SgZFpKRoiXl1nZWUyQ6uq5MWOqAvUlf2KOwrdpDTqJe5YPB/3p3rgqbWHwdjk+zG6g
GxgYrDujXg/5Nec3c87g6SyOF8RUz5MZXNacORnHdXaJ4vOQC1gvKwPB1Nez7DyavbfZpiEfXGBLaCNJJhIQ6ZG9ucijlMzZp/9z
erb/hmztO5N5kibILC0zRIdB7ZlEso2+0WFqxAcJgICq+ZxyNKu6CCZV0g9g+pybhPLWT6+KmJIfm80Anc0WsWAEVuiIeScRJYEL
9rVjSYSp1ylj6CPuZz2/DOl9Lomjrb2zm/TmYKQSp8Ar5ckSYXbHcilaz2s3YjxGbfzOeBwXxQncmaH+pPJM1XCgsNvzUKccOk0m
mHJr+Bq9H3jTnhJpQEXFgKs7QVYXGAZ4tMurNwi4CfmTatiZzbKb/lftJN7SsMfsbfWQ3aW1lD1ov+FNaiwLJ5hGpzI+Ku6z0mOV
u1SJZHbc7wApq3emIv+mNpw4O3tfuWggQwCP/3OV5DHRA8zKAZ1541V9CF+9QDzi7KoI2MckmCRy1HEkeYyBX3DOmYUh+obquau8
IAhqh8HgklF6aAaHv0bJ8iiNw7IzW+40dzvnQEGALeJhWmYBqdClpJQ5urQETA+lPKGhxGGTgQcrIhhz6rx8wetf67h0q6IS1Ztn
uJcUiwzb68L0mBx5eYHQn3VpiDcJ++JOedFCPxlGkoaeEUBIE8rui1GAsE9vUvjOLtuvuTsBJSYEb3YpvYYqdC4IroAahPtA4BQ5
OwIQ6qHnjn7BjkzGyWtJD8+J362c0yZv/zJecpVYwnpDIfLRjN/ityC57iwWMwRUhp0FV2yEbuP2Oa6C39fJVFDcKSHm3oS2tQ24
4lZoo4VO1vXT3+4BkRgvEepZktbDLHdzrZQ1azZ1si5KmnBcdLV3LpBQvEtO42V5bxzn2ZJjOEJOgkpHz//lEW7QEKbSU6R+UeF5
47UyXhSIHl2+cV03B+XhejGLLrTLI3pM0Zvgj3qZI5LQ5PGAkmNHF7Q1+f1hhsJTx5tsxTHBpPy/MaZyozLR03/jjq3er3WzVX0T
RmNUpJTVvlQ7TLpDJ6EJKw97uhpEnmsFghzVdtCZsgP4uJCdLf+FqcmmYZ0E9Dud1XxYm2g0avtmHxFZeHDk9ZEPub3l3Uks2GCS
5GSre1DneYQzJQQ6z85nlGyPR83Hs2GM3NyAZmknj41ZEkqAHJZ02UHkoG1f8uz6fGFO2htDr0FJlMPeq/3Xx/snH3d3dl/tf3x7
eLrzYh+dQI2Ll8D24IpCnL35FcE9zjLGDa7cw3hTougiuUH8F3ZYuavhljoHVsydJwVHWRqusRtbQJkxdNdkDzBNEQd50NUNF3YP
87HmjYdHQ4vmjVkAgB28yXHIGjqeG31ksggoM46sgYenaxtrz9Y2vu9j7+wpsDJjcrknm2vPnj7tE3I8+nDjNOaI6UmCKDob0/Zg
PsWcQFkUnMhGUE+1ZSubVbgQGgldqcS5GA0cITN14KIRULybjwWfki4O/qoblIrDnJgeuok43m58T4k6cJdQoh9eEVgy3E2qfN/l
qvStPUarFnN+yVhfz4ZdCxtICA7UOTV+ElZUB4PDLFzjt/rHe0FvDTiLONzCMVLnjod6mqQJ2gHCNxm6JYMnQoqvOCt+9ccfQY3n
ojde1Vj1vqu05L8Y69ViHlu8gzCfLIhB0eRXBLf7gzVrI7anIJXgjJHnKOSV+WrgGJ/EFGGkjGYMYl1mrXza9zH72BZ5Zpmd95yI
K4Ygoo4uc0xRO5VDUT4KWSGHD95Ay8OjRZzyn3w5DLHBQTnYoR4sMCvlUx545Q6V9rmhE56QXDHhxsNwOqBnb89efL+fwgSgVwVz
oq23smyPnPp1lu2nk9BLgT3bgkZzGN+ELq3mEnXssDlo/1FJuNppAbgYvvf33rVnaJp5h0GjkspIh5HSTohpNwfh/snJ0cnHFwev
9z/u//fB6dnpgFD3j0pZfqQSAyrUZbM12ntjkWyBuocCY4XmvFmUzFEPK3mTNusbjr2xVD/9k+PZfMv8rmXp7rM9dX+sPUrrYm5S
ZIo7B4Kc3y3jdx8ovYdnHZG3+hlKAS9pm1ws8szdwBwX63CnKRiqLtBups9YAy1VbqHG+ncg+DXK2ZZmSjNvK54joWn6esqu8nFp
CZuUAKX6POkvpKhRRgnaflvK9SotcfF6M13tKOqOoMrklb4VbMX/a1JpJ+lEcl2gKwKbDgsKkSkWtIw4w1cXl6iEn7EIjhhP5F5Q
XJ1DB5foYRCRQ4Glii/R1Q52s/nP6HKTVxRa4t9lG74WeXZxYHL1RnSC8myveMgQVHyhXP4/iJNRWQObS/zfWw66tYYP0uvsU9y1
bfSIkTpc2r4TPY16UlDp55sh+bZpospTQkCwyEUL+TlIC2LUQhL1YP7w3xd5Nj/GL/dCroBFzr5zh9136o1ABdVu2B/yRL4h75qQ
P/+Z9x+rCKAkqg3ifHmnEO2ygVpMrxWs47JiWMMKfTl19sUILMHQQPbW/tw0dffYPPebPPWezZe6x7wda4f/rO6KtDlcV+5IwAvJ
4yEGYSdjxC6YsQnsCo2x6FWTFgnISUPJwggiYPrxajGhO/yqoIt8qFrbzWgnLotRcLZz+q+PO7tnB0eHwCvs7+IdRM/OTg5evgSB
++ejo7Pge3m4e7K/c7b/EZiLt8d78Ct4Li9eH72ECk6fvg02B3pMxov9k18Odvehod2jt4dnwTP57OTt4ev9X/Zff3x18PLV/ulZ
sCEv9g/fvoGHe3v7h8E6+WnAzKvzUzhMjFUvFjzE/8zO9d9thsbyxKPr15a/oOwXmNJ8q7bJ6r40wYg8tkj/56A1ISykGByUjgf3
2O5VnscY2zlEexPuwM/tbdlDGJg99TJb0LUhFEaHJnPU+h1+DC95tA1emHKeZHd6DTtSrLgec4vKMaJX3d+9WjjDXE5UCB8PAoW/
23NHL0CZLt09ybKlaeAzWtEjQTujMmygnuf9+56f+J3EF4gYrp1NLYdROPpXBAMjmouoYFWk+nP5M3Sn08zpzm25ykziqcyuNWPA
/OJ+gTGsu79TjijyMWX9jDHp56m8cC0Kknv14YBBCVGvQEHvB9Oj9OdoCfOREF6Wy0jgqON0mS0Opi8z+PNe3++T7yOcMnTbeJ3M
E4RQ7h2fbb7quQcOuyIdJ4toVhv5sXrjG7r+FAqfXKWvQXSaQWsbHYq/hTN1MEFkMdkHGN5UaldGfHDb63mdXcBQ4VKyq3oGNWw6
9FbVbeYWABDoCMud5cnFRZwj6xrdseEZweqBRaHn6DsSixRaub44s71KIhpcz+esd311eOpqTdJQUpiJkZf3GZw17Adx/GYWZ3a5
LQhLYuhLqKd6aZ0Ge4VlgLC3kagQNYJ5/N4hfqm5l0pxs+Ok8N7aeNNrVOBKh6LxsqkzOwyLZvdl3bMHoC5sGoQJKOQ1yvJ+0Cop
+EKum2NEETjFLM3v319vDNffvy/zNg/j23qiQrvdHUXMGBqPf7uPlyi+HSSpTlh9RJ/rwEMmFBZ32148TdIEp0yD8dE8Pq+cKdJy
9yTMUvFiDUfFR9yvUpOuM6aatZLyk68VHp+QXPqAaUSvxrZSbKOba8XPD9JpZjs9NoHm6i8S/A+rJtQzz4WBusUth/sIOX9Zy+Yb
mceT5Ax2BrJt1xkb+l0hptjNesLqaSaqB+VtUn+PYCToj1wNh1VHCntPtwkeozpaMNTwOiqAsGDIVHs1WBZHzOVr9SG9hLVF7DUs
tYuA8XSYRwEbvsjkFGysnUcY8Ytx9EGIHPwacfDE6I/1RwWsWkyJCmNxjs3yCgi8LF3ObdqrJF02OWYHHZEENM5BS7XEZ0HvEUBD
8kvw0qQXQGeOk0nDvNWrwkHT3Yh3NNdwsNerx7GbG8MHwqfIQDzB6R4iyxBC/8Ipyl5oYEOsqgkOmoQjUxjivHt/W5rfySXFChqq
0S3bYvEvJQFYCS9HNxWSoyFde9lhTQHXDeny8/8Ffr2D9TMEAwA=
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
