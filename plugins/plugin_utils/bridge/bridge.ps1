# hyperv.network bridge v1
# Host side of the bridge protocol: docs/bridge-protocol.md, docs/bridge-internals.md and
# protocol.schema.json. Windows PowerShell 5.1, ASCII only. The bootstrap calls this text as a
# script block with the request line and its own text as arguments. No request value ever becomes script
# text: names, IDs and HCN documents are data, objects are found by Id or exact name and passed
# to the cmdlets that change them.
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

# Shared state of one run; functions below reach it through PowerShell's dynamic scoping.
$hv = @{ json = $null; helper = $null; hyperv = $null; tag = '[hyperv.network]' }

# ---- Errors ----
# Stop-HvNet throws an exception that carries a protocol error code (and optional detail).
function Stop-HvNet([string]$Code, [string]$Message, $Detail) {
    $x = [InvalidOperationException]::new($Message)
    $x.Data['hvnet_code'] = $Code
    $x.Data['hvnet_detail'] = $Detail
    throw $x
}

function Get-HvNetHcnException($Exception) {
    $x = $Exception
    while ($null -ne $x) {
        if ($x.GetType().Name -eq 'HcnException' -and $x.GetType().Namespace -like 'HyperVNetwork*') { return $x }
        $x = $x.InnerException
    }
    return $null
}

# Turns a caught ErrorRecord into the protocol's error object.
function ConvertTo-HvNetError($Err, $Index, $Op) {
    $e = [ordered]@{ index = $Index; op = $Op; code = 'CMDLET_ERROR'; hresult = $null; message = ''; detail = $null }
    $x = $Err.Exception
    while ($null -ne $x) {
        if ($x.Data.Contains('hvnet_code')) {
            $e['code'] = [string]$x.Data['hvnet_code']
            $e['message'] = [string]$x.Message
            if ($null -ne $x.Data['hvnet_detail']) { $e['detail'] = [string]$x.Data['hvnet_detail'] }
            return $e
        }
        $x = $x.InnerException
    }
    $h = Get-HvNetHcnException $Err.Exception
    if ($null -ne $h) {
        $e['code'] = 'HNS_ERROR'
        $e['hresult'] = [string]$h.HResultText
        $e['message'] = [string]$h.Message
        $e['detail'] = $h.ErrorRecord
        # HNS error records are JSON ({"Success":false,"Error":"...","ErrorCode":n}): keep the text.
        try {
            $rec = $hv.json.DeserializeObject([string]$h.ErrorRecord)
            if ($rec -is [Collections.IDictionary] -and $rec.ContainsKey('Error')) {
                $e['message'] = [string]$h.Operation + ': ' + [string]$rec['Error']
            }
        } catch { $e['message'] = [string]$h.Message }
        return $e
    }
    $e['message'] = [string]$Err.Exception.Message
    $e['detail'] = [string]$Err.FullyQualifiedErrorId
    return $e
}

# ---- JSON: JavaScriptSerializer, never the 5.1 JSON cmdlets (they lose arrays, depth and enums) ----
function Initialize-HvNetJson {
    if ($null -eq $hv.json) {
        Add-Type -AssemblyName System.Web.Extensions
        $s = [System.Web.Script.Serialization.JavaScriptSerializer]::new()
        $s.MaxJsonLength = [int]::MaxValue
        $s.RecursionLimit = 1024
        $hv.json = $s
    }
}

# Copies a value into $Target (a list when $Key is $null, else a dictionary) as plain .NET
# objects: PowerShell may keep values in PSObject wrappers, which JavaScriptSerializer would
# serialise member by member. Type tests see through wrappers; BaseObject removes them.
function Add-HvNetPlain($Target, $Key, $Value) {
    $raw = $Value
    if ($null -ne $raw) { $raw = $raw.psobject.BaseObject }
    if ($raw -is [Collections.IDictionary]) {
        $plain = [System.Collections.Generic.Dictionary[string,object]]::new()
        foreach ($k in @($raw.Keys)) { Add-HvNetPlain $plain ([string]$k) ($raw[$k]) }
    } elseif ($raw -is [Collections.IEnumerable] -and $raw -isnot [string]) {
        $plain = [Collections.ArrayList]::new()
        foreach ($x in $raw) { Add-HvNetPlain $plain $null $x }
    } else {
        $plain = $raw
    }
    if ($null -eq $Key) { [void]$Target.Add($plain) } else { $Target.Add($Key, $plain) }
}

# Serialises (plain copy first) and escapes every character above 0x7E, so stdout stays ASCII
# on any code page.
function ConvertTo-HvNetJson($Value) {
    $box = [Collections.ArrayList]::new()
    Add-HvNetPlain $box $null $Value
    $text = $hv.json.Serialize($box[0])
    return [regex]::Replace($text, '[^\x00-\x7E]', { param($m) '\u{0:x4}' -f [int][char]$m.Value })
}

# ---- Request access: request objects are Dictionary[string,object] from the serializer ----
# The value of one key, or $null. The comma keeps a list a list (a one-element or empty list
# would otherwise be unrolled on return).
function Get-HvNetArg($Dict, [string]$Key) {
    if ($null -ne $Dict -and $Dict.ContainsKey($Key)) { return ,$Dict[$Key] }
    return $null
}

# A list argument as an ArrayList of strings (never unrolled; empty when absent).
function Get-HvNetList($Dict, [string]$Key) {
    $list = [Collections.ArrayList]::new()
    if ($null -ne $Dict -and $Dict.ContainsKey($Key) -and $null -ne $Dict[$Key]) {
        foreach ($v in $Dict[$Key]) { [void]$list.Add([string]$v) }
    }
    return ,$list
}

function ConvertTo-HvNetStr($Value) {
    if ($null -eq $Value) { return $null }
    return [string]$Value
}

function Test-HvNetName([string]$A, [string]$B) {
    return [string]::Equals($A, $B, [StringComparison]::OrdinalIgnoreCase)
}

# True when no filter was given or $Name is in it (exact, case-insensitive).
function Test-HvNetWanted($Filter, [string]$Name) {
    if ($null -eq $Filter) { return $true }
    foreach ($f in $Filter) { if (Test-HvNetName $f $Name) { return $true } }
    return $false
}

# ---- Admin-only folder: ledger and helper cache ----
function Get-HvNetDir {
    return (Join-Path ([Environment]::GetFolderPath('CommonApplicationData')) 'hyperv.network')
}

# Creates the folder (SYSTEM and Administrators only, inheritance off, owner Administrators)
# when asked to, and verifies its owner and ACL before every use. Returns $null when it does
# not exist and $Create is false.
function Assert-HvNetFolder([bool]$Create) {
    $dir = Get-HvNetDir
    $sys = [System.Security.Principal.SecurityIdentifier]::new('S-1-5-18')
    $adm = [System.Security.Principal.SecurityIdentifier]::new('S-1-5-32-544')
    if (-not [IO.Directory]::Exists($dir)) {
        if (-not $Create) { return $null }
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

# ---- Cached copy of this bridge ----
# Later calls send only the bridge's SHA-256; the bootstrap runs bridge-<sha256>.ps1 from the
# Administrators-only folder when its bytes hash to that value. A failure here never fails the
# batch: the controller then keeps sending the bridge in full.
function Save-HvNetBridgeCache([string]$Text) {
    if ([string]::IsNullOrEmpty($Text)) { return }
    try {
        $bytes = [Text.Encoding]::ASCII.GetBytes($Text)
        $sha = -join ([Security.Cryptography.SHA256]::Create().ComputeHash($bytes) | ForEach-Object { $_.ToString('x2') })
        $dir = Assert-HvNetFolder $true
        $path = Join-Path $dir ('bridge-' + $sha + '.ps1')
        if ([IO.File]::Exists($path)) { return }
        $tmp = $path + '.' + [Guid]::NewGuid().ToString('N') + '.tmp'
        [IO.File]::WriteAllBytes($tmp, $bytes)
        try { [IO.File]::Move($tmp, $path) } catch { [IO.File]::Delete($tmp) }
    } catch {
        $null = $_
    }
}

# ---- Ledger of the HNS IDs this collection created ----
function Read-HvNetLedger {
    $l = [ordered]@{ networks = [Collections.ArrayList]::new(); endpoints = [Collections.ArrayList]::new(); namespaces = [Collections.ArrayList]::new() }
    $dir = Assert-HvNetFolder $false
    if ($null -eq $dir) { return $l }
    $path = Join-Path $dir 'ledger.json'
    if (-not [IO.File]::Exists($path)) { return $l }
    $data = $hv.json.DeserializeObject([IO.File]::ReadAllText($path))
    foreach ($k in @('networks', 'endpoints', 'namespaces')) {
        foreach ($id in (Get-HvNetList $data $k)) { [void]$l[$k].Add(([Guid]$id).ToString()) }
    }
    return $l
}

# Adds or removes one ID; the file is replaced atomically (temp file in the same folder).
function Update-HvNetLedger([string]$Kind, [string]$Id, [bool]$Add) {
    if (@('network', 'endpoint', 'namespace') -notcontains $Kind) { Stop-HvNet 'BAD_REQUEST' ("the ledger records networks, endpoints and namespaces, not '{0}'" -f $Kind) $null }
    $dir = Assert-HvNetFolder $true
    $l = Read-HvNetLedger
    $key = $Kind + 's'
    $gid = ([Guid]$Id).ToString()
    $keep = [Collections.ArrayList]::new()
    foreach ($x in $l[$key]) { if ($x -ne $gid) { [void]$keep.Add($x) } }
    if ($Add) { [void]$keep.Add($gid) }
    $l[$key] = $keep
    $path = Join-Path $dir 'ledger.json'
    $tmp = Join-Path $dir ('ledger-' + [Guid]::NewGuid().ToString('N') + '.tmp')
    [IO.File]::WriteAllText($tmp, (ConvertTo-HvNetJson $l), [System.Text.UTF8Encoding]::new($false))
    if ([IO.File]::Exists($path)) { [IO.File]::Replace($tmp, $path, [NullString]::Value) } else { [IO.File]::Move($tmp, $path) }
}

# ---- C# helper for computenetwork.dll / vmcompute.dll ----
function Find-HvNetLoadedType([string]$TypeName) {
    foreach ($a in [AppDomain]::CurrentDomain.GetAssemblies()) {
        $t = $a.GetType($TypeName, $false)
        if ($null -ne $t) { return $t }
    }
    return $null
}

# Compiled once per host, source hash and bitness into the admin-only folder; reused from the
# AppDomain (PSRP host processes live across tasks) or loaded from bytes (no file lock).
function Get-HvNetHelper {
    if ($null -ne $hv.helper) { return $hv.helper }
    $src = $HvNetCs.Replace("`r`n", "`n")
    $sha = [Security.Cryptography.SHA256]::Create()
    $hash = -join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($src)) | ForEach-Object { $_.ToString('x2') })
    $bits = 'x64'
    if ([IntPtr]::Size -ne 8) { $bits = 'x86' }
    $name = 'helper-' + $hash + '-' + $bits
    # A namespace per source hash: a newer collection in a long-lived process never collides
    # with a type an older one loaded.
    $ns = 'HyperVNetwork_' + $hash.Substring(0, 16)
    $typeName = $ns + '.Hcn'
    $type = Find-HvNetLoadedType $typeName
    if ($null -eq $type) {
        $dir = Assert-HvNetFolder $true
        $dll = Join-Path $dir ($name + '.dll')
        if (-not [IO.File]::Exists($dll)) {
            $tmp = Join-Path $dir ('tmp-' + [Guid]::NewGuid().ToString('N'))
            [void][IO.Directory]::CreateDirectory($tmp)
            $lib = $env:LIB
            try {
                # A stray LIB variable breaks csc (ansible/ansible #75698).
                $env:LIB = $null
                $out = Join-Path $tmp ($name + '.dll')
                Add-Type -TypeDefinition ($src.Replace('namespace HyperVNetwork', 'namespace ' + $ns)) -Language CSharp -OutputAssembly $out -OutputType Library -IgnoreWarnings
                # Add-Type may have loaded the file already; either way it gets its final name
                # here, under the batch mutex, so no process ever loads a half-written DLL.
                $type = Find-HvNetLoadedType $typeName
                try { [IO.File]::Move($out, $dll) } catch { if ($null -eq $type) { throw $_ } }
            } finally {
                $env:LIB = $lib
                try { [IO.Directory]::Delete($tmp, $true) } catch { $null = $_ }
            }
        }
        if ($null -eq $type) {
            $null = Assert-HvNetFolder $true
            $asm = [Reflection.Assembly]::Load([IO.File]::ReadAllBytes($dll))
            $type = $asm.GetType($typeName, $true)
        }
    }
    $hv.helper = $type
    return $type
}

