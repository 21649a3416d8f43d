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
H4sIAAAAAAACA+y9a3fbxrko/D2/AkG6KrChaMl20paynaVIcqzWulSUk7Nf2UsLIiEREQmwAEhJ2/V/P89lZjADzACg7KQ5a73Z
3YkIDOb6zHO/LPM4ufFGD3kRzXe+Wmq/BmfLpIjn0eAwKaIsXYyibBWPo7zSai+dzaJxEadJw5vBT1ESZfG40uKnWXoVzuL/DbFR
5d3hSXU60bXorvJiFI2XWVw8DPayh0WR3mThYvpQaXMe3ReVR79EV4PROIsXBfSQxa55qN53x7D4fC9NiiyduRqdZnEyjhdhtcH5
NIvCCTzY+eqrJ0+86cMCdnOQRMVdmt16b/aOvWk0g2cDb+8b7zsvTWYPQ++XOJmkd7l3mt5F2QgazLzvBtveOJ0v4lmUe3Hh3cXF
1BvnY6+YZunyZurtTiab59D7AIfZC5M0icfhzMvTZTaOdryrLJ7cRINFvu1F86toksOHkZeH88grYIu8OPFCDyc+izb/vUyLaAIT
y6LNvMhwNUEIzfLCG0+j8S19++CFN1kU9Wi8UXyThMUyg7ldw+GndzTXZRGJhQ4msIQw9+bxOEvz9Lp4Mh3n+TSee9Nx8uR/84cc
5jq7vON1D25SD3/jQofY/dnB65/eHe578aTvne79Mjo/8/KoKGBi+ZN/L6Psoe+lywJ38/Iv3jRMJrOIn5xSW5jWclY8ibIszc6i
cZpNvGAvPQ/z26NoDgv4KoFtyBfhOPLe4Pn8fMyz/urjVx78AxPYTeio0sx7czyiucEWhIV3HcJ5TIbwJMviiPf0zdnB6N3bcw+m
Qb9pWJgDjUt7jX1kEWxXEk0GNMRieTWLx954Fua592acHNyPowXCpDf01N/UkqdE32TxKiwiD+ELwcYTR5XCCgQ8tzXlSQFkqoY8
D30GQbXbPsBK4U15U/tmVz3VE/4z9K7CPArUl963ni+2jOFXbtXWvQ/vRJeD83REfQb+//mb3/O+NfoU/wTcZHCYHy9ns5PsYL4o
HgIxCe8Hz/dhdB/+B/2Kp+XcPho9FtM4H5RzfGnbQNVOHONLtXV6izdntAB4K5ZSvv5U22Oxbydq4I/eTVTAvxkytFl4n9yfH2gw
XelAzLDpazFhxJHVr30+E9GicibcqbauGClFguimgDlLQD6Gv1fRUVRM00nugN4xEIlCzWeM++/XcYevwejF/mx2OF+kWRFA+763
Nw2zUYS7Lv4avAPUl04ABRzch+NitAD8ib2/9IpsGfU+1DeD5gybAGsg4Eb4T5ZzPIBI4IJc3gMN3wB9PC0yT8wzNx5qyKa38zvP
fQ/uuZo4XIpr76dlPCHsKRYhsadtHX+YZcDVSKyL+APP+SidxNcPctbVSTbt/n9z1v9CmBaTPs0Q8xRAzVzTr9+AhfrmD7Ok/WgW
Oe7A2jP8nKs4S/PIDg69/x5OO0gmixQeNiC1SDb5g2E1OfUacHZGc3Jlfyg8p5blhNQ/2qwZ01WPo5zmHxrXyWnXkV1tAf8PYbt2
IPpd0J0LJv6LCO9YCnhNbJxq80dj5OTE1mDl8j8WF2dfwR9zwoKFU1PWZvjH5t/kjC0cXP7/JPPWCjW/E/tWBwUdlT15Qgqd1TYg
uiJ78AjX7XjLPJqQOs+7TjPvp4Nz78kNaT3zJ6soy0GwH9hm7K/mQvwlufe32eHj0V44m0lUOCcBXUHIIiymmloHACY3uY4MdgOk
9khsuVABwDacT+OkT+PB+YH8f5eFCwCtfOhFsOQH1psBsCE4wsxzUpGNcYvzHW+SjgFZA8OJHUgNVW6oxwzlApxORaWA6lXWKm7k
3iS6DlEXQ/DuBW/SvNjjfaXLwvqn0XgazcOf+Ti8p4Otvvd6Ft7k3nGaoGazspOGrmKfB+DeXnr+x/e+0d17fwiPjsJf0wz+fNqH
v+OE/t76BD9oHPqh6zZMrQieFWCj47R4nS4T1DotE1LARpMgQIK6df+3ra2/wv8OejsNfQBCGHfo5HUFqv8xOjn2wiyD00ivSZV5
uJ/jn3ya6dWv0bjA37cx9KsYcUnuUVuqaOrAAZVSjSUJtYRJ7NLEWS71nQDKWZzjHeFfg/8vytIdW7MsGje1Ys2m+UzpP/GUdaYC
9WPncTGLApxtD7WbuV/RGWYPxu+PNV1mfO3R595L6F3sod/zPsI0YDxDgzawqqU0hI57wH/BMlFJVxstmuWROaQ8rS5jlmLj+oO2
L6hk0Tr3bv4ah8V46gVoBHmbhpNShx7h2tBOcucdxTkaOYJ0AYBa608cdTzJYarn4W0klJ44i555snt4haibadbnyRnvhRrVqqaG
/klHffEBtdTwy6onJoQaaeRZoUi8c4CgxA2EhSAdAEIT5ooZ+EvJBChTgxcXLdeQPjWvYJXd7HIX2QIDW4i8X8D9xJNe7WqU2mYa
+A19JtpLKw6PVz2o6zgBWoIdEIU2vjEam/vJ/DTjfsRnSJCiDKjF4f6ORGCHsNycqTcSbqUHIVo+8M5owmzpsRxNywbzBBw7TH+o
WdS4za6b/jugQF5GBf/9xpivrtQmqDRYcd301x0FKiLVPrrBkT5+/NrDjzYbV0XHLe+T2qt+CSyVzTfvWNOKlKxu6NEetzLbxaxP
1vrpb4vW0YAr7weZbYHDhjtLaCBMTANtMLo8+ScxpqF4NFRt+pK/ZDP46zQj81veq44GCITY2olXpKkHwLKKo7vNp16SFlGu8ZXd
LkobqdHIjRuP6uxq5fsvglp3FwukQN6cpGcpN5QkK/h4FrEvAh5kH/AoNeAfIwFrn3qwYRppc2HTVQqYkuX0ZmolpvGF6FXLOXXD
ry4ca8OzvMRGPGubmhujrIlzTWuWBCVDJmxCBo/iNit65ccN2rIghcbX6r3+5PNRU5f7/fn303J7WMVivT0tt+UL8A88+O/LP9QN
glKZ9EWFJYsmvtM4LdOuMR6/l0jUBJyfbEowUvIEhhYLOs00tlnqj4C3XkUzYKG9j6Ml+dj12Z+l750sC/j4Uws3/SbJ19RjtYK2
mNma8O3ms4SmTU6N5ySJI4BUAmKhdFeqICGpZPuMI/XF+H6DsEseaYa0W9Hv6fcNlvjC2yoHSqI701lMjkiOV7xq8vrCn7x4BCMc
szYfwcIU5LBpQ2JCryVgQBwZkexHYLHfU1zCOf6+yK7qOiMxxuMEpA5or2bDXnvExqVY0V9b118aFfIttyBE+0j6vei1sfgWUl5n
83COTayBuEHcQZc7pKt9hNRgXCXjrqylAkLVSP7b3K41r4LDt8nQLzEM0Zzd4PSoe+HyNnjk8M2LtBgA1x/HSRboO6sW1JczsGjE
y7n4LarSroif2Fe+MG5gdYEnETGB+g246yllZHVDnPBWV6nozl4WjrwDFNn7rEhDLthwTKgi7TiFBCtu4OPUNrppZ63bJB2Kxcb4
jftrbIb8Ui6/+VNTjadGVU9r6FxxMLvZDSkpNDZmmdwm6Z3w+mdDFw7EDuUVCm6ywa+zKMq90FMBBopbha6UKj4gxo9WFWXe5iti
BHWLo/0wytso8WzTcSycME7D2embaHAUZvk0nA3gW+n7/S6Jg0WDKl5+gjugVl/5ou1aEz5R/JMMNehr5MKIMvhYx0bsDqAItMHX
chyA6+R2pSrwbholaOM0wjkwbiH3Ts7qMR1xjoo9L0LbTh+NMMoKbZqmkyfw//QlR7gYOkRvEo3jCUBOMAUxaXsLdo0GUmzKbRQt
jACTRuWYvhWW7XQEbXx0MPzef/7jfd0UcdEgEWicErlpODWI+7OZNFKXzBkqYg/QreIUr0r9fXCVFlOvxtT1vOssncMtPH1ymKzS
28h5s4xgG8n/aTtm4xcd+yWvlm0HIoQS6wp/MEz8Q8NY36/xgJbYiCeGrI1WdwKc0hcFh57zyoaEhVZPYZIYAibjzDDCD8D96db2
32FHl/Fs4m3/9a/fP+thb7MQUZSymWEcXBgDHOfedUQxX75xo/jfn2zRbhyD5s3Sm3j8ZePdDtAjoZgS4wJznKbopwHXSd2qGRDG
nCLajFA4vlTkpUN6izwuKIorBN5omZAmejwHmgm3OxxPaSi0ydIHd+FDjupqOfkwizimLgrnOcbToc/JCH8MlbFxEweASc2iG4TB
gDvPe4DgAGR2FzGOENTPGBv8SNN+jRuifgGBH9/ixzDUW/iT7svhP9IrdEWZLGcYV3ge5UVOy8EIJvaewWEAvuBcj9Ik9cIbONEc
w9luI/LwIEcd8vmYewEG/uVPcE/R7egJNrqLk25xc8htFuk4nUnUiscYw3ywKy84PTvYOznePzw/PDm+fL17+PZgv+/9uLt/eXbw
r3cHo/O+NxgMYPGEWxLv6oF2kgGoHjjHe0L49BFxczij9pC5SQTQP6uHzGljB1qHCtXCRuXhTfmb++nJGDnxujFGjbbsZWWe6i13
CO/lDFtDz/awv0rYF3XeFDK2z8NUPhNjVsPCxKfE5FwjmEgoN1e4hhPQTvWjzi4LtS8/yxZf9ra2LaryaZMivjbnR2g8d5oPRMMq
dXc6xHW7k3mcxNBpWACbsik8GmeIO4IxbeGEGCZgfG7J4Nmn+72799YDpBxfxxESfWJ3udlVjvZARFTINYkuBtWVvqYhgLwD6uA2
2m7Q04N7mJXy58a1V7eWT3g/BtYD5v7gaCqensFFx0DIpg5/yWI0IdwFtg1npaYhCsCuAmREA+m7cDcEFIuyGu0EorJraAJMHq4E
kC4imwdAuPDi1/Rqg5B1PEfeSRiQn2oiAm2C6rnLlGgNZ9FihsKghGiyyWpoKQcAp7jTOoyvHvGVCd7aprZAJFG2CkTuw1LP43nk
vSuARbpjJKQzlDTiaAZEHT0bgemZzeIc+M5kkreNKimo5RJkS3FgwJiA5BYiDAP4pijH4SwBaS7RQQg5f2gB0M6HHF4XQobAbArp
sqic3e7430uATZqqaHGU149rFiGBsM6fyR5KWofJdVqlc9xGuys71Xc48gjdda1v3oZ5cVaJY9ZeHyQ3wAaexpOWndW5kcoUxQpv
YHKRIpvIVCjICoVoDiwPLSTMOa+C/Fn8mKZ1EF8memfaa7lVJtmoNIIzP5STiib4yWBUpItgqzdEdzAWwgp4vEFsVUIug8A+hckY
5TfrZWXIxF7sY1ruitbCduqKu7Qf++tlMn7BPfW9/ZjSZ4TZg3rESo1X6g8P6UrtnAW9Rnmm/k4jHYTqclcTusse/XvHOk91+155
gMre2toZYETnWB9ObNwRsOoAmaj5sQLuSf4jijiuz09z4cHtbKCklFNAZ+4T4sXvJvldDfDNDs8Nzad+xe7joupkfxpmRRzOhqWg
wycoxBaUQpCuojVWvghAYipQarhOs7swmxAAXAPquUM+P1uSREFdhUUBm4f8diTHW83ZT18Ie7mXJ+Ein8Kto7FQzlkB348neMLj
Dcam2/6CZ2zsin0/DAf78xBjGvwLU4j84O80fkXk7eEQ/dz9LfHPpuVf8h9Xd4QagdubRW/jeVyMoL/vtwwcsavQexYtwpjCHGDz
EII3YUPOcM+9J/Ln4SkIrBlGRcxJyDp+uwscHmA29JbCTqSQTLKYhkW2XXEIOENAz+Ycn201raeAk/gl5JbbldWgQiQrGIjwennl
bYP1pRnAETCUS9RdjvbeHOxfji7Pd0f/vAQ57d3Bfg+VDHfQtXCbJVFzlmLmGCs+rM3tX9S3nFxlq/Hx6zTbSxOA2jng3luRa4WA
lrALDop8J8AYPklvhwjMqJMjgVZ8iqgFOzvK+azcrnm1CdZ7wGnCPzudvtmVkzHPCBaHFAy3GMB2CLdNXDfUAuL90vYUmGGU2Scg
D9Pky5wlsNcA/RH6LF5Hd8RM6ITou6Z14fAyw5Pc/meNq+Irpi3oeWvjs6jIHmjLtr+jLXOp4yri9sUH74TsiKY47C/gnd/3fImL
6O+7uBhPL1lY0B7ADdF+ZRHSVe1BATS01mYOvK5vat/86Ti5FJdUG0R/yr6P1acTdnYST6WBQ3VRH0Q1MftTj80OlQ6mOin1XHZj
WY5qU/a5ml+Gk3ABuE3uijE43rhLJhP2d6gKwHfmaLAZl0SFoPMJflg+kLvt+fHisqRQcnRJpy6RTmlrNJ9TY3NIs0E5yiwC+pPB
PNJFof3OmNHGJyB7XRI21H4Uy1z+GvOt9r1PFjhWAKz4M++uQav0j3AVci4ymYoM8O2vuS15kyBwTA6FprreithibvNPtGC5NFVB
OT9SWLo0T3dw+aiBqXLCKcIb1HXblhD06s0HR+H9P+C/b6Pkppiy1f/ZU3z6czhbRpYPzjC5GnJiRN6IZj197rLebMI/bCoYkt5W
OlnNgBX0AqEVzwVNm0j+fR5mt1FGjXpohrvO4EpMSkcwRMUgnhesr8Qx7NvJXB6wnrESPbBPJcewzhkZPddGG/2E/B/eYP1NYHHK
ohV+LXzJ/vxnGnhAtD7/JS6mgf/NdAXXbRNgdwgwzHYcDIYMsxi3+QTvWzjrtTmpgFgFTHjA3S+veGXB9nbP4qvCC6Dse8iJ+U6P
dW7Y5NWilohGXrEUJpd+24yRtjEBCn7bOboFLAIldNmI7s4EUAVre38JCzSAtMfHXJ8q3Xs4UQw6eMkKCKujOOlssRu6YfvAP4o7
y8w77XRvp+wJY4p33K7PFTcq4JhfY5gB+RACutRU+Yg9mVnW7qUwna5gBhOKN2UDezQ4Evpw29Bk2qb59Tq6vf+Ik4U5/bvv8cS0
62iPnBmFq0gIr0DNoqDxgw5uZ1bzoX3C1T08PD4/ODvefYsbKCxoaIsGWQx9eMjKFSYPJTdY28LaCEHghtcejnrhk7XG/9C78Fm1
738AWIjKNHCNLuqa9tHmJytdi1KkBrRKlwtdZ/850SUGYUuD03t/uN1/76e38AddB/jBWfkw7PriA/ykRXKcdgyM9T38iZcLv1qU
fyPmh1/v1UG89+GpMNjQCwRrcTLjdDljxba4WOjtg+Y3cfff+58++U17V0FK3yiEx99vXkU3cfLNN3jEtOhvLW2AIYMWO7Z+UaMA
/eJ/0Pwjdv+rDkjPpLYHiiYC2GGUT/6Ed2BT7v9gPhl6W1562/e2MYKqlFY4A2Tfe+pdhZPS6/kZhp5h3KXLsUFqRGjiLRi3yacB
Udrg4N9LAIqAoT29BVDXvGO2qvB4WA6HhkzK/6hdE1T9ak2s3sDCekdfm37fcKUCeHxBkAYTqVN4/valiU/RKUO9OD07OT/ZO3l7
eXQ4Oto933ujO0E9tflNqU/3To5H52e7h8cg07/dPf7p3e5PB7XO9w5Go8tnT388rIz77nj07vT05OwcPj49+eXgbPTm4O1bs80/
DnYvD473T0/gAunTeubwAN/eaY9haTh+g9I6wKAJegTX5W5SRX5wchLoCU1u114LGL+MJ9SgTsEzhkE75YaX0Qzk3GhyOc+p0ZZl
BMJs3D3M/m2cFy/c85Vwa52LSB/a2RdTEayWO9n3GgzjjzipaO2Tii4Y0TtWDq/ThfsdX0+rBR7eipSv7s/FQqmB+LvWRiO2toPR
UQ6gEhdyHknSw6qkKB+HC/hbJGGZhlk4RtVleAUSsbd1/9cDOIwUzmOCPsGYfSX3dkd7h4ceOWA9CDwP8x24FNhMygWbukJxznWe
pnsxMaFKbAz4S3PVzHCQxh7mnF+JQzceB9jdgAXLyufXacaaPly3h0SEraId4i3G3ivaHURZ+dVgd7EAwhr4798v/Z78xSlUxj0t
Qe79c8zaA6AAHBramgaHyQokrTApxMNeUxBEOVBbQIO4p/CBjSuzCMdozb9Cxmro3U3TWbQpWXFiv5k2X0W4YXjq7E2VLTFZj6Fq
hdu1IP+mNMMTscnEhBaY6S5FF6byXXFEu8CsrMGkqiFh5W5ARqYB24dtvCdN6jBJAGbUlOoigdPFVVxBExsTCATm2N6mnBaCRhHO
jjRbdItDbLl7PNHfbgt1toalQgkSTQwN3g1qzUhqTblPiHwhpxfiifsqQrC69XLtMR7vbnbDQpxOUC3sErb+upwcH1qFBiPTlcWT
nmNAIujGkIrEWwb8OuD2cU5M6p//zDAhOgGOoLeu0Ffn52gbYQAhaOSLKLzNS/e67R1P32W0j5LRQDVAiQEXTQ96zhQCTbLJIXIV
Hgf2lBsDv4GrQ4DB1/XNofaC4wW2EH4O9tBhwnsB+7LmtlTgCrueL2FOV4CyAKySTXLC5mRQmCRHyhy5/6gFk9WFPGiJ6YL/vCjn
Dz+//bZtAfIqhgi/oynQ4dMsvZpFc9yWi/iDZVq4Z9heQnBHHUfzVgnn7ddpNg+LoIk69XGyfS/uOTQjaykPSm4rtvdmO4M2lYrm
L8O2qq0KPyzucGGAKSLnS/EZYm7LNS50rFGOsJcmwDlhDnzSWAdFC3mvCY/KO3cq/0BSJTwdbBrdr2XDgfQRErNZG4+8Pdn75+X5
4dHByTu6MSHg3ilQ7apnNulbyL+pbladp+TZDDI8aR3EvmBU7/yR96pd46nLL6J+B2KdQH/ek4hdiD71max7fxtS8WiUEulCoD3o
8VW2A7jmzCOoDoJkSsjLd92xZgq/ttijCRClhGN4x9RbOaVRoxlwjaFDWtHa4fEMdicTBEp3piLrc/tplMRowfsh93SB0QgOWlRT
IeOn2oVXkoJiAci7BZvh6908ByRwCnfROPsFX3hHMpIq6ITaXMPsRhJOF6dVnXKo81xhFzhomFcDkOGxPhrKuO98Qew/O/OFfeqy
g969Dln4R0tbAaxkqrC2tG9Cm2q+HQarEvl5ygEAsOS4X3Xxq1lsANxuu87301f2scXSKxOx3UeXSKNITelpuk58qMnTiJSgiy4C
R0qldloljVSHeRnVWSqTP259sosUNp3nLiYzBYINTMnJdXCCYdA6Nsa58LJ6Ms2FfUDym0CltgwTha/t4xlXXbPRfl19Fxvb0HOO
PUSXWJ3rbVqzcOHXvQQ3SpdaL7B47om4Q9LPzMMH+HamdPSs2cmHALqYp1MoliYDm4IHZ/kjcb1l/7DkXIJKjRL2mxGjhUuSQ3zd
Bh+BlH2MAZGD6bGxTPQ0kL7x/kfklT5+9Hvlo0/46NMn3y0x1ilRfc7cqjZhWzguEziR15a+c8tY3KoUsqh5LKFZf6JvqRvGkPaV
IIa912CrRi6RWFKiVOhWCMVrQDX1tchIQRLTYyeI2/VgJsZzqVUUYTKczQ0S3ahgmayhXWFvMo9oYBvfPgbMK9zaht7kwl+k8Jci
avTENDG4yAd3pPziht5I/BkgEe61fWf40MHH9FtESq3RAbpjya9BJFnnU+GgJ78+o5/rdKAc+mQX5/Bg7UmQt1g5CfzZqQOLl+Cw
LOWg58PE3vqMCNboUzjzDctKBdU+1+lNuP0Ny6T7j+mt6tNoLFhldJArRgwZ9lWOCNLhrTWKbQsqo6zVn20THtFfzRHTPHeVh2Lt
k686cppnX+l3vR6t579mjxWH0aH383yXf3e9dE4H0yEXceE3yEfs0vNHdio8U2ud7kedOzXdWIee9PNH4Xa97xWGkV2sgWPqfrJD
73DxWj3quu9W19qh91o8PoOna6D+ukOu2dXjZqX2Se9qjb0yvH2H3rsFyJPRW3qoeFDERhh4S1yo/jDmR1RXg4iwMB5gfC7FihoN
u81E+hk/ci6kkfn8yZQuzkMPI6vwz4DxkmEI69IJukbLXuDvTsei+1HTtyJUouVjUdVjqCUb0QPvq/aBUjzzNpDPJy0csP0bvkS/
DhHZ5lrMaVps5s4GflFqBDQlw71865F2vF+mC/z9fSDoL5cTRLpwu0D4e0f7bw/OLw/Ozk7O/M9zhvD99fwgSKtbbug9ukLc78B/
hSC4Q4/uB2Q97exCqCePQCeDexS3tIcOQ826Zhp9E68GezVPEsceXUl3TmdrbcuuBvuVHBAWeSlaz+hi5MlB7/3XADvwMIjubXlC
7dtS3xIDpt4cj6wAZQGq6UCrXWxtre/e1L175s5NB1pB5XpjkeVWz/7EUVokoQYffZHHVnqc+tSbP/QHg4EvfuGR+8PkU29I2WeU
tmXwGWm9TTv+mA0N9WRNxuqwAgmpC4YuV/BK8y6KanYNGOuaLvg5EDmD8kBsCCkCamd0otcJHyqDNXRwIb77sF5e7lpeN+uwEjSs
OlbbVTHblbeioISvVXx6N8UUDwG+jDFWP7uJCsxJNaalll/DVkGbCtIyDJLUfb1NLRmgucA9SjEkFonT6DVh29cw2MO/lgAGmLiD
dv1wYvmqvjNuTbGBOiTa0Amii+79Noi+hsnuReGccketqH5qUTROO7loOVVTFHerJb1ixBKcLRO0sppZ0IAp7AFgZ1nMqmcdUVE8
GfqZG9lHbEeJKZSy6HoWjTl9GmdTGByFCUAHFbDZXRbpXIWVJhSbeh1lUTJGXyZz6jI3Fk17Hk4Qk2VzygSCGrIHb5OG3eXBMP0B
1hOjVFyw5fz4VHWP79Wa++ijplVKgfEEDOO0fFRry9wL43Q+xx3K4ftFBEuMxuEyj0SJHtm7R1b6K7iLvjapcnTfSzN9NOwVJr0I
MSIM3SVRnQqLLVJayNB7oRIBvvI5Gn9eThB9/rUTGqh1mUkBAzo440yAx8fFyMnH91RNZFmIjHbJA+vmKU47L2KAGgkUcdEez1wp
R2Tghi5XUqRzfaAkGozuBj9FVMYj6OFfsoFA9bz8qiZcebQhqVpo/vCCIC2wJ4oKDJBBtrDqxjxivP9kBRvX+0L645qhXHB1fuVO
MCS9lENUO6fH5WRhLDFbhG8HPiHXUupWtwcxzR2cSXAU8QnUECt89aiVlaxTGxXuo2EnhNNTgiEsx1hp53C+r3wDx1uPI3J65Uub
oNlHN0dvI4sDf4084WdcdL++7/KGaqaSr8UzPWKSh28KlSw3eW5nH9DrJCxKV29ldfQNJNIUj2kPyykoIecPCtkM1QhlTGZI7jnm
QHX36LZjtPMC/z3CXcM9j0E9a6IfO/bRWV3NmAcgDITPHi9pIqwJYyvX/K077zsmEdssoMg4xxMbZurmVW6gdZyOmU3Hoh+RzLYX
kgjkSf9qlYUG5aSJlB+QXhFB44yZMm68Z9WvCLAUx4ZqLl3gKU1yt9FDS27WYKIj3UkpmOCnKBFNLuCvDwADbnOiHeMpN+1VU+jZ
qqPtV7wqPQ+Fg/+qzfWwAzuOmIlcGcsZl5Op+jquOvg6ugYS3UNHJxnSK9t4q/rtE816PMdVZQhj98kbkI/gFZ4B/l4fNoxehL1d
xVCJ54Gdg1kJiz+MgwPs1MvOYZaGmUreEGNm8DSJNqMZcduivmmop77dyJVtPcWsvJj8NswHFliKS3eVj9QTOdkJettbKad6eldz
LxDpNpEjniNb+RJWgzJ++dxCP6lhDYRt/Vf9A+7RPwC/NyaLF+e+52JGZoazgxMMKPZ9hGZi6XxSWulNnIjMk+Cs0BvNTXwPbxKY
/16YN4M4jfwL3IdoEhhgdB3PQGbo6+6fTXiBm1t21hZ+r3ZWdH6NO8s9SN8L2oxr4YJW786+2xVnz1bXL2V4sNxrvD/4ng541evp
MUo26rGnsi8Pq1mX+8r/N8yFM8qOXnqVRCjjBnn5FBMyU/ZiGz0xnIv1fKo4gUb3D3QUcp2j5Co4Dol6pe7IX+uHH1rV9BXsYUyy
ipUcun3iSTreT+EbptJeqxJduP1U9XsH9xHD2bWdxRIS3lWImaYlalPGjLyAk+jXamFSyM8tsHh4SBg1jkaYAAXk0xFLPbJQvJJk
K8V1Vc5nOutqAU0xPurs3yXYU5BVtkVHdSjMXbXiOUNCuDI9qa4sblQKn2XNSNeKFCN5a+91Rk51ed9z3lg3fjQvbANEnwak4cjF
g4sP3u3qEXaoydp2qLpv/rfeNsg2tyshqdCjl95T3IzJhaRqt6uL+ANqKvEP/OSDg3ZMmopqK8gLM0q7HwqEA7Q3pdJzlDEoLPnV
Bw4czYuc0gRRxgc0ZDbXKRWnLMDySzKIyJlTgMuq5NMtAS2KdadA/CZl30BuSWtSHe2+FabY8iPsiOykFD1WjSLUlc6QX1mEDnzf
NvO9ZQ6/5NDlzomNv+om86zcOlqBjB6sdAb1bn+CXRngdHtDVaGg0AANAIudZCas3YM1bqJnuz7MPJpfYVmFYO/wSEN/wKRQdi25
z0ABktvRIqJEgDqIbiCaxSJPCLmD44NzNe0W+MSele92Z54l7erHqvPjaFZudfm2CbSarEYTA3lBnO7kAh986EmhzXVT0v/WTZG1
0Cq3RauMpd2W1HlbJJ2FiZFDMAYyOfQHh9CGKm7f0fIBqX8kkEuvJRr1Pmljiopg2FxRgY/sLPHJXWuaJ1KV3sSh4EvX7GhQfc0x
JXQW2omGe1pTAJk7aom34CpIdWgSs1zU991ePPwKlRd78fxQpHn2giStEZG4gMuPfI3GulS+K8+cgXZAgw/cqxzH8zrkWDu0eZvT
150uqQAuZAZf4qBtACmxBaZlw6++ECRCT93gUCwlTSInCMK7zhCYYqq+KgC2CkCnmtqngjdNTRwjWCmOVQWg3Yr0f8EdfUBXqQLt
YPF4KllicgHfUOzodRzNJrkHH0fARMdFESVUYoVRIXIqvt9WVGzvcatAkcb3rcIcFYPZ/NkLV2E8QwZbmMdSTL3o7R7v82pmYQFM
4ByLBVMWSspBK5X9fVnI6JejQ0+5pLr0g1wcg2rQyBpOjVWtyvyYujHXyKxZuSDaJ9ZQM+Njq9sSDkxioQ9gt3lEmwFX4zTwUaTb
lXvls79hn0vXoReb2E4fpGgOnAeI32qjPdX5UA4GeTAaCyMORZh6KY39DPNjpqJcEMUOBeK5p3cyV8TRK9J0BoL7IbfaFBWRXnPG
cO9stHu+Kb7aPMemdLjySTmZnjsFoyPraZ1GGGJzvkINf7npIs8x77rcXoQ+/K9mFcafo3gGS5s97Amlfi1YF88TBijPZBtZWMIJ
8Phi6wN2wt6RPWIqzhiy/RZULEQUA+7VpmeiLgEldU+L96s4K9BO8L/EmrxfPQXsEspqX2i8xuMpu4nJdYCM1ibRIUXW3Ty2x/xy
7hR+Xe6mRobKHZWe4z5NrzI/fL6HWeDl3l9eHu8eHYxOd/cO8OdrUmL5AvZfbqyebnQ7GXEIr+qZ22qZBNVCeJ2WqD143XJE1ctl
gMFWDYZ/6HD7ypt3tSyMe6bwJN9RwqWZuLHez7y/suaBV3KsCqESeu2Jgjue7Vjg99MKvFlvfJYiKnfcctGo59eWP3zU8ruvDP1B
vG9dNw/zFAiHCrVrXTeBU+ITecL08o4tqaKtZpTlikzj+HKmYUFL9qy5grwKzbNo7EVT3ZHM7jt9fHL55n9OD85+vjw62X/3Fi+k
/Bj2cEeGs+Fe/nwkpNlMS7FCNQWB/1W+1Y4w4rrq/uQuiSYcaaXi8sh9pYGEWz0h+Cvt8lrvuEotjyloKZsCfjY4z+L5QTIBXnG0
mMVFsPE+2bBznfTdBf1b6Kq8TW/7g+ph4322QSj/PGw+eMF18dJ/fDhUtTrd5etNMDGnR2XDboQmjrTv8aRJqzzvoFKuaiwp8xfT
AHEH3r9HYvDzEa9Cnr7Uaaqp8PXEfLYYnoC7Q2arOek4c4uOk6BXoNWvMYeSG3QtZQR9jsEtw0k56+hQgnE8eYlIAzYMEYRgfzBI
Nkq0UgDySdncZaqaA9pZ56yPNXNVk6al6bx/98Mks5I6SCLiPc3I9LufZXS/gGVEmKI9HANHQPKgOLmEErmbYR9YAQcldXwoplM/
amz9Un629nGjPCdQI2cJgF7T2Yoq4xnTpKJvZKwUzflkqEmfomQ2geBESR5jUW9raWiBxs54BDFsbhoiaRKNlm9l2yLZv2TvjqNC
dGmPljGGSZfF226W86r1MkEYrMyyISeQHHDeYSgbyIc4XMiE0ATpUAdpDZ4rLx3ZXn5PCFelgjRAk6DeAOeyeR3QrW714khpDxDc
G1VzUh8jvjlPKdVG0KxNMcDv5zlJBYoErubHDWjxs1Hfau7EfW6st5prMCImWALKau621M2brFHHh3uUrQ6O9uejIboDoxbxUNTV
jKnC+A0gAVUWynuGCVww1NP7HuSBuxS7yClfRz5FlWPIyKvPWUWvHvQRCZJE4gPKuE1IiJEkeRXPUWTCQl+YMBY4cOo72D368fCn
dyfvRpc/H13u7u+enh+c9aTVF6e/iMe3FMeWWKpti11XocHmKRtaJ/XjcUyQARlYvOxlCVriyOpcMrT7ne4usM7adeUJ1e6smo5R
j0ddXHik7q5cUpMaJInH+SOuSELOYvY7Iio9lwQCxH+6OTB1xBW9Lgl2S89FEJHLWwbjCjaxjzCAGdIr72qcB66Q7iD80WLsqwz8
5z/zx/8dzE3lsA8FMDAvuoGqN4CSJvgoZ2wHEDe3Six5ud5Xjcu1XXlcr2V23jTMK1Mjxrqy4NzKlu0QdiO5WrTbyHE3gqN4nKV5
el0MX8CYP7073H/1/v0LRJf0N0KbXHt+8WFwCMACXNZ4mqZomk8q9aws94bnqDN89IQKur40l9O2lf9Noq9O4fNBpxP3i500MMBs
BNg7rijrLa5zx2nxGqcWmEFZLeqPadYcASoVMOQK5W/d/23r2Y9bW1vbVJag+vRp9enWX7ee/12vC1lXXhAWRan2FcaNHU5yvXx3
I8vCH8UTAx/Tw6DBaUm4fzniNO8GMIlBWT2da4jjs30Ol6dit71eq9eTnkVKU6LEZsZqpx+TnvzJcGWCDhg5606B972em13CIV2V
RyiLvbRXMdeEKx56H7HYOnMQk3T8iZEr/EWIBQA+XWL1L906y6c2sB7vP6MHsg2ehnFGJ9RXEtcrOnaRM63z0Td3CAsyYKKxtZNy
i8LxVJWVAZOm1TFLMe6VK5UnmwC4BQMcl1BmYIttANdQNqpy3WXGMIUOpj2FSt3iFk2mW/SFmYXVucJHJoN13EuYX/eo6VTnSFIt
YlpIndIQzjlk0wt+/iUCovVNsYmBAJjq9jZBZUDXDxopxcTH8jZ6n3qd5EcYrJGqnGr0spKMQwhTKSqTvetZeIPYIXJgCxZyWPLR
aTAzHmEyeZIyiQUaDxszJPVgkYXjWyMK1uZQjBHORyxCGbEImCm2ma7RxMokwQtMxi2TwVhrCsX15rGzcSUFMTdPhE7DLTww69DN
95gX8FKq1FodpJrkuM/SV3a8yDhnFAY0Z98GfbWuVadwzCAR/mLy4yb96Lq5ZWnf6eLp5pGyc7RZ+D1XBulPayX3IC2BcYAyCRyu
Sj1USdGMp2W+sLUUeJwOCQDrLAonnASJwneoX4xedMW76Zve9aBNAnlfo4+CAJly4X390D9qx8ILKDH1vRbj4NIS2su+rLuIJizs
pWJxkj2xMADtwGe5GOkAhrVeA4L6lF3ZyPiqxHL3ZlFv1Q37TSC5lHG+ODpiHaLSLpmYVQibeEXXhtLPU8D0HnfcbmRmVbpQkZNJ
0wdKg1OBhZp1+Esed9ezru11udN240fXQxTU9mZJxJm3Azcjgb6uAUvi1fF7O13pUWCP+cfu6QzUbeQn1fvZRqeSOp3qdlZrk5Mk
LL7AoRyHBcN6u0/QOkxAIgINJOpv2qAvsz9tBU3Xym9naJFo00kFJElpa7o7PQgQl+Ziwfem0fiWI8SMIeGTKDMrh+zwEnLPovjC
jST2tR44o7nCYKmF35h/RlVUnSemp65P7qaU1QF7bbZr3pJd0xSHFFGQnDcz7CAcddCWqwne9nTlCk3oW7hjpN67xfN+uaEnPBff
9BgSmpXjVs5fF2gWWc18khRC5qrVpaxeZw5UxV4lw6WXYr2mq0VdffttnX0ifWF6a/HB5EN8ScpUct+gfrDIDt9Tp2+gwlNlF+GV
u4eXLzt1QSvwu5wowevXpbiEmEc9Uxy4/rDkwI2mJQfuVkBXS2fBLLN8Gi+k74sQbikurwmF2FQEuFMMA6+qMGDZro+fg914n2lu
/GfT5EiplN72Hods11HZ43z4JsKfImz2KvKMaepqeB2uqJKSVEfwVQlyIDfYjncVWzBY9ctRVN/rZDF9DdPNh15YpHPAthgyQPG1
IWZDKahADRqQyTIbpzNOAxYgUt+kIqDPe32OweVvinRGKmeiCA2e+ftxFtD95RzDmm75bkAzGrxOqY6neG9L+UCU4Rec8C5NXuLZ
RVhM+3pZ0bbKo3OMHMKvcBcHuIvILWE5LuKa9FKex+w/OoBvKj6ect40Ifg0gCZ9Hr6WBEKUkMAP0F0y4YDmgjIBspJ6/+DtwfmB
yJwCp0N7DBQ1KDPsYlYwb/dnLx+HmDSnR4U5YJKWcGvsEit0vQaIvRy92T07uBQDzMNbzhOGYEs3PfTmKWoEd0jBG96AcNYHVIsE
feIFT7dACP5uy5tXY65V8G5YFFhyj0sS7Mif7XXxuitbySNb7PYB+kwBEYLDI2Ihn8siHXQI9Bbph0A2stERpow2WnxGRTqba7mt
fpB9TWjGwDynl7t7VFh7/+D4ENiiIPQ4IfsmFoAlYCUg6dO1pQXATStSODUq1XYNT3vs0+8a5l0SLgEasvh/o8kugVc5XfgfRYm+
xgx3ZFsMLi8J9w1+iZPDE/oT2V6srZN48EB+OnQNh0gkxhjXWXwbadnonu94k7QAkvYk49yG3/z170+3nwFGzAHFPxnnxTd/3fqu
N3BCwNcB+W5rc0A5hp41LNGwIjj7ljD86qX3dGtd0VmERggYEzn0AcoIAgWEaLPGCannTTPHdu5BaUlrlLqSxWlHsyhaBN9t9bon
/7W5bhMiRb3dCL2NJjoqbkwJ9pkYo042cA6UgsR5pT/rku5W7yPeOIQ5y+0lBN103bTb8N8H9O2t1i9MmNneeiTQSM6DVbxog6H4
ieORd7ifc4zZOJ3JhKTMAEyslh35TTDDCJJNSiSPfiAc3IJlqUlUnCFio6QwgE+FllnGRory1pQZBj1WEmBcemV9a31EmbYMJjxJ
x/mTSZTHN8kT4oXEu8EcOD8q54CB97nnvwC8F+av/vOCM3fCHwnm6pymi1fE/ckCDR614/Ls+piy9IGHpQ/YKXawRrL5UpMedCnA
Jqr88Rf76ZhMg1W9Z8Nws8fk/GiXkYXgQzF5Ut7JpcRMYk7eQWI2bA0Vf4su7sKlhS1OVGoxLmJ427M6NcQTPcuRFRnNLm4p677u
3VC/Rp12icCOtqUEK/qlV8+gjcJcMjxudRmurFsu9Y9Q4qO5G+3aizDLownFcpLejLxVtTCrhMPkr4m1RzaCGZa6c6gOlFVobGbm
JzFakFC8EHUx6rkk4qxjCLxGxFBxC/8B+Wx+FScRdtKXBTxo+dYi4C4utT3Pn8OBQKOwojOXN4HLuVpegIqNrXu+RL2Xno5fKE9i
k48UyWtGiRNNS6f5+PZZsxNOJk3hXr+XWoRSTTHNkPn9JT7qewobcTClQkfMInfTl+xNw+RG7khp6+x7DjzSp51xh5pMKDSRq+Sw
ZhauDbo8sK+DWAt5dgVjSnMH1LUaXTJ7GDIlpXwVkliWZLavj6nRLo1O0ZciJHSjNoAI8OirvlkBgSVIB/ZwSGOfSnhVgEOlKNth
p4YnuJbPOiROh/qGCBgq5rB++AvZos1rNqO7pZyiyBZx3+cVE0LBoZypwYjRm0yMdvxpFRR5HFRmQztzlrqepQ0T9r3z9B/wV+BK
nlHm+CP/u3G6eGA2EKgEFxvyAv7v5ot8Gj797vtXg0W+DfNN0H2HlBW5SLmFzHxDitiyKC308ia6D64eCkw6gv9xRkHxVftxGSOd
8vIrcYrG4+oxctREMHqzCwOhzgzJK/0YiJJZvc7GLpwcZpVLsB/c6QWQ9jdhPg142niU+dVgd4FSSHCl6afun/ot+Vm7Zb7Kr/T8
jG1IfRSuIsahdKJBB92bM2KXPiqJ5M7aheIbqLa67gCxAr7ILqKA4yAZp8g3DXZHe4eHmA3mR9xwOSnU/AEcuvxQmsl9gxfil9FA
rqWFrGsq6towh7bCrtpogKlaxoWWE5SJKFOgWygIZoSPMPxI6MDw4jOaQPMRAM+gu9Qpq5/aXdEZnGWB1DWqwHYRr5gsvizrXeLv
loLvljF10iDzyuZuycto/ij5i41RLFs4ZTEt8KKDMCZmzVII7gfthW7JxAAgIZ2U74btZcyrC0KGShPYZDU99JTrapBDGx5K+T4n
nuS/P4hC1iPWUwRW8a7u9zBN8ksgYTnVmBDdaY+o1yT/mX927VRtvOhR/abdFT8aJwq34xdhJJCJLAKRiwOYSZVwRKR/6NPdDGOs
gPHzUd4DDLdIs4IkvJ3S6p8LFU4ePuQgCz4MOixFwZpYivr9oZ7bQkv0NRLN5CIlfGnfE/TUXVY7bbD0VuE5iV84o+NwXQBQF6js
jH/TAseJ7E6ruqsWU7btOFh5Q8Vo5YPqcFp9WzWe1rrr6kqNjFxf+aS2Qi07kNOU3OS/pwbRHzUDioo3rYOK0cnnQAszw3Ju4teH
quDQqSuh1BFdiV/UFf25JuxVVEGi18pTKvqllVZdd5DVXDuW9uMou19vx9f1GZAF0NdxZfjUpE5p4AYMutAlXp2icRvyaBkpskCm
fvb0UkgFGScmrTknNcxuuraWdoo1GXk49lb6QDE/IhETRRVy7r/qV2l+eYXikvjgJCfhqdaMEyNdMsFpgpjalzGQTk7adDnn2dDn
WjjrlsrBRhGKsH9H6SSaiQxslZxS9RUsTNp8NziVxNmx5GvOfiXukfgR2NMGTXceC2Aai9Di3IDmBhmgBZ8JIDugu/HkZpZehbP8
iVwiPKsKN0YlSXdoE4kYrXl8M6POku7rhTwgKhJkvcz2eHHH9S9LhvapfijVEYD1etXFGp46OH2rnOTOXJwKzhVnfUIpwtdn5VVW
grWv5OrCPwp/TZmucGEUnEyK8E3Pe5YP4sT+AT3v2WF01SX9KYlNPwF5WgTaEmIMKdbx3CtvHoJ8iUZfzkstvOZJGdWgKPgaPlOR
Av+MHkRxno/YnVRZtZMO2VhXgDkkxR9TjMI/xbpiGYoeN7DWO+BiQQY8HpGeE2Ta6CZltSqHlMXSn5sdorw0wT9hwIjq+VFhZaNa
4v50DJuh3MCP0FNiTJ0LV/49OQbs8oOyqJRaVWGwhImunpfDk/UlNQsXJolgxRdZShbrIKQcI+TX45H/iMh5RB5ARRTO+94kzjEq
eILPlslitry5wetS+n5tt8S91SSP9asIxAs4/0cbFWWC7JrT+OGp2vbHOY9bpEWY6QXfK0qLG+su/lTqzWcN0hPEN5WGAJEAZ/nr
cB7PHqAd2QSbEFHzLQuhO4tGoN6ybefuLTsn5tp53+CaMmagWfX1pd/b9qjv3deubvNyb+6+yGKz2mKJyf5SACL1krKQIfEkSDyA
mBZUIZWLj8b3Nv2iTHRAJX/Vp8dAsN6kC5dCMpCDYSKDAf3fky2K1dNeDIfwjKJCsPOvy6a+/mw49MuThA03zjGznyN+S0xSi36w
+XQnyW8ByvvACs1iOEPMABxl6wJ1y1nrqRpyGgDXoGDeGFOpAF2JGJRbu+yoW4S7NVRW9CFNSbkeN8BnC9vd5Y4iBIq06rk1uLH5
iKWNLF9e822wnW+bwUwsbOw42XUwFM9Dx99j27o/yMuHb/cUWR0tonF8HY9H1Ivfir7gX6+Qg3CsG1+3LXpRQ1bldE6ZyK+zfpiM
vviFa/GVNhVGxa+ksq/JuR2rVn1mKJ6FOGMKpHtz/oltjfWb18icrM2aiPwJxJVcP6+/I+s1sHXPkQEAjmJwnj2UVTHuiX9AEx8q
aqEDG95fXPjIWXIte+zpB63gInMc18+R7GCjnl2nXk+b9rzDsdW/+r7jVzhp5GJp0qvnzgbfc4Pv7Q1+Elw6NQIaZYgM8T1WiIGn
F/H9B7uqyb6XSc7omrsF9GjpFp4+olvGFtgrox9LxwIvib6t50RbYwoRrWdfbd8ABlhmffT6/NLkmr3Xysds6G3BBWBRoe9tewcJ
Sw1Bg5OkMg08tTi+4oLK7su1oB6nXILWQrcZyVqhSExLFrv2BcK/mDPcpi1MKZ/IX9u9xr2u4jzSN4WF5fDkXBC5Np4gO2hkNch6
bJg48TrUI467rgN7A8aLHoXwlN4W77DktHDbqNAIMRjqcfPnzB9zhm2/Qo+wH+N9r0tfJ1l8EyfuvsT7pr7w+CrfVuU55NmobN3q
OWkfIj0cZfV9+exREfAthxY+6tBCmVBInlMZ92xtrFADiDNUnUyqTPdqAe96i5bOmC6TOHzf3JKi6O3juQLsQ9ShjWsAmZAObdwA
kfChKrlmflc+tn8mihAY38jCBNYPhIKav1ClmH8ENiEKk5KRkc16nctBa2PEzCzEi/pbVXMy7BIq3lp90uAOqjZbS7ncTsaTRzKV
j0sdZHcT+FpU/JVFfisZf3ptspqxHiCZnJ3VSiwsVZoJCnJmxwVjbLtrXeVM6lVLffA1PylrS3clS2ohHXgiJxmTBaKpM1UhWoie
97LqVMesZ1+ctCFJ01CAzA5lbWii07wBnUJjhkEsVValTfih9rZn/353NkvvygopJ6MmDIJd1j9YH5dEFy0g6CsBuh1c/ccMIJh0
hBXr1wfzq2gyiSbnESWckExfy944vnrUBh2mq46jai0fNdIphu8X+3EGwNtxSNsnjxr7xzCZ3MWTYnqGlsIVKTfR7moDZmdbB2hz
ojMTkjj3WQP9ir48/dJ9f35DOvUFU958dO9PWf5sr5rkhhmpJJxp8p9gjoS+ul9hupra9nqfdRIgjmIe4YkIB6IS8IynMRxDZEeG
Z2/GCeUc/cupXhce+46o8tN80Hy4mp+SEaXyezEpj8joJnS6FVakTMPWM4qIy+fbHz6jmnilXkPV4Pc7c3RdKjg8lpnTCj301tW8
f8GsbXZGy1S6zUpnosbBfp6FiRywNg1Mm+9g0+RuYygMDKZ52vyAvwHSnJqO30y9AGQBFmEwWNqJOb+pSLhaVjvnJzq7V2a1czZn
Tk2NoyXD0964P7fKp/R5s4Ra+3y0SNNrqU7TteCVzlS7XsNOA+CcyCpvNqq+mqFPjNGC+PQtd58cvo49iw2udmc0aOsNKGS8ihp6
Mxq0zg1Z42jCrfGucSxGeaA8QUcrR79OzqQtV1wHCsmBDi3V+YYYrgvQR9EDVw/ktj2eT2YRlqZHj0kOV2gIk6ABRHDTFwiVaEq2
iYsiP0OeFM5VoKGrCImzyBKwg6lsYvEeMxAdcw0bdEhf5hFFJ+ZY7Cm9G3R1QSGDu+KOZA61sEyV3BQDqKpcvDQiEJKokL7GlyIK
ZMcSs8fflgi2jXotdPFI4ZxqNTDZb8+lia4MS0UsoGsWCCqyEI1AxY8dOdnlZtGmX5Ylgi/T3DfS1i26C62NfbaJK5+biHFRE851
mGA3qsvCJprXwzLlVxFt7WWcrmp7wrsOsmDLXuhdrLkFlpksSBC8nJAk6JiTLix2m1yl18+YJoBePF/OL6+k7IjOw1FtokfcTEmY
iljpR+bqq3ECCUuclfFK0dTAEyIzd2NJpvyuzrUdR3e6OnJRgafJhS903vmdwYWxXHzH7s5E4KoMmavmLI81ir5I7JtUtOLKtIqm
+tZQcvrKssRn85t5oQXLWe/6jvt8KhhWO6qW+91OCrQjye8MPZYgElWMWw0BB2Ax4KM21573qVcvsKcUtLgzj8Oc+GnrtRM776r/
UAHSkakzX/R2uiQCtuLLrkfUPAPLCWkIu9+ArtsRdnXr155J/aD6jzumtdHT2lNlZNa3orL66CUyEtinJhk145yzCEH/v4h2KvvD
82nboujOxhdGd2Wm950vukvIdf13sXMDGOHkXPvUgiFbmOMvvo9nlB7ljwRtOJ8WaHudZuSvTikMvtiGKLXdF4Iro45nhRMqSyBY
ST4qyl5qJUFlLVCL0GU+tO0wyTJa2SSB6sX3HfSA4YXxzQfd8bZyfPtxLoIsnCo9h4bNHd5YGWLvEf1TZUYFQ0ahcSphXFmgDa27
459WszDR+DP86bdHgNFXHcm8gCTkxjU4wh6Qa3dZiIhM0ycvpdbId9K/9TSiSg0lLiHuL6uQ+lpIlZgg5+69xF+XDJ/NAbRqzufZ
Mrn9glPm/tSMDdWXZd4JvdfmbdNtaRRPLpebyO/y5gV/qbW9g9uNYUklVmyEX4msUcmpwe48HF+GrP+8zJUC1JJYnr5r46nWup8W
zauNIaSRWzhCEPz8k8QHWc8/ub72rSyaRMDkRkvYtUZGEouu2qalrlAcmy7cUQS01EEOKNHL4T6mKEMtmZZsrUzMKZR7HoBxvuOF
Im5TPr2bpprKRqXp9CZpxGnsI8zG4xUy0TV6TlNWa0oGimkqwiS/w4xoUbiiJpzBgvJ0hosFmhMn6aIQWdWgVU6teo40ZW/GiVCJ
GnbDNQiriosU6R4OnaRWFnfUSry0UUX6BDqmb0T3Wjw+pR2iREzCl1l1Wk6m0qOR0U8WfzTy1VkyrJX1JXe+qqck0otKis0sq0om
mP7akOGiokD7r29BOOumHuLxyQqolwMr2QhR9Kt90SL9pLXoV21W1tzOlpzOLpHLGLt2TaWxnH1j9C138YSw9qN0El8/PBqIvyDI
MhyI+ZRwoH+WRf9eRpigx80WO7aoYQdEfqs/zA6I+cgdWPsa2hKirrM/EoXvRwXn7fs1vcqFmz8gxji8imdx8TCYw33hshJo9X4R
TuZU5AWT5r16j98MvRfx5NVAHBolDTTySdJbTvCF6da8QEsM2EcyIM1VRZjfbuSAxbE2AqyQPvw1XaIDCielDVSe5/ILg1gks4c+
oPkwK7zrLJ17or5Chkaw6zgD8iDSBcjugc+H53OuxCB+1OOgBdD8I73CBHQShuCTwzLTKcd2tIhRtMcNaezwfZfcs9jOqJDAeJW1
92n2wA0c2WiN0bGhlpyU1qTnJ8UiJLyypryBLUmr/8GHaGxcy06JhH9yy8Ve+wY8rJWld70iMEmKs6RkEjQ0l2hJOKklpcMKOHkl
QZfIkhwDWyHm592FucjaOulBh7zkhkjC6rb9CosP3O97XVMK1wyvyKKprzLvJkY2Cc43mmzm8MQLsyx8yHfU/UKuKUqwIkyKz3Ku
Vp4PHpF4rogWOSfxmaQJJb/JokUI1xL/vAuzhOh+x9zfa3oXVZ2tAYEJkeFXykXXxZUav9HEBauDM7Sx1khXDgIip6uFQ/iV8+eZ
rgBOj4Ff26kepY2Ud68J1lx3UU8TK28iUrdfLxBToTz5oVe/lCph7K+99mSjsCUjgIvG6ZU4Flr2ZaUw9XQCFCyePSIdRb62g1J+
4YtUcUeIRM+omHkgKym8K8bHgGM2uVM4hvN4HgXbf//rVt/bpv9tyf/Jt/8E0o7f9RDnFuFsRLWnACM/q4+Mq2f7YFHN5wtv01t6
V62gBm94f4QrNf5ptggC/d70fr0QF/VDj+C16lhgANWvTt7ivCTo43Q+R7+VGdCbobdJWVmjyZ54CiI4FqXChIOEhQT9l0WrsBZV
hYPoe2OqU6gPh6h39GZ3E7P1cuLqBMW6gXdMWHoTaQIWXqKoeO80Bfh7AFkyGi85kQo/CHZns1F8kwDO9gBzZzBkZAyzeSA/EV1g
2RN2V6fk9yJVOFdekuvW6mt912MZWawRazxRzhfBPHHunGGVpSFcDBcO9hKzeHsBZ+bnhUabmMsRS39MRKULkUwV8zBv5ExIuYDj
aZbeZOF8H+tC4Le4adMwnw6asy2/pcnK2vK5xPG87FO9PBdnd1Y/52F26/YRFY3EVrysoUP/T5pDNLobR1mUjFF3uDEq0sXGjvcn
WpBwRtbeVhynoSXQcUv/mAn64vCEGIYPwyHSTgAAzhHMFejUElUJKkov529scN7ejZ6rb2ReNn9NUTFxAZd6mSEvvZc9LAo8g8X0
YcDppGFcmVDaSA39p6ue9x+Myz0AErPJ1B3IyJ8uS95s4/7pBpqWHVNAEgTT2ExkOT06HJ419BTdx4X33PvkWgAS1QusvTOQaZRh
qiqRspgCzNLx/Z9x3bR9PyJuLJf5J0y9TBNi8KAJeX8qdnhGW741b5W/eZyKRAge/JmQO3o4ptzztUv548MizPMapsExNV1cmEff
PxfrUJmi3yUxflPmihbSSAcZEwjkCJnBYC3lkLgFfGfP28vbkaiJrDqVRZJipqDGNqNJhR+WZDy2cNOP4JMlkxwzh0zaOXTJQ8T9
4LNgW7U6ILnx0oWeOxl+CWsDvfzhB5oAb9PF1odmR3Hyn4ceOhogEtOQlVaMHDQbpylCVlr2lWRJCXiqjzECtPZciJdrVKswd5dz
21GXuNdYKBBoDQrQcZIDpQKSAx+0Z7+Ua7EmbNcAsWGeh8fnB2fHu2/FJHknoFk0yTUSJDxPORvf3TSGM+N6UJjEb4KaS5x/NI7g
Frum3XB7gGiuzcDBNxcEbcQrLXLLW5RO/A8acNIDWz8TAHLALJd5JQsfflS+I3/k7adbjhLFzDyUki5fzJLb8Xvu0g38cV/HHjut
DDwPoKtrNJYdHq+Re/TXtfdfkxxIS1V7y8WZ8aUPkI0SoV9rIy6SCIAjRVitjXk21eOyDBsJoGgTJKExsBzLWdG5eYR3hhvXwijk
am4u2ULStU/xUXhdiGTEnabNwnbH5kog79heSPVdWjtlCD03GnBBiKZbqznoGGvHQmky5NwetPsM8mNxyU81omNJb8ofarHT/KS7
B7ft+hEj+XDYdAlPA0JRfTFer+fOIMctRlUkog/iRiXVKeqdNSAV1mGfg3CHBRpvYO8iIAmc9XcgDEsopMuth4VURQhzJDxqmOk3
0xV8vSlPRpq4LfYma2EvUlZhTn5zIiUNtYJZmN0gI1KTcaxTg76G3JerePwDcRZADHF7ApxSn4YQ+nqLpp94tOlDVy8KEAlHz9+B
1HSD1aBYPJSF2XgLiBZTleFljqURRSEAqq3zRHyLFRTjmymwajcR8mu2YTJxtBhhif2SQM5KT5SuB95rJONX4fgWVYOj/xmdHxz1
8TrdxcnlkuwXOdttNQH4e0uGoHLznjp3j0GhtnnaBj6176A7zE7WS2FAluVP4IdeLKVDwdZfRSp4ic+sk6xTN7Z7+86mJdUgnkvo
d/29o/23B+dlTmQ89hztN8uZPCjJWREgDPFECq6/QgnlYKcJLgIAhZ4sbP6AHOUONuVzVM+forut7B536jgtRqzydoVCSY3erzg7
nI+aCzl2iHuAfTs66MZzGoxx2y54gX0X+niZ2jcBX2C5qrSgGu6o20dfglgUbLeu5FOzqbeBC5q0cEHuxM0NrJoOROLC4YUsdTVR
noc3UUelqrQkBT4lQhbMO4tO6m/s3++LYfwpc03lazEiPFBjS1VlXw7v0i5KspOXyj6J/0gHlsAZUTYaKoZO2rhrtEawdpXDJyil
M76nzwPacu+Md9ssiJd4UXITJxHmW0YvMDL2sE6OrrwyLiIXCXSLfKIQnqBzAwwHloPjgmYK6WnErK/TKFkKL+cKAX2viy2tvbxW
jY7rSLcczGZsNj5fJgJ1rlE4you06pm+JDe4qJRITCKrQ9F91vO7H8IlzkgBUo8rkpp1DwuRz8jxRNfOo05bKNkD2vVfwrgYVUUe
2QewZ8to8q61p39RO1tXBmfgVwGCqHOc0KLK2ZB4n1dIA8jPmOmbuKEO7q5BQFxtT6dMDCuafr+MMvrPfzyHokhZXiUK77UVPcV/
ECzQr83jcgUMJZTCwQYnctKFWVBATEWHEgUOMbAuKG64AhWLwYguNHT4HHtDNSbe4dOYbHhbHdYAV3/rfmtr6/n2s61n3mjvzcH+
5ejyfHf0z8s3u6PL45Pzy7N3x33V6Ol3ZqN/vTt4d7A/5MqRd3CwKLw4Jvs2zIszQpA0u3seE0QO6ysYiV7xEr/GbHQdmZ4SDiNA
3BPpl4eWgBKFEVR6jK9hQKqooE1DK1/3f/7mr51PhhKjZlF4u9MhxRMVaedbqCh54pVcrNhWgeMn6RxdActScz2EE2wDn2OTWZrc
INUPc9tIYZLHV7NocCcS8uuMLN3OzYPFNEIT8QwBmjrOxcXE7cGH4qRg2BIsbGOV1eKBeeDM/TBHrAcAqD1GylQYRfPYkhOTjSPO
62CkUNYsnsd46QzAeVkCzg8GUhsymnRVQDTsmq9ecuddYa0G2eUsyHVFgeIdZX2J4dqLkya1BiFFDbFKrOhgwzuDlFn3/ul3W41E
C47Kl7ZMAAiYo8wVglIPKl9BIkrEjDlcfUKixMSHDWwGIKEUrY6H6tHc+xOOOEBLVwDIStxTllLwW2Ddc3jnUS43UV2IrzDAD1aA
mAm+MNOFNgSq6nDIS19FpEBGkANSPyOhTofQATJG/yAL5HgWxnMaO0fDLRHAcgYkJLIEilO7Cytl4kyhi1a3hsj1uSKbQPgAec6C
y3Ce8vsN9OAJRTF0uo2wNVHk3YQrxJhDDyMQEeOlt9FRNL/CfAzQ1ts7OZI+v5jWTv92w7AmQ8OSGcIcr0A2MxDIscsxuVSXrwO/
/BsLhVxFJPNnqGBX3nD4MRnUE8M2rrobwO2ZpEUSFU8yvPfz6Jtnz59ubfcIZpaUhQ+BGJlqolrY7Zuzg9G7t+caPDzrtViMS/5M
Z/YcTGrZBFN6R1au5x7vlXtzgBjeD2jQ8pnme4P9Vt87qsOLAkt7lDnjiOWS4L6CIQ7uOStWOdg4neMYCCi1l3V1D7bWpkdjfguo
0AvkXjPRhXYDktv20CS5DtUlgdV3+P/heF3NmcUy/4JRZGsZL1vsDo0qF3virWo3tyu8db9yebvb1eCfolz2ipNpOUCEBUU2IJYq
nXUtr8oYSLU6csnI+UjtYZRLRMF+/VU04TdtIsCkaiWhpB72QhSST/alTkMW6yyVEGVfnYrqAdJ5l7ATjygeihS3D+zDbWS4+gJv
wM48ksCFHq4Slzhkc6a0JXtiY1jhiCWUgGdIB07Y3eMZ/7eA1wIrFYBtgpz1wQFOzG3rU7BmtceXFx3WM3GqXHZFdfaKwzaKDtHs
Gk9LLy3Hho2+pnws+di7dDlDyUPXCz+tk5Qmn+JlcrLIA+VJ8Ajfv0cbjxdZWqTjlP3pti0NxNqldq+p9Lfla7wol0iZ02VxKQpu
fr+F/6xjyG5ceI6JL2BGwJUv0iSPqsv8Ec8ZLcF9aiwN8zZSgu9dAPMa5C2upbaYPuQxMEBYpIxd1MryZuMwyx7oehXoKYhWzSWH
k3nB4YJu8c1gDxrFmOPIXqHMvdpXnvw0aFFl1sYKavXOnFfjNEWGnfVN+2/2Tj0RVoZslDRDAXsN769jZl2AhVuhG3ZRUEW2RGzU
mMeGa1N4c7gb+iAjavwWBbCRVGTqN+gZXGxei2Q4eR14BQnPIhp1pMls2kAet8U/l28i43CuCEiS4sjw3HXe0u4aO+6192jNWOtq
k5QT90igcRpeheLBTlIVMPHmTQK5M9A9V3sRn3fOCakZVdgJmg1ilptZgeukGnRmF4rt4j4dyKOnKCw9Pmk7BaiXkj0fJQv1wtIi
9uRLrKci5AP6dEr5FcuCtCUsZmGC2WWF10SfMtCR51IOdNZD9rIvDQAIEPigvIF3KAejXgN9IpgMoitlc8rVMxpqjavWmH61HczF
1YZOJXzqSEbEYs5qocJmenvclnaPDzJeZJRiwOKvo9j1proXWGRJw9OncD68Ybl+vboW7qOT1NJZjAu0WMFDv8Hbgk61+pHM8aQ8
9MzX13E0mzR1aopjxoalt42cO69hTau3qCCMK8G7hxMOzBmz0sMXyfjZRw9Lp2JgjMvoSzO1nKz9dtby8rnn2wQR7LrxuBSzulyA
MVAq+QVtAXbdkv5CPwjuwBYaVH59kKD2ClkfHg+b4TAXwuTXi6T8GSnx06Hq1M/eF7lmjGKeqm9fiEGao5yjz6qpsPlUCCHTbbZD
p5EXB6fKJsWGsjtVuGSQw8JTpAnB1bJOo2NNHYfBcc01Vmc1JtEFrwSIL3KKFpuks8Ome2JfSP0JolwKzSnsvlm6AwZTL+HIEAJo
Y9xUa2FsEvfEp7hKUuc6ONng+C223ST1suJkD089kYKDjLlYeRUE/TC5ifrVkY7icZbm6XXhvY1CtPHtkxWHgifg/EUhePQaTjYK
dAxAxSpSaGHtEUWQ/d6QOAhOB9GXJpXacHomCtTJZiLISPeo1HSd2xWHJXIMDOn21sknljywEFDB9Uj/S1dcLp5rUziV6eAy9PIk
XOTTFKVsTGzRF0xWXwyEnhfzRYjzEmzKjnSNEE4RmlO6EXKUkbKFNS0BunXSbgntkJbvA3FZhued06B0G6S4X8pxdaGNdDRsUFgn
JNiMsq9FKlsjXcla0VfapeSBPXiQAA0t5ov0ulRsSEMj21DIsDFG33s0rNSgik8Yv2XfodKMIszmPe86RolNaNcx1iVXvnlFuhxP
pbcDinR93b0EDqQ6XDlJ3UjjDobm2BuQ+SuaIWXTJ81QaRNfM1C5URfb7oRyaGqOMPJZe9Qh1LnJtb3nKmvZxB8LeGmWBK2+2/xn
M1KWF9dvEeOqkTKkklkvVqabMkjo01CT1lIDVLi+4xEZUaPYkeYYb90s3W1e/G1tV3o+cq/i946tMoMXUDFYaLu1A/95ITtm1xZ4
9O23XTljAwqrMCi6vYg/tDs9pgvmqmP413ZPcdlU5Rt1dhQ0jQc/OPj3ElgBenpLTx2AUOcB6kG7yrufwnbPkNQGQqBUFKrXCMVl
MEET1BuZbyfx9bUu/TlqPHeV8e4NCW+PyZeS7oRHU23CvXUcElTvu+S9wbxGYCvO2cwZAhI+BjYwpC0QsadEI9BPrfRGHHq/CGcS
QR+JApDDtsVdpWk0zmuVS8pwJeO/3KxKM7yU4R09VYcNkcx9VaSVfN9YlEhFUywxvKXGlF8Q81tGQWFHfEI97qpPChHe8d0lsiIF
MpGY519uUo7e6JKHYwdNyzbJvcBUMvpeDJElsxbPLvOHwQi2KfSaSpWq6jBryB4IFs37qqsK7jVFQaf7r+Mbweah1ywOyk596GtD
WZXQ6ewfwEoH/o4nm5ynu5jlI+i5why/NtATYWHCUF1v2hqu7vpKRFoQoThsVW52UmwmKDNQ4JcRo8e0tDVKr74YaSRtJvGIXMok
jTjMJs4ADTssjck5sVOT4xjQ7+k1mv/Zlvkrp8oSnzawa/jPmbCj4le0WKDufUkeFUFY01+3hZHreOy4NJ3Ol3oTg/qfp+z5H0mX
cWuAqDXkgDtRkBQNhCtH43qBQQem/aFTTrmKD5I76KijZ9KnBrmPrDezNL1VeSUIHFj8RmGCoh+4Pgz6pGkmY29K2XtE/oeKNT40
nJE0YRC9vMgoL8QhtjkjCh1WhwdaEIEQg4mQ0CEJ/Rc5s+L1MufSbFlU13qTcrMC3J0SwCD4azf6C1iUZE9W873MDlaNzlUGdash
qmJHeSFmgbVXKy4hMuEYZ/LSLRbfocGirpXhbCZyWoagrmRJSi9i+O9Rmvcenp1MDYLqNEw+woZXbx4+AEKoDjaJxvFESqU5ir4A
IwPvPEMtgDi2tzDSblFEc0ypidgNiPKzLW8ew47iPQ8xZganLEdk8g4/kFmqibUx5oeWRJ2yTkkswj7Jb0/2/nl5fnh0cPLuHLOW
Megp7xRYKW8JejaTDwlpI0jvxD4jNbldKDXkNdKYDJORgw0gM7Xuc0JSwxu4ULgLdLPoDwQ3ELXxb6sZZBpR7im7HYQFmpC3lDwM
1I8XL627jnCFXaqGVZGnjsPEDOSMB7vjfy9j4LS17vF2HrmKCuH3CLPsc9uCkHUXbQMDlfjZl0tEnCn/poxr1zJrR23ZxENJ8KrC
NUKZb41X0S/ZdpNZULFCtNhuRiXh0myLTlOrJiaYDuDqwTp/3CeSH22r/otXOyPvCTuIsKSJ2RlLZZRiPPAQyMlTXi6cRev92and
H8/N/nQk/u7QRv1yc1wdQMZPs/QqnL1/bxJYEdTst2i/TX4SOrS0l06RNTvGpzW1WBaXP4Xfu7PNXbz26rut+ee1MtmSeHX3IbDP
4lMLBBiuay3nZPLH0f0CsJEWLCrSMUr+RI+aauWjxRos2NbK/YncfRLDKRR5xrmig0oOYJf3rOK+W4z5puazX6r8+la9WzfzP7ch
xb2uOOQ8Jl01h8bwnNuhpvXTsj44CFlc6vqEYLqJJC1G7xLU2G1u9tZRDq+jlqvLsVKIbSn4as8TZIwLBwRjulMF8QZTnB0G+BIP
OEnFDvxAP+D78ihcFVbZGZR6KYUk2e1+dB3C6t9BZ5SXqM9nfeFPwiL0P9TzGrGfqnvFwr3BVxaemh4z0DMQ9fwOE8bYO3qg6SVw
EQw3pCGR1tUhKWgEqAVJyhB8TYlVUT/TeGgN92xZarhpJq7gQw1UlhqoWGcqwL6pJILzOyOUFcHLhK2lIpC9CxUk/aHXKvhS19qB
mTrmZZOO+dNXX163vI5euU44pGOz2c5C2600rOq5LIoLxLmELmC9KEoLoR5TA6R3lPNRK0SK5jkRAUlViwaumHu+wPpdFLcpXajU
/3GbaRMmY00PpGUrt76nrLQL8gMRtV94qezCT53KF5yM2N+RnYnnNYd+VcFE9DsdJ5eC67J0rr/luDdtBPGi0xAg7C1SoBiOMdTr
2iDyTbeF4FEuwnHkWop6X1+MfOXbKrVRHyXGiyc6wm6IM5awQrZtxAU186n8uOJgB91SmiDKlTCTLktUnSRGzgl6xNS8C9IL2z/G
lcFLzi4vLiCSNLwLPpML7sf7BP9r8kzAZD+byLsJo7SWYanH4o+WTEbzHxBXEf0eoFWai/of4toY6ql8ma3iFauUoDdKL4R4FH/H
GVxK0ufE3C9K82EGV/Q2XiwizeuZ4xjwW9j3GyxMAvxklJcZdCiuVyY8QaUWjDoWcZRKa+qt5nMe5M3xSChPyIvk4StrhO930jUF
adkVSHyy3xy3itxUeqiaRdVimJQbpBuUSPUnpEV20PvK8AeA7xBl6fvgBW/2ji8PLo92j3d/Oji7HJ2fnJ4e7Htb93/bevbj1tbT
rb4XeqLcjSgWLXRYtEBeNMwMVmpqCtktgT190mUxTufk14a55N+/2BoMBlvVxP1lXkSU6VEA3RL/bFr+Jf9xuI78CAfIGa6CR0R+
fG7SOplb63dKXbf1/+eq++PmquOcLLPZid1Rt11pYEYTQCdCKz4SCCJo0XBIRELGVdHHS2EukQ/Qi1dhrCmixyyS+VVsEvMXc8dx
p7rr/XbeLjankHTxGIcQUw5scuugPLIkEnZOJutW9zr1uO1OCawk+2eCQeGNbqZruQVZuAex2E8NRnMdigCrVL15OvlW20SzRmt0
+xa5BByBJdkXImh0bnLUcnZcUZbMhSGYeSJ37rSWZBbNLgdyt3C3taSVCKDw6ILzcX3oETNsS+f82O10LVZwX6WcS7PQJdrfZg/M
UH6CPVURTZmThvV9McIh6I3MWfaBQyF889ZXltMMwvKKv5IMhFTpP3bXJdVpueXWA5JqVVF7rwzK0m0v4m8RnOXwNf8iB1aZnz66
Pis1b06YgLn6Co4dZXchoREWZOcM2Wmyjmwr40jedO9M25DRSe/xzvoGX8hn9kPpRILVHZ2WEou2gzrooML5zVw3ujho/AbuGabI
+QvlXWKrOvkUgkhhMDgkN4lc9HGukvrJsFoSICSHRbmFdhg/oBhoilXRg0ce9CKlX0gJfjhXUZlWypnWr8bMfb6/Qm3qnxkMKz05
QbT8n6hY15dTVmBdjfH2cf3Un6JiU8yQ9RGiSHi1HBSeGKoZ4MB87xP8oZX7wOfVMh7INa7HuQmBUxbRXmFJU0514MIDMvkCfIUp
Fs4kkwzz5Q0i9kDrjkupEnIRbpH8uVVbaw+7FR2b6vGW1HRN4bpatrwSsdfAhvGhpGWlk2AfnQTFlEo3Qca2zL0QwqXUTtZcXDU/
lqbIW/433G64bNUE0mwSn6U3IPYbvgNCO8S3HGUZNBugJka+4CKGkyiPb5InFCEv3gzmExwpZ9/Q3NsmjPEUXWMwxycrEpHccEVE
rnhGg25gWi9S8YqomgLzRPe9w9PVcw5vomgYbL5LVUlG6Ozbx9GoCSwAZFTypllgojCZ/6CvXF9fx1l0h/b/bEl1hJRjlwgWKGfN
w/VJdYVfXPIXONZKIkGY8uA6CjEZUD7w9r7xvqNU0QPvFINZhF/Xj8LrYIbVUoI3q+Oo4EeDcS70duT2k0fhXDge4++vRI4yCoSG
51xGCfaLvcyO0iRlipwXIqPYbaSWGcAnRU6ngnzXE3x5F2OQ0FdKw8o6qZ9FjeWv+I4LBRBuPcidYtI83a9MTCCUkjdU6omVVLhD
ovYEGhfGnLSJVMC5yJQAUzuO7tB7WJ7EGX60SRWjejvmWcyYtBQ1/RQgaTL8Ef6RHXHRqVpqco28wpTfwB3G9IQIigyBIr+ghP3V
8eGectrCBxJgATZlrF1wTVHrMwKAm7tLkclwcJNiiatZDmBgSaLBk0bQ36WBhV/JS+87I+2IozVmv6DWT7+DxrX6oqM5AXWE+dVz
elRLuJYs5ygOhlp4/TQUwVJYhmsolgvNqEAWCM0Yj7iklGuYA215M/UORWkfzOCIOkvxvl+JbKMvEajJZArMLemZ8EbQU7w8NIYz
xRkuHAsFoiOxIH+rPoIl3BGpl/jANiMXuUfsvbIYCLZcGaewvLdHSRKzWs4JIlmWztjVeVUjRHX9yLeAB18IK9fbKLkppvS0llXU
7vIygu8CGcNMnZBlPNezxOJ48h0O96GlOA3MzpI2Ddbz7OngPHs4xfJnAWCeYzriUfGAPjdYEoqSezZlRuPsG4mRwrY6mQ75x5dJ
dL+Akwakp4Ell9miglZ+i00S+TPhzks6RFHqAJ0NUbg5p5/wenvoAUaSBcTgph8kGIYvhsWkeNjRS6wt+BqZabyGhhHiaPT6/LKK
1EQnnPavVp5eJGjCKys6DZ6SCo7UMI5rQauAyRTTB3Ut1oV/a4A6N8aKwTCCDlP0e9VwZZBLW9mtaQS0AEA+bh/wb+ikQHqRbd9t
RZaVaTM00BQPzH8I6w9asqQtDw+VqpIGb1PAaKdpVmBo8DwtIhGgj3yD+DPKnZjG0LlhcE3eurOPqYzqOg2qQ+o6DHHf9cKmK5WA
yPqpXnx1jllLBU5zVl3FsbihpYoqn23ziNb6rNhjc4FW7PodpcLEsDBLzXd9yKbK2qqaCHvTl9mWcVFE6gIgeXDjMhaIEQVL2k7B
QD0LucT8nYh2iKssyX66zMhfG4gtsUi5t7X59LvvkJXHbFTEMyA7jNBJPJYb7OgmH+Y4gCr12HSTrWXEDPRvvddKFOTpvvTywWgx
i4tgY7BhgVBqJcgTHtvztv6rJYmpKDimCyCjZhthq1MgfSJyHi+AcgLq0B+98p61zcyY3XgKxz+WE5OQOYauN7Y2sPMxdLnx9w1L
pw658OsKncR+K6TymJISdaGTVMQOZgCw1LYse65RwyZWy7VLULzIouv43gsHV4PxYPIkYVf/hCu4b6EUBstpB9ZT6qYTyOadiQ/A
QT7jSlTIYUyi+5PrYOOJDUK53QtOpv+1vECD0fKKpxRs9bmvXse74V3F8mKoPngQNEDtdGGZsIcKsOqP4Fw7X6MSULGHzwFUmXHP
BFPs9fFg+uc/A8C8eAmQ4qbfaIKMqZwR0NIhgl0eJZyOATUIqGJ+2EHBAQUBCl+inMz/xqoF3nwJxBSbUcJCeHwXzybw98QL/uL9
4F14H3pOFzFxnBQfW8lHKh28ogdR4AMHb3EWW5W1zOC7XpNgYMXNq17nCpTQP0cVLMnpGDcnTTZpp8SY3KhnYxRoH+FgVvLi7CYP
ZExEUCId4MZfNvrexg/4rwv814cNdDV6JXRg68+QzidNilCoYtQZ4YjhmArGiNMaMre+kty6bRECUFcukFJanMtwFoc5emLlRZyQ
784lYzVUe94Xl9N0wYWuORMOugYKnqAFaGCbzvATOO9KIuYWIKEZoY4egQ4T1VYm69uLuigel1CyluqMvPSrq7MWnP3aQMfcsDvE
WUYpoc8kGPkS8BIscntr8PS7rcHfBltPnj7nAtx0tqKZOGDr9B2IF4/LXLs8xaYVB/B+jYUqwKguL5RCgloJtpLLKGfiANeKnl2A
pgRH7MrpyxcvLktF5WUeAZaM7uHezMhHDyG4AkVcRnxxqaYcCfGUxVoQJsuUiOKVE+AJ/b1Ww3eHeMHe04TgK63SYxXmK2cnvXMX
la/UenzLYQflOJKHgD8C0Yl41B0Kalsuquiute9+fa19z1iGLbBNAbc4Gb+nxOzPmP9QwYCEa9J1pBnjG18fzzYt3kjNf0HeLn6h
iN16c5SSUvtdIydcHKqnrlzbTiqI0MTJdrxrv72s1qidTJP3rWbh0JxrNzDjHsufitgoXfLdFC6nSOhdzY3F5dAoCbShPB1Nw0V0
mqUwoflQ1BQJvWk4u96UUbTUYU8YU8VQC/6iX5NuB94B2W7ljPWxaL45KWvRl4nt++SkK+q1tRSgwKBc9ktDNCImrTvmd0IsdLa6
qBB2cR19VOCg8FFPouKSWAQEOKogXnsh/PhxOiVnELoDUbTea3eVeqmg3G5dGbYn6Uyvzdd8j0M5X8oFdbTtqouVsFnZUh62srFf
O4dEP/g0K2jNhoIucu1D5bys27Cu155a0STO0cB6KVbmKron/zlJIhBG+cMsUnbzw4R8yvHPk2XBf3fqRWW2h7/f7Z/if873Trt9
G6rhd2ez9A7/+JFivB/pOmN1Z9FwvFE7UPmPuDgiw5XZXT6TOJAjzAkE+DPQ3Mj6eoRcSyJ50t9r5IvyPkvNAefgZKmM01vF6E17
gtcvnB3eJICJ90I4dY6PdAc0sbM+qw05ZkJPz8So7zgtXuPpewFt2Vk0TrOJytZE8rT80Wdt/xU6/F4L+2ivYjnjYV7Dsh7+tQRa
Bkh8Qh0fTjA5Qu6V4/H04v8lvD4U1XTETyoCeCnb9l9w21fN6khzQbpf073rOMjOVaktdL/jKZ3vjrUsUJtikAtiDs7ULg1OhTmA
qh0uqMufogJLQwU9/Eu+D3ztFGzXQlBwuMnQyULzWaT/DL0F9kaZgTFdlMPViuuWj3Wi1RQ12bKcMYfvjl0r0mGpYUkx9vWSeqsu
ahyXq4KBnOtqmygFrvI41SHwadsCXAmYsN+KKy08KqeMffcly48EwQRUX0NSpAl1qGwVzrHeruAeI7nKPls6taLAipeoxVpxKPnU
fAh3Z0lZUdFxBHACySLARAJi2oyTPEryGF1chI4h+ImTrh2eqi68TfXnLrUpwtvICOeSmhkML8KgKC4oYxg1yPkO/R3YClLF2QK2
8BM1WKArPzhTENUnbpEcebm2kJeqCSk23dzMVbO3m+AgXgO3O3sgegwz9B/h3mZnFKXrAcJwECO9NcbrlQM+5T+/xz+f9bhKaAs6
UMKMAvof2FRKHm8xMRf6ueJw1L4H94wdDtS8VEuifT7fDz4NSpDOWx53g15s3UjBxfmcsYrXDRQtkID4zvxYgNKWRRMQ61jWIYna
/Ow5LLMM05Ph4EnKF6AsjoOM4ITFUj4WlEjtF84AA+qnZ2gFlLq7Io++VJ27JNK4SfY0bmxEKe7L6Yk59bwIQzfQkBMv6Lrjpg1c
Zyi+egM3P8rk4cWLBjpft/JWruiuUpPABdV/4nx+6xtLd+eeui3z8+NdWGiI/L7TPXAyshKJG6HSqBe4FK5kTyyvsMb6eMrOVatt
9KDco/xJ4zyfxnO0gFj8tU5PRufeE9lR/uRFPHn15MUqyq5eDYAxFREFso4h3YrcezNOtMKLMNAGy/WUJg4gI86Fh9cqmgFp1sf7
6I+WYyy67g/ZW5xPxR/6g8HAF7+wPqI/TD55gZw8QTmw1E+mSY7/f71MxuQGB3/jKoeejx6jPF2TMBVT4Z/eG7B3jQoOltOdC3Lt
pbfnZEoilUqYFFykGN3XKAeVKF1nhB/zJ3gJ0lucthfwdqh1qOLycg/JbiD2Fb0GejB+mNTHlIXyaGxHzr03SX4gjo6uCGZSp6R6
0rQE56h+XKWTB/WD5800lWfeYoBYhAVaTX0NVjgnlpayHfEZPcVxd1z1OHcsNWBlYYYBgNbgDZ8pYNsTUvjh0H2afg2nCUlSB0hv
2uUWKxZtOtD4+L7YF7KTTwdvykLHYo/a+T+6Ik2xHNUEOHUuhbcE3zliM2m3RARTJe7Ovj/SdcXIWKkGt6hAjYgzPVyPIjkReYpb
3Nn4zbLtS0+P3qJ1DJVhJpM42mqVUSdGPamTajkSQUWopJo5uBAnjIEJ8fRsFV4nkb4jgH1YAxuQK2TpcgcU/Pvn1LylomuvM1DZ
xn/EgFRsvu1mlFyPfqMCX9ISohZki6Mr+QW2oUP1EgcrBnO6PDg7OzlDWm6dYJmXmWFG1D8S6ab9+th1fkjzyTZYI/JlQXX2m71j
b/XUm6RjumBlQnJRLSO/+DA4XAhGYUfSZlKY62MpXsKjlBB3cR71nGFIEuWTGUWgfGfuMA3bwCTdOIVRL2lzgjIJC2coxjciIw41
6DWXUtJdAzlZgIwBhxkg41TZIoHFmhwHZTdf26pjfWwNaCI/F9HHmkFHsW46HtfjwdXhOsPCyThn9dxAlhFuc7woXZGGGz30OdJw
QrzYWVO9Kon/tjZzsfOnrsm6J7napkmutpsmudru6HW9jgClInjK5JtUK10KVvIyxpwrpQpW5A2NLyjKiMItRI79q4hFUDZeikHi
Bcpqk5cyz3NrTkBEkeJjtE9x9MSXKFAsrrReHUf3XYgtWeV1YDXQQy3/EEZmOZhquRXIV2sr2u4NVZ/8aJ8kjTNOAeF9ZGUe6uPo
s1oxnb0ywupw4m1/GohIk1iPjiEfeBmxJeoB+OcY4lOekGLBqzFd1RE5F9bALwNoFrc3TzADGXT2hINpntRiavqeaP3N9rO/46pz
ZnIGthwhPI+XYikYWBwDHaxt9+TCF3lmDE651kh0eCkXJuKL6aHVywGBH4fHoCJxqRGf1DpGG5bWpSW8nLRE1FvJYIiR2/AsxjmB
2MXikR7DVB7QFTr0pZoSBG8w3kpxe4daSnJ9+40sRfrRxjeb4sg2CziK/Ju/P/fyKeAajo4MZYUzTBAbAw3giDGs8pTJQCwFX1Vw
8ge2IRncOQsVd0CVLOZoZhfWdkRZlHyOk0R5z6k8FD55ZqniURXbKAs5i++Ikj6+98sr9d4fvvfxWr33P/mi+qqabl9HQsepuJ7R
xBa03QyndmixZ4rtBHqfGmGsOyPq5vls5AFRhCXcs28BQ5FWugy2o24WnK1ABdoGRgidkXzAohnzOfe1DPaD7pictGwO4rZ7Vc6C
VK44KZvWtY5dlP6PlLGMau4bmrHbCqVvRKpSHWjX5llF1XFUxKxwemSdxQ1crLvwQeeUidTKm/BM3QSKy/W2BvR/T7a4mAAHJ1UH
w5jcqIhYe6PF7KKSSQw4qG0hewFM6jm2qtxgVlMpkueFUCeaOw4MMOr69ktnQ3aExJNWS/nCysXMOiAbpMoxEU1rAJM5dfT3zKfR
5nz7bUuoHtkbeR9fdZAXSVPBW1kWLv0Cu7mnklqz14TVecOSFUO4sX9dMTBHpXdZ3X/9U/WuCDhnB51ceJdMRAUz+nunXl4TcVWJ
XWR+RAPDcEz5PhDMsn4HQjqMkm1wGOsOXitZIkmWzCT+1cLlkEM2B/dRIUjYqRSpXzpbRYz94rz0iGNqiFHjQGejqPDmEfrmUyFO
T1yQGvV6WlvpPL16eIL/+ubZ9tbf/0ZUEYSL2yh7AvcMSfM33239Tehjw0m4QEyaT0kTHaKRcVmkc/IEwI3gfRLpESdxLtzjzMvN
8IW1oPaTfG8WRySYOqHrTOw9Mo9l5ai8tBJIkKqde4KHXU7IxjDVVQQgZjHK55SPsXDLWy7wCAzqQeVdHpTamZM/UqrHOiNCNcYF
P7RhmFpdoeAGxy64nu+2trw5h5x/hwRL0CbkVjCTgIeR8ngmmH0li5BHmmBk/zMj5lQoroHBS9NhyaNtbz8VGvUh1UALNdJb05Qb
WmuTFWlRYHTIpXIUz2ZxLhKq6Dv++FwqQgXLwq2VXeO1NrFr/fe+IfnAq21i4SyHrbFxu/y2ZOW6Yb6OWg2uWJKgQoYSKBua8//8
xwvoqe6ZBWQm0F21elFvQJYOJEclQ9ak/MDxoO+GDCcSNX/VnslJz1LQWlutqQ4TsymrA7yGCeDD4IXiKBGzvkIt12IRhVle8iGS
VwwBD5K+r6zNwac5FKU5auWKsTiNutFcv05675pMqZCKD081Fopzn1Dide+7/9vdlTe3bWT5//MpEM5WGayhaEs+KkOOkpIl2daM
rhVle7cclQ2RoIQxCXAAUrIq8Xffd3WjG2gclOVkd2eqYhFA392v3/l7cOpQP4MG5jjnY6vtryab3mh+fcDjVhBULTNwiSOWs1mU
Q925l5pO71obpl3/nPZbLFp1NRTSYKOOevdYrCCoGM86sPeidInOQexJ9zhYRI+vx/FjuCA4AyX+2qAiiN/C6L/7x3unJwfH5x93
Ds/2d/b+++PO+fnO7pv9PbPx1oqTXFNC8Md2C8cn57r28vbKcUOqiZe3XbQRKLDizWfGBNdWaYi11dU9xepaqelYmP+T1HSG8i3v
y6CkQfuKyYJMnRksYDKPCDXvDo7/joFutBQQM1MvMCjpw1iRxQk2y5ZtqJKt1mSQ4wwNdDlU74dHhLZganwwFKOcnN3acMjsIgw7
A/OrQAE4CPky9sr544vnRsB7hC0pNgndnuPtiFwIEO4Q6EiQaSQOhyovtvbXH62aaasfBPbK1g3+aPS71ofEikHwHnvF0INBA+hV
2WfkvPCBFMX0gfomi77ggkvI3k0UUKCaL6lNxRdxIMEjMxKUEPkLY3MjG8tAjrKFhEECZnYSM+7Nl54d5tgzwv5aAWvMW6BqfCcd
gupxB66naHxH80le9/n0PpxyoZ22AK/dJjWErKv55TGcrjcYxojvceaBq5sTAEfabeUMNW/j0i/JmGCmgVEJ6rIx5U4w4vKnnZdh
sPfYMRU6NPqrnVIO/yrLnOUoVvyY/yx9rYNFLyjd36L0Aed2mzRIrtb9qLYuLtUD3Io6VJW1hNt2VFNtcDKV+LB5MayO4eVPti4q
Aj+jKQH6O5xGuWAJ6NmlesVqmlWvhbjsXY4ztEs6dan57p30tGfzFyui16F9ZSi7M6V5VZHnJjIqJ5ZA6gOHBQ0UCiuKSykOkL/u
lKx0QZwh1tpGjqiXPQZ6PV/F0fKuL+qGvzzd3DKhBM2oeFoiCmTNb4FMsR7F1lR6UwaJY3hEzki4iiljCVIsViv0SxrKnP4X5k1Q
N382bdMV/kgINLCdu+H+bkeY/y5h2qWFOKG+idWHFHgcuoNBjKjenqGuju1LCNRzg0qWmPMR8ZL1VKhlrEeKYtwtoihNwoLii07z
YQiid+p3+JplbANnnJypjTU3zL0vJUXTaXLrL6lulWte61Ac7n2b5VWgqnXTo4NyW2hPyumbWznyFchtJTSOk9qytvzPIbhXsGqx
JqZPLv4QqmyTY+pC2Q3foo1cUPvrca8HtZS2VEic/IRr67ag8nWEmOPZ4b/3dEMiplHv7rU701bHJyw67wcgbyaDKkQR6evS85E0
Udc0VRJ4HLpXxmRaIGmKjN0OS7YrIro5QrbWYLRYSag3PEidpqDKemtPZDN2/QPZk5rcs2B5JPvoxFAfkjAWzGCvpNpDPQ1FsidX
mVkIMjEmhBexzVYdii6RFx1KXcGt0m11nfDBqr4Dy5HLDimzjHvhjPIiGniwyGPUR+HyIYggSfKMrgALXw6B/5MARgwSOKxHxmgi
JXXK1BzioiLs0fK8eLDgpqIvRSnirwy/UeEy4Yhq0lO6bdfiNIc4rxhOYdDCpaJi0syb5IEmza3sd0yT6eUYGfGI3zRT5XSKTToD
17SSz4icnG75Blf3z4oSeHnJdGpipZMF1JgCpby8ohSxAZtklP8BGV3QfK5VjAh2SfrqrqtNnjSbVk4S7cWXQ7Az00+UlSC6gQIn
qzRj2pohO9tv3BGEZMMEp+21XKFBsCZ02Fwy1yi4cwxLATOnW913NRqD6rsjX9JOzyvsiDqYC5HIWmZSKJ7AOvne6kS3GY/6Dxb6
0SAk0rgZ5plfVAPvCVx87P/Q8zYVpHPZy0lEz23PjhzmTuT1UeSwqhAW6QlqEWP1a7M7fGDlVllXZWxA/nMdZZWSttFbhdK0gHws
fCuqmTPyb9BPgMgQpNBABG2NLIQgGPmsmlJ7YEasqg0nDAQcbTXLTknT2v2iwWFx3OFN5edVbVIQjoto1HtWjSpC090SfWX46yuz
2zLUX/JdgbmL9IZp53DVlvKtLyEIuxPDjeu+16MvDQm68rX0qZY8ma91cODdWueGt0S7PeEGBltPBnHrJir0E+5qG6UiB5acbNJ7
DtMhH7iQlbzHXglXqvSMuQG3EYoSpQiQDWbu4cB0lRCiCuaCbE9DJRXb2UGoFjSXsxxcyMm7ZOCLHO3CsFbuJeMMbWuZYPvDaXrv
gCtFK1cwxsW1/dycdi6zbxl2beIbSSz/QNuW2RE7CRTln3sg+1QOTZHqVEzcRPf7WJNyTNYCWFhrODklAqZUwUft6NnpWpCHdd9F
kgt1DQDEYi0Gni8lCUimliCGttlUBHuS+B3dKE6qlUxMMg/AyuDjioEMa+HaCcYB62mzERRE5JeuARgpALRfvmGeBCSYMWS104QN
HZlPVbuJKul20DmDAJVp1qCRnfiOcxE9HrlIjrX3UHl9m6STbpk5oYQGtgJc5zjoQBuVALL0lc791f5cCBxcDcK1ZMnRxyhArLhw
0gLv2nCUQaTmNptHVa6TPcAs3JghiGVN3L0wsQWh1Z1JTXfir5JXzQU73X6GCa1wHVBcAyu8M8NsJB8XUIUrZP1HTuyBTlLk14l/
3CjQePn1s/fi+fOnz9sfqLxJE3k14kw9HBS9iWI0Vdsp9rECIZU70829X2ojxptNLObx2iVG4+HMLCp7dAvUSikgIJBmmRa4kLqw
AEFC8fvDQ+aJbggP0qqrHUikknvLfWkLFKn6gFtnW6N0VhiyiCKSpF/C8Cx5ROAckpIDoyfWlzB3OJccZdAL2PG3mG4UT7nSDyH/
RykeScsEL1PCDRGf/2hZoNsWK0Y1clZ4B2NHbE75GKtChmX7fqFz6+gpA82D8+wYuFUqoe8jNUHKrcDn/Hz0EfFwqucfnlxAO5Qz
jzNrPgJKEGmfRT2BQUYWcMSOK+TV6xWAWb3gklSf2Jdt1alaf92CEGMlWuyYaa7LFvWG2bas7U1s8h4ffHkoZEBPTs9OMEjf5wdd
H/qeUxrsnOYHWZ1pqEFnrConbKWj+JXiZYxThkY3+i32fWqbD7klCUumrbWyFrf3AKg6H7UOABXL+r/VE8Ac4wNZwe57Rz0sVbaI
Hovo61A8KiEL/SMpzR7E9pIn+DOQ+JvJXE+gDfGh0bMSSVLmmAJNKosHSm9BGTKV+X3gjSq1ERLghxeP1juwB7RhK/f88eTLfNZl
ljxchmnJBTxU2osNTRTIIlIQQJZJ4vmVWg1XPyuj9ZwUsWDgxynlG+L+pKr7LWzB+of1oV131jiv38rwODU9VUezBbluqf8t+ns0
7or2bh+tXD7+oNDhda6jOl3pqJQiui4DtvoK4WBLWlLTtV+yRJue+2RiDXLvTT+JN2ZR/FnnpBYPQBW13yP9JRlX4YN2bvoj7p7/
kDku1/LGrzSIfG+fe8tHruwo73Y7cGIwkT89QhJKngJZjo48s5GZVL6tOmTgGmoVtkmKUU4o8aFoAdUIE83wEsUKDrRdsSlkwVlP
2afV6osjpsFZjVoop6+9fEPb7Agjmceu/pqvuwg/53KX0Fq8sE3MYV2a0twmAmed5TFblNKBrFHKlyph2ihMOw7E6ZOBLEP+xJVs
2GyPfCXI8Wc+8LSw4m16opToeVueUkoMvR0hUx5pCnreU/7j5d0iQO+MZx4pDoY6JfKmpE3e4qzF69hK/hyaU77WqgS7h7GX/Ggb
TETELrTWbSIF1lzgpiDPBte4kDl7RZtECGuWJeMIQQPKg09dZ9NqCrddZVOKZn9La7JOC/QZoXHlOhTvF34CnKc3qPCPUR53WJz6
ahWnJ3XFvweFPVa8365tJHNTQUPZYNM/44W7qBLziaJxDnBN0tS7KtqrVRYXRR+V1NJodC3d5aapvoQj7658p6bmnbxa4N0UEqC2
4Svt5Jb6m8kOPHmqVZZAg9ztat2KnscFetvox+5SuUBzIdx9xt2lwvnbipm0ZZ1CFcG0JA11v+vVsk94Iu+Ocq+844NdYEyjLFuF
3uazR2hquAEqlqR3GKuO187Gu1/xWL876nn87zHfQjuCCoNvzDZcH72bBXEf2h1htPIA7oKzVRzTUXnqnUxhFl54o+AGvXv+5p0G
lOU1l1771I13/dPkNkxH1+Fs1peamljXd/M/5A65meeXiJoymbOOykPScBFY3YijcdaiG66uQNHKvthLwuSYengz77aOSrA6ejPL
SX9tY7j+qsFSN6DPVXKhmmC0dkBjFu2G33WUu4F6x/ei3vi/GFjcSU5DoPdIAyuzecVFgs8Fqui2FBmRg6wueJoXNN5UFz8KxibJ
Mdo13tSM71TrBYskS4ZrfFC1dkAKcNlPFEDAEaLNbAL/ONZ4kQHjGbw73Dke5qkOKatdGjIT86Rf1UmsXBbCukZuUGNutUrXydt4
GVxd5TcJA5/znQW3Y/yZLixy8IPNZUgAVB9/Lk2KDABb70nFFMIBJoIdd9uoMb4/k3Ezr+cyzA1N37r3M3xJdNcx6ViI3+Fkn2DY
i0yukHq5tYHay20NIvpiwS+e4U+k//D3C7yS6QqAH3/jWtMlf7f5hO5LTFwIPzYr2AsmLLxzcSW+54WKWpz+NAzQqA2b+rddznMN
zffU7an/2MgvsK9ApLMl0E30e03Rgtb3RiDhwXU6+ufbbCA/joI4uEJUueL9+p7jeF9xw55/oGrrDr0xQatJPXsHo6NHmVnmhDRl
wUyV3TiJZxH67dPqKbGta13p7JuHmi92fTNHqa/pDT3e0qMNHgjCoBiT0GfPqluMkDJbi8OIMNUUvqtvBOhSdHTXyt2xy6Af0BDG
DyE0gKcWpI8o6UpjBk0uCKFvSvE2A5oUIA+ko8drbecGKid3U5Sny9NsuRGiIl/QkySSOwxmglKKxRm5jVyXyRAdZJ9zqCiCAlQK
P7YMLAJKtjXvY1QQBVmkZnvkP4mP86nHjSPzKyaBcDqlbLPobl2A0dVbpLh1hM7+YIW1UZHjMJyEEyXIV20fiY7mj05DwhvsEmY3
YkJzBDUHFjEUFQ4fFZVmg7hsQ0as+yiEO75igBZYrsMgW76EL94uCNGKdyFWg8UIRWcVc0MYnI0T7nOogZimx7Q/KoG1ZCCZ36De
p7217WFPjoL0s1/p6oGe8vRtMXwVpCa/Lrs7p2ahGopFT+EdMD/zS1h5H75Aw5W5x12uQ1TfjyYIF8jh8P0+WfzpdSNbalpHxpUx
KGzxrclKcAarMrpGyBhptiHfSZVRd1yR60QNeVxKC/ihg2vRuaCLnZYF3sBTNXtwSURWVwxXNOuzeodBlbKO7KrBJN9T7lgI4xAT
YJecYswxnh9Ztg7ONeX0CCfb88u3SdebJLjV5dg5ICHwFCqsBqQy6mx8hrl14IX+VDAGmttgivhK09rMEbgUU3MpaOKN31BHRWKa
6eRDpzxAWL92Xgfv0whE6WUyj8a+dWbw7JElrnxyMLrwH/CXD9IJbZYe9df4EK1X3ZaxFCXXA3fqvDrdL80Wo77yyl2GGN+GRt1B
kRrCZff2fNdbRpiY2w+83YMjbwLUbYkvGReUdMCBhgSk1I7WdSuXcOwJiWdYQ9weGVxKPoHSGr5STE+r85rkFLKCoDa741hCZmKr
F3ejuYJGYYlydxZkmTjjdJyXSKdGr4g0PbEFS2JoE2XPtua7062UN3HTkzuUnuickvi+frhED8m3MaxLmgUzfOTDE1y+tp6Tjl0o
M5+JS+7SMVzpidMulXXzmyZbyxUoH2KRLNdlgzQJZBMcxufwDof1G5mShWhSqiAmEsafJr3wvla4vwhz7KiwxLQ6H7o52VJ7NRLd
dG2JruhH/RlPPc4Lpez88Dn3ErhXkvv8aDEzzKfKYojFjUHJkCiUmfIJnK8qx8ZqRVJDhkibTbXc8HDo97C+NIer1U60HdryxQht
+dw1FsJUtFN6SSWZcTDeWlFk5cui+ntKrE0hsYScD//8nbrePwzjq+U1PPjrXx92aQqSAC8RC5P5fpGXsnJ8+j5EF99l+TDHB4i7
iqMnebbnabDCyzt20YHbMBun0WKJF53n/8e0z5LvRvhv75GIv+jcaok0dY36uZQF5H8CTIZir3Ih/y5c9msDHe2tZU5b15g3tdNg
YeEXxZ1b5XINjDbwtA9c/PpDuw34DXcC/xfuBlSdWDbtgQBPbIzN7E/eJBxHGWf1xISbkyhLVwuK//tXcun55ERDafWedglrfYEy
KaYVJY+bPraz+xfvOcvE/jgbC2i/YnVyGu4972/SZkEhCT2b0VlodXWN8vgG4oTCTO6Mdg8OqC6qmdydBhoeHxPtRsxuEbKa+P88
ytQXmZb5s+tgISZ3zz8mj6JcMdvz3jGicI8bMZ0lepwc6re96/GiR35BHy7o3xdwucEU/aY1s3AcyS2Cz7/6dZJGV1H8tee95vwb
GbWxF2dM0KEU/r2aElqRbpp9H9CPiNZK5Wf/ynP+j+AmGNGJGim5L0XlRD632MblKhJ4kfmAAPStBGz0AO8ctJdwQgNccHh6G02w
+ygn5eqiG2MJDcAIbMeXqbH7TuUL3SdVFtWJxDPwxNlB5S/AIazixWyFWmO0k3Vp0Y+FEyZcn2WyAmY4U30Z6Kh06B+qIjKBG5fl
x04gxBw9XRCI+ERptrAUbNgfSL+xQFgBNntJp39gurdYXc4o8Ijij8bI+uqMaT/Y5BHTAhtrDvvs8OPp2f6rg//6eHJ28PrgGKZ6
Ngmn/evuwCOFLSrG4UrHrNCbPe89LNw/EdsO9bY4qai1JVeYdGeCGSKjjOXSZ3Wo0ty41LrtbQ4bv6Wmtr2nzV+6OrPtPRtaElVx
0X3lDpMnlYDLegqnHqbhlKf3CR4XbhMmYo/SeOysUBCCWaf0Clt1Y1ZtcUHo0tawKoIMNwnRJs2hqsLHpOciRpV7Rb5uXJr4TXOQ
r2CvssZxcX2XQR9nuGF7BaiaMQiEdyTFwd1n0dlBrpYk8BZtHj7a2f3Buupib/8L55sTEBekZanCeVG1AGEgKw7+xvqgqnA2heM0
o0x/dFHSccNonEDVZMulyzCYY5BOAT+HlBzF0433Ler8jFWxDgoJlNUc988w6yArwxH1iQjpE1trNa6rr2hJrvm2ybqMEE3eAYix
ma+7tY7eDjdgUquvUTxIbOIrgNA7Q5wnHyNG5EKSPMF1fkhFjaFMLMaZSecZakbVbNojqzCctFrPipY9ncHh8sfddpHktQ53Op84
n6Ex9xlvoE+M+/GJbhngDkIP0w8SeskyyzflwLqNGIoNdnlgtjLW9AZDe6aUKOH4cMeLJkhWpphxhpXjRK+6eFn0cvhUb+/N7mkP
9Tjwr0e4c31JyeiyFiyCiPM1B+ksEoyVjDFYqAK6DqFxAjK4JLUg4nwnN9AbHFaiQ1zDJSpSMpvXsgwwObwL3348edeBBlhFTRam
r6CgtNi+VAWx8CrEIDQ9MXQf0yB7VgZBtEVBRTgyvLMJcpXMJ0RDLyn5sr6BHxGoxCykMcA/qBOzOq4Xl6AiVMfp6Pow4/9KVkjn
yKj2CS7CT948uMNgWfkyU2h93EqRyauiRQRyN6IuTYTccD96zAF5BGaCSyJiqIwYaHwtOVJh/vMoyzg+UVMfebUGpeEerUVnLlvT
mUsTDqqOmMgEzIOxaLaQalwWqcawtluBRYRobqG+Kog9d2bDarlTJpsIktlBltwYBu4DBhLhGODHxcCGTjOu5Cp/DD1BLQQ2az1Q
E3Cw8C+bJki+C6pcPdXGwowTWYttZaiyx4rrAiIGBIFj7f+FMef5WRfzw8aWt0mpBbF6YkJIpM4UT8apZYBmudrSNJQztQkNZanB
xb4hJc+YaFASUJWrjSY7TYh/VzZFV3t+OS/MnpXsbU6JcUNKy/ZoCWLskpTNMCXSkIy+MyAyTMy/M2lpBjtqb8wiIqeHMwYCQ0Di
ebi3czpkpKwNEi8SdZMZaBgMKcpRNg4IWNiSv+A9o/nkbWSyeD9HFO9gsdHOY0d1RK4qgtZVwCE0e2GYicyK1zuktHEZYSNwXMOd
Vk46xM+26x48NT66Ry+Vn78+PkhBVH0UYGbU338XzFDnRMCcCJJV+jhyfdttN2wc8fsgQ6EMNgIhubwJMpa/eGdIHE4uvDHcS/5V
4P7qXquXcz/tu88VWJjyLrId1JNtN5II161hWZqY0fwq5wstr22Italu5fUNnahI8lkeRl3F2e54k2gqaag8n5A9mGeEPUBuKUQC
sVfsnFLQYzBDRNyng4hSkgDLc0RINep+RMyF/dhX0aYlgVslcsegVlcDPqUmykgzZWVgU8kngWreYWlWqNzg3kam3VWXAmNWdwPx
fNYXJIkydS6w7XIjIEhm1Ug2CsStACn2WOW6XqBOLEOd2AYGA/5la/OF6caG+gq4DmhIKD8gHCJ3vfqGyvp01aI+VDlNYlFkaW+D
lL2sCSEps+URY2fQVuDEE5RiKcg+W9fy0FC89hd3ojv4mNeQkaJ2gsrPWfQ5rGV9KZNdxmtkhd9idXUoXfjelFDVwcXnFMkdztDK
guS3M9aXTK6OdtrI1L1nXFZSnyBfdsu5Rn5RiIZ2AXK56lScWWpiu6gaAkKJVRnXSMwpFZ+ov/9uK4SUOcdpZ7XmWnhn+yKIl/pO
qZvpsXHR2j02prPjOGadCnQgXaEamn7gHp/3i/34g/oe/b3V385EWzb9e48bm7dpBlLW8jZEKnCbWMJe1tO5xi7vUOM10Kr832hT
qaBfSToEd4JCIbUTQ+L645WQfWVtGBU24Nt8WZokFuaz2/MmpK2+Utp4D7PXZkoXTz9IGV8Q8MeazACt5WZymcKnfoqAdcveGwWR
IyLjA8wNjJa07JgYoK+NAtaokIU+HgkZNgXlKyAqdKXQpewnaY/uEDRG9PgF8ZxAp0wNLTGjWOLmRRfVD5YrCrrrWfYfIMqfw3BB
F9KdoYDR2sZcSUDS+Sy8ghsWljOEm4GZXUvkPwTqpIRvKnQ6C+IzUpfIrcdOnawFeBB5v1n3yDeypQtQ+kilE6C9pR7eWyuJJyF7
eLWk3eX/f0oDa/IfVH1AC0Jc6B785XdMlHiHOoGDiYQC1bwnqb/7v1CfYENlODjvSj8tpmmGRNkujtzQU3y4+Nmjc15WYcArlxKD
vuY4DhvJpJMjSfY84t9HdNZRQuraTwJ44n11a0h2chZb5dGKC9YOpUIlq6Zsf0krQFRX1LOKTroR7y1BHisSLmmdnVo9F3iDdcjg
SjxGsSH7TWB24WsrEa66ZXVr6kUA5hdTkctj6gauSLfifaDeO3tSM+L8jlZN5xZ03Wr5jWrvPs0RF2BSBZpIZaunedbHqfiqef8R
L4Aa+zjJ9XJaT6+3nOba2m+3stLn4XaeZvIdu6/crmMjOjrXbk8WPMWgOwu8DqmrbcfFsf+sAxDv58WHzYuet/iwddET7YBYeNCt
/gQBu4PZwVVMl20Wru0gVbhtFuThWmZtzV7gdh3ey3/IKQdQD+p8n01nCN6Vksujh0rNCnM2LQVysmw50eYoxfgjL2rFm4i5BVYM
QQvTgfebpC9MrxAJ3eT5YZ1h8r/2qUuoNMiDkfh7UjhrvC6QMiy4cYJ34rIk4fmC1cPVdmHC089ilxNlyGWohgx9uL2Oxte2UwlL
+AGlZLy+N89psL21fCfM6Ddznejock+m07I/6Ev3VDxn1rBw1eF6kXej8ODFWTDH3xIoiMWxbUUbupMPopq4aOKHjBKMDzZsZshM
DUqXM0y7ylFIBnds28g/1GlNhDGAHykHbxpJ38D/tc5Lh9FAcQOjF9XALXviYUWFKnQYSE7nghSuMNedh2BaSVeECU4EfmjN6+be
I7WpkzqpceK14FPXHqNKfkOwy/loh/XikLHDaN7bcfKW+dSWg7pNW424Q9TW5Y8MGPb2qRBfJkA3TYUjei6g/Z99HQbanQ7teUCZ
l5KVPGUgfVJr3ib9ypu4SFz6Eh2Q+TTMBpkT/1eqATeRW1bE/+FXOfom9h5vW+h5xBlgHLiaDYapfIY1Y7wWqoOis9fBDVKjIps8
/KGNz/wVUtMSB74mo0JhCWr+sTs976rVGjTEXtB9TdDrmV+begY/rEIgu8q3RmeAWABeZzB4/IQy7wiiG/xqqtuEJbsa1rmXHyfe
hoFxx3RmEk6D1Wzp3WLAW2ahAZJWCw4oLGkYL+lZn310mDmoa0truq6ACUMPV51uLUqVkpJU2QvdgK2wGxbjD4siR97RDWLU2CzN
Tjw3QRxl1+rsEpxhGlKUb2WVRWpdzJjs4OgYj2V4b6d4x3kzBcI107tqtWrGKs5bmnQjVtObhuMnA/z/FP43IEI3Dq8phl07HrMe
Gw9jVVuoleVI+pIz+jxMr0L0x0SVNcIrwg3dhXYiwm2APmDw/61kkf0cstc676V+MzVRA9z2yjLy2qgtrQ4wro20alt9+eRxH2yA
E/V5nl/D+8oLrUoR6oSrKGGVVpCj0u5E+yFMwy7Fc1i1rbdX2+9K0QG03JTfOvU8V7l5dLQIx9E0Gosq4sLUyBa1FMN7TOF3mLXc
cthWjmejmuLF1vaaMYxubgthgxNNtT6lMVyqjWE+WrKLEgYF95q8pbI+xkfUNRlohm1Zb7TW6f8iTE0TgeysHBt904Lcrb4bqvnp
6pA7U39VNd/b95vvhxIslC6u7E58Fy477W82a//j5vu79wQZdfzz522nWfaPG/Iq/kyhJ05PKPix/jDX7PrDcZHFHURAS0Xj9sWw
PYtTdWofnt1x6vCwP5X+RtrWrbL0spWC4ztMHqfv7egoJmVPRq8X+p5SgaIRNslCFUIlFZutRajim5DVmGQWX3zG0U67+eJv/a3n
z/pf+neEjhOLAynVjxxsEneH7FFJMBtCWwwLfb8qZoeg5G3xrZUOrFfQ3vQKwnZPpPqe1yI9oMNvxbS6NPqsBNUfs4+jBR0jP5Pb
Jh3YtxwbPi42zjceFvYdrPqexoCfiYcNIjjkqT9RKFOhsA6bS8XRsnO08qFSdq7qU/XVOY2U5aRh1rQQbW4IAvfYZ0cUw4eyu459
Qa12SLFjeTCgXGNmcF4b8fph2EMdomrxg6EJK9ieHczTEeSF9ZKZZtp1WMOaJIqiHGmteFZKYVzMov1KIdijbNbxvj7MLpmSogS7
aXm3Fqe3wVH1z+n/Jfe/5QZX6czEx33drdR0Pn60zweyRgWdlLTc/bOOjrRfV8CMAacy5RHLy9YnTjQs3+W4OdJoYIQsqyGskHqJ
oHcmFEbvvTvcV59QLfIpNxSi2eHTPBh/Yk2IUmUT2j7FnhQiYJWLXB7NajZlhtra3zsCXfve+wRNfUls+x4Sn4MAggWtTDX7YZ6e
XDPP5roZRdDnKv8q7sGKD43cyG41Dl+UAXYdN68vrd28vpgevjAC5RBKNzs8KljM1ZH/UvTvyp2kGq3oDacXe6WDYb+UgmGFK/5S
VVQduIOF/6VrOi2phBJdM7qVF+NLq5BW+LZNklJyulYhHOaiRIuq7SENqK5HC8NpZ9sK4v9azFPzQpw+s5LjKDlvtnELzX31tdAL
Bx7rtvxStagxSYaGspLB7YhaoFUVGHvC6kSdtXyDrTyqPl80XweLmxd7d0DEovF6c5aHvdCs0dXYq8YroHwwdWUoVKbOY0LZeiha
OVp8ErjRNCx40ooRTBGfSYggOJfs8/wJGNVPqDQNdXhIj7wqzMZQ9TPwzMQ8Wk1t2icUWdMIB/QltE76ZZVr5DYai20BRC0briHX
33u+Uaar3CJYU125fBa3pg1R9hrakhcMvlVgLXTp4z1Yvyv2L1CZDCQ1UJafrNfaWtcl7/F2WUM0L4LdUvYx/Jsu66t2UfH4fd3m
Ms+v7K/cbaZXs9VoR+V2DCIMpuGi3fIZFoM/cQGzpgXMu7neEh6gqVhNiZ/ZK5h94wrWzasxGOs5RVBl33VyzXhCmqj8CqWhFEZJ
xBj2zrb3o0mSsWSLRePxtFqLrGDVBbKMAQoPuCBwpAqmvM2eNxhsERUcDJ6ynvcWQ8NY95lFy3CDUm8j6UtmN06DH58tvDLtSIqY
cBfGeqU9f5IG0+VGFC6nGxHM5cYkzjYmUTbGGOI7GBwFiWmPYrkv9BXccF/aW1nWoOGuzPqE7Z69ByrhdwqT02nFvFXNtJJFHs9Y
ulHDmZMsN7szJ0ZzEj3bBopIM+gw3I5Wib93O2bhIcjSHyOSI4Gbfk+dkz5flaoKdA57jHp/03/XIb8isuohxldqzFTfDdrb4hSL
qzh2rtuayc75uOJtpZaMlJqs503oy6oN0nJhqL5Wl03DqkhvcmLsMmu7oYzt/KQNN5AxnJ/1UGpnq/YIWdUVz5H5co1oJnWtS/Mk
tR6uK/CGrQXe0BT/9GEIH/b2N7t2YEuBonhooykg6EEyHnAZ2EoRZoOvG6Z0FIr+8ssauLfVQ5EFe13ItT3R2+ZzeNdw71jo44an
H5b0fvEmiK9ZTixUM7uke+Hdk+thGjpBAYYyJzymD08u1ubkFC+qEiURvMMDXjr5cDADEwXYq/NQ5uv4s3w31/B1zvNnz1o1LUuc
RyYx4oEf9vTIxsL7qc08S+08W3kqhw4ao+hhU+ByoXmy3iH9btM4zo/dMnKy9IBUkcmsBqDVroAcL8hduGlN4DoDFi0LJ5W449D9
p1v98/TuFL/zlR8yNcRgV1wBnj90o/mly7+dcOsllOt8RHCWUbvSp/xNT7d4JOTNJTi1yBvMogkwj8sayFr19QlUNp0lt/dEPLf3
j2JfWi0jQemIvl4G4aSrxQ0WMcTLmluM2BdScq69wWVXISn1aXvR4/UJGTNcDnG0FTkbJ4s7FzmTKuy5w4/72KBvShhhWitfmGgG
UH4NukFhgGsMzIbqF7AZTNNHpZzgMA0rq284p7Qv3axd8qLwcbOeeG0r7W9kLK3V8w/Hk1pRj2wn4uwYlVxJL9cly9kwHNNQyg5m
aKK6q5QSayx/DGFpsTFVC1BTy2LGKLMTHEr1d44MQVTwx9KFTc+LE61auWfugrzIPs06yTITbJQq/hD2/xmaiB5oqwyZlg0r/ZCi
SkckMh0S5LSyHYIwuZotixbD9mtFIZNmiJflptOz4tRNE5z+W0UdKrM1o4W0VLXVxq+tuyh5RBpmjsC/Su9jlT6QAhiLb3VoFQ+3
9J5jurZx+KV3AquDr/nP0heMo0MGbvyr9P5W0tLDv07yPGlDF2smlA3xsazlPVZEDPrrLYoY+O1QsYoploFikW8cqxj1ZU9yFGzD
yHpezSmQHxLeeo+pW3/ePnSw2zRV+EfpLfaZd5M1XfK29iAEtQcB3vI46T3/6V6n4RopEJSCN0MkXtFaXqbR5AqNoFkYzLM+pTTo
e/tIWOchouUzgi3MVBBdXS8lVjleJtiIqtCfUmYDhZwTpd7O7qE3vg7Hn/mOwxFOvPlqiQQMH5wjDtgIgZFW6OK9e3Lk7ZwecEoN
+Eq63Z/A5THEljgwSSVsCFIG+EaLLNqIgN6/uTkOly9pMP1xpsObQ1Rlh1/CMdr8OD/DURInDH+WITLZ55BzOSBm2mOejQ3STAOv
kPXnE1GHU9IscoUO5onQfXLpINhiqBGbUi3dD2xfZvMN1FrG2+eAHlgizlahU0IOdfQ4972/yDYfZfRwA7X83pLTTuIiTsJZiDbd
qtBubHlEbdB//VereKzPSB0bo44YH3KVdDB7h5Fc1Wc1b06RNP2klAKxjzlinMcw678ZK+bhOMAQMPi9s4jKVVCOQvlS5QDCR47G
MNu7fMl5vuhJ+cPj8PaQP0V368kRbnB80N+FBVqGxc/PKVUn1wucKf7UZ6Bc+REDvR5zBPd+fBOlSYyWffNNsdBJ9hJZk0KBk5Gs
RV/9S18VC5+qJYPievmcdKcSacHahYxmhbEUkpSZk84pfO00/PcqJB1QXLkn+UjvcMGzVfxQm1I/wcZzRopaQ1G6QYLCFeSu+bxh
uZV8z3dhkYAB59qNasv02qQHTAjMbQxy9wH/VaAJepqo45gxGRPThTrBVBTnFyhMs5V+Eirs5yX4U/5m6ET9o0r+Ez+wq3+9iiZe
VN8OF+Pvozbt8NGpaIj+kNvhIG9YQckX2paq8sbNkqqIqyvkh3+UTKJpw4hlC2O72KAUyRtU7ysb2QOaXDFaVal8oiqtm7s3cUbJ
tJSMEC6vk7yzmCDV1XNjxlQFqiQXMUdRtWkNOol7lg8H/XRvXJW20Hu7HB8nt9ANDAzWnVGv+/ya85s5Z3A0C8MFMdXzaAaXNWdO
xnGdX6P43OcPrJeFgWDq61lyGcx+tdmmPh9cYEtoI0kmEhDpkb25SoOYzNmj/x6d7x+RrX1nMo/iCJmlZYLoMKg9k0i2wQ86TI34
IAEQUDVfUo5mVRfBpEr6AUyfcxtR3vrpKgsp+bHZDNDZZBEKRmCBjph3ElESuGAPHUsiTL1OGUOFuJ/l/DKk97kmjrb0zm6yMgcj
fTECXimNlgizO5ZL0XpeuhHDMWrjd8bjMMvO4M70dZHCM1XDgcJuT32dcmgUTTDlVv8QvR94046INKCiosfVnSGrCwwDPNrl1et5
3IT8pBp2ZrPktvtdO4m3NOwxe1s9ZHdpLWUP2m94kxrLwgmm0amMj4r7rHRY5S5VIpkdd1tAyuqdqci/qQ0nzs7eVy4ayBDA43+v
ojQkeoBZOaAzR5WqD+GrF4hHnKwyj31MvEkkRx1HkoYY+AXnnFkYom+onlulGUFQOwwG14zSQzPYfx9Ey5M49PPODN1p7nYugYIA
W8TDtMwCUqFLSSlzdG0JmBWU8oyGEvp1Bh6siGDMqfNSgte/1HHpVkElqjdPfy/KFgm214bpMTny/AKhn2VpiDcJ++JOedH8ajKM
JA09I4CQRpTdF6MAYZ/exlDO/rZbcncCSkwI3uxSegNV6FwQXAE1CPeBwClydgQg1P2KO/oVOzIZJ68hPTwnfrdyTpu8/etwyVXi
F9YbCpEPZvwWy4LkurNYzBBQGXYWXLEBuo3b57gIfl8mU152p4SYexPaxjbgilujjQY6WdZP/7gHRGK8RKhnSVoPs9zOtVLWrN7U
ybooacJx0ZXeuUBC8S4Zhcv83jhNkyXHcPicBJWOXnXJE9ygPkxlxSfliwrPG6+V8SJD9Oj8jeu6OcgP16tZcKVdHtFjit54v5e/
OSEJTR73KDl2cEVbk98fJyg8tbzJ1hwTTMr/jTHlG5WJnv6NO7Z4v5bNVuVNGIxRkZJX+1rtMOkOnYQ6rDzs6XoQea4V8FJU20Fn
8g7g40x2tvwXpiaZ+mUS0G11VtN+aaLRqF01+4jIwoMjr4+0z+0t785CwQaTJCfD9kGdlwHOlBDoNLmcUbI9HjUfz5oxcnM9mqWd
NDRmSSgBcljSZQeRg7arkmeX5wtz0t4aeg1Koux33uwfnu6ffdzd2X2z//Ht8Wjn1T46gRoXL4HtwRWFOHvzFcE9zhLGDS7cw3hT
ougiuUGqL2y/cFfDLXUJrJg7TwqOMjdcYzeGQJkxdNdkDzBNEQd50NUNF3YH87GmtYdHQ4umtVkAgB28TXHIGjqeG31ksggoMw6s
gfujjc2N5xubP3Wxd/YUWJkx+bunWxvPnz3rEnI8+nDjNKaI6UmCKDob0/ZgPsWcQFkUnMhaUE+1ZQubVbgQGgldqcS5GA2cIDN1
4KIR8Hk7Hws+JW0c/FU3KBWHOTEddBNxvN38iRJ14C6hRD+8IrBkuJvU912Xq9KP9hitWsz5JWN9ORt2KWwgIjhQ59RUk7CsOBgc
ZuYav9U/3gt6a8BZxOFmjpE6dzzUUydN0A4QvsnQLRk8EVJ8xVnxq99/90o8F72pVI0V77tCS9UXY7lazGOLdxDmkwUxKJi8R3C7
31mzNmB7ClIJzhh5iUJenq8GjvFZSBFGymjGINZ51spn3SpmH9sizyyz8xUnYsUQRNTRZYopaqdyKPJHPivk8MERtNw/WYQx/+TL
oY8N9vLB9vVggVnJn/LAC3eotM8NnfGEpIoJNx760x49e3v+6qf9GCYAvSqYE228lWV7pNSv82Q/nviVFLhiW9BojsNb36XVXKKO
HTYH7T/6Eq52WgD+DN9X9961Z2iaeYdBo5LKSIeR0k4IaTd7/v7Z2cnZx1cHh/sf9//rYHQ+6hHq/kkuyw9UYkCFumy2RntvLJIt
UHdfYKzQnDcLojnqYSVv0lZ5w7E3lupn9eRUbL5letewdPfZnro/1h6ldTE3KTLFrQNBLu+W4YcLSu9RsY7IW72Er4CXtE0uFnnm
bmCOiydwpykYqjbQbqbPWA0tVW6hxvq3IPglytmUZkozb2ueI6Fp+npKVuk4t4RNcoBSfZ50CfnU+EYJ2tW2lJt1WuLPy820taOo
O4Iqk1f6VrAV/4ek0o7iieS6QFcENh1mFCKTLWgZcYZXV9eohJ+xCI4YT+RekK0uoYNL9DAIyKHAUsXn6GoHu8n8JbrcpAWFlvh3
2YavRZpcHZhcvRGdoDzbCx4yBBWfKZf/C3Eyymtgc0l1ectBt9TwQXyTfA7bto0eMVKHS9t3pqdRTwoq/apmSMrWTVR+SggIFrlo
IT8HcUaMmk+iHswf/vsqTeanWHLP5wpY5Ow6d9h9p94IVFDt+t0+T+QRedf4XPwl7z9WEcCXqDYI0+WdQrRLemoxK61gLZcVwxrW
6MvI2RcjsARDA9lb+2vd1N1j89xv8tR7Nl/qHvN2LB3+87Ir0lb/iXJHAl5IHvcxCDsaI3bBjE1gKzTGoldNnEUgJ/UlCyOIgPHH
1WJCd/gqo4u8r1rbTWgnLrOBd74z+ufHnd3zg5Nj4BX2d/EOomfnZwevX4PA/fLk5Nz7SR7unu3vnO9/BObi7eke/OW9kBeHJ6+h
gtGzt95WT4/JeLF/9u5gdx8a2j15e3zuPZdiZ2+PD/ff7R9+fHPw+s3+6NzblBf7x2+P4OHe3v6x94T8NGDm1fnJHCbGohcLHuJ/
JJf6d5OhMT/x6Po1rP5Q9gtMaTosbbKyL403II8t0v85aI0PCykGB6XjwT22u0rTEGM7+2hvwh34tbktewg9s6eVzBZ0rQ8fo0OT
OWr9DgvDSx5tjRemnCfZnZWGHfksuxlzi8oxolPc351SOMNcTpQPhXuewt/tuKMX4Js23T1LkqVp4DNa0SNBO6MybKCe59dfO9XE
7yy8QsRw7WxqOYzC0V8RDIxoLoKMVZHq5/IldKfVzOnODV3fTMKpzK41Y8D84n6BMTxxl1OOKFKYsn6GmPRzJC9ci4LkXhXsMSgh
6hUo6P1gehK/DJYwHxHhZbmMBI46RstkcTB9ncDPe5XfJ99HOGXotnEYzSOEUO6cnm+96bgHDrsiHkeLYFYa+al6UzV0XRQ+PlvF
hyA6zaC1zRafv4UzdTBBZDHZBxjelGtXBnxwm+s5TK5gqHAp2VU9hxq2HHqr4jZzCwAIdITfnafR1VWYIusa3LHhGcHqgUWh5+g7
EooUWri+OLO9SiLq3cznrHd9czxytSZpKCnMxMjL+xzOGvaDOH4zizO73GaEJdGvSqinemmdBnuFZYCwt5GoEDWCefzJIX6puZdK
cbPjpPDe2jzq1CpwpUPBeFnXmR2GRbP78qRiD0Bd2DQIE/BRpVGW94NWSUEJuW5OEUVghFmaf/31ZrP/5Ndf87zN/fBLOVGh3e6O
ImYMjcd/u4+XKL4dJKlMWKuIPteBh0woLO62vXAaxRFOmQbjo3l8UThTpOXuSJil4sVqjkoVcV/FJl1nTDVrJeVPvlZ4fEJyqQDT
iE6JbaXYRjfXisUP4mliOz3WgebqEhH+h1UT6lnFhYG6xaHDfYScv6xlqxpZhSfJOewMZNtuEjb0u0JMsZvlhNXTRFQPytuk/B7B
SNAfuRgOq44U9p5uEzxGZbRgqOEwyICwYMhUczX4LY6Yvy/Vh/QS1hax1/CrXQSMp8M88NjwRSYnb3PjMsCIX4yj93zk4DeIgydG
f6wLZbBqISUqDMU5NkkLIPCydCm3aa+SdNnkmB10RBLQOAct1RKfBb1HAA3JL8FLE18BnTmNJjXzVq4KB013I97RXMPBXqccx25u
jCoQPkUGwglOdx9ZBh/6509R9kIDG2JVTXDQJByZwhDn3fuPpVlOLilW0FCNbtkWP/9WEoCV8HK0UyE5GtK15x3WFPCJIV1+/R/R
Znkri9UCAA==
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
