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
H4sIAAAAAAACA+y9a3fbNrYw/L2/gtXMmpBTWXHcZC5yky7HdhrPxJexnPY5r5ulRUu0xVoiNSQl2yeT//7sCwACJEBSTtrps9bb
M6e1SBDYADb2DfuyyuPkxhs95EW02P1qpf0anK+SIl5Eg6OkiLJ0OYqydTyJ8kqr/XQ+jyZFnCYNbwY/REmUxZNKix/m6VU4j/83
xEaVd0enVXCia9Fd5cUomqyyuHgY7GcPyyK9ycLl7KHS5iK6LyqPfoquBqNJFi8L6CGLXXCo3vcmMPl8P02KLJ27Gp1lcTKJl2G1
wcUsi8IpPNj96qunT73ZwxJWc5BExV2a3Xpv90+8WTSHZwNv/w/eCy9N5g9D76c4maZ3uXeW3kXZCBrMvReDZ94kXSzjeZR7ceHd
xcXMm+QTr5hl6epm5u1Np1sX0PsAh9kPkzSJJ+Hcy9NVNol2vassnt5Eg2X+zIsWV9E0hw8jLw8XkVfAEnlx4oUeAj6Ptv69Soto
CoBl0VZeZDgbP4RmeeFNZtHklr598MKbLIoCGm8U3yRhscoAtmvY/PSOYF0VkZjoYApTCHNvEU+yNE+vi6ezSZ7P4oU3myRP/zd/
yAHW+fiO5z24ST38jRMdYvfnh29+eH904MXTvne2/9Po4tzLo6IAwPKn/15F2UPfS1cFrub4z94sTKbziJ+cUVsAazUvnkZZlmbn
0STNpp6/n16E+e1xtIAJfJXAMuTLcBJ5b3F/fjxhqL/6+JUH/wAAewltVZp5b09GBBssQVh41yHsx3QIT7IsjnhN354fjt6/u/AA
DPpNwwIMNC6tNfaRRbBcSTQd0BDL1dU8nniTeZjn3ttJcng/iZaIk97QU39TSwaJvsnidVhEHuIXoo0ntiqFGQh8bmvKQAFmqoYM
hw6BX+22D7hSeDNe1L7ZVaB6wn+G3lWYR7760vvG64klY/yVS7V934N3osvBRTqiPv3e//lbL/C+MfoU//jcZHCUn6zm89PscLEs
HnwBhPe91+vB6D34H/QrnpawfTR6LGZxPihhfGlbQNVObONLtXR6i7fnNAF4K6ZSvv5UW2Oxbqdq4I/eTVTAvxkzNCi8T+7PDzWc
rnQgIGz6WgCMNLL6dY/3RLSo7Al3qs0rRk6RILkpAGaJyCfw9zo6jopZOs0d2DsBJlEoeCa4/r067ehpOHp5MJ8fLZZpVvjQvu/t
z8JsFOGqi78G74H0pVMgAYf34aQYLYF+Yu8vvSJbRcGH+mIQzLAIMAdCbsT/ZLXADYgELcjlOdDoDfDHsyLzBJy58VAjNsHubwz7
PpxzBTgcimvvh1U8JeopJiGpp20ev5tpwNFIrJP4HcN8nE7j6wcJdRXIptX/b0L9L8RpAfRZhpSnAG7mAr9+Apbqm9/NlA6ieeQ4
AxtD+DlHcZ7mkR0dgv8eTTtMpssUHjYQtUg2+Z1RNQl6DTk7kzk5s98VnVPTcmLq7w1qpnTV7SjB/F3TOgl2ndjVJvD/ELVrR6Lf
hNy5cOK/SPBOpILXJMapNr83QU4CtoEol/++pDj7DH6fAAsRToGsQfj7lt8kxBYJLv9/UnhrxZrfSHyro4JOyp4+JYPO+hkQuiJ7
8IjW7XqrPJqSOc+7TjPvh8ML7+kNWT3zp+soy0GxH9gg7q0XQv0lvffXWeGT0X44n0tSuCAFXWHIMixmmlkHECY3pY4MVgO09kgs
uTABwDJczOKkT+PB/oH+f5eFS0CtfOhFMOUHtpsBsiE6AuQ5mcgmuMT5rjdNJ0CsQeDEDqSFKjfMY4ZxAXanYlJA8ypbFZ/k3jS6
DtEWQ/ju+W/TvNjndaXDwvan0WQWLcIfeTu8ncF233szD29y7yRN0LJZWUnDVnHAA3BvL73ex597Rnc/94bw6Dj8Jc3gz50+/B0n
9Pf2J/hB49AP3bZhWkVwr4AanaTFm3SVoNVplZABNpr6PjLU7fu/bW//Ff53GOw29AEEYdKhkzcVrP7H6PTEC7MMdiO9JlPm0UGO
f/Juple/RJMCf9/G0K8SxCW7R2up4qkDB1ZKM5Zk1BInsUuTZrnMdwIp53GOZ4R/Df6/KEt3bc2yaNLUii2b5jNl/8Rd1oUKtI9d
xMU88hHaAK2bea9iM8wejN8fa7bM+Nqjz72X0LtYw17gfQQwYDzDgjawmqU0go5rwH/BNNFIVxstmueROaTcrS5jlmrj5oO2T6gU
0Tr3bv6ahMVk5vl4CfIuDaelDT3CueE9yZ13HOd4yeGnS0DUWn9iq+NpDqBehLeRMHoiFIG5s/t4hKibWdZn4Iz3woxqNVND/2Sj
vvyAVmr4ZbUTE0GNNPasSCSeOSBQ4gTCRJAPAKMJcyUM/LkUAtRVgxcXLceQPjWPYFXc7HIW+QYGlhBlP5/7iadB7WiU1mYa+C19
JtrLWxwer7pR13ECvAQ7IA5tfGM0NteT5Wmm/UjPkCFFGXCLo4NdScCOYLo5c29k3MoOQrx84J0TwHzTY9malgVmABwrTH8oKGrS
ZtdF/w1IIE+jQv9+ZcpXN2oTVhqiuH71150EKibVProhkT5+/NrDj7Y7roqNW54ntVb9Elkqi2+esaYZKV3dsKM9bma2g1kH1vrp
r0vW8QJXng+6tgUJG84skYEwMS9o/dH49J8kmIbi0VC16Uv5kq/B36QZXb/lQXU0ICAk1k69Ik09QJZ1HN1t7XhJWkS5Jld2Oyht
rEZjN246qourle+/CGndWy6RA3kL0p6l3lCyLP/jecS+CLiRfaCj1IB/jASufQpgwTTW5qKm6xQoJevpzdxKgPGF+FXLPnWjry4a
a6OzPMVGOmsDzU1RNqS55m2WRCVDJ2wiBo+SNit25ccN2jIhRcY36r3+5PNJU5fz/fnn03J62MRiPT0tp+ULyA88+G8rP9QvBKUx
6YsqSxZLfKdxWsCuCR6/lUrUhJyfbEYwMvL4hhULOs00sVnaj0C2XkdzEKG9j6MV+dj12Z+l752uCvj4U4s0/TbJN7RjtaK2gGxD
/HbLWcLSJkFjmCRzBJRKQC2U7koVIiSNbJ+xpT0xfq9B2SWPNEPbrdj39PMGU/zO2y4HSqI701lMjkiOVzxr8vrCnzx5RCMcswaP
EGEKcti0ETFh1xI4ILaMWPYjqNhvqS4hjL8tsau6zkiK8TgFqQPZq91hbzxi41Ss5K+t6y9NCvmUWwiifST9XARtIr6FldfFPISx
STQQJ4g76HKGdLOP0BqMo2SclY1MQGgayX+d07XhUXD4Nhn2JcYhgtmNTo86Fy5vg0cO3zxJywXg5uM42QJ9Z7WC9iQEFot4CUuv
xVTalfCT+MoHxo2sLvQkJiZIv4F3gTJGVhfEiW91k4ru7GWRyDtgkb3Pijbkwg0HQBVtx6kkWGkDb6e20E0ra10m6VAsFqbXuL7G
Ysgv5fSbPzXNeGpU9bRGzpUEs5fdkJFCE2NWyW2S3gmvf77owoHYobzCwU0x+E0WRbkXeirAQEmr0JUyxfsk+NGsoszbekWCoH7j
aN+M8jRKOtu0HUsnjtNwdv4mGhyHWT4L5wP4Vvp+v09if9lgipef4Aqo2Ve+aDvWRE+U/CRDDfoauzCiDD7WqRG7AygGbci1HAfg
2rk9aQq8m0UJ3nEa4RwYt5B7p+f1mI44R8OeF+HdTh8vYdQttHk1nTyF/6cvOcLFsCF602gSTwFz/BmoSc+2YdVoICWm3EbR0ggw
aTSO6UthWU5H0MZHh8Dv/ec/3tdNERcNGoEmKZGbhtOCeDCfy0vqUjhDQ+whulWc4VGpv/ev0mLm1YS6wLvO0gWcwrOnR8k6vY2c
J8sItpHyn7ZiNnnRsV7yaNlWIEIssc7we+OKf2hc1vdrMqAlNuKpoWvjrTshTumLgkMveGZDokLrHQASQ8BknBlG+AG672w/+zus
6CqeT71nf/3rX74NsLd5iCRK3ZlhHFwYAx7n3nVEMV8940Txvz/Zot04Bs2bpzfx5MvGux2iR0IxI8EFYJyl6KcBx0mdqjkwxpwi
2oxQOD5U5KVDdos8LiiKKwTZaJWQJXqyAJ4JpzuczGgovJOlD+7ChxzN1RL4MIs4pi4KFznG06HPyQh/DNVl4xYOAEDNoxvEQZ87
zwMgcIAye8sYR/Dre4wNXhPYb3BB1C9g8JNb/BiGegd/0nk5+kd6ha4o09Uc4wovorzIaToYwcTeMzgM4Bfs63GapF54AzuaYzjb
bUQeHuSoQz4fC8/HwL/8Ka4puh09xUZ3cdItbg6lzSKdpHNJWnEbY4AHu/L8s/PD/dOTg6OLo9OT8Zu9o3eHB33v9d7B+PzwX+8P
Rxd9bzAYwOSJtiTe1QOtJCNQPXCO14To6SPi5hCi9pC5aQTYP6+HzGlj+1qHitTCQuXhTfmb+wlkjJx43RijRkv2sgKnessdwnsJ
YWvo2T72Vwn7os6bQsYOeJjKZ2LMaliY+JSEnGtEE4nl5gw3cALarX7U2WWh9uVn3cWXvW18F1X5tMkQX4P5ERbP3eYN0ahK3Z0O
ad3edBEnMXQaFiCmbAmPxjnSDn9CSzglgQkEn1u68OzT+d7bf+cBUY6v4wiZPom73Owqx/tAJFQoNYkuBtWZvqEhgL0D6eA22mrQ
08N7gEr5c+Pcq0vLO3wQg+gBsD84moqn53DQMRCyqcOfshivEO5824KzUdNQBWBVATOigfRduBsCiUVdjVYCSdk1NAEhD2cCRBeJ
zQMQXHjxS3r1hIh1vEDZSVwg72gqAi2C6rkLSDSH82g5R2VQYjTdyWpkKQcEp7jTOo6vH/GVid7aorZgJHG2CkYewFQv4kXkvS9A
RLpjIqQLlDTiaA5MHT0bQeiZz+Mc5M5kmreNKjmo5RBkK7FhIJiA5hYiDgP6pqjHIZRANFfoIISSP7QAbOdNDq8LoUNgNoV0VVT2
bm/y7xXgJoEqWhzn9e2aR8ggrPAz20NN6yi5Tqt8jttoZ2W3+g5HHqG7rvXNuzAvzitxzNrrw+QGxMCzeNqysro0UgFRzPAGgIsU
20ShQmFWKFRzEHloImHOeRXkz+J1mtZRfJXonWmv5VKZbKPSCPb8SAIVTfGTwahIl/52MER3MFbCCnj8hMSqhFwGQXwKkwnqb9bD
ypiJvdjHtJwVrYVt15V0ad/2N6tk8h331PcOYkqfEWYP6hEbNV6pPzzkK7V9Fvwa9Zn6O411EKnLXU3oLHv0710rnOr0vfKAlL2z
tTPQiPaxPpxYuGMQ1QEz0fJjRdzT/DWqOK7Pz3Lhwe1soLSUMyBn7h3iye8l+V0N8c0OLwzLp37E7uOi6mR/FmZFHM6HpaLDOyjU
FtRCkK/ibax84YPGVKDWcJ1md2E2JQS4BtJzh3J+tiKNgroKiwIWD+XtSI63XrCfvlD2ci9PwmU+g1NHY6Geswa5H3fwlMcbTEy3
/SVDbKyKfT0MB/uLEGMaepemEvmht9v4FbG3hyP0c+9ti3+2LP+S/7i6I9II0t48ehcv4mIE/f1l26ARe4q8Z9EyjCnMARYPMXgL
FuQc19x7Kn8enYHCmmFUxIKUrJN3eyDhAWVDbynsRCrJpItpVOSZKw4BIQTybML47XbTfArYiZ9CbvmsMhs0iGQFIxEeL688bTC/
NAM8AoFyhbbL0f7bw4PxaHyxN/rnGPS094cHARoZ7qBr4TZLquY8xcwxVnpYg+1f1LcErrLU+PhNmu2nCWDtAmjvrci1QkhL1AUH
RbkTcAyfpLdDRGa0yZFCKz5F0oKdHee8V27XvBqA9R4QTPhnt9M3exIYc49gcsjBcIkBbYdw2sRxQysgni9tTUEYRp19CvowAV/m
LIG1BuyP0GfxOrojYUJnRC+a5oXDywxPcvm/bZwVHzFtQs9bG59HRfZAS/bsBS2ZyxxXUbcvP3indI9oqsO9Jbzr9b2epEX0911c
TGZjVha0B3BCtF9ZhHxVe1AAD621WYCs2zOtb73ZJBmLQ6oNoj9l38fq0yk7O4mn8oJDdVEfRDUx+1OPzQ6VDaYKlHouu7FMR7Up
+1wvxuE0XAJtk6tiDI4nbsxswv4OTQH4zhwNFmNMXAg6n+KH5QO52l4vXo5LDiVHl3xqjHxKm6P5nBqbQ5oNylHmEfCfDOBIl4X2
O2NBG5+A7jUmaqj9KFa5/DXhU93zPlnwWCGwks+8uwar0j/Cdci5yGQqMqC3v+S25E2CwTE7FJbqeisSi7nNP/EGa7eqz5ckUwR1
XZG7ghBkWXkX2kifKBGoPtAs09rGOfvoSvoDpNYTiwJd6AMuU8z7NcfWwNSwa+4BjZ7ClAeA3KSKfIdI78awUxlQDSJ+ni+yggkt
2HuBV06IISZrFPMvTaE0UkWWFI2QMKnXF1L1ciwmNdzDObisfn6512T8dVnx7oCQUQPTfIfbDW/w3sCGDn5Qbz44Du//Af99FyU3
xYw9KL7dwac/hvNVZPngHBPVoVRLogLx/53nrpuwLfiHr12GtNPSYW0OYrXnixuGXMgHU6kLLcLsNsqoUYBXmtcZkJdp6VSHyBSB
RMu2XxzDvpwsMYMYHys1DvtUOiHb71Fodi200U/I/+EF1t/4Fgc3muHXwi/vT3+igQckN+U/xcXM7/1htgbStQV0YAj0gO/EMLA0
zGJc5lOkXeE8aHP4ARUVFBqfu19d8cz8Z88Ci98PT4AyGaJU23N6/3PDJg8hNUW8MBdTYdGj1wYxygnMzP1fF0a3skqohO4v0d25
QCp/Y086cZsPKO3xNtdBpWMPO4oBHC/ZmGN1uif7N3ZDJ+wAZHFxZlkRopUOdsueMD571+1GXnFJA+3jDYZskD8msB7tWgQ5ESse
2rkU19BrgGBKsbvsrBANjsXdgm1ochMg+IKOIQSvEViA6d99jwHTjqM9CmkUriNhCADJIPIbP+jgwme9irUDXF3Do5OLw/OTvXe4
gOI2Eu/1Qa9Ffyi6MQyTB52zVZawNoLvu/E1wFEve3Tz1fsQXPb4mqT3AXAhKlPqNbr7a5Zcm8+xdNNKkRvQLF3uiJ19EUWXGNAu
L+9+7g2f9X/upbfwBx0H+MEZDjGE/fID/KRJcsw7cOfoHv7Ew4VfLcu/kfLDr5/VRvzcg6fi8otekJTBOzNJV3O+JBAHCz2n8CpT
nP2fe58+9ZrWrkKU/qAIHn+/dRXdxMkf/oBbTJP+xtIGhFtosWvrF60z0C/+B6/SxOp/1YHomdz2UPFEQDuMmMqf8gpsyfUfLKZD
b9tLb/veM4xGKzU/zqbZ93ZATJmWHuTfYhgfxrC6nESkdYkAb6G4Tf4hSNIGh/9eAVL4jO3pLaC65mm0XcXHo3I4vBSmXJraMUEz
utbE6lktbkLpa9OHHo6UD48vCdMAkDqH529fmvQUHVzUi7Pz04vT/dN34+Oj0fHexf5b3aFsx+aDpj7dPz0ZXZzvHZ0cHozf7Z38
8H7vh8Na5/uHo9H4253XR5Vx35+M3p+dnZ5fwMdnpz8dno/eHr57Z7b5x+He+PDk4OwUDpAO1rcOb/pnu+3xQA3bb3BaBxo0YY+Q
utxNqsQPdk4iPZHJZ7XXAsfH8ZQa1Dl4xjho59zwMpqHSzgZ40VOjbYtIxBl4+4B+ndxXnznhlfirRUWkYq1s1+rYlgtZ7LvNTgZ
PGKnoo13KrpkQu+YObxOl+53fDyt3gzwVqTPdX8uJkoNxN+1NhqztW2MTnKAlLiI80iyHjbLRfkkXMLfIqHNLMzCCZqBwyvQWb3t
+78ewmaksB9T9K/GTDa5tzfaPzryyJntQdB5gHfgugxgVi7E1DWqc679NF21SQhVaqPPX5qzZoGDbj8A5vxKbLrx2MfuBqxYVj4H
JZ2tpjhvD5kI3zB3iF2ZeK9odZBk5VeDveUSGKvf+/nnVS+QvzgdzSTQkg3fP8cMSIAKIKHhvd3gKFmDphUmhXgYNAWUlAO1BYeI
cwof2KQyi3J8IY0hQ+9uls6jLSmKk/jNvPkqwgXDXWfPtGyFiY8MszWcriX5iqUZ7ohNJyaywEJ3qbowl+9KI9oVZnWzTmYvUlbu
BnRhN+C7dpvsSUAdJQngjAKprhI43YXFETSpMaGAb47tbUmwEDWKcH6s3eu3OBeXq8eA/npLqIs1rBVKlGgSaPBsUGsmUhvqfULl
CzlVEwPeU9GW1aWXc49xe/eyG1bidIZqEZew9dclcLxpFR6MQlcWTwPHgMTQjSEVi7cM+LXP7eOchNQ//YlxQnQCEkGwqdJXl+do
GWEAoWjkyyi8zUtXxWe7nr7KeNdMBkrVADUGnDQ9CJzpGJp0kyOUKjwOkioXBn6DVIcIg6/ri0PthcQLYiH8HOyj84n3HazLhstS
wSvserECmK6AZAFaJVvk0M6JtTDhkNQ58t6jJkw3WOSNTEIX/Oe7En74+c03bROQRzFE/B3NgA+fZenVPFrgslzGHyxg4Zphe4nB
HW0czUslHOHfpNkiLPwm7tRHYPteHDgsIxsZD0ppK7b3ZtuDNpOK5nvE937bFXlYnOHCQFMkzmPxGVJuyzEudKpRjrCfJiA5YT0B
slj7RQt7rymPyrw/k38gqxJeIzaL7tey4UD6WwloNqYj7073/zm+ODo+PH1PJyYE2osXI1Uvd7K3kK9Y/Yp6kZKXOOjwZHUQ64IR
0otHnqtyRfA2LRNLYrn8kNtNzS7UjjTdgyhjKH1DdyDyC3EhYrSUPWEBDAGUo4UaC62i/LelpRywJHMvaxphu8FXV99EKRgc1tef
B5KvCc2vvhGbkq+GrE6aoIBs0dceBEzJ7Odb8wsTTBdPZEq0u+ciMc0CzsZan6Y/lQqe4WhVb+VUxo1mIDSHDmVNa4fbM9ibTvFM
upNeWZ/bd6PkxUteD7mmSwxscbDimgUdP9XonVKUlARE95/YDF/v5TnQwDMgRcbeL5neOfLaVFEn1GANsxspN7gEzSrIoS5yhl3w
oAGuBiTDbX00lnHf+ZK0H/YLDfvUZYdrhzpm4R8tbQWy0k2NtaV9EdpuJtpxsGqQuEg5lgSmHPer3qK1CytAt9uu8H76yj62mHoF
ENt5tGp0LVQYFGdF/Yfl1T+6ciXC5439pXVXAvIfeMKOZX1EWwwEAyzHgKybdFC/uJMjDCpu0y42pVhmQzOdV+m80/GJYlqKZboW
rzX22pRxRbrdZRcFNCWu2ap5pjoRkBHT5eXCx+1PdhXTZgPfw0TBIMCBkHp67Z9iigGdPSEsPK1AppCxD0g+SXjJIUOw4Wv7eAbt
0+7sv66+i41lCJxjD9HdXNeCmuasu9MIR9snpbu651u8YkVML9nrFuEDfDtXdzZs6cuHcJYxB64wNE4HNoMfQvmatKCyf5hyLlGl
Jhr0mzmFRWpWQ5TLWuuVLiQ09yjiJAo09Nem5zpkLWBYtll2+HUbovpSKTdhBNE64Ftc0dNABsD0PqIQ//FjLygffcJHnz713KaM
uoxQXzxuVQPYFnPPoodIXk3fuZV/blVq/9Q8lsdKf6IvqhvZUSopcR17ryF5TZBBMYayIUO3wlqzwfGivpYZWe5ieuw8a3YDrcmL
XPY+JTIYESWG8NRo+ZtuYPZjl1GPpJM2hXICHEn4rg696WVvmcJfStygJ+bdl4uxc0fK+XXojcSfPopHQdt3hqMsfEy/RTjkBh2g
z6X8GnTlTT4VXrjy63P6uUkHymtXdnEBDzYGglxCSyDwZ6cOLK7Aw7Jei570FnvrMyHYoE/hsTssy5FU+9ykN+HbOywrazymt6rj
sjFhlbZFzhgpZNhXiWDIuLzRKLYlqIyyUX+2RXhEfzVva3PfVbKZjXe+6q1t7n2l3816tO7/hj1WvMKH3o+LPf7d9dA5vciHXKmJ
36BAs0fPH9mpcD+vdXoQde7U9FUfejKYB80Om32vKIzsYgMaU3eGH3pHyzfqUdd1t/rPD7034vE5PN2A9Ne97s2uHgeVWie9qw3W
ynDpH3rvl6DpR+/ooRKGkRphdD2Jw/rDmB9R8RxiwuJWC4PwKSDcaNgNEhlM8EhYyFb2+cCUcQxDIY5nvDuVG9ounaCAPyyF+k7b
ogdL0LciHqrlY1G6Z6hlFNKza1Qvrko90XuCcj7ZR0Hsf9KT5Ldd/1Y+75yLyXYP3yAvSluNZv65l289urbplzlBf3vnHPrL5Z2T
Lt2+Ob3944N3hxfjw/Pz0/Pe53np9HqbOeiQvb1c0Hv00bnfhf8KRXCXHt0P6Fq/s2+rniEGvV/uUd3SHjpuEDe9P9QX8WqwX3Nx
cqzRlfQzdrbWluxqcFBJ9GLRl6LNbgONZFgYVvIGcAce+tG9LRmwfVnqS2Lg1NuTkRWhLEg1G2gFyq2t9dWbuVfPXLnZQKuavmuz
VGLwtJ7ijUMxSUP1P/ZEsmrpCt2j3nrD3mAw6IlfuOW9YfIpGFKKKWX2GXxG7n7TwWTCV0D1jGzG7LDMEJkLhq4YhUrzLlcI7LMy
0U1u8HMgEoPlvlgQMgTU9qisdw8keqg8KaCDS/Hdh82S79eSN1qHlahhtX7bjorZrjwVBWV1rtLTuxnmcfHxZYwJObKbqMDEcxOa
avk1LBW0qRAt46acuq+3qWX8NCe4T3nExCQRjKCJ2r6BwR7+tQI0wOw8tOpHU8tX9ZVxm6wN0iHJhs4QXXzv1yH0NUp2L6pjlStq
JfUzi6Fx1sl30GmaouB6LbMdExb/fJXgzbeZ6hCEwgAQO8titoHrhIqCRjEAwkgxZNtKzJOWRdfzaMI5EjllyuA4TAA7qErV3qpI
Fyp2PKEA9Osoi5IJOtmZoMsEeAT2IpwiJcPbmbAgC9mDt0XD7vFgmOMEiwZSvj1Ycn58prrH92rOfXSe1MohwXgChxGsHtrXZYKV
SbpY4Arl8P0ygilGk3CVR6IOl+zdI/eRKziLPQ2ocvSel2b6aNgrAL0MMVQRb5/QnAqTLVKayND7TmX7fNXja6tFCSAGo2g7NFDz
MjN/+rRxxp4EHForgY/vqWTQqhBpK5MHviSgZAx5EQPWSKTAgNi2pAWVmmMGbehyJEXO5gfKlMPkbvBDRLV6/AD/kg0EqefpVy3h
ytUSWdVSC9QQDGmJPVG4qo8CskVUN+CI8fzT/eSk3hfyHxeEcsJV+MqVYEx6KYeodk6PS2BhLAEt4reDnpDPM3WrX0wxzx2cS3QU
gTPUEMv4BdTKytapjYpD06gT4ukZ4RDWXK20c0SFVL6B7a0HuDnDReTlpNlHtwgEI1ULf40y4Wcc9F593eUJ1a5KvhbP9FBeHr4p
hrdc5IVdfEB/oLAoYxDU9WfPICJNgcL2eLGCsu5+r4jNUI1QBguH5DdmDlT322/bRrss8N9j3DXa8xjSsyH5sVMfXdTVLvMAhYHx
2QN5TYI1ZWrlgt+68j0HELHtBhQF53hqo0zdwh0Mso7gmCmzLPYRKWx7IalAnnT8V6mmUE+aSv0B+RUxNE6LKxMaBFb7ikBLsW1o
5tIVnvJK7jZ6aEnA7E91ojstFRP8FDWi6SX89QFwwH2daKd4Kn5g3RQTue549ytelS6xIvJk3eYT20EcR8pEPrYlxCUwVSfcdQcn
XNdAonvo6DRDfmUbb10/faJZwDCuK0MYq09+mrwFr3AP8PfmuGH0Iu7bVXCfeO7bJZi1uPGHcXCA3XptSUzFMlcZWmJM/58m0VY0
J2lbFDEO9fzWT3J1t47JToRj08CCS3HpN/OReiL3R8Fvg7WK9qB3NfcCkVMXJeIFipUvYTao45fPLfyTGtZQ2NZ/1T/gHv0D8HsD
WDw494FLGJkbzg5ONCA/5BFeE0svmPKW3qSJKDwJyQr9BN3M9+gmAfj3w7wZxWnkn+A8RFPfQKPreA46Q193zG2iC9zcsrK2vBBq
ZUXn17iy3IP0vaDFuBbOgfXu7KtdccNt9UFTFw+Wc43nB9/TBq+DQA+es3GPfZVifVhNrd5XntlhLpxRdvX6yqRCGSfIy2eYFIhS
lNv4ieH2rSdNRgAa3T/QUci1j1Kq4AA56pW6I8ex779vNdNXqIcBZJUqOWz7JJN0PJ/CSU3ltld1+HD5Q/TY28V1xDwL2spinRjv
KsR08pK0qcuMvICd6NcK3lIs2i2IeLhJmM4AL2F8VJDPRqz1eHdZuMQEB1KTrVTQVondaa+rVXLF+Gizf59gT35WWRad1FGUQiud
MzSEK9OT6sriRqXoWdZMdK1EMZKn9l4X5FSX94HzxLrpo3lgGzD6zCcLRy4eXH7wbtePuIeabnwPVY+a+MZ7BrrN7VpoKvTopbeD
izG9lFztdn0Zf0BLJf6Bn3xw8I6pS1pFrFeYF2ZUWyMUBAd4b0r1JSmVVVjKqw8c0ZwXOeWv4oRneVsxYrHLAi2/pICIkjlFXq1L
Od0SaaVEd3LIbDL2DeSStGZ70s5bYaotr2FFZCel6rFuVKGudIH8yqJ04Ps2yPdXOfySQ5crJxb+qpvOs3bbaAUxerDyGbS7/RFW
ZYDgBkNVhqTQEA0Qi51kpmzdgzluYcyBPswiWlxh7RR//+hYI38gpFDaN7nOwAGS29EyomyfOoo+QTKLldwQcwcnhxcK7Bb8xJ6V
E3lnmSXt6seqy+N4rdzqe25TaDVdjQADfUHs7vQSH3wIpNLmOinpf+ukyIKHldOilb/TTkvqPC2SzwJg5BCMIWYO+8ERtEEXByDI
+BqI+kdCufRaklHvkzamKPuHzRUX+MjOEp/cBeUZkKr2JjYFX7qgo0H1OceUtV1YJxrOac0AZK6oJRKGS53VsUlAuayve2CRk/aA
1meRtx8vjkQud89P0hoTiQs4/CjXaKJL5btyzxlpBzT4wD3LSbyoY461Q5u3OX3d6ZAK5EJh8CUO2oaQklpQPAt89YUwEXrqhodi
KmkSOVEQ3nXGwBRzSFYRsFUBOtPMPhW6aVrimMBKdayqAO1VtP9L7ugDukoVeA8WT2ZSJCYX8CdKHL2Oo/k09+DjCITouCiihOoo
MSlESaXXa6scuP+4WaBK0+tZlTmq+LT1oxeuw3iOAra4HksxJ6i3d3LAs5mHBQiBC6wITulRKdF0mW1W5BL96fjIUy6pLvsgV8Ch
QlOyUFtj6boyCa5+mWukz60cEO0TaxCg8bHVbQkHJrWwB2i3dUyLAUfjzO+hSrcn16rH/oZ9rk+JXmxiOXugRatQ5+023lOFh5KD
yI3RRBixKeKql2pVzDFxaypqglEQky+ee3onC8UcvSJN56C4H3GrLVH27A2XBfDOR3sXW+KrrQtsSpsrn5TABO7coI7UxnUeYajN
+Rot/OWii2TmvOpyeRH78L/arTD+HMVzmNr8YV8Y9Wth1LifMIAWfo4iLNEEeHy5/QE7keFPKFScM2b3WkixUFEMvFeLnoniI1S5
IS1+XsdZgfcE/0uiyc/rHaAuoSzph5fXuD1lNzG5DtCl9aAeyn+3iO3R2JzUh1+Xq6mxoXJFped4j8CrwIfP97HUg1z78fhk7/hw
dLa3f4g/35ARqydw/+WT9c6TbjsjNuFVPaVgLcWlmgjP0xJXBq9btqh6uAw02K7h8PcdTl958q5WhXHOFJ3kM0q0NBMn1vuR11cW
NvFKiVURVCKvgaiq5dm2BX7vVPDNeuKzFEm545SLRkGvNv3ho6bffWboD+J94zp5mEBDOFSoVeu6CFz3gtgTJiF3LEmVbDWTLFdk
Gkf+Mw/zW9K6LRTmVXiexWIvmuqOZHbf6ZPT8dv/OTs8/3F8fHrw/h0eSPkxrOGuDGfDtfzxWGizmZb7hwqHgvyrfKsd8cx10/3p
XRJNOdJKxeWR+0oDC7d6QvBX2uG1nnFVPwJzI1OeC/xscJHFi8NkCrLiaDmPC//Jz8kTu9RJ313Sv4Wtytvynn1QPTz5OXtCJP8i
bN54IXXx1F8/HKmCvLGz8q6JJiZ4VBvwRljiyPpuFAqsscdFB5Ny1WJJKemYB4gz8PPPyAx+POZZyN2XNk0FCh9PTLQ8FQHCdG21
IBtnbrFxEvYKsvo1Jvdyo66lVmiPY3DLcFJOhzuUaBxPXyLRgAVDAiHEHwySjRKt3od8UjZ3XVUtgOxsstcn2nVVk6Wlab9/882k
ayW1kcTEA+2S6Tffy+h+CdOIsHZAOAGJgPRBsXMJVRgwwz6wzBVq6vhQgFPfamz9Un628XajPidII6crgF7T+ZrKXxpgUmVHuqwU
zXlnqEmfomS2gOFESQ5TXkfW+u+CjJ3zCGLY3LyIJCAab77V3Rbp/qV4dxIVokt7tIwxTLoq3nW7Oa/eXiaIgxUoG7I1yQEXHYay
oXyIw4XMCE2UDnWU1vC58tKRh+e3xHBVD0xDNInqDXgum9cR3epWL7aU1gDRvdE0J+0x4puLlHJ++M3WFAP9flyQVqBY4Hpx0kAW
P5v0rRdO2uemeuuFhiMCwBJR1gv3Td2i6Tbq5Gif0ijC1v54PER3YLQiHoniuVjvN/dugAio2m/et6rQzV9AH7hLsYucEofkMzQ5
hky8+pzu9upBH5EwSSQ+oFTwRISYSJJX8QJVJqzmh5mMQQKnvv2949dHP7w/fT8a/3g83jvYO7s4PA/krS+Cv4wntxTHlkQDF/dT
ocHmLhtWJ/XjcUKQgRlYofBliVpiy+pSMrT7jc4uiM7acWWAamdWgWMU3VIHFx6psyun1GQGSeJJ/ogjkpCzmP2MiHLuJYMA9Z9O
DoCOtCLokvm59FwEFbk8ZTCuEBP7iAOYur/yriZ54AzpDMIfLZd9lYH/9Cf++L9Duanm/ZFABpZFn6DpDbCkCT9KiO0I4pZWSSQv
5/uqcbq2I4/ztUDnzcK8AhoJ1pUJ51axbJeoG+nVot2THFfDP44nWZqn18XwOxjzh/dHB69+/vk7JJf0N2KbnHt++WFwBMgCUtZk
lqZ4NZ9UitZZzg3DqAt89ISqNr80p9O2lP9Npq924fNRp5P0i500CMB8CbB/UjHWW1znTtLiDYLmm0FZLeaPWdYcASoNMOQK1du+
/9v2t6+3t7efUb2M6tOd6tPtv24//7te/LVuvCAqilrtK4wbO5qqGAeM3G8UWfijeGrQY3roNzgtCfcvR5zm3QCAGIjmReQjEH0E
DNpSuDxVtA6CVq8nPYuUZkSJzVTqTj8mPfmT4coEHTBx1p0C74PALS7hkK6SOFReQd5XsdSEMx56H+NpX0gQ03TyiYkr/EWEBRA+
XWFZOv12lndtYN3ef0YPdDd4FsYZ7VBfaVyvaNtF8rbOW9/cIUzIwInG1k7OTRYg/F8iEZPA6pg+G9fKlWSVrwC4BSMc10lnZItt
CNdQz6xy3GXGMEUOZoEipW51i4DpFn1h5sd1zvCRaXod5xLg6x41neoSSapFTAutU16Ec3bf9JKff4mAaH1RbGogIKY6vU1Y6dPx
g0bKMPGxPI3ep6CT/giDNXKVM41fVpJxCGUqRWOydz0Pb5A6RA5qwUoOaz46D2bBI0ymT1NmscDjYWGGZB4ssnBya0TB2hyKMcL5
mFUoIxYBc/g28zUCrEzfvMQs8TIZjLXYVVxvHjsbV5JDc/NE2DTcygOLDt18j3kCL6VJrdVBqkmP+yx7ZceDjDCjMqA5+zbYq3Wr
OoVj+onwF5MfN9lHN836S+tOB0+/Hik7xzuLXuDK7f1po+QeZCUwNlAmgcNZqYcqKZrxtMwXtpEBj9MhAWKdR+GUkyBR+A71i9GL
rng3fdG7brTJIO9r/FEwIFMvvK9v+kdtW3gCJaW+12IcXFZCez2iTSfRRIW9VExOiicWAaAd+SwHIx3AsNZjQFifsisbXb4qtdy9
WNRbdcF+FUwudZwvTo7YhqisSyZlFcomHtGNsfTzDDDB47bbTcysRheqvjNt+kBZcCq4ULsd/pLb3XWva2tdrrT98qPrJgpue7Mi
5szLgYuRQF/XQCXx6PSC3a78yLfH/GP3tAfqNPKT6vls41NJnU9126uN2UkSFl9gU07CgnG93SdoEyEgEYEGKqF1wwJ9mfVpq7S7
UX47w4pEi04mIMlKW9Pd6UGAODWXCL4/iya3HCFmDAmfRJlZ0maXp5B7FsMXLiSJr/XAGc0VBotg/MryM5qi6jIxPXV9cjejrA7Y
a/O95i3da5rqkGIKUvJmgR2Uow7WcgXgbaAbVwigb+CMkXnvFvf75RM94bn4JmBMaDaOWyV/XaFZZrXrE6wbRDpXrWBq9ThzoCr2
KgUuvUbwNR0t6uqbb+riExcburX4YPImviRjKrlvUD9Yw4HPqdM3UNGpsovwyt3Dy5eduqAZ9LrsKOHr16W6hJRHPVMSuP6wlMCN
pqUE7jZAV2u6AZRZPouX0vdFKLcUl9dEQmwmAqqXQTjwqooDluX6+DnUjdeZYOM/m4Ajo1J6GzyO2G5iskd4+CTCnyJs9iryDDB1
M7yOV1TiS5oj+Kj4ObAbbMerii0YrfrlKKrvTbKYvgFw86EXFukCqC2GDFB8bYjZUAoqHYQXyHQzG6dzTgPmI1Hfouq0z4M+x+Dy
N0U6J5MzcYQGz/yDOPPp/HKOYc22fDcgiAZvUiowK97bUj4QZ/gJAd4j4CWdXYbFrK/Xu20ribvAyCH8CldxgKuI0hLWiSOpSa8x
e8L+owP4puLjKeEmgOBTH5r0efhaEghRQgI/QHfJhAOaC8oEyEbqg8N3hxeHInMK7A6tMXBUv8ywi1nBvL0fvXwSYtKcgCqEAJCW
cGvsEgu4vQGMHY/e7p0fjsUAi/CW84Qh2tJJD71FihbBXTLwUrGdPpBaZOhTz9/ZBiX4xba3qMZcq+DdsCiwFiSXJNiVP9sLNnY3
tpJHtljtQ/SZAiYEm0fMQj6XRTpoE+gt8g9BbGSjY0wZbbT4jFKJNtdyW2Un+5zwGgPznI739qni+8HhyRGIRX7ocUL2LaxMTMhK
SNKnY0sTgJNWpLBrVEPwGp4G7NPvGuZ9Eq4AG7L4f6PpHqFXCS78j6JE32CGO7pb9Mdjon2Dn+Lk6JT+RLEXi/wkHjyQnw5dwyER
iTHGdR7fRlo2uue73jQtgKU9zTi34R/++vedZ98CRcyBxD+d5MUf/rr9Ihg4MeBrn3y3NRhQj6FnDVM0bhGcfUscfvXS29neVHUW
oRECx0QOfcAywkCBIRrUCJB63gQ5tnMPSlPaoAiZrJo8mkfR0n+xHXRP/mtz3SZCina7EXobTXVS3JgS7DMpRp1tIAyUgsR5pD/r
kO5VzyOeOMQ5y+klAt103LTT8N9H9GfbrV+YOPNs+5FIIyUPNvHiHQzFT5yMvKODnGPMJulcJiRlAWBqvdmR3/hzjCDZokTy6AfC
wS1YL51UxTkSNkoKA/RUWJllbKSou06ZYdBjJQHBJSgLr+sjyrRlAPA0neRPp1Ee3yRPSRYS7wYLkPyonAMG3ude7zuge2H+6j/f
ceZO+CPBXJ2zdPmKpD9ZoMGjdpTHdaqPKUsfeFj6gJ1iBxskmy8t6X6XSnCi/iJ/cZBO6GqwavdsGG7+mJwf7TqyUHwoJk/qO7nU
mEnNyTtozMZdQ8Xfoou7cHnDFicqtRiXl7wNrE4N8VTPcmQlRvPLW8q6P81bymG3rxKhHS1LiVb0S6+eQQuFuWR43Oo0XFm3XOYf
YcTH6268116GWR5NKZaT7GbkraqFWSUcJn9Noj2KESyw1J1DdaSsYmOzMD+N8QYJ1QtRF6OeSyLOOobAa0wMDbfwH9DPFldxEmEn
fVnAg6ZvrU7vklLb8/w5HAg0Dis6c3kTuJyr5QGo3LF1z5eo9xLo9IXyJDb5SJG+ZpQ40ax0mo9vny074XTaFO71W5lFKNUU8wyZ
31/So76nqBEHUypyxCJyN3vJ/ixMbuSKlHedfc9BR/q0Mu5QkymFJnKVHLbMwrFBlwf2dRBzIc8uf0Jp7oC7VqNL5g9D5qSUr0Iy
y5LN9vUxNd6l8Sn6UoSEPqkNIAI8+qpvNkBgcdiBPRzSWKcSXxXiUE3Mdtyp0Qmu5bMJi9OxviEChoo5bB7+QnfR5jGb09lSTlF0
F3Hf5xkTQcGhnKnBSNCbTo12/GkVFXkcNGZDOxNK3c7SRgn73kX6D/jLdyXPKHP8kf/dJF0+sBgIXIKLDXk+/3fru3wW7rz4y6vB
Mn8G8CbovkPGilyk3EJhviFFbFkdF3p5G937Vw8FJh3B/zijoPiovV7FyKe8/ErsovG4uo0cNeGP3u7BQGgzQ/ZKPwaiZFbQ+bIL
gcOscgn2gyu9BNb+NsxnPoONW5lfDfaWqIX4V5p96n6n15KftVvmq/xKz8/YRtRH4TpiGko76newvTkjdumjkklWoa2aiZyuizau
rY47YKzAL7oXUchxmExSlJsGe6P9oyPMBvMaF1wChZY/wEOXH0ozu2/wQvwyFsiNrJB1S0XdGuawVthNGw04Vcu40F7+mxJRpsC3
UBHMiB5h+JGwgeHBZzKB10eAPIPuWqesfmp3RWd0lgVSN6gC20W9Yrb4sqx3ib97zR6hljF11iDzyuZuzcto/ij9iy+jWLdw6mJa
4EUHZUxAzVoIrgethX6TiQFAQjsp3w3bC8xXJ4QClaawyWp66CnX9UIO7/BQy+9x4kn++4OoqD1iO4VvVe/qfg+zJB8DC8upxoTo
TntEvSb5j/yza6dq4UWP6jetrvjRCCicjp/EJYFMZOGLXBwgTKqEIyL9Q5/OZhhjBYwfj/MAKNwyzQrS8HbLW/9cmHDy8CEHXfBh
0GEqCtfEVNTvD/XcFlqir5FoJicp8Uv7nrCn7rLaaYGltwrDJH4hRCfhpgigDlDZGf+mCU4S2Z1WdVdNpmzbcbDyhIrRygfV4bT6
tmo8rXXX2ZUWGTm/8klthlp2IOdVcpP/nhpEf9SMKCretI4qRiefgy0sDEvYxK8PVcWhU1fCqCO6Er+oK/pzQ9yrmIJEr5WnVPRL
K6266SDrhbYt7dtRdr/Zim/qMyALoG/iyvCpyZzSIA0YfKFLvDpF4zbk0TJSZIFO/e3OWGgFGScmrTknNUA329hKO8OajDwceyt9
oJgfkYiJogo591/1qzQfX6G6JD44zUl5qjXjxEhjZjhNGFP7MgbWyUmbxguGhj7Xwlm3VQ42ilCE9TtOp9FcZGCr5JSqz2Bp8ua7
wZlkzo4pX3P2K3GOxA/fnjZotvtYBNNEhBbnBrxukAFa8JlAskM6G09v5ulVOM+fyinCs6pyY1SSdIc2kYrRmsc3M+os6b5eKAOi
IUHWy2yPF3cc/7JkaJ/qh1IdAZivV52s4amD4Fv1JHfm4lRIrgj1KaUI31yUV1kJNj6S68vecfhLynyFC6MgMCniNz0PLB/Eif0D
eh7YcXTdJf0pqU0/AHta+toUYgwp1uncK28Rgn6Jl76cl1p4zZMxqsFQ8DV8piIF/hk9iOI8H7E7abJqZx2ysW4Ac2iKr1OMwj/D
umIZqh43MNc7kGJBBzwZkZ0TdNroJmWzKoeUxdKfmx2ivDTBP2HAiOr5UWFlo1riwWwCi6HcwI/RU2JCnQtX/n05Bqzyg7pRKa2q
4sISAF0/L4en25fULFyYJEIUX2Yp3Vj7IeUYIb8ej/xHRM4j8gAqonDR96ZxjlHBU3y2Spbz1c0NHpfS9+tZS9xbTfPYvIpAvIT9
f/SlokyQXXMaPzpTy/4453GLtgiQXvK5orS4se7iT6XeemxBeor0ptIQMBLwLH8TLuL5A7SjO8EmQtR8ykLozmIRqLdsW7l7y8oJ
WDuvGxxTpgwEVV+f+r1tjfrefe3oNk/35u6LTDarTZaE7C+FINIuKQsZkkyCzAOYaUEVUrn4aHxvsy/KRAdU8ld9egIM6226dBkk
fTkYJjIY0P893aZYPe3FcAjPKCoEO/+6bNrTnw2HvXInYcGNfczs+4jfkpDUYh9s3t1p8mug8gGIQvMY9hAzAEfZpkjdstd6qoac
BsA5KJw3xlQmQFciBuXWLjvqFuFuDZUVfcirpFyPG+C9heXuckYRA0Va9dwa3Ni8xfKOLF9d82mw7W/bhZmY2MSxs5tQKIZDp98T
27w/yMOHb/cVWx0to0l8HU9G1EuvlXzBv16hBOGYN75um/SyRqxKcM6YyW8yfwBGn/zSNflKm4qg0quksq/puR2rVn1mKJ6FOWMK
pHsT/sQ2x/rJaxRONhZNRP4Ekkqun9ff0e01iHXPUQAAiWJwkT2UVTHuSX7AKz401EIHNrq/vOyhZMm17LGn77WCiyxxXD9HtoON
ArtNvZ427XmHbat/9ZeOXyHQKMUS0OvnzgZ/4QZ/sTf4QUjp1Ah4lKEyxPdYIQaeXsb3H+ymJvtaJjmTa+4WyKOlW3j6iG6ZWmCv
TH4sHQu6JPq27hMtjalEtO59tX0DGmCZ9dGbi7EpNXtvlI/Z0NuGA8CqQt975h0mrDX4DU6S6mpgx+L4ihMquy/ngnaccgpaC/3O
SNYKRWZaiti1LxD/BcxwmrYxpXwifz0LGte6SvPI3hQWls2TsCBxbdxBdtDIapj12DBxknWoRxx3Uwf2BooXPYrgKbstnmEpaeGy
UaEREjDU4+bPWT7mDNu9Cj/Cfoz3QZe+TrP4Jk7cfYn3TX3h9lW+repzKLNR2br1c7I+RHo4yvov5bNHRcC3bFr4qE0LZUIhuU9l
3LO1sSINoM5QdTJpMt2vBbzrLVo6Y75M6vB9c0uKoreP5wqwD9GGNqkhZEI2tEkDRsKHquSa+V352P6ZKEJgfCMLE1g/EAZq/kKV
Yn4NYkIUJqUgI5sFnctBa2PELCzEy/pbVXMy7BIq3lp90pAOqne2lnK5nS5PHilUPi51kN1N4GtR8VcW+a1k/AnadDVjPsAyOTur
lVlYqjQTFuQsjgvB2HbWuuqZ1KuW+uBrflLWlu7KltREOshETjYmC0RTZ6pCtFA972XVqY5Zz744a0OWppEAmR3K2tAkp3kDOYXG
jINYqqzKm/BD7W1g/35vPk/vygopp6MmCoJd1j/YnJZEly0o2FMKdDu69h4zgBDSEVesXx8urqLpNJpeRJRwQgp9LWvj+OpRC3SU
rjuOqrV81EhnGL5fHMQZIG/HIW2fPGrs12EyvYunxewcbwrXZNzEe1cbMjvbOlCbE52ZmMS5zxr4V/Tl+Zfu+/Mr8qkvmPLmo3t9
yvJn+9UkNyxIJeFc0/+EcCTs1f2K0NXUNgg+aydAHcU8wlMRDkQl4JlOYziGyI4Mz95OEso5+uczvS489h1R5afFoHlzNT8lI0rl
txJSHpHRTdh0K6JImYYtMIqIy+fPPnxGNfFKvYbqhd9vLNF1qeDwWGFOK/QQbGp5/4JZ2+yClml0m5fORI2D/TgPEzlgDQxMm+8Q
0+RqYygMDKZ52nyPvwHTnJaOX828AGwBJmEIWNqOOb+paLhaVjvnJ7q4V2a1czZnSU2NoyXD0964P7fqp/R5s4Za+3y0TNNraU7T
reCVzlS7oGGlAXFOZZU3G1dfz9EnxmhBcvq2u08OX8eexQJXuzMatPUGHDJeRw29GQ1aYUPROJpyazxrHItRbigD6Gjl6NcpmbTl
iuvAITnQoaU63xDDdQH7KHrg6oHctieL6TzC0vToMcnhCg1hEjSACG76AqESTck2cVLkZ8hAIayCDF1FyJxFloBdTGUTi/eYgeiE
a9igQ/oqjyg6McdiT+ndoKsLCl24K+lI5lALy1TJTTGAqsrFSyMCIYkK6Ws8FlEgu5aYPf62JLBt3Gupq0eK5lSrgcl+A5clujIs
FbGArlkhqOhCNAIVP3bkZJeLRYs+LksEj9O8Z6StW3ZXWhv7bFNXPjcR47KmnOs4wW5U48KmmtfDMuVXES3tOE7XtTXhVQddsGUt
9C42XAILJEtSBMdT0gQdMOnKYjfgKr1+BpiAevFitRhfSd0RnYejGqDH3ExpmIpZ6Vvm6qsRgIQ1zsp4pWpq0AmRmbuxJFN+V5fa
TqI73Ry5rODT9LInbN75nSGFsV58x+7OxOCqApmr5iyPNYq+SOybNLTizLSKpvrSUHL6yrTEZ4ubRaEFy1nP+q57fyoUVtuqlvPd
zgq0LcnvDDuWYBJVilsNAQdkMfCjBmvgfQrqBfaUgRZX5nGUEz9tPXZi5V31HypIOjJt5stgt0siYCu97LpFzRBYdkgj2P0Gct1O
sKtLvzEk9Y3qP26bNiZPG4PKxKxvJWX10UtiJKhPTTNqpjnnEaL+f5HsVNaH4WlboujOJhdGd2Wm990vukoodf13qXMDGiFwrnVq
oZAtwvEXX8dzSo/ye8I2hKcF296kGfmrUwqDL7Ygymz3hfDKqONZkYTKEghWlo+GspdaSVBZC9SidJkPbStMuoxWNkmQevF9Bztg
eGl880F3vK1s30GciyALp0nPYWFzhzdWhth/RP9UmVHhkFFonEoYVyZoI+vu+Kf1PEw0+Qx/9tojwOirjmxeYBJK4xoeYQ8otbtu
iIhN0ycvpdWo5+R/m1lElRlKHEJcXzYh9bWQKgEg5+4d468x42dzAK2C+SJbJbdfEGTuT0FsmL4scCf0XoPbZtvSOJ6cLjeR3+XN
E/5Sc3sPpxvDkkqq2Ii/klijkVPD3UU4GYds/xznygBqSSxP37XJVBudT4vl1SYQ0sgtEiEofr3TpAe6Xu/0+rpnFdEkASY3WqKu
NTaSWGzVNit1hePYbOGOIqClDXJAiV6ODjBFGVrJtGRrZWJOYdzzAI3zXS8UcZvy6d0s1Uw2Kk2nN00jTmMfYTYer5CJrtFzmrJa
UzJQTFMRJvkdZkSLwjU14QwWlKczXC7xOnGaLguRVQ1a5dQqcKQpeztJhEnUuDfcgLGquEiR7uHIyWplcUetxEsbV6RPoGP6RnSv
xeNT2iFKxCR8mVWnJTCVHo2MfrL4o5GvzpJhrawvuftVPSWRXlRSLGZZVTLB9NeGDhcVBd7/9iwEZ9PUQzw+3QLq5cBKMUIU/Wqf
tEg/aS36VYPKmtvZktPZpXIZY9eOqbwsZ98YfcldMiHM/TidxtcPj0biL4iyjAcCnhIP9M+y6N+rCBP0uMVixxI1rIDIb/W7WQEB
j1yBjY+hLSHqJusjSfhBVHDevl/Sq1y4+QNhjMOreB4XD4MFnBcuK4G33t+F0wUVecGkea9+xm+G3nfx9NVAbBolDTTySdJbTvCF
6dY8X0sM2Ec2IK+rijC/fZIDFcfaCDBD+vCXdIUOKJyU1ld5nssvDGaRzB/6QObDrPCus3ThifoKGV6CXccZsAeRLkB2D3I+PF9w
JQbxox4HLZDmH+kVJqCTOASfHJWZTjm2o0WNojVuSGOH77vknsV2RoUEpqtsvU+zB27gyEZrjI4NteSkNCc9PykWIeGZNeUNbEla
/Q/eRGPhWlZKJPyTSy7Wumfgw0ZZejcrApOkCCUlk6ChuURLwkktKR2Wz8krCbtEluQYxAoBn3cX5iJr6zSADnnKDZGE1WX7BSbv
u98HXVMK1y5eUURTX2XeTYxiEuxvNN3K4YkXZln4kO+q84VSU5RgRZgUn+VcrTwfPCLxXBEtc07iM00TSn6TRcsQjiX+eRdmCfH9
jrm/N/QuqjpbAwETKsMvlIuuiys1fqOpC1YHZ2hjrZGuHARETleLhPAL588zXQGcHgO/tHM9Shspz14TrrnOop4mVp5E5G6/XCKl
Qn3yQ1A/lCph7C9Be7JRWJIR4EUjeCWNhZZ9WSlMPZ0CB4vnj0hHkW/soJRf9kSquGMkoudUzNyXlRTeF5MToDFb3Clsw0W8iPxn
f//rdt97Rv/blv+Tb/8JrB2/C5DmFuF8RLWngCJ/Wx8ZZ8/3g0U1ny+8TW/pXbWCGrzh9RGu1Pin2cL39XMT/HIpDuqHgPC16lhg
INUvTtniomTok3SxQL+VOfCbobdFWVmj6b54Cio4FqXChINEhQT/l0WrsBZVRYLoexOqU6gPh6R39HZvC7P1cuLqBNW6gXdCVHoL
eQIWXqKoeO8sBfx7AF0ymqw4kQo/8Pfm81F8kwDN9oByZzBkZAyzdSg/EV1g2RN2V6fk9yJVOFdekvPW6mu9CFhHFnPEGk+U80UI
T5w7Z1gVaYgWw4GDtcQs3p7Pmfl5otEW5nLE0h9TUelCJFPFPMxPcmakXMDxLEtvsnBxgHUh8FtctFmYzwbN2ZbfEbCytnwuaTxP
+0wvz8XZndXPRZjdun1ERSOxFC9r5LD3R80hGt2NoyxKJmg7fDIq0uWTXe+PNCHhjKy9rThOQ0vg45b+MRP05dEpCQwfhkPknYAA
nCOYK9CpKaoSVJRervfkCeftfRK4+kbhZeuXFA0Tl3CoVxnK0vvZw7LAPVjOHgacThrGlQmljdTQf7wKvP9gXO4hsJgt5u7ARv44
LmWzJ/c7T/Bq2QECsiAAYyuR5fRocxhq6Cm6jwvvuffJNQFkqpdYe2cg0ygDqCqRsgABoHR8/yecNy3fa6SN5TT/iKmXCSBGDwLI
+2OxyxBt96x5q3pbJ6lIhODBnwm5o4cTyj1fO5SvH5ZhntcoDY6p2eLCPPrLczEPlSn6fRLjN2WuaKGNdNAxgUGOUBj0NzIOiVPA
Z/aivbwdqZooqlNZJKlmCm5suzSpyMOSjccWafoRcrIUkmOWkMk6hy55SLgfeqzYVm8dkN146VLPnQy/xG0Dvfz+ewKAl+ly+0Oz
ozj5z0MPHS8gEvMiK61cchA0zqsIWWm5pzRLSsBTfYwRoLXnQr3coFqFubqc2466xLXGQoHAa1CBjpMcOBWwHPigPfulnIs1YbuG
iA1wHp1cHJ6f7L0TQPJKQLNommssSHiecja+u1kMe8b1oDCJ3xQtlwh/NIngFLvAbjg9wDQ3FuDgm0vCNpKVlrnlLWonvQ8actID
Wz9TQHKgLOO8koUPPyrfkT/ys51tR4liFh5KTZcPZint9AJ36Qb+uK9Tj91WAZ4H0M01msgOjzfIPfrLxuuvaQ5kpaq95eLM+LIH
mI0aYa/WRhwkEQBHhrBaG3NvqttlGTYSSNGmSEJjEDlW86Jz8wjPDDeuhVHI2dyM+Yaka5/io/C6EMmIO4HNynbH5koh79heaPVd
Wjt1CD03GkhBSKZbqznoFGvXwmkylNwetPMM+mMx5qca07GkN+UPtdhpftLdg9t2/EiQfDhqOoRnPpGovhgvCNwZ5LjFqEpE9EHc
pKQKot5ZA1FhG/YFKHdYoPEG1i4ClsBZfwfiYgmVdLn0MJGqCmGOhFsNkP5htoavt+TOyCtuy32TtbAXGaswJ78JSMlDrWgWZjco
iNR0HCto0NeQ+3IVj38gyQKYIS6PjyD1aQhhr7dY+klGmz109aIAlXD0/D1oTTdYDYrVQ1mYjZeAeDFVGV7lWBpRFAKg2jpPxbdY
QTG+mYGodhOhvGYbJhNbixGW2C8p5Gz0RO164L1BNn4VTm7RNDj6n9HF4XEfj9NdnIxXdH+R872tpgD/xZIhqFy8HefqMSrUFk9b
wB37CrrD7GS9FEZkWf4EfujFUjoUbP1FpIKX9MwKZJ278b13z9m05Bokcwn7bm//+ODd4UWZExm3Pcf7m9VcbpSUrAgRhrgjBddf
oYRysNKEFz6gQiALmz+gRLmLTXkf1fMddLeV3eNKnaTFiE3erlAoadH7BaFDeBQs5NghzgH27eigm8xpCMZtq+D59lXo42FqXwR8
geWq0oJquKNtH30JYlGw3TqTT81XvQ1S0LRFCnInbm4Q1XQkEgcOD2Rpq4nyPLyJOhpV5U2S36NEyEJ4Z9VJ/Y399/pimN6Mpaby
tRgRHqixpamyL4d3WRcl28lLY5+kf2QDS2CPKBsNFUMna9w13kawdZXDJyilM76nz31acu+cV9ssiJd4UXITJxHmW0YvMLrsYZsc
HXl1uYhSJPAt8olCfILODTQcWDaOC5opoqcxs77Oo2QpvJwrBPS9Lndp7eW1anxcJ7rlYLbLZuPzVSJI5waFo7xIq57Zk+wGJ5US
i0lkdSg6z3p+9yM4xBkZQOpxRdKy7mEh8jk5nujWebRpCyO7T6v+UxgXo6rKI/sA8WwVTd+39vQvamfrypAMelWEIO4cJzSpEhpS
7/MKawD9GTN9kzTUwd3V90mqDXTOxLii2ffLKKP//MdzGIrUzask4UFb0VP8B9EC/do8LlfAWEIpHGx4IoEuzIICAhQdSxQ6xCC6
oLrhClQsBiM60NDhc+wNzZh4hs9iusPb7jAHOPrb99vb28+ffbv9rTfaf3t4MB6NL/ZG/xy/3RuNT04vxufvT/qq0c4Ls9G/3h++
PzwYcuXIO9hYVF4cwL4L8+KcCCRBd89jgsphfQUj0Sue4teYja6j0FPiYQSEeyr98vAmoCRhhJUe02sYkCoqaGBo5ev+z996G+eT
ocSoWRTe7nZI8URF2vkUKk6eeKUUK5ZV0PhpukBXwLLUXIB4gm3gc2wyT5Mb5PphbhspTPL4ah4N7kRCfl2QpdO5dbicRXhFPEeE
po5zcTBxefCh2CkYtkQL21hltXgQHjhzP8CI9QCAtMfImQqjaB7f5MR0xxHndTRSJGseL2I8dAbivCwR53uDqA2ZTLoqIBr3mq9e
cuddca2G2SUU5LqiUPGOsr7EcOzFTpNZg4iiRlglVXSI4Z1Ryqx7v/Niu5FpwVb15F0mIATAKHOFoNaDxlfQiBIBMYerT0mVmPZg
AZsRSBhFq+OheTT3/ogjDvCmywdiJc4payn4LYjuObzzKJebqC7ERxjwBytAzIVcmOlKGyJVdTiUpa8iMiAjygGrn5NSp2PoAAWj
f9AN5GQexgsaO8eLW2KAJQSkJLIGiqDdhZUycabSRbPbQOX6XJVNEHzAPGfBZdhP+f0T9OAJRTF0Oo2wNFHk3YRrpJhDDyMQkeKl
t9FxtLjCfAzQ1ts/PZY+v5jWTv/2iXGbDA1LYQhzvALbzEAhxy4n5FJdvvZ75d9YKOQqIp0/QwO78obDj+lCPTHuxlV3Azg907RI
ouJphud+Ef3h2+c7288CwpkVZeFDJEahmrgWdvv2/HD0/t2Fhg/fBi03xqV8pgt7DiG1bIIpvSOr1HOP58q9OMAM7wc0aPlM873B
fqvvHdXhRYGlfcqcccx6iX9foRCH95wVqxxski5wDESU2su6uQdba+DRmN8AKfR8udbMdKHdgPS2fbyS3ITrksLac/j/4Xgu/C/v
rwZUQtKTDpIodxJqzAFTxMNcOiZIVap0f6MikUJH1jN5VceS3bOdSLA8fEI7zH6mSF7Y+QyIGogoyxTlNXJUFWV/QS8r0kk6x1zU
gLv6IBZ/ViplThYDAHYSDflSCv4HP+nCSnbHzhyhKtBzFc3CdQytArE4sgqdqS7SihAhxLsueVeBdaC16y+UV+BQhBmsENKNSJBt
nJzgJmZAAxnqYAOKNA1M7RRf5yyz4azo4y0J2m4p4oHYgxLLGD1b0LDN4osvZQ8A75TfILt9h5x+FLB4YORrOxmJAqG8/Qfn3vHe
PpEMWLd1jM4cIvqGq4BHMjQhp7vL6QAkOpolLdF1nExLPBJaX+P8JIqh6XPQdBUPSPwFIyA3vniv1kMLySQiroBJh9rnXwAtXcqp
GINNrt8aLY/2/HPVbm7XyHx+4SqPt+vBP0XV+DXnlHNQSraX8D16adnc1AGhXBAk4rnUZ3oo9MIoY5REevVX0ZTftGnC0+plIeW2
sddjkepiT5r2ZM3a0hZX9tU9sBIPonb5JM9lh+BK/rJUiHGlS3goG4AGkbs0uXEGhDKkZeLQaUIHqGQPGgMDoMT3Y3zJl+f4l6An
b4D65+8TlLqjqexgE0SfosfaplfNqu43rmOf+qiHS6jtIO9IaOJijO8TdkoUxZBxLn1Qh24jI3QB2RM5J0qqG3qIroirQ8EYhG+M
JzCcL1CwJBzoQKmbngla8SUImkZ23PTMeu9W0tUzXzbte5Zvp0GTgCGZvhIjUPZNHsQZv8KQPrVsGNdniATENUAyinI9qJBD+zCp
dUThIfqQpSc7LjGL86R1AvsDLCxFnieKXfO9WirVcJtU4/nKCHwFA1cq9AmeLzY7GErO7uZ53mKVFyRwSBhg4rMwualaAkSdwEIf
kWatxC0BGPo7bC1AykBBP/Pu0tWceHRB0Yh8l+FAOA1FFPuTFujkgcxOLexSZw8VHtXELEoqbHIAIH/mK8UBnGSPokEktCYLkRTe
fNqFlrodahQnq1xT1t2iyQiFgl1NGutzUS9xSYH7n8ZYAvIaRdOckQf1stxTh4JiZRCz2IVaRMHWBShoj555mEZvgYcmX4FcgJLo
bhW92OeahG/GowyBBRjI2IUgw4sS7FmUVA/bNdJ7krLZqiPqzCsjSaBEwHCOAMGksW+6oZZGNXFrbRBcfRzfyWBYmSUvNKqHmaTC
7CdxX6zeZJVlUSIuxinubHI7xqMC444XmmcYqdDwDcMHC5GjPQUlUBX5zMoJdIAkaBbN2dpI/ufizjDlG3qu2MZ2NIRjZ3uL99uk
H+SwOvSOw/sLBgiIpH882vppdPyjtzPYGTwfPNvGW7LrEA1rf9mGfwLYTmFsUMk6xdc4YSqi5i1C1MKMlURIoT1IkuSI5/nLh7s4
QfqDIv3DMs+WHl3AQLudbS8PpFokwEQzyYqJjPTyA4XpfMTLn1eIMUxpBAs0P18RcJ7Ps3m+U85m529/w/lse4s8ICBo4fAjGOoI
FHMxK3alLzJAcFZH8shcRzkjDhBn7LMuD4/r7zx7sf23F3/769+/RYItjMFY8bqIkwGviUBV1BLnabo0MFJ8sTXB84UFVuMkf1pW
a31KPQyWD96Y/hqDRjcWazhOqeTwLrMcYj5SBxTx8XkxjY2DNoowKLTIHsb4zbB+ioEOR3kZRiEdesaMCYM4HyOlGMcJDMzrXJ0y
br15trN0dTOTSOEvU9TMcGNwVgDPOCZjGC2NJEzimUSN+CbBIryCEeK6141JMA048VjlraaQAkfZ2d7t9AE6IRyjb8+LbfiiSoSR
evBCM717u3/SV8hmCBx0g4zpMMhGICNQpRjnl6yyL8IsJC0IhqZZoBQAVE5TFDIkMkoSy2RmHgn9WlE/7yZVJJmgJ2hlIgTC8eqx
rpsDhJWhSv6U6aW8bUAUz6Itlz2iX0/VwBdI4o5c0ADmVuoyN6UZAqbQxQySESKWqyW+QuJCNnMytrC10XtB0hJ+/IxjZ/QRJcUN
2V0cw4swt8X0eFVE9+/QyH/OKR6w+vEy5VQPuUeviTTT+iWCQIi72AofMDbx3en+P8cXR8eHp+8vSpfm6j0NLhn+i7gor51fSoql
eKilpqBvrijxfZWbyq2D6R9twoZuI3RgA1kRMYGLWgMv0pMGDzYpUu9W6Cz6ZWP5b5rAHnF+EOvoF+6VnpBJWCprYzqVR9WL3HG/
uxczX3TaMleIK9CXGwAC2ApCVZvbhTZp725wEt3h377jVvzrcnJ7k3+v4izy1RPBwY7zztnlHd5VOmajh1WYMLJU3ToJ+ejQmsQJ
kWzB2ljI/gx1GOkGDySZkhNXhFg4PHWh2HV2mDLRybXTukDFFDwmI3cVK0w5/ieSUtnFhM+WXCGycZKOFnoHWZkQiDksxuCRjVQ+
FZGHQq7AfDrrHVUPwxAvZpM8n8ULbzZJnsL/84eDm3QoC8xz9BNeSpkDfxR/fOrXRv9YefApMEzZVCoep6ikaZLcs2gSUrzV0Lue
hyDfzEEWuL15igoZ0Pan63t4+nQKBHwSjQU9B0CB7uerLBLQBoJEhvqAiJbimKkFvRaR9VXYiXv6L0hOJLeFvA/cIg+UAxg5NbCd
PZbVS/TBMPqSXYyAJUuTtU/mm7eA1wLOc1LgWTagiekzYtnBWG2S4CSGh+YW9vY5ZofiN4XlvMfuu+EVSK8FORmKewnvLvJuEzir
HKIf4r0yLIuwqfPHLAJPkPNwBU6Q5WoMpGaWjxM9EZNENhIN4FV0fY0GArqqKBdRM/X7kjX3KZ71nM4L4BJTRGCZfanxDb1LuYvx
VN7xzwFLWCOKPnzCZe2LFUgI/VEnNXDwupR4WBbuk51tTA6yTBzI7kYaLT0EMoJ3XADbIR1N8mlBMYHLrCyjROwtSunGcsk6M/JE
adVm0F1aCkKJQlJew764p8S7EcxtssofhnS9QyDShewDpZyBrYIDZQwJhKJnqMk9JYbSnG/wZixNmJPzaRPSGb3mi7MOp08f0ziI
Q+pocMb0F3XRmFCJRTegNBhqIdq+fjg6gEY8L5SVYOGBgfQF0QSRLp5Xb+DkZZFoK7QbVu2FmLXrOaW+HRExXaX/uvGPTCeGOSwt
Vx9dakrbGmIQHwqY7tDCNIRiIgR+CXuIJ31O+4s9wOIZ48WEo3jJlvNVHlF/1WUp4pMNbrBB9pS64LGBtGUkqcYDqJUt4C85Pyvu
LCf5qxjkQD0Q1iiZ8QDUd3+7L/6OE7+moOkpCMtBRC+yNkfg8rcUPoY1X8vdZhdP8ZnukSlGtFVzkGsrzpvVX1MgK+CPLWprA19M
afvqlqGkmkclweRSCe5dV/FOfBg5YTcky7dhbiCXygMEAwd4qq+5J7quFFOhrBBGQy1dkLPqLQ7HQOlJUbRVppfd6j5Sfk0BDLuw
omcZ+7BWPdYIRXAs9g9r9QerGRAavcOatArOLq+YIgijPhyooJ4tRGCvyAByDKwgzmUakJ5kCoqnWozm5TJqa5td9ko2SddbqpnD
LyRzCbvUxRBIQSGSABGj1lltGYL0b2Sf0mhFd/bA+9gEihc7PU6PAZJkr6590v1CFSVFgjVGRh27Wy4gOiQjZH9kSQF7nIiOc7OR
ZYreu5IQQjvNI6tD2BaaG9YxWdi8B1hKf/v+b9vbf91+/vdtU7oQQkWA4vcNGTXE1ve1WB7TWh8XA6vrbCJ1fuXEBTs3Phwf753s
/XB4Ph5dnJ6dHR6gdOudn+0LslEKM0vOGJJ7P745CxQcSKZsw5HImOHm9kVukgW5xQnnW/2OeKCLcDamb9eEYQ3fUM4dzuklqRzw
InbVsp1vgd2WMGH3NXlqQ50URnKk3UKs4sq11ftzO/LIQEPDV9EAtGrfwKOxCCcy3rkPOoQ99llPckU6IkqvfN2fYk1Q8ailejCu
dvl16YOgnpX1g1sgr2ZrWCJDk920HRt9T+AbmMey0UFBA103JzWV9xNgZeGdWKUlOn71RioN6W4jVDJdKQaZQxdtwAkHqjxdRCj7
gsAc4bWcHI0Fx3+MTk8kGasbZunCkq4R1NhMBK7gqDsOTgmlFswM4Ja7uFHQpDZpx4EQAkwAg7QdiS5HQxvQFa3xyRVXitVAtHwf
vL3OYsuUGANTquNn0FDX7XvkpPS1NW+G7F5Cimm25Vfs7cWnt6m4lj5uxdqx4dC1rxkEohk2CKzyAAIMgy7DdmdR1Ehps0BJCmUQ
tcjTZepqbEDkawtlrfbRqj2ly2muCMfxKNF8GgxcsY5lTk52SYEVyGHaQMkqTjJNtujQYnS2IZggEtIzo/SeUrf+Ni9fbmzUXpcP
0UoAJF0PpZJ9sbJ6FbHLLfA3Iqs9B0hO9zKHP5kBDT2JjdNpQKQ0WAmSoE1ibF+/nii1XLTiwmYELpBbfdDcTmfddstUkWEc+Xm7
b5tlBBM6x1J81NTovlSaP/VsPim6W597GM6loxbXV/aguutTxehtz7fE6j9r5VWtvyEHBn3WAutA60xbHkrMmV4rOy6mrquH75B4
f9Oc4Ole6sAymTfHA0j5A2MFKdP5RfZwhpZVxX3u+5Qg/ibYAHa0CpewOg5dNNEXU1k3LOlo0RCBwKLqh5CSDojPvmONVf1+ZfO+
dkEtrTJqtdnEjU4ulPd4GxU1vISp9enQ/Zz15CgAj4l2JVUzEulofo1+Stp5EylNLKoKkAV2QQN4tYwQO8Em9rDzVXK6zH2VQ+wR
WT8fnTZKhgWQMv3M0kDMXcb1E06eRHdkJ9GMJL0Tazapyr0zdUGOPdubpLBqvudEVgEQncNfaVK/JH2N+4w5oPrU2Hp9Vl6PLV0I
80ZdOC9nD3k8AaHg5Gifk1OqmxiQ97LsgVwLC2HXvVkJM6l/tCS3ipvBPjSKsbppDUnIlOae7StPfuq3JDGojeVXC58HTne+M7rC
YjPkwdv9M08UlEDtt7z5AGEovo45aMmbYfQYimpoIEkTsVATHruPhvFFxYFvRI2F/4s8+doJ+jbYVfZ3DjXjeeARpJsRVA8G9mrv
TQvI47Zk5uWTyOyoTxbjubADazl7nae0e6w+9xo82g7bOlu8aXupIY0z5ZIIObarDgqZePGmvlwZ6J6Zkfi88329lk6F0x9zKhzH
xbZO0qtmc7cx1WU2fSyIwkRBxj6J6mVML28lh/OKHCtiTb7EfCrhvegY6bL6VHKKyCwiS7plQ/MV5Uvrk15CQVs5SJEeiiZ96RJO
1kh4UJ7AO7w/wojmqbwJQgOp4/iVSfJxqA2OWuOVTzuai6MNnUr81ImMqMIyrxUJMmDG+XW41iDLVUbFxSzWKiXqNUw9nKBvX0mn
z2B/eMFy/XgFHfN/0k5qhewmBepx8LDXkGeNdrX6kazuqnJzmq9JgW3q1AzENBYsvW0MVuI5bJjvikNbaSZ49hBg34SYw51xSmjM
5OyceZGSfdCV7okgteys/XTWKnK74W3CCE7atpkMZ9MO0bVClb2jJcCuW6Kg9I3gDmxFAcqvDxO0mpGbOzXHZjjMpVRTIhlyF6mI
u4ZbNLn3PVFl8iQqjs5KM5Houyf8UrUUmY4+q0mCmneFCDKdZjt2qiAjrKWGoHIyocDdsoqXjHIYYEMx0Dhbjma29tBoS7RGn3eb
YxWqCakueCSuIgWiJRuRs8Omc2KfSP0Jkly6fi3sWRn11GvMvUQKsxBQGysmWL6rpbvYE4yPZkmJHBySrH/yDttuUWIJJckenZXh
vxneBgGv4zimfnWk43iSpXl6XXjvohCV3APK30Jp02H/F3CO4A8MmE6eFJgSjP2SIpnnZckJwXvBUDhEozNgXyZTqQ2n16ALtcsz
PZeqluXgWcWWTilBQzq9dfYJGpWNgQqpR2ZedVXkwX1tihgyU9sNy7hzjnvrCyGrLwbCnGuLZYhwCTFlt/SJo6s4LQqv4u+XpTKp
o48JXVVwHUa8aY7GMWqAWEuJBqXTUDp0Sj2urrRRcBmnEtmkGJBZX6tWo8ha44bylPRVHKa8hEYGNLQkLhFuZmTYkCmGOHsKBxxi
1m1MqVLDqtKZlbMGlglU5L2+iPcTHvuY5V6Lb0pXk5nMc4YqXd+Mcc++qt2xSiD19CzuMkicdR90/kq4msrmReFq7oC3zwk/b08/
d2RajrDmkW6Lbi9y1JTU2iZ5tcrHAl+aNUFr1mb+s5koK/N8ixpXzZFPJpnNsuR3MwYJexpa0nab6yyJpNe4RUa9GOxIS4ltXSw9
Ybb429qu9FXhXsVvq58UWU69GNpu78J/vpMds0cQPPrmm66SsYGFVRwU3V7GH9rTnaZLlqpj+NezQEnZKGRnaLOjckl6XoiM6/YE
HR3V8Z96uR6V15sK9pwjq/WFQqk4VNCIxWUa8SasN9wJp/H1ta79ieeNTm0N6HhvaHj7zL6UdidyGdYADjZJRaZ6J5/KnGUN/z7Y
VDIUrjwhLYGoOiOi2eJ5mYd0qNLGCP7IQefk6VxPVNc0msiA0lcR46Lyg1tUacaXMrE7V3iSOuB9VaWVch/Ie9FNmlF8PQm8pcWU
X5DwW/p9Yke8QwF31SeDCK/43gpFkQKFSIzikIuUi/Q2HNDBTvT1ZVLZYHxzLYYokqEmtK/CLWW1GFU5GN3XLCAEvQahXTmObKB7
IFo0r6tuKrjXDAWdzr9Ob4SYh/lycdDSF5LqqaKnwD9AlPZ7u55scpHuYX0/P3D5PnxtkCeiwkShup60DZJc6zMRBQGF4bDVuNnJ
sJkUnij5YFTnYF7aWp+jPhmZNaCZxVMGFFWevZKDAXdewsTpDB3bgBd2bzDxF2f9+IV9E8WnDeIa/nMuUmfgVzTZFENjBB9TDGHD
TL0tglzHbcep6Xy+tJsY3P8i5ai0SCaLtpaGqa48icXcicKkSHoGNs63W9CeNfugu9xAx5yEn5oyRYQUXpfeqopyWlyyiowHXQJd
alJPT5nhzahupxaSrOWtceZhwwAQSl8j1CFOjoEkdFgdHnhBFJNvKSUfofAHqql+vcLadBQP4XDxrSB3p9KPiP7aif4CN0qyJ6v/
f+np48jyYb2IqtyjfCegQF+bShYsWWqYa/jqNxYv8MKibpXhOoYqPY2uqOu5MtidSgkGwPeinLLPyKKAaE6TgW8x54O4qqUEnUaT
eCq10hxVX8CRgXeRoRVAbBtGdu4VRbRYYqA6+TL63257ixhWFM+5DCBVIzJ7FyHwNbWWskdIpk71ZiUVYS9yM/I6EahXhgMlYknQ
24yyLZE1gvPnUHalmt4ujBpazL8UMkxBDrP+0EVmagpZRxgkSDG8M/lHQzAvIT7FzbruQVihCXlJycNA/fjupXXVEa+wS9WwqvLU
aZiAQEKsAoq17vF0HucOvoTfN0ZTVFmhTM5sUKCSPvfkFJFmyr+p1vK1rNdXmzbJUBK9qniNWNazZqrXD9mzpmtBJQrRZLtdKolk
xra6FGWMNArBtAFXD1b4cZ1If7TN+s9ebY+8pzLzCwVWGzlOlODBeYVERhyED6FoPT+7tfPjucWfjszfXdSkEnwOiwmY8cM8vQrn
P/9sMlhRzqjXYv025Uno0NJepkOt3WN82tCKZclyqOh7d7G5S6LC+mprKQlbhWzJvLr7ENih+NSCAUbqrpZ9MuXj6H4J1EgrEyMK
sauUcVq9hFY5umvgh5D+hHOhpHCKRJYJJYxrOVcZUCV9t1zmm5bPfmny61vtbt2u/7kNGe51wyFXMOxqOTSG56puNaufVu/Nwcji
0tYnFNMtZGkxepegxW5ra5Pgj43McnU9ViqxLbEg9gqhxriwQTCmu0goLzClI8DSPiQDTlOxAt/TD/i+3IqhI0STk+FRL6WSJLsV
8WnvoTOqSMo5GGGWmMGy96Fe0ZRT1LpnLNwbemWkctWO6eu1R4NeB4A5Zx880OwSOAnGG7KQyNvVIRloBKr5ScoYzIkf0D7TuGkN
52xVWrgJElfZEQ1VVhqqWCEVaG9dTSr80/CdUcQG0cvErZVikMGlKo/0IWhVfKlrbcNMG/Oqycb86asvb1vexK5cZxwysaPZzsLb
rTys6rksclzEucQuEL2oPgPFVoWUSAGv6CgdFzt34/WcSPxDwSjOCBQ+wPpZFKcpXfZVZ21XmwCMNUxbvKakEbb3iLcpxRH02AAw
5qly1mLqVL7IyE+ktys7E89rrviEvVq/s0kylu7x9c71t1zxQhtBhtR2GQKUvWUKHMMxhnpdG0S+6TYR3MplOIlcU1Hv65ORr6zh
HNRHSfHirkEqElfobhtpQe36VH5ccbCDbqlAKFVJm0uXpT4VY0PJKaXQ/d6S7ML2j3Fm8BL/g5eSdACRpeFZ6DG74H68T/C/Js8E
LPO5hbKbuJTWaqsGQ5E9VJWR1PwHxFFEvwdolVK9NPw3g2mYp/JVto7XbFKC3qiwqEzjEWeUjUjmLBFJljDx6G28XEaa1zPHMeC3
sO43FCgR452MClynij6y1GFGiTox9yq7wCg/gvViwYNgFCcbT8iLxMhxWdpfXkjXFORlGJ8p+y3z7lOaBTQthomWKES7UOIURqwt
soOemeAn5NRR+jo4wrw9jDj/9vX29s523wu9t6hYbf3oTajYhbBh0QR50pz0yLQUsluCyCa3KjAYiZLHp1f5z99tDwaD7VdGUXnP
L4MEUadHBXRb/LNl+Zf8x+E68ho2kGvb+o+I/PjcctWyqu5vVLR6+/+vUv37rVLNubDn81O7o2670cCMJoBOhFV8JAiE32LhkISE
LldFHy/FdYl8gF68imLNEs7JLDG0JbD9s9xx3EWug1/P28XmFJIuH+MQYuqBTW4dlFaBVMK60uXQEN3mXqcdt90pgY1k/0wwL1ij
m+lGbkEW6UFM9lPDpbmORUBVqt48nXyrbapZ4210+xK5FBxBJdkXwm90bgoA7xomXjmirJmLi2CWidxVkxVdsZexa3Y50BIs6QHe
iKDw6JIr8X4ISBg+Oz/cPz05OLo4Oj0Zv9k7end40HvscromK6SvUs8lKHSN9tdZA7OIF+GeWI3vy+ukYX1djHAIeiOrFX8IZF4X
/dRXptOMwvKIv5IChDTpP3bVJddpOeXWDZJmVZGgqQzK0u9exN8iOMvha/5FNqwCnz66DpWCm0ulYZXugmNH2V1IWIQF2zlHcZpu
R56py5G86dyZd0NGJ8HjnfUNuZD37Hut9MSw4abEYu2gDjqYcH41140uDhq/gntGQ9rdkNNgGwIO6U0R3cGg0UeW85ZhtaRASAmL
crztMn2wlLF48MiDXhTz5qztnKizLCjrLOhdE+Y+31+hBvpnBsNKT05QLf8nKjb15ZSZENYTPH0U7dP7ISq2BIRsj8Bk7MIIwX1e
fgARgkRSNDPAhvW8T/AHIdMeSQT4fAQTSYr5w76w+qLUuJnkJhTOl94ZkmsAEnulZy46IIvPwFdYC+ZcCskALy8QiQdadzQ3Ji7C
LZI/D7rnMBQdm+bxlqLUTeG6eroIRdhraMP0UPKy0kmwj06CAqTSTZCpLUsvRHCpqGuvPZHii+bIW/43nG5MxFzJMc5X4vP0BtR+
w3dAWIdExmbQZfDaAC0x8oVP5R6nUR7fJE8pQl68GSymX1GdpAnbiZ4RxdgJOE2vMCQiuwnRAiTTHGIPT3JVmITdLQtOlnx0tn7O
4U0qoTJi8DoaobNvH0ejJjAB0FHJmwarrKj8B33l+vomzqI7vP/PVvMoL6tQqOQvCmoerk+mK/xizF/gWGtJBAHkwXUUYhnQfODt
/8F7wZUSvTMMZhF+Xa+F18E8xJTXb9cnUcGPBpNc2O3I7SePwoVwPMbfX4nqxBQInWNdz2iyQlLIXmbHaZIyR84LUQjoNlLT9AtM
dUa7gnLXU3x5F2OQ0FfKwso2qR9FtuGv+IwLAxAuPeidAmgG9yuTEgij5A2s01IYqXCFRNnNMks2m4BzkSkBQDuJ7tB7WO7EOX60
9QN2E+yaezFn1lI4ipYI+iM7oi7IxGygeM8oLvQWzjBWKEJUZAys5N1enxzta9nKI4WwmGlJ5i2XmdhxfW/u9CTlnGcdU6M3VFrZ
o4GFXwnVTGkqs8KtMfsFtd55UamwsgX/eKMFIXUUTtFjGx/VSi0nqwWnvCvD62ehCJbCXDdDMV1otsbIWFCaMR5xRcWWZTmaI+AT
a0zTfTWP0GYp3lcz2dOXiNR0ZQrCLdmZKEMRPqX87jiGs7gxThzzJaIjsWB/a8zDSAkyhV3iA98ZNeUcW1suCLZdRTZhcddUt45+
W3J6WTpjV+d1YMnEWLGPfAN08Dtxy/UuSm6KGT2FDQ06uLxQujoZw0yd0M14rmdbovRG4h0O96E58xxCZymYDPP5dqdM7wSU54S2
eFQ8oM/NEac+aq6JzNk3dN9pr+Y97aiNcXRycXh+sveuR3et0f0SdhqInoaWT4j/I6980mu5k6SsbuzOSzZEVpnJ2RCVmwv6Ca+f
UV0HEP5WWVw8wEk/TDAMXwyL5bCxo5fes773BoVpPIbGJcTx6M3FuErURCdcI02cG+D2ICTMo1DkJ6cjKzr1d8gER2YYx7GgWQAw
xexBHYtN8d8aoM6NZaY8Dafo97rhyKCUtrbfphHSYopEXL4epeSiM9R71nPfIouul1wO4IHlD3H7gzdZ8i4vk2nP/HcpULSzNCsw
NHiRFpEI0Ee5QfwZ5U5KY9jcMLgmb11Z4xOCod3A7doN/Ny5GWXWV2xGUvFaJSCyfqpnpF1gJQRB0xqTz3JDLVW4HIz3tnlEawI5
7FFmkLs3spDrXb9P7rJwiWFhQT0Ngz6kA1mI88kcpnk1AyZOilgdVjWFE5eJFMZAISVv57SXFnbpTdMCyQ5JlSXbx6Ll6K8NzJZE
pNzb3tp58aJPdQ/hINOZAHEYsZNkLDfa0Uk+ynEA6crQyMms2UgN8m8910oVZHBfevlgtJzHhf9k8MSCodRKsCfctuedMw7LY4uC
L6YLoEvNNsZW50A6IBKO74BzYjpk7dEr79s2yAzoJjPY/okETGImJgZ8sv0EO8ecgE/+/sTSqUMv/LrCJ7HfCqs8oaREXfgkQpAA
BIBLbdOyHhLzTuxTVfQjLF5m0XV874WDq8FkMH3KJdhg1DKHIUynHVnPqJtOKJt3Zj5Y+wI0jRnh5xHoN/en1/6TpzYM5XYioePX
8gANRqsrBgkrZlCboOPZ8K5ieTBUHzwIXkDtdhGZsIcKsuqPYF87H6MSUbGHz0FUmXHPRFPs9fFo+qc/AcJ89xIwxc2/8QoS/YpJ
xBoi2mGxJc7SBzodmpgfdlFxQEWAwpeo4CvXMijrMmPCQnh8F8+n8PfU8//sfe9deh9akxRTfGylcrd08IoeRGFlHLzFWWxd5syF
74L/2923N7dtZPn+n0+BMFNl8A5FS7KdylBRUrIk25qxJY0kJ7vluBSIhCSsKYBLUK9N/N3vefUL6AZARU723tnamAIa/e7T5/k7
TYKBlzbf0P4LcLkvt3ZOj3b//X73GH3woX6OKtB4rnmRr9BMSZtcqO9jFGgeYWFu1MHZyu/JmIhbiXSAT/7Pk0H05Ef8zwf8z8cn
6Gr0g+jAlu+h5M1eJKKK0WuELSZjRHOMZLVGzK3fKG7dNwjZqDehLaW1OKfJNEtK9MQqF1lOvjunTNUGlNjx9LKYUQIoQcJB10Dh
CVo2DUzTEX6CuNbdAK1lk1CPUEePmw7RlSudVdp3f+CbkGQL6oy89Kujq1m2+f6xyTEX7L7jPK3Y+Lb2hUGpvmCQa6vD9Rerw++G
q0/Xn3NaYlpbKSYL7O1+gPDicrljV6vYNOIY3i8xUL0xqsNLlJCgR4Kl1DBMT0Igvq6eXbam2o5YVdCXL5udGkUlJhYYRekdnJsp
+ehRalp3FxHxhK90l1MRT1msBWHSQCLKq+CGJ/L3SjfffccrQHHsEHxlIYpX93xl7ZR37qzylR6PD8s5Nu0oHgJ+xFKJPOq+C2pT
LpjfS817rz7WQeQMwxfYpje3rEyv7wDSP7D/I70H/Aj2dnu+bvFE2gD1crr4hb7sluujkpTazxo54WJTfX3k2mZS7whLnGynu/7T
y2qN2so0ed9aFg7LufaJLwWDzhx9CYdTAL2r2FgE5BYTCLSjPD2+TGap5FZAVJAbylJ0mUzPV1QULVXYF2OqNDXjLwY16XYY7ZLt
VvXYbov6W+ok65KZGZ10swV1MCQPCAHHoFz2S7MTQliO+Q/LDZF0cR19UOCg+Kjn6eKUWATccD3kqmsvxI8fu2M4gyQciGLVXjur
VEuF5HaryrE9KWd6q7/ue2wq+FINqKNtVx+snM3KZOkOW3MLSnYRaBL94Iv5gsbsKOjS0DxU1qs+TFoX+ENUrA+pRoUmLOn8pycG
s5xjhi2ZIB+bZ//vIE9BpuUP56k2v+/l5JqOPw+uF/y7Uy0aIB9+v985xH9Otg+7fZvo5rcw9Sb+eEmh4g/0wPF6xVhXRZRa4moa
yh/Wlh3Bx8i8Q2ghIMOx5Y02sAPtWvDoyQxg3YIEH60UEAzlycIdo2Rl6JR7gKc4me5d5EDQtxNYdQ6zDMdFsc+/yveGoRc2yhNT
UJVtLYppyo7ScTGfaNAnEsvVHwM2Gpyh3/C5mFn7FQMcN/MKhnX/72u4EuEumFDFexPEWCgj0x53L/ufhLNMb9t/Ula+U1V28D2X
/aFZq+kOyHaPugstB5nLTEGUidK7jUirjjfo0d2Q4F8NwEsLyT++Lxfp1fBIz9JQkgzTfEYzqvJ1usAEVXEff6n3cc9aBd+xUJnM
KDnJzHJ9pH9G0QxrI4BhRJ0KeGwRyinW0C17WstwxhwFPA6NyN5LDUPKsK5Nqq06qHFmRgUNBcfV1lGKf+V2qk3g07YBhHCcsN6K
Ry48Ml3GugdKcsALwd2oPYtINWUO0zTHe7riOwwIM3W2VOolgRVnU4/RY0+xu+WIM3ySY9g3SBNIpAFeFAjTSpaXaV5m6Ckjqor4
NWO37R3qKqIV/XOLylDCMLtJpeDBKCWMreK8NI5thHz4KJ0PGVOqNFv2Fn6iG4ttHQoDDmVIeVsEUB6uL3KmaonKXG85d9TsNCeM
yCtgmqf3dB9DD3sP8JLz85vKgwH3cJyZNHXSXt80uM4/v8Wfz/q4jdfbyIGWifSm/5EtruQ4lxFzYa8rNkfl+3DO2G9B90uXpLuv
x+eDV4Nw1nnKs267F0s33uCyPkesKQ5vipadgPTO/Vi20qpHoZDZVDYg0Prc9Tm600T7qajyvOADYHLsICM4YemWlwUFW/+Bc7YB
1dN3lAtaa14Razd15SHBNmsSYZ0TmxJSvume9KkfpRgBgvagbEbHHSdtGFpD+eoNnPx0rhYvmzXc83VjceWIbmltCxxQ+0/sz5c+
sXR27qhaA/OPZ2FmEfK7TuegKc0XEXEn4hrVC6fikfbU82qS4iv20bpZQ0fMbYJhGpflZXaFhhSP29fhwfFJ9FRVVD79Ppv88PT7
m3R+9sMQGFMJTFD5iulUlJGdbHkDG3rC6gFCm4OdkZXiKHaTTuFqttv7rXd8PR7jpI3Y6ZxXpTfqDYfDnvy1jYEgo/xzFKvO0y4H
lvrpZV7i/59f52PypoPfOMpR1EPHU+6uezEtLsXNvT9kJx0dY6y6eyXXdVR8OiGLFGf3y9G8z5B7DGWVTCm22Ili5k/wEBSfsNtR
zNOhxzFQ+hc1h2R+kHlF54M+tJ/k9TalNW47lJ07L3dl6eiI6OzcykIF66j/OCsm9/oP7jffqdzzFjvGLFmg8bVn7RWG1rKQ35Ge
0VNs12vPqOdYYRhHld+BEoG/4TUFantAekNsekDdf5zs3w6Ldjm0+PiBzAuZ2y+Hb44YeAJOt8xRO/9HR6RrYuu5l0vhKZmH0/nS
bP3xBNeB9L0kczgirxX1RwGhSDzlFHe2oavk4HYQGI1jpO07c0WjvcYdvWJUk16pliXRqWInaaVxESechonweJPHwufWjAD1YUVu
TB6VxnMPbvBvn1PxZns5s0+dNpWv/Qc0iJ+vtp0Mw/XYJyruqbuEbgsy6dGRfIRp6JAEJcCKQZ9Od4+ODo7wLvd20MA7856RNEqC
Wt2rt13nhyzXboc1IpcY1Iq/2d6PbtajSTGmA2ZwzSXpRvnh43BvJozChrqbSe9ut6V5iYiQJW6zMu0Ho5kUySdrjJD8IASZRW2g
k2GawqSXtDmxwXJhoGN8I8A6VKDfnJHJ9jBkzAEVSg49QMapMkVCxZr8D1U1X/uSbP3WGhdF7jJSx5KxS5ltgR7Xw8r14gajy8nG
53UAQZYRTnM2Mx5Noyd9dF2yaEI221hSvaou/zWr5zLzh6HOhjt5s0advFlr6uTNWkfn7WUEKB0IZDA8o0uEyyzcw5gx5Ep1W5FT
Nb6gYCWK2hCo/rOURVC2gUoj2QxltcmmgotuhRZEEikfo5mLgzCqfkUNwf3BMytH2k6yY7tAZB5wenuzOuShBmOEAV4BplpNBfLV
1ojW+iNdJz/aIUnjiJEkot9YmYf6OPqslpNn2wRq7U2itc9DCVjJ7CAbcqVXgV+SVqB3gpFCZoU0C14NDau2yJBaw56Jw5l9uniK
QGZQ2VOOyXlaC80ZRFL6m7Vn/8BRl8zkDH1QI9yPTRkKxidncA/WpnvyoSdwNQ6nXCskFZ6qgUmYMj30Okvg5sfmMTZJDjXSk1rF
aMOyqvREqZOWiGozDIa03EZnMVwKxC4Wj+xQKLNAZ+gXWFhKEDzBeCrl9I4sZHN7+h2wI3tps4sVWbKVBSxF+c0/nkflJdAaDrJM
VKI0xJnN4A7gwDNMFjVX8Vx6f1W3U2/oa5K3O4NZcQWUEOMKrfVitEeSRRh2jDUVPacsU/jkmScZSFVsIzBzFt+RJP32S88cqV96
o196eKx+6X3uSRJX3d2BTYT2Czme6cQX+928T/27xQ8422nrfW7cY90Z0TDP57sekER4okYHnm0o6NQmZo+qmTHogY7XjZ1IPAfD
wKMZ6zGEtooZhOr4OmmZHKRtdzorBqlcsVM+rWudumj9HyljmdTcNRRj7xdCgcRbpdrQls9Bi5Ls6MBb8Z1kncUFHKzb5N7mlOmq
VSfhmT4JFN4brQ7p/56uck4CjnGqNoahvekiZe2NFfqLSiZpcFibQnYmmNShuqrc4LymUiQHDlEnujMODDDq+naMzyL7U+JK66E8
snJx7m2QDVKmTSTT1oaZB3X0d8yn0eT8/e8tEX9kb+R5/KGDvEiaCp5Kk//0EWZzW2Njs9eE13nDA64h3vBfVwzMqXFSq7vBf66e
Fdnn7OdTipPKRBKh0e+NepZOpFWGuiiYRYfCcGj6DlyYJg0I7nRoZf6Eo2E38FipTEsq8ybxrx4uh/y6OUaQ8knCTBV4+xXTm5Sp
X1Yaxzq+DTH4HO7ZNF1EVym6+FM+z0gOSO32Wq+N9Ko4u3+K//nm2drqP76jWxGEi0/p/CmcM7yav3mx+p3oY5NJMkNKWl6SJjpB
I+P1orgiTwCcCJ4nQVmcZKV42bmHm/cXppTaycvtaZaSYBrcXUcy98g8mgRUpbESqC1VW/ccF9t0yMcw1VUEIGYxyWfkyEy8+65n
uATO7UFZYu612pkxJAkxss6IUKpy4YeeOKbWUES5w7EL1/NidTW64sj1F3hhyd2E3AoCEkQYcI9rgiAu8xR5pAkCBDxzQldFcQ0M
XlGMDI+2trYuGvURpVJLrKu3pil3tNYuK9KiwOgAyfIum06zUnBZ7Bl/OCSLqGBZuPWyazzWJnZt8EvPkXzg1RqxcJ7Ftti4LX5r
WLlulK+jVoMTn+SokCEcZkdz/vvvUUxPbc8suGZi21Wrn/aHZOnA68gwZE3KD2wP6m4ASlGk+at2QCgb7KA1RVtTOidmU2528Rjm
QA/j7zVHiZT1B9RyzWZpMi8NH6J4xQToIOn7TIoPXs2RZPioZT3GHDf6RHMaPOUE7DKlIhXvHVosFEOoEH579AJOHepn0MCcGz42
bH+12fRW8+sjHreKoOqYgWscsZzNqhzqT+HUdnqX2jDd+ue13+Knoauhkk0bddTb+2IFQcV42YO9l80X6BzEnnRPk1n29HKcP4UL
ghNZ4l8r9AnCwDCI8O7+zuHB3v7J6dbbo92tnf883To52dp+s7tjN95ZcWI0JYSi7Lawf3Cia69vLwM/EiZe0WbVRqAwj9eeWxPc
WKUl1oare4bVdVLTsTD/F6npLOWb6cuopkH7jDmHbJ0ZLGBxlRH43j0c/y0LJGkhWGi2XmBU04exIovzdNYt21AlW63JIMeJHuhy
CO+HJwTaYGt8MKKjnuPd2XDI7CKaO+P7q3gDOAhmGQf1NPTVcyMYQMKWVJuEbl/h7YhcCBDuFOhIUmpAD48qL3f215+tmumqHwT2
ytUNfm31u9GHxAlliJ5G1QiGUQt2Vt1n5KRSQD7FLIT6JsvucMEl8u8mSyjeLZYMqeKLOJIYlCkJSggghiG+mQuJIEfZAdQgAbM8
yBk+527gRksOrOjBTvgcVx3AOb6QDkH1uAfXUza+p/kkr3szvY+nXOimLcBrt00NIetql9yH0/UGoyHxPc48cHVXhOMx73dyhrrq
4tIvOZ1gpoFRSZqSOhknGHH5087LMNgH7JiADo1+dVPK4a+6zFkPhsXC/LNWWsecfqSsgbNaAU4RN2mRXJ37UW1dXKpHuBV1xCtr
CTfd4KjGGGf64sPax41wKDAXWf8YiB/NzikvgMdplD+s4UX7VK9YTbvqtRLevc3hiu6XXl2q2b2TgfZsvnMCgz3aV0bEO1KaVxXA
bgOscn4KpD5wWNBAoSCn+CvFAXLpXs1Kl+QlQratGGC+8inQ66vrPFvcD0Xd8M2ztXUbkdAOrqclonhYcwuUivWotqaypDLWHKMs
cmLD65wSnyDFYrXCsKahNPS/Mm8C3vmDbZsO+CMhXsGmccP93Q1U/12ivWsLcUB9E6sPKfA4dAdjIVG9PUVdHduXEO/nBpUsOac1
4iUbqIjNXI8UxbhbBGOapBXFF53mtymI3vO4x9csQyR4w+1sbay9YR58KSmaTpPbfEn1Q655nUNxuPddlldhszZNj47t7aA9qWeB
7uTIVyG3QYQdL7VlbflfQ3AvYNVyTUxXP/4pVNklx9SFuhu+Qxv5Q+2vx70eNVLa2kfi5CdcW78DlW8ixBwWD/99oBsSMY16dy/d
ma46PmHReT8AebMZVCGKSF8XUYykibqmqZKg7NC9MibTAklTZOz2WLJ9gdXtEbKNBqPZtUSMw4O51xQUrLfxRLZD4D+SPanNPQuW
R5KYTiz1IQljyRT2ylx7qM9TkezJVWaagkyMeeVFbHNVh6JL5EWHry7gVul3uk74YIXvwHrkskfKrMNneKO8iAbuzUyo+3G6eAwi
SJI8gzTAwtcj6f8inBKLBG40A2y0kZImZapBygiEPTqeF48W3FT1pahF/NVRPAIuE56oJj2lm24tXnOI94rhTAgdXCoCk2bfJI80
aX5lv2eabC/HzIpH/EMzVc/K2KYz8E0r+YzIyenXb3B1/1xTHrCoOD+3IdfJAmpNgVJeXlCm2YRNMsr/gIwuaD7XKkbEzCR9dd/X
Jk+aSysnhfbiM0juzPQTZSWkb6DAxfW8ZNpaIjs7bN0RBIjDBKfrtRzQIDgTutH+pdEo+FMVywd2arimcg0ag/DdYZa0N4gqO6IJ
5kIkso4JGaonsEm+dzrRb4e1/pOFfjQIiTRuh3mai2oUrcLFx/4Pg2hNIUPXvZxE9NyM3Mhh7oSpjyKHVYWwSKuoRczVX2v9jUdW
btV1VdYG5J/LKKuUtI3eKpTtBeRj4VtRzVySf4N+AkSGkIlGImhrgCIEwTCzakvtiR2xqjacMBBwtNUseyVNZ/eLBofFcY83VWyq
WqMgHB/RaPasOg6Epvsl+mD46yu72zLUH82uwBRIesN0c7jqSvmWlxCE3cnhxvXf69ldS54vs5Yx1WJyAjsHB94tdW54S3TbE358
seVkEL9uIqCf8FfbKhV5IOlkkz5wmB75wIesFD2NarhNtWfMDfiNUJRvRYBsMAEQB6arvBIhmAuyPW0oqdhNMkK1oLmc5eBKat8F
A18YtAvLWrlTjEu0rZWSIgBO088e1FO0ciVjXFzXz81r57L7VmLXJrGVC/NPtG3ZHXFzSVEau0eyTxloirnO6MRN9L+MNclAu1Yw
xzqj0ikRcE4VnGpHz17fQU5sKpdJStUlcBSrtViwwJRroDh3BDG0zc5FsCeJ39ON6qQ6OckkgQGsDD4ODGSjEfWdYBywni4bQSFN
3vUt3EnBsb37A/MkWMMMRaudJlwESjNV3SaqpttB5wzCZaZZg0a28ntOafT02EdynL2HyuvbYj7p15kTyovgKsB1qoQetBHEoaVS
OoVY93MhcHANQNmSbEcfowSx4tJJB9hsy1EGAZ+7bB5Vuc4ZAbNwY4cg1jVxD4LWFqBXf0I23Ym/S3o2H3p19xkm0MNlsHUtyPHe
FJOanM6gCl/I+tecHwSdpMivE3/cKOx5+euH6NsXL5696H6gTJM2gGvGCX84KHoNxWiqtlftYwBolTvTN94vjRHj7SYW+3htE6Px
eGYWlYS6A/ilfCAgkPY3HXAh9ccCBAmfPxwe0uTLITxIp65uIJFK7q33pStQpOoDbp1NDfYZMGQRRSRJvwYFWvOIwDkkJQdGTywv
YW5xSjpKxJew4281aymecqUfQv6PMkWSlglezgk3RHz+s0WFbjusGNXIyeU9jB2xOfVjrD6yLNsPC51bRk+ZaB6cZ8fCrVJ5gZ+o
CVJuBTGn+aNCxMOpnn9Y/QjtUOo9TtD5BChBpn0W9QQmJVnAETuukp5vUAFmjZIzUn1iXzZVpxr9dStCjJOvsWdny65b1Ftm27G2
t7HJO3zw5aGQAT05AzdPIZU3B10f+oFXGuwdmoOszjTUoBNf1fO+0lH8TPEy1ilDoxv9LfZ9apsPuSMJS8KupZIfd/cACJ2PRgeA
wLL+L/IEeOoReDGqkdpOlAELrSsoOMTkP4JEJdL56dIkD+L2K8w8C/T4oayFB+5cEaQbV7C5eQBU/cNx6RsTgQSZgEeyMT6UA3jc
O09WS83hZhXkOnz/sLZkmcuHvpAz9zXpLx/FDGZSNlq5FdpvnIGgTOJDq2e120FZxirXQ11SUyokynmqPCFG0XFQMSSxlsgDaBUQ
O6NbbgtRPJ7cXU37LB2li3Re88ZPlSJpRdNnMk5VZMFFUURxUMHk62eF/WjY5ei2U3e3wFnl+/rhF0fd8rGicmVmpcp4bGfPZDlK
0zcFCIHtldETvGee0Ow8oRyYTypTUguKtWYoJHTT3cY6OM4YWo4k0yc10duIen8jooTN/o3IUjQcDlWO65rnJNVF6mauLULXDcQb
PC6uUtjcQONFpVzbWOIj6DjCoyskjEJPEnUqZK2Y2MkuZh/0FY0XEeewUOV+lEsbFf1qnJ8DgbZ1Zmb2R3jvbr5xdouP7R+3BNn+
o1KFV50aIrodeKKORpaqU1WdGX2wb1Unv6o/KT5/GZ6vySBxXEvn3pStXpVCzOWaKcKOnxH6ZofHkB9DYlyk4yJfmWb5J50/Xtxs
FTTGgOgMeTBAgW6xMMfcvfgx89EuFfIStDp+6cAWxxG1Ho3i9+3xAp1R0ArifkoyEFmOnjxz4c9Ubrwm+O0GapV2SWBTT/7yoepm
oGFc2jFcqhXsaeN9W1yQt56647jTF0/gkLcatVDegBYpQ9vsHcIFjH39tV/3EePR55OkVeVpl8DeppTCxvAIZ52VHq6+QkeLZ3Pm
lQg4SgFH8iU/JCt0iZynLzG43R45JBGHcDWKtEYgWotE8zeI1iOl+duItoRMRaSOG0TP+MfL+1mCLlDPI9LObWjeYk0Yn/Uql9Fu
kPxraE79WgtpTx7HKPm1a5UUPValtX4bKXDmAjcFuQ/5xoU89yvaJEJYy7IYZ4jMUR/83Hc2naZw2wWbUjT7j7Qm6zRDxywal1FU
AsNJT0CgiEYBJzTl1oqfU1+dz+lJ0+dfgsLuK95v27VE+6mgpdFz6Z/1wv+pzajDGVxc3huSpt6FaK/WC36sOoLNHbVh3zEQrNk2
Ajjy/sq3GmreMtUC76bgNrWjjDIBrKvfTHbgyTNtFwAa5G9XKzD1PM7QpU0/9n9l5NSPwt2X3F362LwNzKQrwlaqSM5rQm7/i14t
uwTa89M74/q6v7cNjGlWliCMrj1/gva8G6BixfweASHw2ln56Rc81j+9G0T87z7fQlsCvYRv7DZ8hX6aJvkQ2j1GSIAR3AVH13lO
R+VZdHAOs/BtdAxiKlw1/4gOE8rIbITwIXXjp+FhcZvOjy/T6XQoNbWxrj9d/Sl3yM2VuUTUlMmc9VSyn5aLwOlGno3LDt3wdQU+
DfbFXRImx9TDm6t+59Afp6M3U0P6GxvD9VcN1roBfQ7JhWqC0aQIjTm0G/5uotwt1Dt/EPXG/+XA4k4MDYHeIw0MpszLqwSfPwjR
bfnkmLzQ9YeH5kPrTfjzd8nYJjlWu9abhvEdavVwlWTJcK0CobUDUoDLfqBQON4hpNNatEW+8qyDSxg05Ke3W/sbJi0pZaCcp8zE
rA5DncTKZSGca+QGzVJOq3SdvM8XycWFuUk4uwDfWXA75p/owiIvWthclgRA9XFxaVJkANh6q4EphANMBDvvd1FjfHkm4+aqmcuw
NzSV9e9nKEl01zPp+BG/w8k+wNgymVwh9XJrA7WX2xpE9NmMXzzHP5H+w+9v8UqmKwD++AfXOl9wubVVui8x+yb8sRZgL5iw8M7F
lfiSFypqcYbnaYKeI7Cpf9vmnPTQ/EDdnvrHirnAPgORLhdAN9G5fI4q32F0DBIeXKfH/3pfjuSPd0meXCB0Y/V+/ZmD5V9xw1G8
p2rrb0Rjwi+Uenb2jt89Ke1vDsQWqL5dOcinGQbH0Oopsa3vXOnsAIuaL/YvtUepr+kVPd7aoxUeCGINWZMwZCvfLeqyv3IU7BkB
FyoQ5diKgicIgr6TIGebkXWgIVTwI/5GpBZkiKkIlMYMmpwRDOY5BbWNaFKAPJD1Ba+1rRuonJTsKE/Xp9nx1UUTjUCUCVxCmkwF
Chg/Z3hEig8gb4+k/GTw2AhvUyn82OYzSyij3dUQQ+8okmlut0dOyvjYTD1uHJlfMfak5+eUGRpjGipY1XqLVLeO0NmvnNhR+mQ/
TSfpRAnyoe0j5gUudJgSqGefgPEReJ1hCjh6j/HecPioqLQbxGXbYFjIUyHc+QWjIMFyvU3KxUso8X5GsHG8C7Ea/Iygqq5zbggR
EHDCY7ZWiP/HmPZHEL1OBlLGLep92lubEfbkXTL/FAf9qTAchcpWY8RBaoobXLEk/xHVUP30EN4B83N1BisfQwk0Sdp73GdHp/q+
tpHuQA6H8rvkVkOvW9lS2zoyDgZ6sVtFQ+qPI1iV40vEZZJmW5IKhTwnxoGEQmrI41ruzQ89XIveR7rYaVngDTxVsweXROZ0xfL3
dIo1e+WqvJBkXk8mZk/5A46sQ0yoeHKK8xS9lNSRZbvvlaacEYHRR3H9NulHkwK3uhw7D+4KnkIFiIJURp2NTzC3HlDe7ypmXnsb
nKNLwHljehZcinN7KWjirb/PJ6HsT+eTD736AGH9urn2/DzPQJReFFfZOHbODJ49ssTVTw6G8P4TfsUgndBmGVB/rYJovep3DFiq
+ff481M26X5pthhamVfuLMUgUjTXj6rUEC679yfb0SIbf0L03Wh77100Aeq2wJcMvks64ETjblL+VOe6lUs4j4TEM3Yobo8SLqWY
kJ8th0Smp+HkQYZCBghqu8+bI2QWrnpxO7tS+EMsUW5Pk7IUj7ee9xLpNegVkaYXrmBJDG2h3BSc+e71g/ImbnryOdQTbShJHOuH
C3RDfp/DuszLZIqPYniCy9fVPdmzC2XmS/F7X3iGKz3x2qXKvrlpyqX87cwQq2S5KeWqTSDbMGc+pfc4rN/IlCxEk/JxMZGwftr0
Ivoc8IIS5thTYY1p9T70c7K19hokuvOlJbpqsMInPPU4L5QX98Mn4yVQjU5oPWi4ac3RYmaYT5XDEIsbg5IhUSiz5RM4XyHv4bAi
qSUNq8umOr6uOPQHWF/aY0IbJ9qNH7uz4sc+9a2FsBXtlMNVSWYc8bpUqGb9sgiXp+z1FHdO6Sngn++p68O3aX6xuIQHf//74y5N
RRLgJWJh0uwXeSkrx6fvQ/bxiywfJtIBcVdx9CTPDiKNCHp2zy46cBuW43k2W+BFF8V/Ox+y5LuS/nf0RMRf9CB3RJqmRmMjZQH5
nwCTodgrI+Tfp4thYzSxu7Xsaetb86Z2Giws/EXgDs53RgOzG/JwDW+hz19124B/4E7g/8LdgKoTx6Y9EnSXlbGdYi2apOOs5NS5
mNV2kpXz6xkF2f5XcRbF5ERDuSuf9SmhwQxlUszdSx43Q2xn+5voBcvE8bgcS2YMxeoYGh69GK7RZkEhCcMH0Fno+uIS5fEVBOOF
mdw63t7bo7qoZnJ3GukcFJjNOmN2ixwMxf/nSalKlFrmLy+TmZjco3ifPIqMYnYQ/cSw3QNuxHaWGHAGtt92LsezAfkFffhI/34L
lxtM0W9aMwvHkdwi+Pyrvw7m2UWWfx5ErznJTUlt7OQlE3T4Cn9fnxMkmG6afR/Qj4jWahu+vSjm9595zv+Z3CTHdKKOldw3R+WE
mVts4+w6EwyfqxFlqXCyHNIDvHPQXsJZQ3DB4eltNsHuo5xk1EU31hJaqCzYTixT4/advq90n70tsc5zcX8nZweVJASHcJ3Ppteo
NUY7WZ8WfV84YQLPWhTXwAyXqi8jDf0A/UNVRCmY/rL82AnEcaSnM0LqnyjNFn4FG/Yr0m/MELuDzV7S6a+Y7s2uz6YU3UcO+WNk
fXVawq9c8oi5t601h3329vTwaPfV3n+cHhztvd7bh6meTtLz4WV/FJHCFhXjcKVj6vW1QfQzLNy/EEAS9bY4qai1JVeY+dYE07Bm
Jculz5ug27lxqXUzWttoLUtNbUbP2kv6OrMZPd9wJKrqosfKHcZkboHL+hxOPUzDIU/vKh4XbhMmYody5WxdoyAEs045TNabxqza
4g+hS+sboZAK3CREmzSHqj7eJz0XMarcK/J146+J37QH+Qr2KmscZ5f3JfRxiht2UMGDGoNAeE9SHNx9Dp0dGbUkISRp8/C7re2v
nKsuj3bvOKmjICUhLZsrMCVVCxAGsuLg31gfVJVOz+E4TSmd5oJjOtDXflHAyZOaXLl0kSZXGAlXAakiJUf1dON9izo/a1Wcg0IC
ZZjj/gFmHWRlOKIxESF9Yhutxk31VS3JDWXbrMuIgxbtgRhbxrpby+jtcAMWjfoaxYPkNogJCL1TBFOLMSxLLiRJxt3kh1TVGMrE
YjCndJ7xnFTNtj0yBJQ2tj3Qte3mcAqHKx73u8E1NDrcoSc+aUD4DI25z3gD/crgOr/SLQPcQRphjk+CCFqUZlOOnNuI8Q5hlyd2
K2NNbzB+7pyykey/3YqyCZKVc0zrxMpxold9vCwGBqM42nmzfThAPQ78GxG441DynvqsBbMk46ToyXyaCZBRyUBHVAFdh9A4oYWc
kVoQwfSLG+gNDqvQceTpYkFxEg6v5RhgDIYS3348eZeJRjFGTRbmiKHIz9y9VAUW9ALDERI9MXQf0yAHTppOtEVBRTgyvLMJ15jM
J0RDzyjDub6BnxByyzSlMcA/qBNzOq4Xl/BYVMfp6MYw4/9VXCOdI6Par3AR/hpdJfcYTiYlSwWJya1UmbwQLSIkyWPq0kTIDfdj
wBxQRIhBuCQihsqIgcY3kiOFpXGVlSUHAWvqI6+WoDTco6XozFlnOnNmY641EROZgKtkLJotpBpnVaqx0ditxCFCNLdQXwjH0p8+
NCx3ymQTQbI7yJIbYy1+wBAxHAP88XHk4hNaV3LIH0NPUAeBzVkP1ATszeKztgmScknI1VNtLEzrUnbYVpYqe6y4LiBiQBA4EOu/
MCrTnHUxP6ysR2uUvxOrJyaEROpS8WScvwlolq8tTUM5HaLQUJYafOwbUvKSiQZl2lUJEWmy5wXx78qm6Gsvridf2nEyKl5R9umU
ch8+WYAYuyBlM0yJNCSj742IDBPz780MXMKO2hmziMg5GK2BwBCQeL7d2TrcYDi6FRIvCnWTWZAzjNvLUTYenGXYkj/iPaP55E1k
sng/ZxTv4LDR3mNHdWS+KpLOVcAhtHthmYnsipc7pLRxGcYm8VzDvU5OOsTPdusePLUKPaCXys9fHx+kIKo+CjCz6h/+hCGBgn6L
SHS1wpmvbL/bsHHEPyclCmWwEQgu6U1SsvzFO0PicIzwxphKplTiL/Wg1TPcT/fucwVO4gYf2U6aybYfrofr1thHbcyoucr5QjO1
bWBtqlumvg0v9JgUM1gFIc52K5pk55LrLYoJPod5RtgD5JZCJBB7xc4pFT0GM0TEfXqIKGXicDxHhFSj7kfEXNiPQxVHXBO4kTiS
mTFdeBuIKf9XSZopJ82hyvAKVPOeI1mxvxQai0y7ry6FeK7uBuL5nBIkiTJ1rrDtciMgEm1oJCsV4lbB7XuqEsrPUCdWok5sBYMB
v1lf+9Z2Y0N9BVwHNCSUHxBzlLsevqHKIV21qA9VTpP4KbK0t8mcvawp/rl05RFrZ9BW4OwulMcsKT851/KGpXgdzu5Fd3BqaihJ
UTtB5ec0+5Q2sr6ULrLkNXLCb7G6Jig8fG9LqOrg4nOK0U+naGVB8tsb60vGqKO9NjJ171mXldQn8LL9ekKfHxVsqPsBuVz1AmeW
mtisqoaAUGJV1jWSc97SVfX7e1chpMw5XjurM9fCO7sXQb7Qd0rTTI+ti9btsTWdPc8x6wXwNHSFamj6gX980Y/u4w+qPPp7q9/e
bHYu/fsZNzZv0xKkrMVtilTgtnCEvXKgE/qd3aPGa6RV+b/RplJBv5LZC+4EBfXrZl/F9ccrofzM2jD62MJIjBWOSi7MZ38QTUhb
faG08RGmiC6VLp7+IGV8RcAfazKDqCbUjJEpYuqnCFi37L1RETkyMj7A3MBoScuO2TeG2ijgjApZ6P1jIcO2oHwBRIWuFLqU42I+
oDsEjREDfkE8J9ApW0NLzCh+cfNtH9UPjisKuus59h8gyp/SdEYX0r2lgNHaRqMkIOl8ml7ADQvLmcLNwMyuI/K/BeqkhG/66HCa
5EekLpFbj506WQvwKPJ+u+6Rb2RHF6D0kUonQHtLPXywVhJPQvn4akm3y///KQ2cyX9U9QEtCHGhO/Ar7tmpGDzqBA4mEgrU8J6k
/v7/Qn2CC5Xh4byDflpM0yyJslscuaWn+PDxh4jOeV2FAa98SgwqzXEcLkBNz8C1DiLi34/prKOE1HefJPAk+uzXkGwZFlslq8sr
1g6lQiWrpmx/yd1BVFfUs4pO+tNKOII8ViRc0jI7NTwXeIP1yOBKPEa1IfdNYnfhcycRLtyyujX1IgDzm05idYtRN3BF+oH3iXrv
7UnDiM0drZo2FnTdav2Nau8hzREXYFMFmkhlq6d51sep+qp9/xEvgBr7vDB6Oa2n11tOc23dt1td6fN4O08z+Z7dV2/XsxE9neu2
JyueYtCdGV6H1NWu4+LYf9YBiPfz7MPax0E0+7D+cSDaAbHwoFv9AaLiJ9O9i5wu2zJd2kGqctvMyMO1ztravcDtuvEg/yGvHEA9
aPJ9tp0heFdKwpwBKjUD5mxaCuRk2XKizVGK8Ude1Ik3EXMLrBgig85H0W+SI3R+gekGbJ4f1hkm//OQuoRKAxOMxOVJ4ayR2EDK
cDD9Cd6Jv2XIRcHq4Wr7MOHzT2KXE2XIWaqGDH24vczGl65TCUv4CeU9vXwwz2mxvY18J8zoH+Y60dHlgUynY3/Ql+6heM4sYeFq
wvUi70bhwauzYI+/I1AQi2Obijb0Jx9ENfGxjR+yvmB8sI12hszWoPQ5jbvvOwrJ4I5tWkm+ep2JMAbwI+XgTSM5Uvi/znnpMeQu
bmD0ohr5ZU88rKhQhQ4Dyel9JIUrzHXvMZhW0hVhFiGBH1ryunnwSF3qpE5qXkQd+NSlx6gyTBG2uRntRrM4ZO0wmvdunLxjPnXl
oH7bViPuELV15pGV66B7vtGXBdBNW+GIngto/2dfh5F2p0N7HlDmhSAezjlbBak1b4th8CauEpehRAeUMQ2zRebE/9VqwE3klxXx
f1jKgLBi7/G2hZ5nnGbJg5jaYpgyM6wZ46VQHRSdvURQ4M2oyiZvfNXFZ/4CqWmNA1+SUaGwBDX/2J1BdNFpDVpiL+i+JhDiMm7M
74QFQwhkF2Zr9EaIBRD1RqOnq4R6KYhu8Fdb3TYs2cVGk3v5fhGtWBh3TGcm6XlyPV1EtxjwVjpogKTVggMKS5rmC3o2ZB8dZg6a
2tKargtgwtDDVec0zOZKSUmq7JluwFXYbVTjD6sih+noCjFqbJZmJ56bJM/KS3V2Cc5wnlKUb7DKKrWupiX3cHSMx7LxYKd4z3mz
BcIlcyhrtWrJKs5bmnQrVjM6T8erI/y/c/jfiAjdOL2kGHbteMx6bDyMobZQK8uR9DVn9Kt0fpGiPyaqrBFeEW7oPrSTEW4D9AGD
/28lVfOnlL3WeS8N26mJGuBmVJeRl0Zt6XSAcW2kVdfqyyeP++ACnKjiJolN9JkXWn1FqBO+TwmrNECOarsT7YcwDdsUz+HUttxe
7b4rRQfQcVP+0annuTLm0eNZOs7Os7GoIj7aGtmqlmLjAVP4BWbNWA67yvFsVFO82NJeM5bRzW8hbHGiCetTWsOluhjmswW7KGFQ
8KDNW6ocYnxEU5OJZtgWzUZrnWMzw/xPGcjOyrExti3I/fDdEOanwyF3tv4qNN+bD5vvxxIslC6u7k58ny563W82Z//j5vs+WkVG
HX/+sOk1y/55Q77OP1HoidcTCv5YfphLdv3xuMjqDiKgpapx++NGdxYndGofn93x6vCwP0F/I23rVqmw2UrB8R02jzOMtnQUk7In
o9cLlad8u2iELcpUhVBJxXZrGar4JmQ1JpklFp9xtNOuffuP4fqL58O74T2h4+TiQEr1Iwdb5P0N9qgkmA2hLZaFPpgGhaDkXfGt
kw5sUNHeDCrC9kCk+kHUIQenx2/Ftrq0+qwk4cLs4+hAx8ifxW2bDuyPHBs+Li7ONx4W9h0MlacxYDHxsEEEB5NfF4UyFQrrsbkE
jpabCJkPlbJzhU/VZ+80UiqhllnTQrS9IQjcY5cdUSwfyv4y9gW12inFjplgQLnG7OC8LuL147CHOkTV4QdTG1awOzto0hGYj/WS
2WbaZVjDhkylohzprHhWSmFczKr9SiHYo2zWiz4/zi45J0UJdtPxbq1Ob4uj6l/T/zPuf8cNrnIGio/7slup7Xx87Z4PZI0qOilp
uf9XHR1pv+kDOwacvqmPWF52PnGiYfkix82TRgMjZFkN4YTUSwS9N2s3eu/d4776FdUivxpDIZodfr1Kxr+yJkSpsgltn2JPKhGw
ykXORLPaTdmhtm55T6DrMPq5QFNfkbu+h8TnIIBgRSsTZj/s02M082yum1IEvVH5h7gHJz408yO7NTh8UZrlZdy87jq7ed3ZHr4w
AuUQSjc7PKpYzNWRv6v6dxknqVYresvpxV7pYNi7WjCscMV3oU/VgdubxXd922lJJZTo29GtvBh3nUJaoWyXTMDkdK1COOxFyWah
7SENqK5nM8tpZ9MJ4v9czVPzrTh9ljXHUXLe7OIWanz1tdALBx7rdvxStagxKTYsZSWD2xG1QKsqMPaE1Yk6aymDrTwJny+ar73Z
zbc790DEsvFyc2bCXmjW6GochPEKKB9M0zcUKtPkMaFsPRStnM1+FbjReVrxpBUjmCI+kxRBcM7Y5/lXYFR/RaVpqsNDBuRVYTeG
qh8GTVX6da2mtu0TiqxphAMqCa2TflnlGrnNxmJbAFHLhWsw+ntML6a/6Su3CNZUB5fP4da0IcpdQ1fygsF3CqyFLp0+gPW7YP8C
lclAUgOV5mS91ta6PnmPd8saonkR7Jayj+FvuqwvukXFY/mmzWWfX9lfxm1m0LDVaEcZOwYRBttw0W35LIvBX7iAZdsCmm4ut4R7
aCpWUxKX7gqWf3AFm+bVGozznJMLftHJteMJaaLMFUpDqYySiDHsnc3oa5sk45cdFo3H02ktyopVF8gyBig84oJgbl7XlLc2iEaj
daKCo9Ez1vPeYmgY6z7LbJGuUH57JH3F9MZr8OOzhVemG0mRE+7CWK90FE/myfliJUsX5ysZzOXKJC9XJlk5xhjiexgcJ8lUHsVy
X+gruOW+dLeyrEHLXVkOCdu9/BmoRNyrTE6vE/MWmmklizydsnSjhnNFstz03p4YzUkMXBsoIs2gw3A3WiX+3t2YhccgS3+OSI4E
7vxL6pz0+QqqKtA57Cnq/W3/XY/8isiqbzG+UmOmxn7Q3g6nWFzFsXP9zky24eOqt5VaMlJqsp63oJKhDdJxYai+TpdNy6pIbwwx
9pm1/VDGbn7SlhvIGs4PeiiNs9V4hJzqqufIfrlENJO61qV5klrfLivwpp0F3tQW//RhSB/39re7tudKgaJ46KIpIOhBMh7wN7CV
MpAJG4cpHYVPf/xxCdzb8FBkwV5XUq5P9Lb5lN633DsO+rjl6YdfRj9GE8TXrCcWaphd0r3w7jF6mJZOUIChzAmP6cPqx6U5OcWL
qkRJBO/wiJeOGQ5mYKIAe3Ue6nwdFzO7uYGv854/d9bCtKzwHpnCigd+3NMjGwvvpy7zLLXzbJlUDj00RtHDtsDlSvNkvUP63aVx
nB+3ZeRk6QGpIotpA0CrWwE5XpC7cNuawHUGLFqZToK449D9Z+vDk/n9IZaLlR8yNcRgV1wBnj90o/mxz3974dZrKNdmRHCWUbsy
pPxNz9Z5JOTNJTi1yBtMswkwj4sGyFpV+gAqO58Wtw9EPHf3j2JfOi0jQemIvl4G4aWr1Q2WMcTLkluM2BdSci69wWVXISnlbPD0
eHlCxgyXRxztRM7GxezeR86kCnfusPAQG4xtCSOdN8oXNpoBfL8E3aAwwCUG5kL1C9gMpumjr7zgMC0rq284r7Qv3Wxc8qrwcbOc
eO0q7W9kLJ3V84/HkzpRj2wn4uwYQa5kYHTJcjYsxzSUspMpmqjug1Jig+WPISwdNia0AA21zKaMMjvBoYTLeTIE0Ydf1y5sel6d
aNXKA3MXmE92adZJlplgo1Txh3T4r9RG9EBbZcq0bCPoh5QFHZHIdEiQ08p2CMLk9XRRtRh2XysKmbRDvBw3nYETp26b4PRvFXWo
zNaMFtJR1dYYv7bsopiINMwcgb9q73OVPpACGKtvdWgVD7f2nmO6NnH4tXcCq4Ov+WetBOPokIEbf9Xe30paevjXS54nXehiw4Sy
IT6XtXzAiohBf7lFEQO/GyoWmGIZKH7yB8cqRn3ZkxwF2zKyQdRwCuQPCW99wNQtP28fethtmir8UXuLfebd5EyXvG08CEnjQYC3
PE56zz/967SxRAoEpeAtEYlXtJZn82xygUbQMk2uyiGlNBhGu0hYr1JEy2cEW5ipJLu4XEiscr4osBFVYXxOmQ0Uck42j7a230bj
y3T8ie84HOEkurpeIAHDByeIA3aMwEjX6OK9ffAu2jrc45QaUEq6PZzA5bGBLXFgkkrYkMwZ4BstsmgjAnr/5mY/XbykwQzHpQ5v
TlGVnd6lY7T5cX6Gd0VeMPxZichkn1LO5YCYaU95NlZIMw28Qjm8mog6nJJmkSt0clUI3SeXDoIthhqxKdXSw8D2ZTbfQK11vH0O
6IEl4mwVOiXkho4e574PZ+Xak5IerqCWP1pw2klcxEk6TdGmGwrtxpaPqQ36b/zqOh/rM9LExqgjxodcJR0sf8JIrvBZNc0pkqaf
1FIgDjFHjPcYlsM3Y8U87CcYAgZ/b82yehWUo1BKqhxA+MjTGGZ7l5Kc54ue1Avup7dvuSi6W0/e4QbHB8NtWKBFWi1+Qqk6uV7g
TPFPfQbqlb9joNd9juDezW+yeZGjZd9+U/3ooHyJrEnlg4NjWYuh+pdKVT8+VEsGn+vl89KdINKCswsZzQpjKSQpMyedU/ja8/S/
r1PSAeXBPclHeos/PLrOH2tT6ifYuGGkqDUUpVskKFxB7lrMG5ZbMXu+D4sEDDjXblVbp9c2PWBCYG9jkLv3+FeFJuhpoo5jxmRM
TJfqBFNZbi5QmGYn/SRUODRfcFEus+FF/aNK/o0F3OpfX2eTKGtuhz/j8lmXdvjoBBqiH3I77JmGFZR8pW2pyjRuf6k+8XWF/PDf
FZPsvGXEsoWxXWxQPjENqvfBRnaAJgdGqyqVIqrSprl7k5eUTEvJCOnisjCdxQSpvp5bM6YqUF/yJ/YoQpvWopO4Z/lw0J/+javS
FkbvF+P94ha6gYHBujPq9ZBfc34z7wweT9N0Rkz1VTaFy5ozJ+O4Ti5RfB5yAedlZSCY+npanCXTX1y2acgHF9gS2kiSiQREemRv
LuZJTubs4/88Ptl9R7b2rclVlmfILC0KRIdB7ZlEso2+0mFqxAcJgICq+YxyNKu6CCZV0g9g+pzbjPLWn1+XKSU/tpsBOlvMUsEI
rNAR+04iSgIX7FvPkghTr1PG0Efcz3p+GdL7XBJHW3vnNhnMwUgljoFXmmcLhNkdy6XoPK/diOkYtfFb43FalkdwZ8b6k8ozVcOe
wm6fxzrl0HE2wZRbw7fo/cCb9phIAyoqBlzdEbK6wDDAo21evUHETcifVMPWdFrc9r9oJ/GWhj3mbqvH7C6tpexB9w1vUmtZOME0
OpXxUfGflR6r3KVKJLPjfgdIWb0zFfm3teHE2bn7ykcDGQJ4/N/X2TwleoBZOaAz74KqD+GrZ4hHXFyXEfuYRJNMjjqOZJ5i4Bec
c2ZhiL6heu56XhIEtcdgcMkoPTSDw5+TbHGQp7HpzIY/zd3WGVAQYIt4mI5ZQCr0KSllji4dATNAKY9oKGncZODBigjGnDovX/D6
1zou3aqoRPXmGe5k5azA9rowPTZHbi4Q+rMuDfEmYV/cc160OEyGkaShZwQQ0oyy+2IUIOzT2xy+c8v2a+5OQIkJwZtdSm+gCp0L
giugBuE+EDhFzo4AhHoYuKNfsSOTdfJa0sNz4ncn57TN279OF1wllnDeUIh8MuW3+C1Irluz2RQBlWFnwRWboNu4e46r4Pd1MhWV
90qIeTChbW0Drrgl2mihk3X99Nc7QCTGC4R6lqT1MMvdXCtlzZpNnayLkiY8F13tnQ8kFO+S43Rh7o3DebHgGI6Yk6DS0Qt/eYAb
NIapDBSpX1R43nitrBclokebN77rZs8crlfT5EK7PKLHFL2Jfq+XOSAJTR4PKDl2ckFbk9/vFyg8dbzJlhwTTMr/G2MyG5WJnv4b
d2z1fq2breqbMBmjIsVU+1rtMOkOnYQmrDzs6XIQeb4ViOaotoPOmA7g41J2tvwXpqY4j+skoN/prM6HtYlGo3Zo9hGRhQdHXh/z
Ibe3uD9KBRtMkpxsdA/qPEtwpoRAz4uzKSXb41Hz8WwYIzc3oFnamqfWLAklQA5LuuwhctB2KHl2fb4wJ+2tpdegJMpx783u28Pd
o9Ptre03u6fv94+3Xu2iE6h18RLYHlxRiLN3dU1wj9OCcYMr9zDelCi6SG6Q8IUdV+5quKXOgBXz50nBURrDNXZjAygzhu7a7AGm
KeIgD7q64cLuYT7WeePh0dCi88YsAMAO3s5xyBo6nht9YrMIKDOOnIHHxytrKy9W1r7rY+/cKXAyY3K5Z+srL54/7xNyPPpw4zTO
EdOTBFF0NqbtwXyKPYGyKDiRjaCeastWNqtwITQSulKJc7EaOEBmas9HI6B4Nx8LPiVdHPxVNygVhz0xPXQT8bxd+44SdeAuoUQ/
vCKwZLibVPm+z1Xpa3eMTi32/JKxvp4NuxY2kBEcqHdqwiSsrA4Gh1n6xu/0j/eC3hpwFnG4pWek3h0P9TRJE7QDhG+ydEsWT4QU
X3FW/Or336Maz0Vvgqqx6n1XaSl8MdarxTy2eAdhPlkQg5LJzwhu9ztr1kZsT0EqwRkjz1DIM/lq4BgfpRRhpIxmDGJtslY+74eY
fWyLPLPszgdOxDVDEFFHF3NMUXsuh8I8ilkhhw/eQcvDg1ma8598OQyxwYEZ7FAPFpgV85QHXrlDpX1u6IgnZK6YcOthfD6gZ+9P
Xn23m8MEoFcFc6Ktt7Jsjzn166TYzSdxkAIHtgWNZj+9jX1azQXq2GFz0P6jknC10wJwMXwf7r1vz9A08w6DRiWVkQ4jpZ2Q0m6O
4t2jo4Oj01d7b3dPd/9j7/jkeECo+wdGlh+pxIAKddlujfbeWCRboO6xwFihOW+aZFeoh5W8Sev1DcfeWKqf4ckJbL7F/L5l6R6y
PXV/nD1K62JvUmSKOweCnN0v0g8fKb1HYB2Rt3oJpYCXdE0uDnnmbmCOi1W40xQMVRdoN9tnrIGWKrdQa/07EPwa5WxLM6WZtyXP
kdA0fT0V1/OxsYRNDECpPk/6CylqlVGCdtiWcrNMS1y83kxXO4q6I6gyeaVvBVfx/5ZU2lk+kVwX6IrApsOSQmTKGS0jzvD1xSUq
4acsgiPGE7kXlNdn0MEFehgk5FDgqOINutrednH1El1u5hWFlvh3uYav2by42LO5eis6QXm2VzxkCCq+VC7/H8XJyNTA5pLw946D
bq3hvfym+JR2bRs9YqQOn7bvSE+jnhRU+oVmSL5tmihzSggIFrloIT97eUmMWkyiHswf/vtqXlwd4pc7MVfAImffu8MeOvVWoIJq
N+4PeSLfkXdNzJ+/5P3HKgIoiWqDdL64V4h2xUAtZtAK1nFZMaxhib4ce/tiBZZgaCB7a39umroHbJ6HTZ56z+ZL3WPejrXDf1J3
RVofrip3JOCF5PEQg7CzMWIXTNkEdo3GWPSqycsM5KShZGEEETA/vZ5N6A6/LukiH6rWtgvaiYtyFJ1sHf/rdGv7ZO9gH3iF3W28
g+jZydHe69cgcL88ODiJvpOH20e7Wye7p8BcvD/cgV/Rt/Li7cFrqOD4+ftofaDHZL3YPfppb3sXGto+eL9/Er2Qz47e77/d/Wn3
7embvddvdo9PojV5sbv//h083NnZ3Y9WyU8DZl6dn9JjYqx6seAh/mdxpv9uMzSaE4+uXxvhgrJfYErnG7VNVveliUbksUX6Pw+t
iWEhxeCgdDy4x7av5/MUYzuHaG/CHfi5vS13CAO7p0FmC7o2hMLo0GSPWr/Dj+Elj7bBC1POk+zOoGFHipU3Y25ROUb0qvu7Vwtn
uJITFcPHg0jh7/b80QtQpkt3j4piYRv4rFb0SNDOqAwbqOf55ZdemPgdpReIGK6dTR2HUTj61wQDI5qLpGRVpPpz8RK602nmdOc2
fGUm6bnMrjNjwPzifoExrPq/U44o8jFl/Uwx6eexvPAtCpJ79eGAQQlRr0BB73vnB/nLZAHzkRFels9I4KnjeFHM9s5fF/Dng77f
Jd9HOGXotvE2u8oQQrl3eLL+pucfOOyKfJzNkmlt5IfqTWjo+lMofHSdvwXRaQqtrXUo/h7O1N4EkcVkH2B4k9GujPjgttfztriA
ocKl5Fb1AmpY9+itqtvMLwAg0BGWO5lnFxfpHFnX5J4NzwhWDywKPUffkVSk0Mr1xZntVRLR6ObqivWub/aPfa1JGkoKM7Hy8r6A
s4b9II7fzuLMLrclYUkMQwn1VC+d0+CusAwQ9jYSFaJGMI/fecQvNfdSKW52nBTeW2vveo0KXOlQMl40dWaLYdHcvqwG9gDUhU2D
MAGFgkZZ3g9aJQVfyHVziCgCx5il+ZdfbtaGq7/8YvI2D9O7eqJCt90tRcwYGo9/+4+XKL49JKlOWENEn+vAQyYUFnfbTnqe5RlO
mQbjo3n8tnKmSMvdkzBLxYs1HJUQcb/ObbrOmGrOSspPvlZ4fEJy6QOmEb0a20qxjX6uFT/fy88L1+mxCTRXf5Hhf1g1oZ4FLgzU
LW543EfI+ctZttDIAp4kJ7AzkG27KdjQ7wsxxW7WE1afF6J6UN4m9fcIRoL+yNVwWHWksPd0m+AxqqMFQw1vkxIIC4ZMtVeDZXHE
XL5WH9JLWFvEXsNS2wgYT4d5FLHhi0xO0drKWYIRvxhHH8XIwa8QB0+M/lh/VMKqpZSoMBXn2GJeAYGXpZtzm+4qSZdtjtlDRyQB
jXfQUi3xWdB7BNCQ/BK8NPkF0JnDbNIwb/WqcNB0N+IdzTXs7fTqcez2xgiB8CkykE5wuofIMsTQv/gcZS80sCFW1QQHTcKRLQxx
3r2/Lezv5JJiBQ3V6JdtsfgfJQFYCS9HNxWSpyFdu+mwpoCrlnT5+f8CYSN4rhYJAwA=
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