# HCN errors that mean "the object is gone" (it vanished between enumerate and query).
function Test-HvNetNotFound($Err) {
    $h = Get-HvNetHcnException $Err.Exception
    return ($null -ne $h -and @('0x803B0001', '0x803B0002', '0x80070490') -contains $h.HResultText)
}

function Get-HvNetHcnIds([string]$Kind) {
    $h = Get-HvNetHelper
    $ids = [Collections.ArrayList]::new()
    foreach ($x in @($hv.json.DeserializeObject($h::Enumerate($Kind, $h::DefaultQuery)))) {
        if ($null -ne $x) { [void]$ids.Add([Guid][string]$x) }
    }
    return ,$ids
}

# Every object of one HCN kind: @{ id; name; doc } with doc the untouched properties string.
function Get-HvNetHcnObjects([string]$Kind) {
    $h = Get-HvNetHelper
    $objs = [Collections.ArrayList]::new()
    foreach ($id in (Get-HvNetHcnIds $Kind)) {
        $doc = $null
        try { $doc = $h::Query($Kind, $id, $h::DefaultQuery) } catch { if (-not (Test-HvNetNotFound $_)) { throw $_ } }
        if ($null -ne $doc) {
            $name = $null
            try {
                $o = $hv.json.DeserializeObject($doc)
                if ($o -is [Collections.IDictionary] -and $o.ContainsKey('Name')) { $name = [string]$o['Name'] }
            } catch { $name = $null }
            [void]$objs.Add(@{ id = $id; name = $name; doc = $doc })
        }
    }
    return ,$objs
}

# ---- Hyper-V ----
function Test-HvNetHyperV {
    if ($null -eq $hv.hyperv) { $hv.hyperv = ($null -ne (Get-Module -ListAvailable -Name 'Hyper-V')) }
    return $hv.hyperv
}

function Assert-HvNetHyperV {
    if (-not (Test-HvNetHyperV)) {
        Stop-HvNet 'NO_HYPERV_MODULE' 'the Hyper-V PowerShell module is not installed on this host (install the Hyper-V management tools: Install-WindowsFeature RSAT-Hyper-V-Tools, or Hyper-V-PowerShell); switch and VM adapter operations need it' $null
    }
}

function Test-HvNetOwnedSwitch($Sw) {
    $notes = [string]$Sw.Notes
    if ($notes -eq '') { return $false }
    $lines = $notes.TrimEnd().Split("`n")
    return ($lines[$lines.Count - 1].TrimEnd("`r") -ceq $hv.tag)
}

