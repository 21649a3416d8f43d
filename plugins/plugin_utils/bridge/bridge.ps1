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
O4dEP/g0K2jNhoIucu1D5bzqy6RzgR9CxfqYbmRowprOf2pjJnGOdtpLsUGu2n3yn5MkApmWP8wiZX4/TMg1Hf88WRb8d6deVIJ8
+Pvd/in+53zvtNu3oRp+dzZL7/CPHylU/JEeOFavGI1UGCUIlRuKi7EyPKLdVTiJkTnC1EKAhgPNG62vB9q15KMnM4BGBSl9tFRA
cCpPFu44S1aMTrkneIvD2eFNAgh9L4RT5zBLd1wU+/yz9pFDL/QsT4xBj9PiNZ6+F9CWnUXjNJuopE8klssffTYaXKHf8LUws/Yq
Bjge5jUs6+FfSyCJQAsm1PHhBHMs5F45Hk8v/l8iD0NRlEf8pFqCl7Jt/wW3fdWs1TQXpLtH3buOg8xllRJF9zueUh3vWKsLtekX
ua7m4Ezt0uBUWBWoaOKCuvwpKrDCVNDDv+T7wNdOwXYtBCMANxk6WWiuj/SfobfA3ijBMGadcnhscfnzsU77moIvW5Yz5ijgsWtF
Oiw1LCnGvl5Sb9VFjeNyVTCQc11tE6X4Vx6nOgQ+bVuAK48T9lvxyIVH5ZSx776UHJAgmIDqa0iKFKoOza/COdbbFdxjQFjZZ0un
VhRYcTa1GD0OJbubD+HuLCm5KvqfAE4gkQZ4UUBMm3GSR0keo6eMUFUEP3HutsNT1YW3qf7cpTZFeBsZUWFSwYNRShhbxXVpDNsI
+fCh2wQbU6o4W8AWfqIGC3QdCiccojLHLQIoL9cWOVO1RMWmt5y5anaaE4zIa2CaZw9Ej2GG/iO85Oz8pvRgQBgOYqS3xni9csCn
/Of3+OezHhcbbUEHSiZSQP8DW1zJcS4m5kI/VxyO2vfgnrHfgpqXakm0z+f7wadBedZ5y+Nu0IutGym4OJ8z1hS7gaIFEhDfmR8L
UNqyKBRiHcs6BFqbuz5Hd5bRfjKqPEn5ApQ1dpARnLB0y8eCgq39whlgQP30DOWC0ppXxNqXqnOXYBs3ibDGjY0oU345PTGnnhdh
BAjag+IFXXfctIHrDMVXb+DmR5k8vHjRQOfrxuLKFd1V2ha4oPpPnM9vfWPp7txTt2Waf7wLCw2R33e6B05GViJxI+Ia1QuXwiPt
ieUVlmofT9lHa7WNjph7lIZpnOfTeI6GFIvb1+nJ6Nx7IjvKn7yIJ6+evFhF2dWrATCmIjBBlkOkW5F7b8aJVr8RBtpg9QBlmwPI
iHPhKLaKZkCa9fE++qPlGGu3+0N2OudT8Yf+YDDwxS8ss+gPk09eICdPUA4s9ZNpkuP/Xy+TMXnTwd+4yqHno+MpT9ckTMVUuLn3
Buyko2KM5XTnglx76e05WaRIMxMmBdc6Ri84SmUlKuAZUcz8CV6C9Ban7QW8HWodqka93EMyP4h9ReeDHowfJvUxZb09GtuRuu9N
kh+Io6MrggnZKTeftFDBOaofV+nkQf3geTNN5Zm32DEWYYHGV1+DFU6tpWV+R3xGT3HcHVdZzx1LKVlZ32EAoDV4w2cK2PaE9IY4
dJ+mX8NpQpLUAdKbdrnFikWbDjQ+vi/2hczt08Gbsl6y2KN2/o+uSFNISDWPTp1L4S3Bd44QT9otEQhVCd+z74/0gDESX6rBLZpU
I3BNj/qjgFBEnuIWd7ahs2z70tODwGgdQ2XfySSOthp31IlRT+qkWo5EUBGqzGYOLsQJY2BCPD1bodhJpO8IYB9W5AbkUVl67gEF
//45NW8pDNvrDFS28R8xINWsb7sZJdej36jAl7SEqAWZ9OhKfoFt6FAExcGKwZwuD87OTs6QllsnWKZ3ZpgRZZRE1mq/PnadH9Jc
uw3WiFxiUCv+Zu/YWz31JumYLliZ11wU3cgvPgwOF4JR2JG0mfTu+liKl/Aos8RdnEc9ZzSTRPlkjREo35mCTMM2MEk3TmHUS9qc
oMzlwomO8Y1IrEMNes0VmXQPQ845IEPJYQbIOFW2SGCxJv9D2c3XtiJbH1vjoshdRvSxZuxSrFugx/WwcnW4zuhysvFZHUCQZYTb
HC9Kj6bhRg9dlzScEC921lSvSuK/rc1c7Pypa7LuSa62aZKr7aZJrrY7Om+vI0CpQKAyhyeVXJeClbyMMadcqYIVOVXjCwpWoqgN
kar/KmIRlG2gYpB4gbLa5KVMF92aWhBRpPgYzVwchPEl6hyLK60X2dFdIGJLcnodWA30UEtjhAFeDqZabgXy1dqKtntD1Sc/2idJ
44wzSXgfWZmH+jj6rFaTZ68M1DqceNufBiJgJdaDbMiVXgZ+ibIC/jlGCpUnpFjwamhYdUROqTXwyzicxe3NE0xkBp094ZicJ7XQ
nL4nWn+z/ezvuOqcmZyBLdUIz+OlWArGJ8dAB2vbPbnwRboag1OuNRIdXsqFiTBlemh1lkDgx+ExNklcasQntY7RhqV1aYlSJy0R
9VYyGGLkNjyL4VIgdrF4pIdClQd0hX6BqaYEwRuMt1Lc3qGW2VzffiPZkX608c2mOLLNAo4i/+bvz718CriGgyxDWSgN88zGQAM4
8AyLRWUynkvBVxWc/IFtSAZ3TmbFHVBBjDla64XRHlEW5bDjXFPec6oyhU+eWYqBVMU2SmbO4juipI/v/fJKvfeH7328Vu/9T74o
4qqm29eR0HEqrmc0scV+N8OpHVrsCWc7gd6nRhjrzoi6eT4beUAUYYka7VvAUGSnLmP2qJsFJz1Q8bqBEYln5DCwaMZ8TqEtYwah
OyYnLZuDuO1eVcUglStOyqZ1rWMXpf8jZSyjmvuGZuz9QlkgkapUB9q1OWhRkR0VeCt8J1lncQMX6y580DllIrXyJjxTN4HCe72t
Af3fky2uScAxTtXBMLQ3KiLW3mihv6hkEgMOalvIzgSTeqquKjeY1VSK5MAh1InmjgMDjLq+/dJnkf0p8aTVUr6wcjGzDsgGqXJM
RNMawGROHf0982m0Od9+2xLxR/ZG3sdXHeRF0lTwVpb1T7/Abu6p3NjsNWF13rAk1xDe8F9XDMxR6aRWd4P/VL0rAs7ZzycXTioT
UQiN/t6pV+lEXFViF5lm0cAwHJq+DwSzLAOCkA6jZBscDbuD10pWWpKVN4l/tXA55NfNMYJUTxJ2KkXql85WEWO/OC8d65gaYvA5
0NkoKrx5hC7+VM/TExekRr2e1lY6T68enuC/vnm2vfX3vxFVBOHiNsqewD1D0vzNd1t/E/rYcBIuEJPmU9JEh2hkXBbpnDwBcCN4
n0SWxUmcCy8783IzfGFJqf0k35vFEQmmTug6E3uPzGNZgCovrQQSpGrnnuBhlxOyMUx1FQGIWYzyOXNkLLz7lgs8AoN6UJWYB6V2
5hySlDGyzohQqXLBD20YplZXRLnBsQuu57utLW/OkevfIcEStAm5FUxI4GHAPZ4JJnHJIuSRJpgg4JkRuioU18Dgpemw5NG2t58K
jfqQSqmFGumtacoNrbXJirQoMDqkZDmKZ7M4F3lZ9B1/fEoWoYJl4dbKrvFam9i1/nvfkHzg1TaxcJbD1ti4XX5bsnLdMF9HrQYX
PklQIUN5mA3N+X/+4wX0VPfMAjIT6K5avag3IEsHkqOSIWtSfuB40HdDohSJmr9qTwilJztoLdHWVM6J2ZTVAV7DBPBh8EJxlIhZ
X6GWa7GIwiwv+RDJK4aAB0nfV5b44NMcigoftarHWONG3WgugyedgE2mVEjFh6f/t7tvbW7byNL+nl+BcKbKYA1FW75VhhwlJUuy
rRndXlG2d8tx2RAJShiTAAegJKsS//f33LrRDXSDoCwnuztTFYsA+t59+lyfY7BQDKFC+O3BMzh1qJ9BA3Na8rF++6vJpq80v97j
casIqpYZuMYRy9msyqHuFE6rTu9aG6Zd/5z2Wyzquxoq2bRRR71zJFYQVIwXHdh7Sb5E5yD2pHsYLZKHl+P0IVwQnMgSf21QEYSB
YRDhvaPdk+P9o7OP2wene9u7//1x++xse+f13q7ZeGvFSakpIRRlu4Wj4zNde317lfAjfuIVbFVtBArzePOpMcGNVRpirb+6J1hd
KzUdC/N/kprOUL6VfRnUNGhfMeeQqTODBczmCYHv3cLx3zZAkpaChWbqBQY1fRgrsjhPZ92yDVWy1ZoMcpzogS4H/354QKANpsYH
IzrqOd6tDYfMLqK5M76/ijeAg1AuY6+ehr56bgQDSNiSapPQ7TnejsiFAOGOgY5EhQb0cKjyUmt//dGqmbb6QWCvbN3gj0a/G31I
rFCG4GFQjWAYrMDOqvuMnFU+kKKYhVDfZMkXXHCJ/LtOIop3CyVDqvgiDiQGZUaCEgKIYYhvYkMiyFG2ADVIwCyOU4bP+dKzoyV7
RvRgK3yOeQtwju+kQ1A97sD1lIxvaT7J676c3vtTLrTTFuC1u0oNIetqfnkEp+s1RkPie5x54OrmhOORd1s5Q83buPRLTieYaWBU
oqakTqUTjLj8aedlGOwddoxHh0Z/tVPK4V91mbMeDIsf85+1r3XM6QfKGriofcAp4iYrJFfrflRbF5fqHm5FHfHKWsItOziqMcaZ
Srzf/DD0hwLzJ48/eOJHkynlBXA4jXLBGl60S/WK1axWvVbCu3c4XNEu6dSllrt30tOezV+swGCH9pUR8U6V5lUFsJsAq5yfAqkP
HBY0UCjIKS6lOED+ulOz0kVpgZBtGyUwX/EQ6PX8Kk2Wt31RN/zlyeZjE5HQDK6nJaJ42PIWKBTrUW1NZUllrDlGWeTEhlcpJT5B
isVqhX5NQ1nS/8q8CXjnz6Zt2uOPhHgFW6Ub7u92oPrvEu1dW4hj6ptYfUiBx6E7GAuJ6u0Z6urYvoR4P9eoZEk5rREvWU9FbKZ6
pCjG3SAY0ySuKL7oNB/EIHrnYYevWYZIcIbbmdpYc8Pc+VJSNJ0mt/mS6vpc81qH4nDv2yyvwmZtmh4d29tCe1LPAt3Kka9Cbr0I
O05qy9ryP4fgXsCqpZqYPvrwh1BlmxxTF+pu+BZt5ILaX497PWiktLVC4uQnXFu3BZVvIsQcFg//vaMbEjGNenev3Zm2Oj5h0Xk/
AHkzGVQhikhfl0GIpIm6pqmSoOzQvTIm0wJJU2TsdliyXYHVqyNkGw1GiyuJGIcHudMU5K238USuhsC/J3vSKvcsWB5JYjox1Ick
jEUz2Cu59lDPY5HsyVVmFoNMjHnlRWyzVYeiS+RFh1IXcKt0W10nfLD8d2A9ctkhZdbhM5xRXkQD9xdlqPsoXt4HESRJnkEaYOHr
kfR/Ek6JQQKHzQAbq0hJkzK1RMrwhD1anhf3FtxU9aWoRfzVUTw8LhOOqCY9pVt2LU5ziPOK4UwILVwqPJNm3iT3NGluZb9jmkwv
x8SIR/ymmapnZVylM3BNK/mMyMnp1m9wdf9cUR6wIJtOTch1soAaU6CUlxeUaTZik4zyPyCjC5rPtYoRMTNJX911tcmTZtPKSaa9
+Eokd2b6ibIS0jdQ4OwqL5i2FsjO9lfuCALEYYLT9lr2aBCsCR2uLllqFNypiqWAmRqu6bsGjYH/7iiXtNMLKjuiCeZCJLKWCRmq
J7BJvrc60V0Na/0HC/1oEBJp3AzzLC+qQfAILj72f+gFmwoZuu7lJKLnVmBHDnMnyvooclhVCIv0CLWIqfq12R3es3KrrqsyNiD/
uY6ySknb6K1C2V5APha+FdXMBfk36CdAZAiZaCCCtgYoQhCMclZNqT0yI1bVhhMGAo62mmWnpGntftHgsDju8KYKy6o2KQjHRTSa
PatGntB0t0TvDX99aXZbhvpLuSswBZLeMO0crtpSvvUlBGF3Urhx3fd68mVFnq9yLUOqpcwJbB0ceLfWueEt0W5PuPHF1pNB3LoJ
j37CXe1KqcgBSSeb9I7DdMgHLmSl4GFQw22qPWNuwG2EonwrAmSDCYA4MF3llfDBXJDtaaikYjvJCNWC5nKWgyupfZcMfFGiXRjW
yt1sXKBtrZAUAXCa3jlQT9HKFY1xcW0/N6edy+xbgV2bhEYuzD/QtmV2xM4lRWns7sk+VUJT5DqjEzfR/T7WpBLatYI51hqVTomA
OVXwUTt6droWcmLTd4mkVF0DR7FaiwELTLkGsqkliKFtNhfBniR+Rzeqk2rlJJMEBrAy+NgzkGEj6jvBOGA9bTaCQpr80jVwJwXH
9ss3zJNgDTMUrXaasBEoy6lqN1E13Q46ZxAuM80aNLKd3nJKo4cjF8mx9h4qr2+yfNKtMyeUF8FWgOtUCR1ow4tDS1/pFGLtz4XA
wTUAZUuyHX2MIsSKiyctYLMNRxkEfG6zeVTlOmcEzMK1GYJY18TdCVpbgF7dCdl0J/4m6dlc6NXtZ5hAD9fB1jUgxzszTGrycQFV
uELWf+T8IOgkRX6d+Me1wp6XXz8Hz589e/Ks/YEqmzQBXBNO+MNB0ZsoRlO1nWofPUCr3Jlu6f3SGDG+2sRiHq8dYjTuz8yiklC3
AL+UAgICaZZpgQupCwsQJBS/OzxkmS+H8CCtutqBRCq5t96XtkCRqg+4dbY02KfHkEUUkST9GhRozSMC55CUHBg9sb6Euc0p6SgR
X8SOv9WspXjKlX4I+T/KFElaJniZE26I+PwnywrdtlgxqpGTyzsYO2Jz6sdYFTIs23cLnVtHTxlpHpxnx8CtUnmBH6gJUm4FIaf5
o4+Ih1M9f//oA7RDqfc4QecDoASJ9lnUExgVZAFH7LhKer5eBZg1iM5J9Yl92VKdavTXrQgxVr7Gjpktu25RXzHblrV9FZu8ywdf
HgoZ0JPTs/MU0vflQdeHvueUBjsn5UFWZxpq0Imv6nlf6Sh+pXgZ45Sh0Y1+i32f2uZDbknCkrBrreTH7T0AfOej0QHAs6z/gzwB
HjoEXoxqpLYjZcBC6woKDiH5jyBRCXR+ujhKvbj9CjPPAD2+K2vhgDtXBOnaFmyu7wBVf3dc+sZEIF4m4J5sjHflAO73zpPVUnO4
VQW59t8/rC1Z5/KhEnLmfiT95b2YwcqUjUZuhdU3Tk9QJvGh0bPa7aAsY5XroS6pKRUS5TxVnhCDYORVDEmsJfIAWgXEzuiG20IQ
jidf5rMuS0fxMs5r3vixUiRtaPpMxqmKLLjMsiD0Kphc/aywHw27HN126u4WOKt8X9/94qhbPjZUrsykUBmPzeyZLEdp+qYAIbC9
IniA98wDmp0HlAPzQWVKakGxxgz5hG6621gHxxlDi4Fk+qQmOsOg81ciStjsX4ksBf1+X+W4rnlOUl2kbubaAnTdQLzBUTaPYXMD
jReVcm1jiY+g5QiPrpAwCj1J1CmftWJiJrtYvNdXNF5EnMNCffeLXNqo6Ffj/OoJtK0zM4tv4b3b+caZLd63f9waZPtbpQqnOtVH
dFvwRC2NLFWnqjozemffqlZ+VX9QfP46PF+TQWJUS+felK1efYWYyzVThBk/I/TNDI8hP4aodJEOs3RjlqSfdf54cbNV0Bg9ojPk
wQAftIuFGXH3wvvMR7tWyIvX6vi9A1ssR9R6NIrbt8cJdEZBK4j7KclAZDk68syGP1O58ZrgtxuoVdwmgU09+cv7qpuBhnFZjeFS
rWBfG+9XxQU566k7jlt9cQQOOatRC+UMaJFvaJsdIlzA2NVf83UXMR5dPklaVR63CextSilcGh7hrLPSw9ZX6GjxJGdeiYCjFHAk
X/J9skIXyHm6EoOb7ZFDEnEI80GgNQLBZiCav17wOFCav2GwLWQqIHVcL3jCf7y4XUToAvU0IO3cUPMWm8L4PK5yGasNkn8Ozalf
az7tyf0YJX+0rZKix6q01l1FCqy5wE1B7kOucSHP/ZI2iRDWosjGCSJz1Aefu86m1RRuO29TimZ/S2uyTgt0zKJxlYpKYDjpCQgU
wcDjhKbcWrE49dUqTk+ain8PCnukeL8d2xLtpoKGRs+mf8YLd1GTUYczuLy8LUmaeuejvVov+KHqCJZbasOuZSDYNG0EcOTdlW83
1LxdVgu8m4Lb1I4yygTwWP3NZAeePNF2AaBB7na1AlPP4wJd2vRjd6lSTv0g3H3B3aXC5VvPTNoibKWKaFoTcrvf9WrZI9Cet4el
6+vR/g4wpklRgDC6+fQB2vOugYpl+S0CQuC1s/H2VzzWbw97Af97xLfQtkAv4RuzDddHb2dR2od2RwgJMIC74PQqTemoPAmOpzAL
z4MRiKlw1fw9OIkoI3MphPepG2/7J9lNnI8u49msLzWtYl3fzv+QO+R6Xl4iaspkzjoq2c+Ki8DqRpqMixbdcHUFinr7Yi8Jk2Pq
4fW82zr0x+ro9awk/Y2N4fqrBmvdgD775EI1wWhShMYs2g2/myj3Cuqd3ol64/9SYHEnJQ2B3iMN9KbMS6sEnwv46LYUGZEXui54
UhY03viLH0Zjk+QY7RpvGsZ3otXDVZIlwzU+8K0dkAJc9mOFwnGIkE6bwTb5yrMOLmLQkLcH20fDMi0pZaDMY2ZiHvV9ncTKZSGs
a+QazVJWq3SdvEmX0cVFeZNwdgG+s+B2TD/ThUVetLC5DAmA6uPPpUmRAWDrPfJMIRxgIthpt40a4/szGdfzZi7D3ND0rXs/w5dE
dx2TjoX4HU72McaWyeQKqZdbG6i93NYgoi8W/OIp/kT6D38/xyuZrgD48XeuNV/yd5uP6L7E7JvwY9PDXjBh4Z2LK/E9L1TU4vSn
cYSeI7Cpf9vhnPTQfE/dnvqPjfIC+wpEulgC3UTn8hxVvv1gBBIeXKejf70pBvLjMEqjC4RurN6v7zhY/iU3HIT7qrbuMBgTfqHU
s7s/OnxQmGWOxRaoym4cp7MEg2No9ZTY1rWudHaARc0X+5eao9TX9IYeb+3RBg8EsYaMSeizle8Gddk/WAr2hIALFYhyaETBEwRB
10qQs8PIOtAQKvgRfyNQC9LHVARKYwZNLggGc0pBbQOaFCAPZH3Ba237GionJTvK0/Vptnx10UQjEGUClxBHM4ECxuIMj0jxAeTt
ERWfSzw2wttUCj+2+Swiymg372PoHUUy5WZ75KSMj8upx40j8yvGnng6pczQGNNQwarWW6S6dYTO/mDFjlKRoziexBMlyPu2j5gX
+KOTmEA9uwSMj8DrDFPA0XuM94bDR0Wl2SAu25BhIT8K4U4vGAUJlusgKpYv4Is3C4KN412I1WAxgqq6SrkhREDACQ/ZWiH+H2Pa
H170OhlIEa5Q79Pe2gqwJ4dR/jn0+lNhOAp9W40RB6kpbHDFkvxHVEO16Am8A+Znfg4rH8IXaJI097jLjk71/Wgi3YEcDt/vkVsN
vV7JlprWkbE30IvdKhpSf5zCqowuEZdJml2RVMjnOTH2JBRSQx7Xcm++7+BadD7QxU7LAm/gqZo9uCQSqyuGv6f1WbNXrsoLSeb1
aFLuKXfAkXGICRVPTnEao5eSOrJs951ryhkQGH0Q1m+TbjDJcKvLsXPgruApVIAoSGXU2fgMc+sA5f2pYuY1t8EUXQKmjelZcCmm
5lLQxBu/pxNf9qfp5H2nPkBYv3auPe/yBETpZTZPxqF1ZvDskSWufnIwhPef8FcI0gltlh711/gQrVfdlgFLNf8ed37KJt0vzRZD
K/PKnccYRIrm+kGVGsJl9+ZsJ1gm48+Ivhvs7B8GE6BuS3zJ4LukA4407iblT7WuW7mE00BIPGOH4vYo4FIKCfnZcEhkeupPHlRS
SA9BXe3zZgmZma1e3EnmCn+IJcqdWVQU4vHWcV4inQa9ItL0zBYsiaHNlJuCNd+drlfexE1PPod6oktKEob64RLdkN+ksC55Ec3w
UQhPcPnauic7dqHMfCF+70vHcKUnTrtU0S1vmmItf7tyiFWy3JRy1SSQqzBnPse3OKzfyJQsRJPycTGRMP406UXw1eMFJcyxo8Ia
0+p86OZka+01SHTTtSW6arDCZzz1OC+UF/f959JLoBqdsPKg4aYtjxYzw3yqLIZY3BiUDIlCmSmfwPnyeQ/7FUkr0rDabKrl64pD
v4P1ZXVMaONE2/FjX4z4sc9dYyFMRTvlcFWSGUe8rhWqWb8s/N9T9nqKO6f0FPDPP6jr/YM4vVhewoO//e1+l6YiCfASsTBZ7hd5
KSvHp+998uG7LB8m0gFxV3H0JM/2Ao0Ien7LLjpwGxbjPFks8aILwr9O+yz5bsT/CR6I+Ise5JZI09RoWEpZQP4nwGQo9qoU8m/j
Zb8xmtjeWua0dY15UzsNFhZ+EbiDVa7UwOz5PFz9W+jrD+024DfcCfxfuBtQdWLZtAeC7rIxNlOsBZN4nBScOhez2k6SIr9aUJDt
v7PzICQnGspd+aRLCQ0WKJNi7l7yuOljOzt/CZ6xTByOi7FkxlCsTknDg2f9TdosKCRh+AA6C11dXKI8voFgvDCT26Od/X2qi2om
d6eBzkGB2awTZrfIwVD8fx4U6otCy/zFZbQQk3sQHpFHUamY7QVvGba7x42YzhI9zsD22+7leNEjv6D3H+jf53C5wRT9pjWzcBzJ
LYLPv/p1nCcXSfq1F7ziJDcFtbGbFkzQoRT+fTUlSDDdNPs+oB8RrdUOlL3I8tuvPOf/jK6jEZ2okZL7clROlHOLbZxfJYLhMx9Q
lgoryyE9wDsH7SWcNQQXHJ7eJBPsPspJpbro2lhCA5UF2wllauy+U/lK99nbEuucivs7OTuoJCE4hKt0MbtCrTHaybq06EfCCRN4
1jK7Ama4UH0ZaOgH6B+qIgrB9Jflx04gjiM9XRBS/0RptrAUbNgfSL+xQOwONntJp39gure4Op9RdB855I+R9dVpCX+wySPm3jbW
HPbZwceT072X+//18fh0/9X+EUz1bBJP+5fdQUAKW1SMw5WOqdc3e8E7WLh/IYAk6m1xUlFrS64w+fYE07AmBculT5ug27lxqXUr
2Byu/Jaa2gqerP7S1Zmt4OnQkqiqix4qd5gycwtc1lM49TANJzy9j/C4cJswEbuUK2f7CgUhmHXKYfK4acyqLS4IXXo89IVU4CYh
2qQ5VFX4iPRcxKhyr8jXjUsTv2kO8iXsVdY4Li5vC+jjDDdsr4IHNQaB8JakOLj7LDo7KNWShJCkzcOH2zs/WFddGux94aSOgpSE
tCxXYEqqFiAMZMXB31gfVBXPpnCcZpROc8kxHehrv8zg5ElNtly6jKM5RsJVQKpIyVE93Xjfos7PWBXroJBA6ee4f4ZZB1kZjmhI
REif2EarcVN9VUtyw7errMuIgxbsgxhbhLpb6+jtcANmjfoaxYOkJogJCL0zBFMLMSxLLiRJxt3kh1TVGMrEYjCndJ7xnFTNpj3S
B5Q2Nj3Qte3mZAaHKxx328E1NDrcoSc+aUD4DI25z3gDfWJwnU90ywB3EAeY45MggpZFuSkH1m3EeIewyyOzlbGmNxg/N6VsJEcH
20EyQbIyxbROrBwnetXFy6JXYhQHu693Tnqox4F/AwJ37EveU5e1YBElnBQ9ymeJABkVDHREFdB1CI0TWsg5qQURTD+7ht7gsDId
Rx4vlxQnYfFalgGmxFDi248n7zLSKMaoycIcMRT5mdqXqsCCXmA4QqQnhu5jGmTPStOJtiioCEeGdzbhGpP5hGjoOWU41zfwA0Ju
mcU0BvgHdWJWx/XiEh6L6jgd3RBm/N/ZFdI5Mqp9govwUzCPbjGcTL4sFCQmt1Jl8ny0iJAkR9SliZAb7kePOaCAEINwSUQMlRED
jW8kRwpLY54UBQcBa+ojr9agNNyjtejMeWs6c25irjURE5mAeTQWzRZSjfMq1Rg2diuyiBDNLdTnw7F0pw/1y50y2USQzA6y5MZY
i+8xRAzHAD8+DGx8QuNK9vlj6AlqIbBZ64GagP1FeL5qguS7yOfqqTYWpnUpWmwrQ5U9VlwXEDEgCByI9W+MyizPupgfNh4Hm5S/
E6snJoRE6kLxZJy/CWiWqy1NQzkdotBQlhpc7BtS8oKJBmXaVQkRabLzjPh3ZVN0tRfWky/tWhkV55R9Oqbchw+WIMYuSdkMUyIN
yeg7AyLDxPw7MwMXsKN2xywicg5GYyAwBCSeB7vbJ0OGo9sg8SJTN5kBOcO4vRxl48BZhi35C94zmk/eQiaL93NC8Q4WG+08dlRH
4qoial0FHEKzF4aZyKx4vUNKG5dhbCLHNdxp5aRD/Gy77sFT46M79FL5+evjgxRE1UcBZkb9/bcYEijot4hEV/s4cX3bbTdsHPG7
qEChDDYCwSW9jgqWv3hnSBxOKbwxplL5VeT+6k6rV3I/7bvPFViJG1xkO2om2264Hq5bYx+tYkbLq5wvtLK2IdamulXWN3RCj8ln
JVaBj7PdDibJVHK9BSHB5zDPCHuA3FKIBGKv2Dmlosdghoi4TwcRpUwclueIkGrU/YiYC/uxr+KIawI3EkcyM8ZLZwMh5f8qSDNl
pTlUGV6Bat5yJCv2l0JjkWl31aUQz9XdQDyf9QVJokydK2y73AiIROsbyUaFuFVw+x6qhPIL1IkVqBPbwGDAvzzefG66saG+Aq4D
GhLKD4g5yl3331BFn65a1Icqp0ksiiztTZSzlzXFPxe2PGLsDNoKnN2F8phFxWfrWh4aitf+4lZ0Bx/LGgpS1E5Q+TlLPseNrC+l
iyx4jazwW6yuCQoP35sSqjq4+Jxi9OMZWlmQ/HbG+pIp1dFOG5m694zLSuoTeNluPaHPLwo21C5ALlcdz5mlJraqqiEglFiVcY2k
nLf0kfr7H7ZCSJlznHZWa66Fd7YvgnSp75SmmR4bF63dY2M6O45j1vHgaegK1dD0A/f4gl/sx+/V9+jvrf52ZrOz6d873Ni8TQuQ
spY3MVKBm8wS9oqeTuh3fosar4FW5f9Gm0oF/UpmL7gTFNSvnX0V1x+vhOIra8OosIGRGCoclVSYz24vmJC2+kJp4wNMEV0oXTz9
IGV8RcAfazKDqCbUTClThNRPEbBu2HujInIkZHyAuYHRkpYds2/0tVHAGhWy0EcjIcOmoHwBRIWuFLqUwyzv0R2CxogevyCeE+iU
qaElZhRLXD/vovrBckVBdz3L/gNE+XMcL+hCujUUMFrbWCoJSDqfxRdww8JyxnAzMLNrifwHQJ2U8E2FTmZRekrqErn12KmTtQD3
Iu+v1j3yjWzpApQ+UukEaG+ph3fWSuJJKO5fLWl3+f+e0sCa/HtVH9CCEBe6C3+FHTMVg0OdwMFEQoEa3pPU3/0fqE+woTIcnLfX
T4tpmiFRtosjN/QU7z/8HNA5r6sw4JVLiUFfcxyHDVDTKeFaewHx7yM66yghde0nETwJvro1JNsli62S1aUVa4dSoZJVU7a/5O4g
qivqWUUn3WklLEEeKxIuaZ2d6p8LvME6ZHAlHqPakP0mMrvwtZUI529Z3Zp6EYD5jSehusWoG7giXc/7SL139qRhxOUdrZouLei6
1fob1d5dmiMuwKQKNJHKVk/zrI9T9dXq/Ue8AGrs06zUy2k9vd5ymmtrv93qSp/723mayXfsvnq7jo3o6Fy7PVnxFIPuLPA6pK62
HRfH/rMOQLyfF+83P/SCxfvHH3qiHRALD7rVHyMqfjTbv0jpsi3itR2kKrfNgjxc66yt2QvcrsM7+Q855QDqQZPvs+kMwbtSEub0
UKnpMWfTUiAny5YTbY5SjD/yola8iZhbYMUQGTQfBL9JjtD8AtMNmDw/rDNM/tc+dQmVBmUwEn9PCmeNxAZShoXpT/BOXJYhFwWr
h6vtwoTnn8UuJ8qQ81gNGfpwc5mML22nEpbwI8p7enlnntNgexv5TpjRb+Y60dHljkynZX/Ql+6JeM6sYeFqwvUi70bhwauzYI6/
JVAQi2NbijZ0J+9FNfFhFT9klGB8sOFqhszUoHQ5jburHIVkcMe2jCRfndZEGAP4kXLwppEcKfxf67x0GHIXNzB6UQ3csiceVlSo
QoeB5HQ+kMIV5rpzH0wr6Yowi5DAD6153dx5pDZ1Uic1zYIWfOraY1QZpgjbvBztsFkcMnYYzXs7Tt4yn9pyUHfVViPuELV15SMj
10H7fKMvMqCbpsIRPRfQ/s++DgPtTof2PKDMS0E8zDlbBak1b7K+9yauEpe+RAcUIQ1zhcyJ/6vVgJvILSvi//CrEoQVe4+3LfQ8
4TRLDsTUFYapcoY1Y7wWqoOis5cICrwVVNnk4Q9tfOYvkJrWOPA1GRUKS1Dzj93pBRet1mBF7AXd1wRCXISN+Z3wQx8C2UW5NToD
xAIIOoPBw0eEeimIbvBrVd0mLNnFsMm9/CgLNgyMO6Yzk3gaXc2WwQ0GvBUWGiBpteCAwpLG6ZKe9dlHh5mDpra0pusCmDD0cNU5
DZNcKSlJlb3QDdgKu2E1/rAqcpQd3SBGjc3S7MRzHaVJcanOLsEZ5jFF+XqrrFLralpyB0fHeCzDOzvFO86bKRCumUNZq1ULVnHe
0KQbsZrBNB4/GuD/p/C/ARG6cXxJMeza8Zj12HgYfW2hVpYj6WvO6PM4v4jRHxNV1givCDd0F9pJCLcB+oDB/zeSqvlzzF7rvJf6
q6mJGuBWUJeR10ZtaXWAcW2kVdvqyyeP+2ADnKjPyyQ2wVdeaFWKUCdcRQmr1EOOarsT7YcwDTsUz2HVtt5ebb8rRQfQclN+69Tz
XJXm0dEiHifTZCyqiA+mRraqpRjeYQq/w6yVlsO2cjwb1RQvtrbXjGF0c1sIVzjR+PUpK8Ol2hjmkyW7KGFQcG+Vt1TRx/iIpiYj
zbAtm43WOsdmgvmfEpCdlWNjaFqQu/67wc9P+0PuTP2Vb7637jbf9yVYKF1c3Z34Nl522t9s1v7HzfeP4BEy6vjnz1tOs+wfN+Sr
9DOFnjg9oeDH+sNcs+v3x0VWdxABLVWN2x+G7Vkc36m9f3bHqcPD/nj9jbStW6XCZisFx3eYPE4/2NZRTMqejF4v9D3l20UjbFbE
KoRKKjZbS1DFNyGrMcksofiMo5128/nf+4+fPe1/6d8SOk4qDqRUP3KwWdodskclwWwIbTEs9N40KAQlb4tvrXRgvYr2plcRtnsi
1feCFjk4HX4rptVlpc9K5P+YfRwt6Bj5md2s0oF9y7Hh42LjfONhYd9B3/c0BvxMPGwQwaHMr4tCmQqFddhcPEfLToTMh0rZufyn
6qtzGimV0IpZ00K0uSEI3GOPHVEMH8ruOvYFtdoxxY6VwYByjZnBeW3E6/thD3WIqsUPxiasYHt2sExHUBbWS2aaaddhDRsylYpy
pLXiWSmFcTGr9iuFYI+yWSf4ej+7ZEqKEuym5d1and4Vjqp/Tv/Puf8tN7jKGSg+7utupVXn40f7fCBrVNFJScvdP+voSPtNBcwY
cCpTH7G8bH3iRMPyXY6bI40GRsiyGsIKqZcIemfWbvTeu8V99QnVIp9KQyGaHT7No/En1oQoVTah7VPsSSUCVrnIldGsZlNmqK39
vSPQtR+8y9DUl6W27yHxOQggWNHK+NkP8/SUmnk2180ogr5U+fu4Bys+NHEjuzU4fFGa5XXcvL60dvP6Ynr4wgiUQyjd7PCoYjFX
R/5L1b+rdJJaaUVfcXqxVzoY9kstGFa44i++ourA7S/CL13TaUkllOia0a28GF9ahbTCt20yAZPTtQrhMBclWfi2hzSgup4sDKed
LSuI/2s1T81zcfosao6j5LzZxi209NXXQi8ceKzb8kvVosYkGxrKSga3I2qBVlVg7AmrE3XW8g228sB/vmi+9hfXz3dvgYgl4/Xm
rAx7oVmjq7HnxyugfDBNZShUpsljQtl6KFo5WXwSuNE8rnjSihFMEZ9JjCA45+zz/AkY1U+oNI11eEiPvCrMxlD1w6CpSr+u1dSm
fUKRNY1wQF9C66RfVrlGbpKx2BZA1LLhGkr9PaYX02W6yi2CNdXe5bO4NW2IstfQlrxg8K0Ca6FLH+/A+l2wf4HKZCCpgYryZL3S
1roueY+3yxqieRHslrKP4d90WV+0i4rH75s2l3l+ZX+VbjO9hq1GO6q0YxBhMA0X7ZbPsBj8iQtYrFrAspvrLeE+morVlISFvYLF
N65g07wag7Gec3LB7zq5ZjwhTVR5hdJQKqMkYgx7Zyv40STJWLLFovF4Wq1FUbHqAlnGAIV7XBDMzWub8jZ7wWDwmKjgYPCE9bw3
GBrGus8iWcYblN8eSV82u3Ya/Phs4ZVpR1KkhLsw1isdhJM8mi43kng53UhgLjcmabExSYoxxhDfwuA4SabyKJb7Ql/BK+5LeyvL
Gqy4K4s+YbsX74BKhJ3K5HRaMW++mVayyMMZSzdqOHOS5Wa35sRoTqJn20ARaQYdhtvRKvH3bscs3AdZ+mNEciRw0++pc9Lny6uq
QOewh6j3N/13HfIrIqseYHylxkwN3aC9LU6xuIpj57qtmeySj6veVmrJSKnJet6MvvRtkJYLQ/W1umxWrIr0piTGLrO2G8rYzk+6
4gYyhvOzHkrjbDUeIau66jkyX64RzaSudWmepNaDdQXeuLXAG5vinz4M8f3e/mbX9m0pUBQPbTQFBD1IxgMuA1spAZmwcZjSUSj6
yy9r4N76hyIL9qqScn2it83n+HbFvWOhjxueflgy+CWYIL5mPbFQw+yS7oV3T6mHWdEJCjCUOeExvX/0YW1OTvGiKlESwTvc46VT
DgczMFGAvToPdb6OPyt3cwNf5zx/9qz5aVnmPDKZEQ98v6dHNhbeT23mWWrn2SpTOXTQGEUPVwUuV5on6x3S7zaN4/zYLSMnSw9I
FZnNGgBa7QrI8YLchVetCVxnwKIV8cSLOw7df/K4f5bfnuB3ofJDpoYY7IorwPOHbjS/dPm3E269hnJdjgjOMmpX+pS/6cljHgl5
cwlOLfIGs2QCzOOyAbJWfX0MlU1n2c0dEc/t/aPYl1bLSFA6oq+XQTjpanWDJQzxsuYWI/aFlJxrb3DZVUhKORs8PV6fkDHD5RBH
W5Gzcba4dZEzqcKeO/y4jw2GpoQR543yhYlmAOXXoBsUBrjGwGyofgGbwTR9VMoJDrNiZfUN55T2pZuNS14VPq7XE69tpf21jKW1
ev7+eFIr6pHtRJwdw8uV9EpdspwNwzENpexohiaqW6+U2GD5YwhLi43xLUBDLYsZo8xOcCj+7xwZgqjgj7ULm55XJ1q1csfcBWWR
PZp1kmUm2ChV/D7u/ys2ET3QVhkzLRt6/ZASryMSmQ4JclrZDkGYvJotqxbD9mtFIZNmiJflptOz4tRNE5z+W0UdKrM1o4W0VLU1
xq+tuyhlRBpmjsC/au9TlT6QAhirb3VoFQ+39p5jurZw+LV3AquDr/nP2heMo0MGbvyr9v5G0tLDv07yPGlDFxsmlA3xqazlHVZE
DPrrLYoY+O1QMc8Uy0CxyDeOVYz6sic5CnbFyHpBwymQHxLeeoepW3/e3new2zRV+EftLfaZd5M1XfK28SBEjQcB3vI46T3/6V6n
4RopEJSCt0AkXtFanufJ5AKNoEUczYs+pTToB3tIWOcxouUzgi3MVJRcXC4lVjldZtiIqjCcUmYDhZyT5MH2zkEwvozHn/mOwxFO
gvnVEgkYPjhDHLARAiNdoYv3zvFhsH2yzyk14Cvpdn8Cl8cQW+LAJJWwIcoZ4BstsmgjAnr/+vooXr6gwfTHhQ5vjlGVHX+Jx2jz
4/wMh1maMfxZgchkn2PO5YCYaQ95NjZIMw28QtGfT0QdTkmzyBU6mmdC98mlg2CLoUZsSrV0N7B9mc3XUGsdb58DemCJOFuFTgk5
1NHj3Pf+oth8UNDDDdTyB0tOO4mLOIlnMdp0faHd2PKI2qD/hi+v0rE+I01sjDpifMhV0sHiLUZy+c9q2ZwiafpJLQViH3PEOI9h
0X89VszDUYQhYPB7e5HUq6AchfKlygGEjxyNYbZ3+ZLzfNGT+odH8c0Bf4ru1pND3OD4oL8DC7SMq5+fUapOrhc4U/ypz0C98kMG
ej3iCO699DrJsxQt++abaqHj4gWyJpUCxyNZi776l76qFj5RSwbF9fI56Y4XacHahYxmhbEUkpSZk84pfO08/s9VTDqg1Lsn+Uhv
c8HTq/S+NqV+go2XjBS1hqL0CgkKV5C7FvKG5VbKPd+FRQIGnGs3qq3Ta5MeMCEwtzHI3fv8V4Um6GmijmPGZExMF+sEU0laXqAw
zVb6SaiwX5bgT/mboRP1jyr5f/iBXf2rq2QSJM3tcDH+PmnTDh8dT0P0h9wO+2XDCkq+0rZUVTZullRFXF0hP/zDbJJMV4xYtjC2
iw1KkbJB9d7byC7QZM9oVaXyiaq0ae5epwUl01IyQry8zMrOYoJUV8+NGVMVqJJcxByFb9MadBL3LB8O+uneuCptYfBmOT7KbqAb
GBisO6Ne9/k15zdzzuBoFscLYqrnyQwua86cjOM6u0Txuc8fWC8rA8HU17PsPJr9arNNfT64wJbQRpJMJCDSI3tzkUcpmbNH/z06
2zskW/v2ZJ6kCTJLywzRYVB7JpFsgx90mBrxQQIgoGo+pxzNqi6CSZX0A5g+5yahvPXTqyKm5MdmM0Bns0UsGIEVOmLeSURJ4II9
cCyJMPU6ZQwV4n7W88uQ3ueSONraO7tJbw5G+mIEvFKeLBFmdyyXovW8diPGY9TGb4/HcVGcwp0Z6iKVZ6qGfYXdnoc65dAomWDK
rf4Bej/wph0RaUBFRY+rO0VWFxgGeLTDq9cLuAn5STVsz2bZTfe7dhJvadhj9ra6z+7SWsoetN/wJjWWhRNMo1MZHxX3Wemwyl2q
RDI77raAlNU7U5F/UxtOnJ29r1w0kCGAx/+5SvKY6AFm5YDOHHpVH8JXLxCPOLsqAvYxCSaJHHUcSR5j4Becc2ZhiL6heu4qLwiC
2mEwuGSUHprB/rsoWR6ncVh2ZuhOc7d9DhQE2CIepmUWkApdSkqZo0tLwPRQylMaShw2GXiwIoIxp85LCV7/WselWxWVqN48/d2k
WGTYXhumx+TIywuEftalId4k7Is75UUL/WQYSRp6RgAhTSi7L0YBwj69SaGc/W235u4ElJgQvNml9Bqq0LkguAJqEO4DgVPk7AhA
qPueO/olOzIZJ29FenhO/G7lnDZ5+1fxkqvEL6w3FCIfzfgtlgXJdXuxmCGgMuwsuGIjdBu3z3EV/L5OpoLiVgkxdya0K9uAK26N
NlbQybp++sddIBLjJUI9S9J6mOV2rpWyZs2mTtZFSROOi672zgUSinfJKF6W98ZJni05hiPkJKh09Pwlj3GDhjCVnk/qFxWeN14r
40WB6NHlG9d1s18erpez6EK7PKLHFL0Jfq9/c0wSmjzuUXLs6IK2Jr8/ylB4anmTrTkmmJT/HWMqNyoTPf0bd2z1fq2breqbMBqj
IqWs9pXaYdIdOglNWHnY0/Ug8lwrEOSotoPOlB3Ax4XsbPkvTE02DeskoNvqrOb92kSjUds3+4jIwoMjr4+8z+0tb09jwQaTJCfD
9kGd5xHOlBDoPDufUbI9HjUfz4YxcnM9mqXtPDZmSSgBcljSZQeRg7Z9ybPr84U5aW8MvQYlUQ47r/cOTvZOP+5s77ze+/jmaLT9
cg+dQI2Ll8D24IpCnL35FcE9zjLGDa7cw3hTougiuUH8F3ZYuavhljoHVsydJwVHWRqusRtDoMwYumuyB5imiIM86OqGC7uD+Vjz
xsOjoUXzxiwAwA7e5DhkDR3PjT4wWQSUGQfWwMPRxubGs43Nn7rYO3sKrMyY/N2TxxvPnj7tEnI8+nDjNOaI6UmCKDob0/ZgPsWc
QFkUnMhGUE+1ZSubVbgQGgldqcS5GA0cIzO176IR8Hk7Hws+JW0c/FU3KBWHOTEddBNxvN38iRJ14C6hRD+8IrBkuJvU912Xq9KP
9hitWsz5JWN9PRt2LWwgIThQ59T4SVhRHQwOs3CN3+of7wW9NeAs4nALx0idOx7qaZImaAcI32TolgyeCCm+4qz41e+/BzWei954
VWPV+67Skv9irFeLeWzxDsJ8siAGRZN3CG73O2vWBmxPQSrBGSPPUcgr89XAMT6NKcJIGc0YxLrMWvm062P2sS3yzDI77zkRVwxB
RB1d5piidiqHonwUskIOHxxCy/3jRZzyT74c+thgrxxsXw8WmJXyKQ+8codK+9zQKU9Irphw42E47dGzN2cvf9pLYQLQq4I50ZW3
smyPnPp1lu2lk9BLgT3bgkZzFN+ELq3mEnXssDlo/9GXcLXTAvBn+N7fe9eeoWnmHQaNSiojHUZKOyGm3RyEe6enx6cfX+4f7H3c
+6/90dmoR6j7x6UsP1CJARXqstka7b2xSLZA3UOBsUJz3ixK5qiHlbxJj+sbjr2xVD/9k+PZfMv8dsXS3WV76v5Ye5TWxdykyBS3
DgQ5v13G7z9Qeg/POiJv9QK+Al7SNrlY5Jm7gTkuHsGdpmCo2kC7mT5jDbRUuYUa69+C4Nco56o0U5p5W/McCU3T11N2lY9LS9ik
BCjV50mXkE+Nb5Sg7belXK/TEn9eb6atHUXdEVSZvNK3gq34PyCVdpJOJNcFuiKw6bCgEJliQcuIM3x1cYlK+BmL4IjxRO4FxdU5
dHCJHgYRORRYqvgSXW1/J5u/QJebvKLQEv8u2/C1yLOLfZOrN6ITlGd7xUOGoOIL5fL/QZyMyhrYXOIvbzno1hreT6+zz3HbttEj
RupwaftO9TTqSUGln2+GpGzTRJWnhIBgkYsW8rOfFsSohSTqwfzhvy/zbH6CJXdDroBFzq5zh9116o1ABdVu2O3zRB6Sd03IxV/w
/mMVAXyJaoM4X94qRLuspxbTawVruawY1rBGX0bOvhiBJRgayN7aX5um7g6b526Tp96z+VL3mLdj7fCf1V2RHvcfKXck4IXkcR+D
sJMxYhfM2AR2hcZY9KpJiwTkpL5kYQQRMP14tZjQHX5V0EXeV63tZLQTl8UgONse/evj9s7Z/vER8Ap7O3gH0bOz0/1Xr0DgfnF8
fBb8JA93Tve2z/Y+AnPx5mQX/gqey4uD41dQwejpm+BxT4/JeLF3+nZ/Zw8a2jl+c3QWPJNip2+ODvbe7h18fL3/6vXe6CzYlBd7
R28O4eHu7t5R8Ij8NGDm1fkpHCbGqhcLHuJ/Zuf69ypDY3ni0fVr6P9Q9gtMaT6sbbK6L00wII8t0v85aE0ICykGB6XjwT22c5Xn
McZ29tHehDvw6+q27CH0zJ56mS3oWh8+Rocmc9T6HRaGlzzaBi9MOU+yO72GHfmsuB5zi8oxolPd351aOMNcTlQIhXuBwt/tuKMX
4Js23T3NsqVp4DNa0SNBO6MybKCe59dfO37idxpfIGK4dja1HEbh6F8RDIxoLqKCVZHq5/IFdKfVzOnODV3fTOKpzK41Y8D84n6B
MTxyl1OOKFKYsn7GmPRzJC9ci4LkXhXsMSgh6hUo6H1/epy+iJYwHwnhZbmMBI46RstssT99lcHPO5XfI99HOGXotnGQzBOEUO6c
nD1+3XEPHHZFOk4W0aw28hP1xjd0XRQ+Pr1KD0B0mkFrmy0+fwNnan+CyGKyDzC8qdSuDPjgrq7nILuAocKlZFf1DGp47NBbVbeZ
WwBAoCP87ixPLi7iHFnX6JYNzwhWDywKPUffkVik0Mr1xZntVRLR4Ho+Z73r66ORqzVJQ0lhJkZe3mdw1rAfxPGbWZzZ5bYgLIm+
L6Ge6qV1GuwVlgHC3kaiQtQI5vEnh/il5l4qxc2Ok8J7a/Ow06jAlQ5F42VTZ7YZFs3uyyPPHoC6sGkQJuAjr1GW94NWSUEJuW5O
EEVghFmaf/31erP/6Ndfy7zN/fhLPVGh3e62ImYMjcd/u4+XKL4dJKlOWH1En+vAQyYUFnfbbjxN0gSnTIPx0Tw+r5wp0nJ3JMxS
8WINR8VH3K9Sk64zppq1kvInXys8PiG5VIBpRKfGtlJso5trxeL76TSznR6bQHN1iQT/w6oJ9cxzYaBucehwHyHnL2vZfCPzeJKc
wc5Atu06Y0O/K8QUu1lPWD3NRPWgvE3q7xGMBP2Rq+Gw6khh7+k2wWNURwuGGg6iAggLhkytrga/xRHz97X6kF7C2iL2Gn61g4Dx
dJgHARu+yOQUbG6cRxjxi3H0QYgc/AZx8MToj3WhAlYtpkSFsTjHZnkFBF6WLuc27VWSLpscs4OOSAIa56ClWuKzoPcIoCH5JXhp
0gugMyfJpGHe6lXhoOluxDuaa9jf7dTj2M2N4QPhU2QgnuB095FlCKF/4RRlLzSwIVbVBAdNwpEpDHHevb8uzXJySbGChmp0y7b4
+beSAKyEl6OdCsnRkK697LCmgI8M6fLr/wdvwKF7N9kCAA==
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