function Get-HvNetSwitchById([string]$Id) {
    Assert-HvNetHyperV
    $g = [Guid]$Id
    $m = @(Hyper-V\Get-VMSwitch | Where-Object { $_.Id -eq $g })
    if ($m.Count -ne 1) { Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: switch id={0} is not present" -f $Id) ('switch present id=' + $Id) }
    return $m[0]
}

# Exactly one switch with this name (names are not unique in Hyper-V).
function Get-HvNetSwitchByName([string]$Name) {
    Assert-HvNetHyperV
    $m = @(Hyper-V\Get-VMSwitch | Where-Object { Test-HvNetName $_.Name $Name })
    if ($m.Count -ne 1) { Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: expected exactly one switch named '{0}', found {1}" -f $Name, $m.Count) ('switch present name=' + $Name) }
    return $m[0]
}

# Adapter names resolved to exactly one existing adapter each (exact, case-insensitive).
function Resolve-HvNetAdapterNames($Names) {
    $all = @(Get-NetAdapter)
    $out = [Collections.ArrayList]::new()
    foreach ($n in $Names) {
        $m = @($all | Where-Object { Test-HvNetName $_.Name $n })
        if ($m.Count -ne 1) { Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: expected exactly one network adapter named '{0}', found {1}" -f $n, $m.Count) ('adapter present name=' + $n) }
        [void]$out.Add([string]$m[0].Name)
    }
    return ,([string[]]$out.ToArray([string]))
}

function Get-HvNetVmAdapter([string]$VmName, [string]$Name) {
    Assert-HvNetHyperV
    $vms = @(Hyper-V\Get-VM | Where-Object { Test-HvNetName $_.Name $VmName })
    if ($vms.Count -ne 1) { Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: expected exactly one VM named '{0}', found {1}" -f $VmName, $vms.Count) ('vm_adapter present vm_name=' + $VmName) }
    $nics = @(Hyper-V\Get-VMNetworkAdapter -VM $vms[0] | Where-Object { Test-HvNetName $_.Name $Name })
    if ($nics.Count -ne 1) { Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: expected exactly one network adapter named '{0}' on VM '{1}', found {2}" -f $Name, $VmName, $nics.Count) ('vm_adapter present name=' + $Name) }
    return $nics[0]
}

# ---- Preconditions ----
# The objects of one kind matching a precondition's id and/or name: @{ owned = $true|$false|$null }.
function Find-HvNetMatches($Pre) {
    $kind = [string](Get-HvNetArg $Pre 'kind')
    $id = Get-HvNetArg $Pre 'id'
    $name = Get-HvNetArg $Pre 'name'
    $found = [Collections.ArrayList]::new()
    if ($kind -eq 'switch') {
        Assert-HvNetHyperV
        foreach ($s in @(Hyper-V\Get-VMSwitch)) {
            if (($null -eq $id -or $s.Id -eq [Guid]$id) -and ($null -eq $name -or (Test-HvNetName $s.Name $name))) {
                [void]$found.Add(@{ owned = (Test-HvNetOwnedSwitch $s) })
            }
        }
    } elseif (@('network', 'endpoint', 'namespace') -contains $kind) {
        $ledger = (Read-HvNetLedger)[$kind + 's']
        if ($null -eq $name) {
            foreach ($x in (Get-HvNetHcnIds $kind)) {
                if ($x -eq [Guid]$id) { [void]$found.Add(@{ owned = ($ledger -contains $x.ToString()) }) }
            }
        } else {
            foreach ($o in (Get-HvNetHcnObjects $kind)) {
                if (($null -eq $id -or $o.id -eq [Guid]$id) -and (Test-HvNetName $o.name $name)) {
                    [void]$found.Add(@{ owned = ($ledger -contains $o.id.ToString()) })
                }
            }
        }
    } elseif ($kind -eq 'vm_adapter') {
        Assert-HvNetHyperV
        $vmName = [string](Get-HvNetArg $Pre 'vm_name')
        foreach ($vm in @(Hyper-V\Get-VM | Where-Object { Test-HvNetName $_.Name $vmName })) {
            foreach ($nic in @(Hyper-V\Get-VMNetworkAdapter -VM $vm)) {
                if (($null -eq $name -or (Test-HvNetName $nic.Name $name)) -and ($null -eq $id -or (Test-HvNetName $nic.Id $id))) { [void]$found.Add(@{ owned = $null }) }
            }
        }
    } elseif ($kind -eq 'adapter') {
        foreach ($n in @(Get-NetAdapter)) {
            if (($null -eq $id -or [Guid][string]$n.InterfaceGuid -eq [Guid]$id) -and ($null -eq $name -or (Test-HvNetName $n.Name $name))) { [void]$found.Add(@{ owned = $null }) }
        }
    } elseif ($kind -eq 'netnat') {
        foreach ($n in @(Get-NetNat -ErrorAction SilentlyContinue)) {
            if ($null -ne $name -and (Test-HvNetName $n.Name $name)) { [void]$found.Add(@{ owned = $null }) }
        }
    } else {
        Stop-HvNet 'BAD_REQUEST' ("unknown precondition kind '{0}'" -f $kind) $null
    }
    return ,$found
}

# Checks one precondition under the mutex; throws PRECONDITION_FAILED naming it.
function Assert-HvNetPre($Pre) {
    $kind = [string](Get-HvNetArg $Pre 'kind')
    $state = [string](Get-HvNetArg $Pre 'state')
    $what = $kind
    foreach ($k in @('vm_name', 'name', 'id')) {
        if ($null -ne (Get-HvNetArg $Pre $k)) { $what += (" {0}='{1}'" -f $k, [string](Get-HvNetArg $Pre $k)) }
    }
    $found = Find-HvNetMatches $Pre
    $owned = 0
    foreach ($f in $found) { if ($f.owned -eq $true) { $owned++ } }
    $ok = $false
    if ($state -eq 'present') { $ok = ($found.Count -gt 0) }
    elseif ($state -eq 'absent') { $ok = ($found.Count -eq 0) }
    elseif ($state -eq 'owned') {
        if (@('switch', 'network', 'endpoint', 'namespace') -notcontains $kind) { Stop-HvNet 'BAD_REQUEST' ("ownership is not tracked for kind '{0}'" -f $kind) $null }
        $ok = ($owned -gt 0)
    } else { Stop-HvNet 'BAD_REQUEST' ("unknown precondition state '{0}'" -f $state) $null }
    if (-not $ok) {
        Stop-HvNet 'PRECONDITION_FAILED' ("precondition failed: {0} should be {1}, found {2} matching object(s), {3} owned" -f $what, $state, $found.Count, $owned) ($what + ' ' + $state)
    }
}

# ---- Snapshot ----
function Add-HvNetGroup($Map, $Key, $Value) {
    if (-not $Map.ContainsKey($Key)) { $Map[$Key] = [Collections.ArrayList]::new() }
    [void]$Map[$Key].Add($Value)
}

function Get-HvNetHostSection {
    $cs = Get-CimInstance -ClassName 'Win32_ComputerSystem'
    return [ordered]@{
        computer_name = [string][Environment]::MachineName
        os_build = [int][Environment]::OSVersion.Version.Build
        hyperv_module = [bool](Test-HvNetHyperV)
        is_virtual_machine = ([string]$cs.Model -eq 'Virtual Machine')
        ps_version = [string]$PSVersionTable.PSVersion
    }
}

function Get-HvNetHnsVersion {
    $h = Get-HvNetHelper
    $text = $h::HnsCall('GET', '/globals/version', '')
    $r = $hv.json.DeserializeObject($text)
    if ($r -isnot [Collections.IDictionary] -or -not $r.ContainsKey('Success') -or $r['Success'] -ne $true) {
        Stop-HvNet 'HNS_ERROR' ('HNSCall GET /globals/version failed: ' + $text) $text
    }
    $o = $r['Output']
    return [ordered]@{ Major = [int]$o['Major']; Minor = [int]$o['Minor'] }
}

# Both IP stores, gateways, DNS and category of every interface, read once, keyed by index.
function Get-HvNetAdaptersSection {
    $ipif = @{}
    foreach ($i in @(Get-NetIPInterface -ErrorAction SilentlyContinue)) { $ipif[('{0}/{1}' -f [int]$i.InterfaceIndex, [int]$i.AddressFamily)] = $i }
    $addrs = @{}
    foreach ($a in @(Get-NetIPAddress -ErrorAction SilentlyContinue)) { Add-HvNetGroup $addrs ([int]$a.InterfaceIndex) $a }
    $gws = @{}
    foreach ($r in @(Get-NetRoute -ErrorAction SilentlyContinue | Where-Object { $_.DestinationPrefix -eq '0.0.0.0/0' -or $_.DestinationPrefix -eq '::/0' })) {
        if ($r.NextHop -ne '0.0.0.0' -and $r.NextHop -ne '::') { Add-HvNetGroup $gws ([int]$r.InterfaceIndex) ([string]$r.NextHop) }
    }
    $dns = @{}
    foreach ($d in @(Get-DnsClientServerAddress -ErrorAction SilentlyContinue)) {
        foreach ($s in @($d.ServerAddresses)) { if ($null -ne $s) { Add-HvNetGroup $dns ([int]$d.InterfaceIndex) ([string]$s) } }
    }
    $suffix = @{}
    foreach ($c in @(Get-DnsClient -ErrorAction SilentlyContinue)) { $suffix[[int]$c.InterfaceIndex] = ConvertTo-HvNetStr $c.ConnectionSpecificSuffix }
    $cat = @{}
    foreach ($p in @(Get-NetConnectionProfile -ErrorAction SilentlyContinue)) { $cat[[int]$p.InterfaceIndex] = [int]$p.NetworkCategory }

    $list = [Collections.ArrayList]::new()
    foreach ($n in @(Get-NetAdapter)) {
        $ix = [int]$n.InterfaceIndex
        $ip = [ordered]@{ Dhcp = $null; IPv4 = [Collections.ArrayList]::new(); IPv6 = [Collections.ArrayList]::new(); Gateways = [Collections.ArrayList]::new(); DnsServers = [Collections.ArrayList]::new(); DnsSuffix = $suffix[$ix]; InterfaceMetric = $null; NetworkCategory = $cat[$ix] }
        $if4 = $ipif[('{0}/2' -f $ix)]
        if ($null -ne $if4) { $ip['Dhcp'] = [int]$if4.Dhcp; $ip['InterfaceMetric'] = [int]$if4.InterfaceMetric }
        if ($addrs.ContainsKey($ix)) {
            foreach ($a in $addrs[$ix]) {
                $e = [ordered]@{ IPAddress = [string]$a.IPAddress; PrefixLength = [int]$a.PrefixLength; PrefixOrigin = [int]$a.PrefixOrigin }
                if ([int]$a.AddressFamily -eq 2) { [void]$ip['IPv4'].Add($e) } else { [void]$ip['IPv6'].Add($e) }
            }
        }
        if ($gws.ContainsKey($ix)) { $ip['Gateways'] = $gws[$ix] }
        if ($dns.ContainsKey($ix)) { $ip['DnsServers'] = $dns[$ix] }
        [void]$list.Add([ordered]@{
            Name = [string]$n.Name
            InterfaceDescription = [string]$n.InterfaceDescription
            InterfaceIndex = $ix
            InterfaceGuid = [string]$n.InterfaceGuid
            MacAddress = [string]$n.MacAddress
            LinkSpeed = [string]$n.LinkSpeed
            Status = [string]$n.Status
            Virtual = [bool]$n.Virtual
            ip = $ip
        })
    }
    return ,$list
}

function Get-HvNetSwitchesSection($Filter) {
    Assert-HvNetHyperV
    $list = [Collections.ArrayList]::new()
    foreach ($s in @(Hyper-V\Get-VMSwitch)) {
        if (-not (Test-HvNetWanted $Filter $s.Name)) { continue }
        $descs = $null
        if ($null -ne $s.NetAdapterInterfaceDescriptions) {
            $descs = [Collections.ArrayList]::new()
            foreach ($x in @($s.NetAdapterInterfaceDescriptions)) { [void]$descs.Add([string]$x) }
        }
        [void]$list.Add([ordered]@{
            Id = [string]$s.Id
            Name = [string]$s.Name
            SwitchType = [int]$s.SwitchType
            AllowManagementOS = [bool]$s.AllowManagementOS
            NetAdapterInterfaceDescription = ConvertTo-HvNetStr $s.NetAdapterInterfaceDescription
            NetAdapterInterfaceDescriptions = $descs
            EmbeddedTeamingEnabled = [bool]$s.EmbeddedTeamingEnabled
            IovEnabled = [bool]$s.IovEnabled
            PacketDirectEnabled = [bool]$s.PacketDirectEnabled
            BandwidthReservationMode = [int]$s.BandwidthReservationMode
            Notes = ConvertTo-HvNetStr $s.Notes
        })
    }
    return ,$list
}

function Get-HvNetNatSection {
    $list = [Collections.ArrayList]::new()
    foreach ($n in @(Get-NetNat -ErrorAction SilentlyContinue)) {
        [void]$list.Add([ordered]@{ Name = [string]$n.Name; InternalIPInterfaceAddressPrefix = [string]$n.InternalIPInterfaceAddressPrefix })
    }
    return ,$list
}

# HCN documents as strings, exactly as HcnQuery*Properties returned them.
function Get-HvNetHcnSection([string]$Kind, $Filter) {
    $list = [Collections.ArrayList]::new()
    foreach ($o in (Get-HvNetHcnObjects $Kind)) {
        if (Test-HvNetWanted $Filter $o.name) { [void]$list.Add([string]$o.doc) }
    }
    return ,$list
}

function Get-HvNetVmAdaptersSection($Filter) {
    Assert-HvNetHyperV
    $list = [Collections.ArrayList]::new()
    foreach ($vm in @(Hyper-V\Get-VM)) {
        if (-not (Test-HvNetWanted $Filter $vm.Name)) { continue }
        foreach ($nic in @(Hyper-V\Get-VMNetworkAdapter -VM $vm)) {
            $vl = Hyper-V\Get-VMNetworkAdapterVlan -VMNetworkAdapter $nic
            [void]$list.Add([ordered]@{
                VMName = [string]$vm.Name
                Name = [string]$nic.Name
                SwitchName = ConvertTo-HvNetStr $nic.SwitchName
                MacAddress = [string]$nic.MacAddress
                MacAddressSpoofing = [int]$nic.MacAddressSpoofing
                VlanOperationMode = [int]$vl.OperationMode
                AccessVlanId = [int]$vl.AccessVlanId
                NativeVlanId = [int]$vl.NativeVlanId
                AllowedVlanIdListString = ConvertTo-HvNetStr $vl.AllowedVlanIdListString
            })
        }
    }
    return ,$list
}

function Invoke-HvNetSnapshot($A, $D) {
    $names = Get-HvNetArg $A 'names'
    $filters = @{}
    foreach ($k in @('switches', 'networks', 'endpoints', 'vm_adapters')) {
        if ($null -ne (Get-HvNetArg $names $k)) { $filters[$k] = Get-HvNetList $names $k } else { $filters[$k] = $null }
    }
    foreach ($kind in (Get-HvNetList $A 'kinds')) {
        if ($kind -eq 'host') { $D['host'] = Get-HvNetHostSection }
        elseif ($kind -eq 'hns_version') { $D['hns_version'] = Get-HvNetHnsVersion }
        elseif ($kind -eq 'adapters') { $D['adapters'] = Get-HvNetAdaptersSection }
        elseif ($kind -eq 'switches') {
            # Without the Hyper-V module (container VMs) there is no Get-VMSwitch: report none; the host section says why.
            if (Test-HvNetHyperV) { $D['switches'] = Get-HvNetSwitchesSection $filters['switches'] } else { $D['switches'] = [Collections.ArrayList]::new() }
        }
        elseif ($kind -eq 'netnat') { $D['netnat'] = Get-HvNetNatSection }
        elseif ($kind -eq 'networks') { $D['networks'] = Get-HvNetHcnSection 'network' $filters['networks'] }
        elseif ($kind -eq 'endpoints') { $D['endpoints'] = Get-HvNetHcnSection 'endpoint' $filters['endpoints'] }
        elseif ($kind -eq 'namespaces') { $D['namespaces'] = Get-HvNetHcnSection 'namespace' $null }
        elseif ($kind -eq 'vm_adapters') {
            if (Test-HvNetHyperV) { $D['vm_adapters'] = Get-HvNetVmAdaptersSection $filters['vm_adapters'] } else { $D['vm_adapters'] = [Collections.ArrayList]::new() }
        }
        elseif ($kind -eq 'ledger') { $D['ledger'] = Read-HvNetLedger }
        else { Stop-HvNet 'BAD_REQUEST' ("unknown snapshot kind '{0}'" -f $kind) $null }
    }
}

# ---- Operations ----
function Invoke-HvNetSwitchCreate($A, $D) {
    Assert-HvNetHyperV
    $p = @{}
    $adapters = Get-HvNetList $A 'net_adapter_names'
    if ($adapters.Count -gt 0) {
        $p['NetAdapterName'] = Resolve-HvNetAdapterNames $adapters
        if ($adapters.Count -gt 1) { $p['EnableEmbeddedTeaming'] = $true }
        if ($null -ne (Get-HvNetArg $A 'allow_management_os')) { $p['AllowManagementOS'] = [bool](Get-HvNetArg $A 'allow_management_os') }
    } else {
        $p['SwitchType'] = [string](Get-HvNetArg $A 'switch_type')
    }
    if ($null -ne (Get-HvNetArg $A 'enable_iov')) { $p['EnableIov'] = [bool](Get-HvNetArg $A 'enable_iov') }
    if ($null -ne (Get-HvNetArg $A 'enable_packet_direct')) { $p['EnablePacketDirect'] = [bool](Get-HvNetArg $A 'enable_packet_direct') }
    if ($null -ne (Get-HvNetArg $A 'minimum_bandwidth_mode')) { $p['MinimumBandwidthMode'] = [string](Get-HvNetArg $A 'minimum_bandwidth_mode') }
    if ($null -ne (Get-HvNetArg $A 'notes')) { $p['Notes'] = [string](Get-HvNetArg $A 'notes') }
    # -Name names the object being created; it is the one -Name the house rules allow.
    $sw = Hyper-V\New-VMSwitch -Name ([string](Get-HvNetArg $A 'name')) @p
    $D['id'] = [string]$sw.Id
}

function Invoke-HvNetSwitchSet($A, $D) {
    $sw = Get-HvNetSwitchById ([string](Get-HvNetArg $A 'id'))
    $mgmt = Get-HvNetArg $A 'allow_management_os'
    $adapter = Get-HvNetArg $A 'net_adapter_name'
    $type = Get-HvNetArg $A 'switch_type'
    if ($null -ne $adapter) {
        $resolved = Resolve-HvNetAdapterNames (Get-HvNetList $A 'net_adapter_name')
        if ($null -ne $mgmt) {
            Hyper-V\Set-VMSwitch -VMSwitch $sw -NetAdapterName $resolved[0] -AllowManagementOS ([bool]$mgmt)
            $mgmt = $null
        } else {
            Hyper-V\Set-VMSwitch -VMSwitch $sw -NetAdapterName $resolved[0]
        }
    } elseif ($null -ne $type) {
        Hyper-V\Set-VMSwitch -VMSwitch $sw -SwitchType ([string]$type)
    }
    if ($null -ne $mgmt) { Hyper-V\Set-VMSwitch -VMSwitch $sw -AllowManagementOS ([bool]$mgmt) }
    if ($null -ne (Get-HvNetArg $A 'notes')) { Hyper-V\Set-VMSwitch -VMSwitch $sw -Notes ([string](Get-HvNetArg $A 'notes')) }
    $D['id'] = [string]$sw.Id
}

function Invoke-HvNetSwitchRename($A, $D) {
    $sw = Get-HvNetSwitchById ([string](Get-HvNetArg $A 'id'))
    Hyper-V\Rename-VMSwitch -VMSwitch $sw -NewName ([string](Get-HvNetArg $A 'new_name'))
    $D['id'] = [string]$sw.Id
}

function Invoke-HvNetSwitchTeamSet($A, $D) {
    $sw = Get-HvNetSwitchById ([string](Get-HvNetArg $A 'id'))
    $resolved = Resolve-HvNetAdapterNames (Get-HvNetList $A 'net_adapter_names')
    Hyper-V\Set-VMSwitchTeam -VMSwitch $sw -NetAdapterName $resolved
    $D['id'] = [string]$sw.Id
}

function Invoke-HvNetSwitchRemove($A, $D) {
    $sw = Get-HvNetSwitchById ([string](Get-HvNetArg $A 'id'))
    Hyper-V\Remove-VMSwitch -VMSwitch $sw -Force
    $D['id'] = [string]$sw.Id
}

# The ID enters the ledger before the create runs; a failed create whose object does not exist
# takes it out again (a lost answer leaves it, and the next apply adopts or releases it).
function Invoke-HvNetHcnCreate([string]$Kind, $A, $D, $NetworkId) {
    $h = Get-HvNetHelper
    $id = [Guid][string](Get-HvNetArg $A 'id')
    $net = [Guid]::Empty
    if ($null -ne $NetworkId) { $net = [Guid][string]$NetworkId }
    Update-HvNetLedger $Kind ($id.ToString()) $true
    try {
        $doc = $h::Create($Kind, $id, $net, [string](Get-HvNetArg $A 'settings'))
    } catch {
        $err = $_
        try { if ((Get-HvNetHcnIds $Kind) -notcontains $id) { Update-HvNetLedger $Kind ($id.ToString()) $false } } catch { $null = $_ }
        throw $err
    }
    $D['id'] = $id.ToString()
    $D['document'] = [string]$doc
}

function Invoke-HvNetHcnModify([string]$Kind, $A, $D) {
    $h = Get-HvNetHelper
    $id = [Guid][string](Get-HvNetArg $A 'id')
    $h::Modify($Kind, $id, [string](Get-HvNetArg $A 'request'))
    $D['id'] = $id.ToString()
}

function Invoke-HvNetHcnDelete([string]$Kind, $A, $D) {
    $h = Get-HvNetHelper
    $id = [Guid][string](Get-HvNetArg $A 'id')
    $h::Delete($Kind, $id)
    Update-HvNetLedger $Kind ($id.ToString()) $false
    $D['id'] = $id.ToString()
}

function Invoke-HvNetVmAdapterSet($A, $D) {
    $vmName = [string](Get-HvNetArg $A 'vm_name')
    $nic = Get-HvNetVmAdapter $vmName ([string](Get-HvNetArg $A 'name'))
    if ($A.ContainsKey('switch_name')) {
        if ($null -eq $A['switch_name']) {
            Hyper-V\Disconnect-VMNetworkAdapter -VMNetworkAdapter $nic
        } else {
            $sw = Get-HvNetSwitchByName ([string]$A['switch_name'])
            Hyper-V\Connect-VMNetworkAdapter -VMNetworkAdapter $nic -VMSwitch $sw
        }
    }
    $vlan = Get-HvNetArg $A 'vlan'
    if ($null -ne $vlan) {
        $mode = [string](Get-HvNetArg $vlan 'mode')
        if ($mode -eq 'Access') {
            Hyper-V\Set-VMNetworkAdapterVlan -VMNetworkAdapter $nic -Access -VlanId ([int](Get-HvNetArg $vlan 'access_vlan_id'))
        } elseif ($mode -eq 'Trunk') {
            Hyper-V\Set-VMNetworkAdapterVlan -VMNetworkAdapter $nic -Trunk -NativeVlanId ([int](Get-HvNetArg $vlan 'native_vlan_id')) -AllowedVlanIdList ([string](Get-HvNetArg $vlan 'allowed_vlan_ids'))
        } else {
            Hyper-V\Set-VMNetworkAdapterVlan -VMNetworkAdapter $nic -Untagged
        }
    }
    $spoof = Get-HvNetArg $A 'mac_address_spoofing'
    if ($null -ne $spoof) {
        $state = 'Off'
        if ([bool]$spoof) { $state = 'On' }
        Hyper-V\Set-VMNetworkAdapter -VMNetworkAdapter $nic -MacAddressSpoofing $state
    }
    $D['vm_name'] = $vmName
    $D['name'] = [string]$nic.Name
}

# ---- Detached jobs: disruptive changes run as a scheduled task (docs/reliability.md) ----
# Files in <admin folder>\jobs: <id>.request.json (job_start's args), <id>.bridge.ps1 (this bridge,
# run by the task with -File), <id>.journal.json (written by the task only), <id>.confirm (job_confirm).
function Get-HvNetJobPath([string]$JobId, [string]$Suffix) {
    $jobs = Join-Path (Assert-HvNetFolder $true) 'jobs'
    if (-not [IO.Directory]::Exists($jobs)) { [void][IO.Directory]::CreateDirectory($jobs) }
    return (Join-Path $jobs (([Guid]$JobId).ToString() + $Suffix))
}

function Write-HvNetJobFile([string]$Path, [string]$Text) {
    $tmp = $Path + '.' + [Guid]::NewGuid().ToString('N') + '.tmp'
    [IO.File]::WriteAllText($tmp, $Text, [System.Text.UTF8Encoding]::new($false))
    if ([IO.File]::Exists($Path)) { [IO.File]::Replace($tmp, $Path, [NullString]::Value) } else { [IO.File]::Move($tmp, $Path) }
}

function Read-HvNetJournal([string]$JobId) {
    $path = Get-HvNetJobPath $JobId '.journal.json'
    if (-not [IO.File]::Exists($path)) { Stop-HvNet 'PRECONDITION_FAILED' ('no job {0} on this host (never started, or its journal was removed)' -f $JobId) $JobId }
    # The task replaces the file while it works: a read that meets the replace tries again.
    for ($try = 1; $try -lt 5; $try++) {
        try { $j = $hv.json.DeserializeObject([IO.File]::ReadAllText($path)); break } catch [IO.IOException] { Start-Sleep -Milliseconds 100 }
    }
    if ($try -eq 5) { $j = $hv.json.DeserializeObject([IO.File]::ReadAllText($path)) }
    # JavaScriptSerializer gives fixed-size arrays; the task appends to these lists.
    foreach ($k in @('steps', 'undone')) {
        $list = [Collections.ArrayList]::new()
        foreach ($x in @($j[$k])) { if ($null -ne $x) { [void]$list.Add($x) } }
        $j[$k] = $list
    }
    return $j
}

function Add-HvNetStep($J, [string]$Step, [bool]$Ok, $Detail) {
    [void]$J['steps'].Add([ordered]@{ at = [Math]::Round(([DateTime]::UtcNow - [DateTime]'1970-01-01').TotalSeconds, 3); step = $Step; ok = $Ok; detail = $Detail })
    Write-HvNetJobFile (Get-HvNetJobPath $J['job_id'] '.journal.json') (ConvertTo-HvNetJson $J)
}

# For every physical NIC, the interface carrying its configuration: the host vNIC with its MAC
# (an External switch shared with the host), else the NIC itself unless bound (no IPv4 interface).
function Get-HvNetCarriers {
    $all = Get-HvNetAdaptersSection
    $list = [Collections.ArrayList]::new()
    foreach ($n in $all) {
        if ($n['Virtual']) { continue }
        $c = $null
        foreach ($v in $all) { if ($v['Virtual'] -and $v['MacAddress'] -eq $n['MacAddress']) { $c = $v } }
        if ($null -eq $c -and $null -ne $n['ip']['InterfaceMetric']) { $c = $n }
        if ($null -ne $c) { [void]$list.Add($c) }
    }
    return ,$list
}

function Get-HvNetStatic($Ip) {
    $out = [Collections.ArrayList]::new()
    foreach ($f in @('IPv4', 'IPv6')) {
        foreach ($e in @($Ip[$f])) { if ($null -ne $e -and [int]$e['PrefixOrigin'] -eq 1) { [void]$out.Add(('{0}/{1}' -f $e['IPAddress'], $e['PrefixLength'])) } }
    }
    $out.Sort()
    return ,$out
}

# What differs between two carrier lists, matched by MAC: addresses, dhcp, gateways, dns_servers,
# dns_suffix, category (the interface metric is Windows' choice for the new interface).
function Compare-HvNetConfig($Before, $After) {
    $out = [Collections.ArrayList]::new()
    foreach ($b in $Before) {
        $a = $null
        foreach ($x in $After) { if ($x['MacAddress'] -eq $b['MacAddress']) { $a = $x } }
        if ($null -eq $a) { [void]$out.Add(@{ field = 'interface'; name = $b['Name']; index = $null; was = $b['ip'] }); continue }
        $bi = $b['ip']; $ai = $a['ip']
        $pairs = @(
            @('addresses', ((Get-HvNetStatic $bi) -join ','), ((Get-HvNetStatic $ai) -join ',')),
            @('dhcp', [string]$bi['Dhcp'], [string]$ai['Dhcp']),
            @('gateways', ((@($bi['Gateways']) | Sort-Object) -join ','), ((@($ai['Gateways']) | Sort-Object) -join ',')),
            @('dns_servers', (@($bi['DnsServers']) -join ','), (@($ai['DnsServers']) -join ',')),
            @('dns_suffix', [string]$bi['DnsSuffix'], [string]$ai['DnsSuffix']),
            @('category', [string]$bi['NetworkCategory'], [string]$ai['NetworkCategory']))
        foreach ($p in $pairs) {
            if ($p[1] -ne $p[2]) { [void]$out.Add(@{ field = $p[0]; name = [string]$a['Name']; index = [int]$a['InterfaceIndex']; was = $bi }) }
        }
    }
    return ,$out
}

# Restores only what differs from $Before on the interface that carries it now; returns what it did.
function Repair-HvNetConfig($Before) {
    $done = [Collections.ArrayList]::new()
    foreach ($d in (Compare-HvNetConfig $Before (Get-HvNetCarriers))) {
        $ix = $d['index']
        $w = $d['was']
        if ($null -eq $ix) { continue }
        try {
            if ($d['field'] -eq 'addresses' -or $d['field'] -eq 'dhcp') {
                if ([int]$w['Dhcp'] -eq 0) {
                    Set-NetIPInterface -InterfaceIndex $ix -AddressFamily IPv4 -Dhcp Disabled
                    foreach ($e in @(Get-NetIPAddress -InterfaceIndex $ix -AddressFamily IPv4 -ErrorAction SilentlyContinue)) { if ([int]$e.PrefixOrigin -ne 1) { Remove-NetIPAddress -InputObject $e -Confirm:$false } }
                }
                $have = @(Get-NetIPAddress -InterfaceIndex $ix -ErrorAction SilentlyContinue | ForEach-Object { [string]$_.IPAddress })
                foreach ($f in @('IPv4', 'IPv6')) {
                    foreach ($e in @($w[$f])) {
                        if ($null -ne $e -and [int]$e['PrefixOrigin'] -eq 1 -and $have -notcontains [string]$e['IPAddress']) {
                            $null = New-NetIPAddress -InterfaceIndex $ix -IPAddress ([string]$e['IPAddress']) -PrefixLength ([int]$e['PrefixLength'])
                        }
                    }
                }
            } elseif ($d['field'] -eq 'gateways') {
                $have = @(Get-NetRoute -InterfaceIndex $ix -ErrorAction SilentlyContinue | ForEach-Object { [string]$_.NextHop })
                foreach ($g in @($w['Gateways'])) {
                    $prefix = '0.0.0.0/0'
                    if ([string]$g -like '*:*') { $prefix = '::/0' }
                    if ($null -ne $g -and $have -notcontains [string]$g) { $null = New-NetRoute -InterfaceIndex $ix -DestinationPrefix $prefix -NextHop ([string]$g) }
                }
            } elseif ($d['field'] -eq 'dns_servers') {
                $servers = [string[]]@($w['DnsServers'])
                if ($servers.Count -gt 0) { Set-DnsClientServerAddress -InterfaceIndex $ix -ServerAddresses $servers } else { Set-DnsClientServerAddress -InterfaceIndex $ix -ResetServerAddresses }
            } elseif ($d['field'] -eq 'dns_suffix') {
                Set-DnsClient -InterfaceIndex $ix -ConnectionSpecificSuffix ([string]$w['DnsSuffix'])
            } elseif ($d['field'] -eq 'category' -and [int]$w['NetworkCategory'] -ne 2) {
                Set-NetConnectionProfile -InterfaceIndex $ix -NetworkCategory (@('Public', 'Private')[[int]$w['NetworkCategory']])
            }
            [void]$done.Add(('{0}: {1} restored' -f $d['name'], $d['field']))
        } catch {
            [void]$done.Add(('{0}: {1} could not be restored: {2}' -f $d['name'], $d['field'], $_.Exception.Message))
        }
    }
    return ,$done
}

# Registers and starts a task running this bridge's copy with -File (as ansible.windows win_updates'
# Start-EphemeralTask): S4U as the connecting user at the highest run level, SYSTEM if S4U is refused.
# $Boot: a boot trigger instead of starting it now (boot replay).
function Register-HvNetTask([string]$TaskName, [string]$Script, [string]$Line, [bool]$Boot) {
    $svc = New-Object -ComObject 'Schedule.Service'
    $svc.Connect()
    $def = $svc.NewTask(0)
    $def.Settings.DisallowStartIfOnBatteries = $false
    $def.Settings.StopIfGoingOnBatteries = $false
    $def.Settings.ExecutionTimeLimit = 'PT2H'
    $def.Principal.RunLevel = 1
    if ($Boot) { $null = $def.Triggers.Create(8) }
    $act = $def.Actions.Create(0)
    $act.Path = Join-Path ([Environment]::SystemDirectory) 'WindowsPowerShell\v1.0\powershell.exe'
    $act.Arguments = '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -RequestLine "{1}"' -f $Script, $Line
    $folder = $svc.GetFolder('\')
    $task = $null
    if (-not $Boot) {
        try {
            $def.Principal.UserId = [Security.Principal.WindowsIdentity]::GetCurrent().Name
            $def.Principal.LogonType = 2
            $task = $folder.RegisterTaskDefinition($TaskName, $def, 6, $null, $null, 2)
        } catch { $task = $null }
    }
    if ($null -eq $task) {
        $def.Principal.UserId = 'S-1-5-18'
        $def.Principal.LogonType = 5
        $task = $folder.RegisterTaskDefinition($TaskName, $def, 6, 'SYSTEM', $null, 5)
    }
    if (-not $Boot) { $null = $task.Run($null) }
}

function Invoke-HvNetJobStart($A, $D) {
    $id = ([Guid][string](Get-HvNetArg $A 'job_id')).ToString()
    if ([IO.File]::Exists((Get-HvNetJobPath $id '.journal.json'))) { Stop-HvNet 'PRECONDITION_FAILED' ('job {0} exists already' -f $id) $id }
    foreach ($o in @(Get-HvNetArg $A 'ops')) {
        if (@('job_start', 'job_status', 'job_confirm') -contains [string](Get-HvNetArg $o 'op')) { Stop-HvNet 'BAD_REQUEST' ('job {0}: {1} cannot run inside a job' -f $id, (Get-HvNetArg $o 'op')) $null }
    }
    $req = [ordered]@{ ops = (Get-HvNetArg $A 'ops'); undo = (Get-HvNetArg $A 'undo'); deadman_s = [int](Get-HvNetArg $A 'deadman_s') }
    $script = Get-HvNetJobPath $id '.bridge.ps1'
    Write-HvNetJobFile $script $hv['text']
    Write-HvNetJobFile (Get-HvNetJobPath $id '.request.json') (ConvertTo-HvNetJson $req)
    $j = [ordered]@{ job_id = $id; state = 'running'; confirmed = $false; deadman_s = $req['deadman_s']; steps = [Collections.ArrayList]::new(); results = @(); error = $null; config_before = @(); config_after = @(); repairs = @(); undone = [Collections.ArrayList]::new() }
    Write-HvNetJobFile (Get-HvNetJobPath $id '.journal.json') (ConvertTo-HvNetJson $j)
    $replay = Get-HvNetArg $A 'boot_replay'
    if ($null -ne $replay -and @($replay).Count -gt 0) {
        Write-HvNetJobFile (Get-HvNetJobPath '00000000-0000-0000-0000-000000000000' '.request.json') (ConvertTo-HvNetJson ([ordered]@{ ops = $replay }))
        Write-HvNetJobFile (Get-HvNetJobPath '00000000-0000-0000-0000-000000000000' '.bridge.ps1') $hv['text']
        Register-HvNetTask 'hyperv.network boot replay' (Get-HvNetJobPath '00000000-0000-0000-0000-000000000000' '.bridge.ps1') '#hvnet-replay' $true
    }
    Register-HvNetTask ('hyperv.network job ' + $id) $script ('#hvnet-job:' + $id) $false
    $D['job_id'] = $id
    $D['state'] = 'running'
}

function Invoke-HvNetJobStatus($A, $D) {
    $id = ([Guid][string](Get-HvNetArg $A 'job_id')).ToString()
    $j = Read-HvNetJournal $id
    foreach ($k in @($j.Keys)) { $D[$k] = $j[$k] }
    if ([IO.File]::Exists((Get-HvNetJobPath $id '.confirm')) -and @('rolling_back', 'rolled_back') -notcontains [string]$j['state']) {
        $D['confirmed'] = $true
        if ([string]$j['state'] -eq 'applied') { $D['state'] = 'confirmed' }
    }
}

# Under the batch mutex, like the task's last check before a rollback: a job already rolling back stays so.
function Invoke-HvNetJobConfirm($A, $D) {
    $id = ([Guid][string](Get-HvNetArg $A 'job_id')).ToString()
    $j = Read-HvNetJournal $id
    if (@('rolling_back', 'rolled_back') -notcontains [string]$j['state']) { Write-HvNetJobFile (Get-HvNetJobPath $id '.confirm') $id }
    Invoke-HvNetJobStatus $A $D
}

function Invoke-HvNetJobOps($Ops) {
    $resp = New-HvNetResponse
    $null = Invoke-HvNetBatch ([ordered]@{ protocol = 1; request_id = [Guid]::NewGuid().ToString('N'); lock_timeout_ms = 600000; ops = $Ops }) $resp
    return $resp
}

# The scheduled task: snapshot, apply, repair, journal; then wait for job_confirm or roll back.
function Invoke-HvNetJobRun([string]$JobId) {
    $req = $hv.json.DeserializeObject([IO.File]::ReadAllText((Get-HvNetJobPath $JobId '.request.json')))
    $j = Read-HvNetJournal $JobId
    try {
        $j['config_before'] = Get-HvNetCarriers
        Add-HvNetStep $j 'snapshot' $true $null
        $ops = @($req['ops'])
        $resp = Invoke-HvNetJobOps $ops
        $j['results'] = $resp['results']
        $j['error'] = $resp['error']
        for ($i = 0; $i -lt $resp['results'].Count; $i++) { Add-HvNetStep $j ('op {0} {1}' -f ($i + 1), $resp['results'][$i]['op']) ([bool]$resp['results'][$i]['ok']) $null }
        $j['repairs'] = Repair-HvNetConfig $j['config_before']
        $j['config_after'] = Get-HvNetCarriers
        $left = Compare-HvNetConfig $j['config_before'] $j['config_after']
        Add-HvNetStep $j 'compare' ($left.Count -eq 0) ((@($left | ForEach-Object { $_['name'] + ': ' + $_['field'] })) -join '; ')
        if (-not $resp['ok']) { $j['state'] = 'failed'; Add-HvNetStep $j 'done' $false $null; return }
        $j['state'] = 'applied'
        Add-HvNetStep $j 'wait' $true ('dead-man timer {0} s' -f $req['deadman_s'])
        $deadline = [DateTime]::UtcNow.AddSeconds([int]$req['deadman_s'])
        $confirm = Get-HvNetJobPath $JobId '.confirm'
        while ([DateTime]::UtcNow -lt $deadline -and -not [IO.File]::Exists($confirm)) { Start-Sleep -Milliseconds 500 }
        # The last look for a confirmation and the switch to rolling_back happen under the host mutex, as
        # job_confirm's check of the state does: a confirmation is either seen here or refused there.
        $mutex = [System.Threading.Mutex]::new($false, 'Global\hyperv.network.bridge')
        $held = $false
        try {
            try { $held = $mutex.WaitOne(600000) } catch { $held = $true }
            if ([IO.File]::Exists($confirm)) { $j['confirmed'] = $true; $j['state'] = 'confirmed'; Add-HvNetStep $j 'confirm' $true $null; return }
            $j['state'] = 'rolling_back'
            Add-HvNetStep $j 'dead-man timer expired' $false ('no job_confirm within {0} s' -f $req['deadman_s'])
        } finally {
            if ($held) { $mutex.ReleaseMutex() }
            $mutex.Dispose()
        }
        $undo = @($req['undo'])
        $map = @{ switch_create = @('switch_remove', 'switch'); hcn_network_create = @('hcn_network_delete', 'network'); hcn_endpoint_create = @('hcn_endpoint_delete', 'endpoint'); hcn_namespace_create = @('hcn_namespace_delete', 'namespace') }
        for ($i = $resp['results'].Count - 1; $i -ge 0; $i--) {
            if (-not $resp['results'][$i]['ok']) { continue }
            $name = [string]$ops[$i]['op']
            $steps = $null
            if ($i -lt $undo.Count) { $steps = $undo[$i] }
            if ($null -eq $steps -and $map.ContainsKey($name)) {
                $oid = [string]$resp['results'][$i]['data']['id']
                $steps = @(@{ op = $map[$name][0]; args = @{ id = $oid }; pre = @(@{ kind = $map[$name][1]; state = 'owned'; id = $oid }) })
            }
            $what = 'operation {0} ({1})' -f ($i + 1), $name
            if ($null -eq $steps -or @($steps).Count -eq 0) { [void]$j['undone'].Add($what + ': not undone (no undo for it)'); continue }
            $r = Invoke-HvNetJobOps @($steps)
            if ($r['ok']) { [void]$j['undone'].Add($what + ': undone') } else { [void]$j['undone'].Add($what + ': undo failed: ' + $r['error']['message']) }
            Add-HvNetStep $j ('undo {0}' -f ($i + 1)) ([bool]$r['ok']) $null
        }
        $j['repairs'] = @($j['repairs']) + @(Repair-HvNetConfig $j['config_before'])
        $j['config_after'] = Get-HvNetCarriers
        $j['state'] = 'rolled_back'
        Add-HvNetStep $j 'done' $true $null
    } catch {
        $j['state'] = 'failed'
        Add-HvNetStep $j 'task error' $false $_.Exception.Message
    } finally {
        try { $null = (New-Object -ComObject 'Schedule.Service') | ForEach-Object { $_.Connect(); $_.GetFolder('\').DeleteTask('hyperv.network job ' + $JobId, 0) } } catch { $null = $_ }
    }
}

# The boot-time task (boot_replay): replay the registered operations one by one after a reboot;
# those whose objects survived fail their preconditions and are skipped.
function Invoke-HvNetBootReplay {
    $req = $hv.json.DeserializeObject([IO.File]::ReadAllText((Get-HvNetJobPath '00000000-0000-0000-0000-000000000000' '.request.json')))
    foreach ($o in @($req['ops'])) { $null = Invoke-HvNetJobOps @($o) }
}

# Operation name -> handler (args, data). Exactly the schema's x-operations; a test checks it.
$HvNetOps = @{
    'ping' = { param($A, $D) $D['pong'] = $true; $D['protocol'] = 1 }
    'snapshot' = { param($A, $D) Invoke-HvNetSnapshot $A $D }
    'switch_create' = { param($A, $D) Invoke-HvNetSwitchCreate $A $D }
    'switch_set' = { param($A, $D) Invoke-HvNetSwitchSet $A $D }
    'switch_rename' = { param($A, $D) Invoke-HvNetSwitchRename $A $D }
    'switch_team_set' = { param($A, $D) Invoke-HvNetSwitchTeamSet $A $D }
    'switch_remove' = { param($A, $D) Invoke-HvNetSwitchRemove $A $D }
    'hcn_network_create' = { param($A, $D) Invoke-HvNetHcnCreate 'network' $A $D $null }
    'hcn_network_modify' = { param($A, $D) Invoke-HvNetHcnModify 'network' $A $D }
    'hcn_network_delete' = { param($A, $D) Invoke-HvNetHcnDelete 'network' $A $D }
    'hcn_endpoint_create' = { param($A, $D) Invoke-HvNetHcnCreate 'endpoint' $A $D (Get-HvNetArg $A 'network_id') }
    'hcn_endpoint_modify' = { param($A, $D) Invoke-HvNetHcnModify 'endpoint' $A $D }
    'hcn_endpoint_delete' = { param($A, $D) Invoke-HvNetHcnDelete 'endpoint' $A $D }
    'hcn_namespace_create' = { param($A, $D) Invoke-HvNetHcnCreate 'namespace' $A $D $null }
    'hcn_namespace_modify' = { param($A, $D) Invoke-HvNetHcnModify 'namespace' $A $D }
    'hcn_namespace_delete' = { param($A, $D) Invoke-HvNetHcnDelete 'namespace' $A $D }
    'vm_adapter_set' = { param($A, $D) Invoke-HvNetVmAdapterSet $A $D }
    'ledger_adopt' = { param($A, $D) Update-HvNetLedger ([string](Get-HvNetArg $A 'kind')) ([string](Get-HvNetArg $A 'id')) $true; $D['id'] = ([Guid][string](Get-HvNetArg $A 'id')).ToString() }
    'ledger_release' = { param($A, $D) Update-HvNetLedger ([string](Get-HvNetArg $A 'kind')) ([string](Get-HvNetArg $A 'id')) $false; $D['id'] = ([Guid][string](Get-HvNetArg $A 'id')).ToString() }
    'job_start' = { param($A, $D) Invoke-HvNetJobStart $A $D }
    'job_status' = { param($A, $D) Invoke-HvNetJobStatus $A $D }
    'job_confirm' = { param($A, $D) Invoke-HvNetJobConfirm $A $D }
}

# ---- The batch ----
function New-HvNetResponse {
    return [ordered]@{ protocol = 1; request_id = $null; ok = $false; elapsed_ms = 0; results = [Collections.ArrayList]::new(); error = $null }
}

function Set-HvNetFault($Resp, [string]$Code, [string]$Message) {
    $Resp['error'] = [ordered]@{ index = $null; op = $null; code = $Code; hresult = $null; message = $Message; detail = $null }
}

# Runs one parsed request (a dictionary) and fills $Resp. Kept apart from stdin/stdout so a
# batch can later run detached (scheduled task) with the same code.
function Invoke-HvNetBatch($Request, $Resp) {
    $clock = [Diagnostics.Stopwatch]::StartNew()
    try {
        if ($Request -isnot [Collections.IDictionary]) { Set-HvNetFault $Resp 'BAD_REQUEST' 'the request is not a JSON object'; return }
        $rid = Get-HvNetArg $Request 'request_id'
        if ($null -ne $rid) { $Resp['request_id'] = [string]$rid }
        $proto = Get-HvNetArg $Request 'protocol'
        if (-not ($proto -is [int] -and $proto -eq 1)) {
            Set-HvNetFault $Resp 'PROTOCOL_MISMATCH' ('this bridge speaks protocol 1; the request asks for protocol ' + [string]$proto)
            return
        }
        $ops = Get-HvNetArg $Request 'ops'
        if ($null -eq $ops -or $ops -is [string] -or $ops -is [Collections.IDictionary] -or @($ops).Count -lt 1) {
            Set-HvNetFault $Resp 'BAD_REQUEST' 'ops must be a non-empty list of operations'
            return
        }
        $ops = @($ops)
        # Validate the whole batch before anything runs: an unknown op is a bad request, not a half-applied batch.
        for ($i = 0; $i -lt $ops.Count; $i++) {
            $o = $ops[$i]
            $bad = $null
            if ($o -isnot [Collections.IDictionary]) { $bad = 'operation {0} is not a JSON object' }
            elseif (@($HvNetOps.Keys) -cnotcontains [string](Get-HvNetArg $o 'op')) { $bad = 'operation {0} names an unknown op' }
            elseif ($null -ne (Get-HvNetArg $o 'args') -and (Get-HvNetArg $o 'args') -isnot [Collections.IDictionary]) { $bad = 'operation {0}: args must be a JSON object' }
            else {
                $pres = Get-HvNetArg $o 'pre'
                if ($null -ne $pres -and ($pres -is [string] -or $pres -is [Collections.IDictionary])) { $bad = 'operation {0}: pre must be a list' }
                elseif ($null -ne $pres) { foreach ($pre in $pres) { if ($pre -isnot [Collections.IDictionary]) { $bad = 'operation {0}: each precondition must be a JSON object' } } }
            }
            if ($null -ne $bad) {
                Set-HvNetFault $Resp 'BAD_REQUEST' ($bad -f $i)
                $Resp['error']['index'] = $i
                return
            }
        }
        $timeout = 30000
        $t = Get-HvNetArg $Request 'lock_timeout_ms'
        if ($null -ne $t) { $timeout = [int]$t }

        $mutex = [System.Threading.Mutex]::new($false, 'Global\hyperv.network.bridge')
        $held = $false
        try {
            try { $held = $mutex.WaitOne($timeout) } catch {
                # The previous holder died without releasing: the lock is ours now.
                $x = $_.Exception
                while ($null -ne $x -and $x -isnot [System.Threading.AbandonedMutexException]) { $x = $x.InnerException }
                if ($null -eq $x) { throw $_ }
                $held = $true
            }
            if (-not $held) {
                Set-HvNetFault $Resp 'LOCK_TIMEOUT' ('another hyperv.network batch held the host lock for more than {0} ms' -f $timeout)
                return
            }
            for ($i = 0; $i -lt $ops.Count; $i++) {
                $name = [string](Get-HvNetArg $ops[$i] 'op')
                $res = [ordered]@{ op = $name; ok = $false; data = $null }
                [void]$Resp['results'].Add($res)
                $failed = $false
                try {
                    $pres = Get-HvNetArg $ops[$i] 'pre'
                    if ($null -ne $pres) { foreach ($pre in $pres) { Assert-HvNetPre $pre } }
                    $args2 = Get-HvNetArg $ops[$i] 'args'
                    if ($null -eq $args2) { $args2 = @{} }
                    $data = [ordered]@{}
                    $null = & $HvNetOps[$name] $args2 $data
                    $res['data'] = $data
                    $res['ok'] = $true
                } catch {
                    $Resp['error'] = ConvertTo-HvNetError $_ $i $name
                    $failed = $true
                }
                if ($failed) { break }
            }
            $Resp['ok'] = ($null -eq $Resp['error'])
        } finally {
            if ($held) { $mutex.ReleaseMutex() }
            $mutex.Dispose()
        }
    } finally {
        $Resp['elapsed_ms'] = [int]$clock.ElapsedMilliseconds
    }
}

# Exit code per docs/bridge-protocol.md: 0 ok, 1 an operation failed, 2 bad request, 3 refused.
function Get-HvNetExitCode($Resp) {
    if ($Resp['ok']) { return 0 }
    $code = ''
    if ($null -ne $Resp['error']) { $code = [string]$Resp['error']['code'] }
    if (@('BAD_REQUEST', 'PROTOCOL_MISMATCH') -contains $code) { return 2 }
    if (@('CONSTRAINED_LANGUAGE', 'PROCESS_32BIT', 'UNSUPPORTED_POWERSHELL', 'JEA_ENDPOINT') -contains $code) { return 3 }
    return 1
}

# stdin/stdout side: parse the request line, run the batch, frame the response as one string.
function Invoke-HvNetMain([string]$Line, $Out, [string]$Text) {
    $resp = New-HvNetResponse
    try {
        Initialize-HvNetJson
        $req = $null
        $parsed = $false
        try { $req = $hv.json.DeserializeObject($Line); $parsed = $true } catch { Set-HvNetFault $resp 'BAD_REQUEST' ('the request line is not valid JSON: ' + $_.Exception.Message) }
        if ($parsed) {
            $null = Invoke-HvNetBatch $req $resp
            Save-HvNetBridgeCache $Text
        }
    } catch {
        Set-HvNetFault $resp 'INTERNAL' ('bridge failure outside any operation: ' + $_.Exception.Message)
        $resp['error']['detail'] = [string]$_.ScriptStackTrace
    }
    $text = $null
    try { $text = ConvertTo-HvNetJson $resp } catch {
        $text = '{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"INTERNAL","message":"the bridge could not serialise its response"}}'
    }
    $Out['text'] = '##hvnet-response-begin##' + $text + '##hvnet-response-end##'
    $Out['exit'] = Get-HvNetExitCode $resp
}

# ---- The C# helper source (canonical copy: HvNetNative.cs; a test checks they are identical) ----
$HvNetCs = @'
// hyperv.network HCN helper. C# 5 only: Windows PowerShell 5.1 compiles it with csc through Add-Type.
// Canonical source; bridge.ps1 embeds the same text in a single-quoted here-string (a test checks they agree).
// Signatures follow computenetwork.dll as microsoft/hcsshim hcn/zsyscall_windows.go calls it:
// REFGUID id, PCWSTR settings/query, out HCN_* handle, out PWSTR result/errorRecord (CoTaskMem).
using System;
using System.Runtime.InteropServices;

namespace HyperVNetwork
{
    // An HCN or HNS call that failed: carries the HRESULT and the error record text HNS returned.
    public class HcnException : Exception
    {
        private readonly string operation;
        private readonly string record;

        public HcnException(string operation, int hresult, string record)
            : base(operation + " failed with HRESULT 0x" + hresult.ToString("X8") +
                   (String.IsNullOrEmpty(record) ? "" : ": " + record))
        {
            this.operation = operation;
            this.record = record;
            HResult = hresult;
        }

        public string Operation { get { return operation; } }

        public string ErrorRecord { get { return record; } }

        public string HResultText { get { return "0x" + HResult.ToString("X8"); } }
    }

    internal static class NativeMethods
    {
        private const string Hcn = "computenetwork.dll";

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateNetworks(string query, out IntPtr networks, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateNetwork(ref Guid id, string settings, out IntPtr network, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenNetwork(ref Guid id, out IntPtr network, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyNetwork(IntPtr network, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryNetworkProperties(IntPtr network, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteNetwork(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseNetwork(IntPtr network);

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateEndpoints(string query, out IntPtr endpoints, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateEndpoint(IntPtr network, ref Guid id, string settings, out IntPtr endpoint, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenEndpoint(ref Guid id, out IntPtr endpoint, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyEndpoint(IntPtr endpoint, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryEndpointProperties(IntPtr endpoint, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteEndpoint(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseEndpoint(IntPtr endpoint);

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateNamespaces(string query, out IntPtr namespaces, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateNamespace(ref Guid id, string settings, out IntPtr ns, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenNamespace(ref Guid id, out IntPtr ns, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyNamespace(IntPtr ns, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryNamespaceProperties(IntPtr ns, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteNamespace(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseNamespace(IntPtr ns);

        // HNS v1 entry point; used only for GET /globals/version.
        [DllImport("vmcompute.dll", CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HNSCall(string method, string path, string request, out IntPtr response);
    }

    // Thin, stateless wrappers: every call opens, acts and closes; documents stay strings.
    public static class Hcn
    {
        // hcsshim's default query (HostComputeQuery with SchemaVersion 2.0, Flags None).
        public const string DefaultQuery = "{\"SchemaVersion\":{\"Major\":2,\"Minor\":0},\"Flags\":0}";

        private const int ModNotFound = unchecked((int)0x8007007E);
        private const int ProcNotFound = unchecked((int)0x8007007F);

        // JSON array of the IDs of every object of kind network, endpoint or namespace.
        public static string Enumerate(string kind, string query)
        {
            IntPtr list = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnEnumerate" + Title(kind) + "s";
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnEnumerateNetworks(query, out list, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnEnumerateEndpoints(query, out list, out rec); }
                else { hr = NativeMethods.HcnEnumerateNamespaces(query, out list, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            string ids = TakeString(list);
            Check(op, hr, rec);
            return String.IsNullOrEmpty(ids) ? "[]" : ids;
        }

        // The properties document of one object, exactly as HcnQuery*Properties returned it.
        public static string Query(string kind, Guid id, string query)
        {
            IntPtr handle = Open(kind, id);
            try { return QueryHandle(kind, handle, query); }
            finally { Close(kind, handle); }
        }

        // Create with the caller's ID; networkId is used for endpoints only. Returns the properties document.
        public static string Create(string kind, Guid id, Guid networkId, string settings)
        {
            IntPtr handle = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnCreate" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnCreateNetwork(ref id, settings, out handle, out rec); }
                else if (kind == "namespace") { hr = NativeMethods.HcnCreateNamespace(ref id, settings, out handle, out rec); }
                else
                {
                    IntPtr network = Open("network", networkId);
                    try { hr = NativeMethods.HcnCreateEndpoint(network, ref id, settings, out handle, out rec); }
                    finally { Close("network", network); }
                }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            Check(op, hr, rec);
            try { return QueryHandle(kind, handle, DefaultQuery); }
            finally { Close(kind, handle); }
        }

        // Apply a modify request document ({ResourceType, RequestType, Settings}) to one object.
        public static void Modify(string kind, Guid id, string request)
        {
            IntPtr handle = Open(kind, id);
            try
            {
                IntPtr rec = IntPtr.Zero;
                int hr;
                string op = "HcnModify" + Title(kind);
                try
                {
                    if (kind == "network") { hr = NativeMethods.HcnModifyNetwork(handle, request, out rec); }
                    else if (kind == "endpoint") { hr = NativeMethods.HcnModifyEndpoint(handle, request, out rec); }
                    else { hr = NativeMethods.HcnModifyNamespace(handle, request, out rec); }
                }
                catch (TypeLoadException e) { throw Missing(op, e); }
                Check(op, hr, rec);
            }
            finally { Close(kind, handle); }
        }

        public static void Delete(string kind, Guid id)
        {
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnDelete" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnDeleteNetwork(ref id, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnDeleteEndpoint(ref id, out rec); }
                else { hr = NativeMethods.HcnDeleteNamespace(ref id, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            Check(op, hr, rec);
        }

        // HNS v1 call (vmcompute.dll); returns the response envelope {Success, Error, Output}.
        public static string HnsCall(string method, string path, string request)
        {
            IntPtr response = IntPtr.Zero;
            int hr;
            try { hr = NativeMethods.HNSCall(method, path, request == null ? "" : request, out response); }
            catch (TypeLoadException e) { throw Missing("HNSCall", e); }
            string text = TakeString(response);
            if (hr < 0) { throw new HcnException("HNSCall " + method + " " + path, hr, text); }
            return text;
        }

        private static IntPtr Open(string kind, Guid id)
        {
            IntPtr handle = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnOpen" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnOpenNetwork(ref id, out handle, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnOpenEndpoint(ref id, out handle, out rec); }
                else { hr = NativeMethods.HcnOpenNamespace(ref id, out handle, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            Check(op, hr, rec);
            return handle;
        }

        private static string QueryHandle(string kind, IntPtr handle, string query)
        {
            IntPtr props = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            if (kind == "network") { hr = NativeMethods.HcnQueryNetworkProperties(handle, query, out props, out rec); }
            else if (kind == "endpoint") { hr = NativeMethods.HcnQueryEndpointProperties(handle, query, out props, out rec); }
            else { hr = NativeMethods.HcnQueryNamespaceProperties(handle, query, out props, out rec); }
            string text = TakeString(props);
            Check("HcnQuery" + Title(kind) + "Properties", hr, rec);
            return text;
        }

        private static void Close(string kind, IntPtr handle)
        {
            if (handle == IntPtr.Zero) { return; }
            if (kind == "network") { NativeMethods.HcnCloseNetwork(handle); }
            else if (kind == "endpoint") { NativeMethods.HcnCloseEndpoint(handle); }
            else { NativeMethods.HcnCloseNamespace(handle); }
        }

        private static string Title(string kind)
        {
            if (kind == "network") { return "Network"; }
            if (kind == "endpoint") { return "Endpoint"; }
            if (kind == "namespace") { return "Namespace"; }
            throw new ArgumentException("unknown HCN object kind: " + kind);
        }

        // Frees a CoTaskMem string HCN returned (null pointer -> null).
        private static string TakeString(IntPtr p)
        {
            if (p == IntPtr.Zero) { return null; }
            try { return Marshal.PtrToStringUni(p); }
            finally { Marshal.FreeCoTaskMem(p); }
        }

        private static void Check(string op, int hr, IntPtr record)
        {
            string text = TakeString(record);
            if (hr < 0) { throw new HcnException(op, hr, text); }
        }

        // DllNotFoundException and EntryPointNotFoundException (both TypeLoadException) from a P/Invoke.
        private static HcnException Missing(string op, TypeLoadException e)
        {
            return new HcnException(op, e is DllNotFoundException ? ModNotFound : ProcNotFound,
                "computenetwork.dll/vmcompute.dll or the entry point is missing: HCN v2 needs Windows Server 2019 (build 17763) or later with the Containers feature");
        }
    }
}
'@

$hv['text'] = $BridgeText
if ($RequestLine.StartsWith('#hvnet-job:') -or $RequestLine -eq '#hvnet-replay') {
    # Run by the scheduled task of a detached job (or the boot replay), not by the controller.
    Initialize-HvNetJson
    if ($RequestLine -eq '#hvnet-replay') { Invoke-HvNetBootReplay } else { Invoke-HvNetJobRun ($RequestLine.Substring(11)) }
    exit 0
}
$hvnetOut = @{ text = $null; exit = 1 }
$null = Invoke-HvNetMain $RequestLine $hvnetOut $BridgeText
$hvnetOut['text']
exit $hvnetOut['exit']
