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

# ---- The C# helper source: HvNetNative.cs, HvNetBridge.cs, HvNetIpConfig.cs and HvNetWindows.cs as one
# text, gzip-compressed and base64-encoded (tests/hostcode/sync_helper.py writes it; a test checks that it
# decompresses to the sources) ----
$HvNetCsGz = @'
H4sIAAAAAAACA+y9a1fjxpoo/D2/QnH2mpYnxg10J3vGhM6igU6z01w2ppOZl7CIsAVWY0vekmxgevq/v8+lqlQlVUkyTSc5Z53M
ngRLpbo+9dwviyyKb7zhQ5aHs62vFtqv/ukizqNZ2D+I8zBN5sMwXUajMCu12k2m03CUR0lc86b/UxiHaTQqtfhpmlwF0+h/AmxU
endwXJ5OeC26K70YhqNFGuUP/d30YZ4nN2kwnzyU2pyF93np0a/hVX84SqN5Dj2kkWseqvedESw+203iPE2mrkYnaRSPonlQbnA2
ScNgDA+2vvrq+XNv8jCH3ezHYX6XpLfe290jbxJO4Vnf2/3G+85L4unDwPs1isfJXeadJHdhOoQGU++7/oY3SmbzaBpmXpR7d1E+
8UbZyMsnabK4mXg74/HaGfTex2F2gziJo1Ew9bJkkY7CLe8qjcY3YX+ebXjh7CocZ/Bh6GXBLPRy2CIvir3Aw4lPw7V/LZI8HMPE
0nAty1NcjR9Asyz3RpNwdEvfPnjBTRqGXRpvGN3EQb5IYW7XcPjJHc11kYdiof0xLCHIvFk0SpMsuc6fT0ZZNolm3mQUP/+f7CGD
uU4v73jd/ZvEw9+40AF2f7r/5qf3B3teNO55J7u/Ds9OvSzMc5hY9vxfizB96HnJIsfdvPx3bxLE42nIT06oLUxrMc2fh2mapKfh
KEnHnr+bnAXZ7WE4gwV8FcM2ZPNgFHpv8Xx+OeJZf/XxKw/+gQnsxHRUSeq9PRrS3GALgty7DuA8xgN4kqZRyHv69nR/+P7dmQfT
oN80LMyBxqW9xj7SELYrDsd9GmK+uJpGI280DbLMezuK9+9H4Rxh0ht46m9qyVOib9JoGeShh/CFYOOJo0pgBQKem5rypAAyVUOe
hz4Dv9xtD2Al9ya8qT2zq67qCf8ZeFdBFvrqS+9bryO2jOFXbtX6fQfeiS77Z8mQ+vQ7//Ufna73rdGn+MfnJv2D7GgxnR6n+7N5
/uCLSXg/ep0OjN6B/0G/4mkxt49Gj/kkyvrFHLdtG6jaiWPcVlunt3h7SguAt2IpxetPlT0W+3asBv7o3YQ5/JshQ5uF98n9+b4G
06UOxAzrvhYTRhxZ/rrDZyJalM6EO9XWFSGliBHd5DBnCchH8PcyPAzzSTLOHNA7AiKRq/mMcP87VdzR0WD0fG86PZjNkzT3oX3P
250E6TDEXRd/9d8D6kvGgAL274NRPpwD/sTet708XYTdi+pm0JxhE2ANBNwI//FihgcQClyQyXug4Rugjyd56ol5ZsZDDdl0t/7g
ue/CPVcTh0tx7f20iMaEPcUiJPa0reMvswy4GrF1EX/hOR8m4+j6Qc66PMm63f8zZ/1PhGkx6ZMUMU8O1Mw1/eoNmKtv/jJL2gun
oeMOrDzDz7mK0yQL7eDQ/fNw2n48nifwsAaphbLJXwyryalXgLM1mpMr+0vhObUsJ6T+1WbNmK58HMU0/9K4Tk67iuwqC/g/CNs1
A9Efgu5cMPEnIrwjKeDVsXGqzV+NkZMTW4GVy/5aXJx9BX/NCQsWTk1Zm+Ffm3+TM7ZwcNn/kcxbI9T8QexbFRR0VPb8OSl0lhuA
6PL0wSNct+UtsnBM6jzvOkm9n/bPvOc3pPXMni/DNAPBvm+bcWc5E+Ivyb1fZoePhrvBdCpR4YwEdAUh8yCfaGodAJjM5DpS2A2Q
2kOx5UIFANtwNoniHo0H5wfy/10azAG0soEXwpIfWG8GwIbgCDPPSEU2wi3OtrxxMgJkDQwndiA1VJmhHjOUC3A6JZUCqldZq/gs
88bhdYC6GIJ3z3+bZPku7ytdFtY/DUeTcBb8wsfhbfbXe96baXCTeUdJjJrN0k4auoo9HoB72/Y6H3/rGN391hnAo8PgQ5LCn5s9
+DuK6e/1T/CDxqEfum7D1IrgWQE2OkryN8kiRq3TIiYFbDj2fSSo6/f/sb7+d/jffnerpg9ACKMWnbwpQfU/hsdHXpCmcBrJNaky
D/Yy/JNPM7n6EI5y/H0bQb+KEZfkHrWliqb2HVAp1ViSUEuYxC5NnOVS3wmgnEYZ3hH+1f//wjTZsjVLw1FdK9Zsms+U/hNPWWcq
UD92FuXT0MfZdlG7mXVKOsP0wfj9saLLjK49+tzbht7FHna63keYBoxnaND6VrWUhtBxD/gvWCYq6SqjhdMsNIeUp9VmzEJsXH3Q
5gUVLFrr3s1foyAfTTwfjSDvkmBc6NBDXBvaSe68wyhDI4efzAFQK/2Jo47GGUz1LLgNhdITZ9E1T3YXrxB1M0l7PDnjvVCjWtXU
0D/pqM8vUEsNv6x6YkKooUaeFYrEOwcIStxAWAjSASA0QaaYgX8vmABlavCivOEa0qfmFSyzm23uIltgYAuR9/O5n2jcrVyNQttM
A7+lz0R7acXh8coHdR3FQEuwA6LQxjdGY3M/mZ9m3I/4DAlSmAK1ONjbkgjsAJabMfVGwq30IETL+94pTZgtPZajadhgnoBjh+kP
NYsKt9l20/8AFMjLKOG/L4z5qkptgkqDFddNf+1RoCJSzaMbHOnjx688/GizcZV03PI+qb3qFcBS2nzzjtWtSMnqhh7tcSuzXczq
ZK2fflm0jgZceT/IbAscNtxZQgNBbBpo/eHl8c/EmAbi0UC16Un+ks3gb5KUzG9ZtzwaIBBia8deniQeAMsyCu/WNr04ycNM4yvb
XZQmUqORGzce1dnV0vdPglp35nOkQN6MpGcpNxQky/94GrIvAh5kD/AoNeAfQwFrn7qwYRppc2HTZQKYkuX0emolpvFE9KrhnNrh
VxeOteFZXmItnrVNzY1RVsS5pjVLgpIhE9Yhg0dxmyW98uMGbViQQuMr9V598vmoqc39/vz7abk9rGKx3p6G2/IE/AMP/sfyD1WD
oFQmPamwZNHEtxqnYdoVxuOPEonqgPOTTQlGSh7f0GJBp6nGNkv9EfDWy3AKLLT3cbggH7se+7P0vONFDh9/auCm38bZinqsRtAW
M1sRvt18ltC0yanxnCRxBJCKQSyU7kolJCSVbJ9xpB0xfqdG2CWPNEPaLen39PsGS/zBWy8GisM701lMjkiOV7xq8vrCn7x4BCMc
szIfwcLk5LBpQ2JCryVgQBwZkexHYLE/UlzCOf6xyK7sOiMxxuMEpBZor2LDXnnE2qVY0V9T10+NCvmWWxCifST9XnSbWHwLKa+y
eTjHOtZA3CDuoM0d0tU+QmowrpJxV1ZSAaFqJPsyt2vFq+DwbTL0SwxDNGc3OD3qXri8DR45fP0iLQbA1cdxkgX6zqoF7cgZWDTi
xVw6DarStoif2Fe+MG5gdYEnETGB+g246yplZHlDnPBWVanozl4WjrwFFNn7LElDLthwTKgk7TiFBCtu4OPUNrpuZ63bJB2KxcZ0
avfX2Az5pVx+/aemGk+Nqp5W0LniYHbSG1JSaGzMIr6Nkzvh9c+GLhyIHcpLFNxkg9+kYZh5gacCDBS3Cl0pVbxPjB+tKky9tVfE
COoWR/thFLdR4tm645g7YZyGs9M30eAwSLNJMO3Dt9L3+30c+fMaVbz8BHdArb70RdO1Jnyi+CcZatDTyIURZfCxio3YHUARaIOv
5TgA18ntSFXg3SSM0cZphHNg3ELmHZ9WYzqiDBV7Xoi2nR4aYZQV2jRNx8/h/+lLjnAxdIjeOBxFY4AcfwJi0sY67BoNpNiU2zCc
GwEmtcoxfSss2+kI2vjoYPi9//1f7+u6iIsaiUDjlMhNw6lB3JtOpZG6YM5QEbuPbhUneFWq7/2rJJ94Faau612nyQxu4cnzg3iZ
3IbOm2UE20j+T9sxG7/o2C95tWw7ECKUWFf4o2HiHxjG+l6FB7TERjw3ZG20uhPgFL4oOPSMVzYgLLTchEliCJiMM8MIPwD3zfWN
/4QdXUTTsbfx979//6KLvU0DRFHKZoZxcEEEcJx51yHFfHWMG8X//mSLduMYNG+a3ESjp41320ePhHxCjAvMcZKgnwZcJ3WrpkAY
M4poM0Lh+FKRlw7pLbIopyiuAHijRUya6NEMaCbc7mA0oaHQJksf3AUPGaqr5eSDNOSYujCYZRhPhz4nQ/wxUMbGNRwAJjUNbxAG
fe486wKCA5DZmUc4gl89Y2zwmqb9BjdE/QICP7rFj2God/An3ZeDfyRX6IoyXkwxrvAszPKMloMRTOw9g8MAfMG5HiZx4gU3cKIZ
hrPdhuThQY465PMx83wM/Mue456i29FzbHQXxe3i5pDbzJNRMpWoFY8xgvlgV55/crq/e3y0d3B2cHx0+Wbn4N3+Xs97vbN3ebr/
z/f7w7Oe1+/3YfGEW2Lv6oF2kgGoGjjHe0L49BFxczij5pC5cQjQP62GzGlj+1qHCtXCRmXBTfGb++nKGDnxujZGjbZsuzRP9ZY7
hPdyho2hZ7vYXynsizqvCxnb42FKn4kxy2Fh4lNicq4RTCSUmytcwQloq/xRa5eFypefZYsvelvZFlX6tE4RX5nzIzSeW/UHomGV
qjsd4rqd8SyKI+g0yIFNWRMejVPEHf6ItnBMDBMwPrdk8OzR/d7ZfecBUo6uoxCJPrG73OwqQ3sgIirkmkQX/fJK39AQQN4BdXAb
bTfo6f49zEr5c+Pay1vLJ7wXAesBc39wNBVPT+GiYyBkXYe/phGaEO5824azUtMQBWBXATLCvvRduBsAikVZjXYCUdk1NAEmD1cC
SBeRzQMgXHjxIbl6Rsg6miHvJAzIm5qIQJugem4zJVrDaTifojAoIZpsshpaygDAKe60CuPLR3xlgre2qQ0QSZStBJF7sNSzaBZ6
73Ngke4YCekMJY04nAJRR89GYHqm0ygDvjMeZ02jSgpquQTpQhwYMCYguQUIwwC+CcpxOEtAmgt0EELOH1oAtPMhB9e5kCEwm0Ky
yEtntzP61wJgk6YqWhxm1eOahkggrPNnsoeS1kF8nZTpHLfR7spW+R2OPER3Xeubd0GWn5bimLXX+/ENsIEn0bhhZ3VupDRFscIb
mFyoyCYyFQqyAiGaA8tDCwkyzqsgf+avk6QK4otY70x7LbfKJBulRnDmB3JS4Rg/6Q/zZO6vdwfoDsZCWA6PnxFbFZPLILBPQTxC
+c16WRkysRf7mJa7orWwnbriLu3H/mYRj37gnnreXkTpM4L0QT1ipcYr9YeHdKVyzoJeozxTfaeRDkJ1masJ3WWP/r1lnae6fa88
QGXvbO0MMKJzrA4nNu4QWHWATNT8WAH3OHuNIo7r85NMeHA7Gygp5QTQmfuEePE7cXZXAXyzwzND86lfsfsob+rf3rPhqn4WYHRA
59wUxy46W7VfEaF4OECP8c66+GfN8i/5j6s7QjLAN03Dd9EsyofQ3/frxm3bUYgyDedBRAEDcIYIC2sgUpwCYgy95/LnwQmIfinG
F8xIXDl6twO8EuAI9DvCTqS4SVKNdh83XB79OENAdOYcX6zXrScP0vzXgFtulFaDqoU0ZykSAdUr4BbWl6RAKoA1W6AWcLj7dn/v
cnh5tjP8+RIknvf7e10U1++ga+GASkLbNMEcLFbMUpnbP6lvObnSVuPjN0kKQvx1lM4Ai92KrCUkMtM9xUGRgwMYwyfJ7QDQbI7a
LRINxad4SbGzw4zPyu3kVplgtQecJvyz1eqbHTkZ84xgcUgLcIsBbAfecjbjABPUp6Fsru0psJUo/Y5BsqTJF9k/YK8B+kP0/rsO
74gs6yj9u7p14fAyV5Lc/he1q+Irpi3oZWPj0zBPH2jLNr6jLXMptkqC6/mFd0wWOVOw7MzhXafndbI4mGeTJKe/QUofTS6Z7dYe
wA3RfqUhUijtQQ7UqNJmBlxjx9RjdSaj+FJcUm0Q/Sl7EZafjtltSDyVpgLVRXUQ1cTsTz02O1TajPKk1HPZjWU5qk3R53J2GYyD
OeA2uSvTEBB2Ck+Tuf47ZR4PnwDbf0noQ/uRL7LykPhmxFei432yAIE6fcUmeHc1yo1/BMuAU2LJjFiArD5kthxCgjowLREK02or
4s64zc9oSHEpTPxifqQ3cylA7gByqYGp+cApwhtUudqW4HerzfuHwf0/4L/vwvgmn7Dx+cUmPv0lmC5CywenmOMLGQKiDYTwN1+6
jAhr8A9rrAekPpS+PlPgSDxfKGczQRDGko2cBeltmFKjLlqDrlOAp3Hhj4R4DKTEnNVmOIZ9O5nZAA4oUhww9qnYaVZ9Ir/h2mij
n4D/wxusv/EtvkG0wq+FS9O//RsN3CdCmf0a5RO/881kCTd5DWB3ANDN5gSMyQvSCLf5OB2jKanb5CsB3D3wgj53v7jilfkbG12L
ywQvgJLAIRvTcTpOc8M65wq1RLQ1iqUwrek0zRgJA2Nv/8vO0c3nEyih50B4dyqAyl/ZCUkYQgGkPT7m6lTp3sOJou/7NsvBVn9l
Uh1iN3TD9oD5Enf2mMagnQZBWvWEoa1bbg/ckjcPsJtv0NudXNkAkWoaZcSrzGlq91JY8JYwgzGFPbKdN+wfCrWsbWiysNL8ui29
r1/jZGFO/+p5PDHtOtoDOIbBMhQyFPApoV/7QQvvJ6sVyz7h8h4eHJ3tnx7tvMMNFIYcNIkugLMC/pyMLUH8ULBSlS2sjOD7bnjt
4qjnHTIadC665x3WMHcuABbCIhtZrae0pgSzuWtKD5cEqQGt0uXJ1dqNS3SJscDS7vFbZ7DR+62T3MIfdB3gByeHw+jf8wv4SYvk
cOEIuNJ7+BMvF341L/5GzA+/flMH8VsHngq7Ab1AsBYnM0oWU9aviouFTidoBRJ3/7fOp0+dur0rIaVvFMLj79euwpso/uYbPGJa
9LeWNsBmQYstW78o2EK/+B+0Qojd/6oF0jOp7b6iiQB2GGySPecdWJP735+NB966l9z2vA0M5ClYfU5E2PM2vatgXDjfvsAIKAz/
c9nXpWBOE2/AuHWmdURp/f1/LQAofIb25BZAXXPSWC/D40ExHNrTKA2hdk1QA6k1sTqlCiMSfW26H8OV8uHxOUEaTKRK4fnbbROf
om+AenFyenx2vHv87vLwYHi4c7b7VvfF2bS576hPd4+PhmenOwdHIBC/2zn66f3OT/uVznf3h8PLF5uvD0rjvj8avj85OT49g49P
jn/dPx2+3X/3zmzzj/2dy/2jvZNjuED6tF44HJE3tppDKWqO36C0DjCogx7BdbmblJEfnJwEekKTG5XXAsYvozE1qFLwlGHQTrnh
ZTgFITEcX84yarRuGYEwG3cPs38XZfkP7vlKuLXORWSxbO0SqAhWw53seTX22UecVLjySYXnjOgdK4fXydz9jq+n1RAMb0XmUffn
YqHUQPxdaaMRW9vB6CgHUIkLOQ8l6WE9TJiNgjn8LXKBTII0GKHeL7hKlqG3fv/3fTiMBM5jjK6pmAQk83aGuwcHHvkBPQg8D/Pt
u/SoTMoFm7pEcc51nqaXKzGhSmz0+Utz1cxwkOIY5pxdiUM3HvvYXZ8Fy9Ln10nKajJct4dEhI1zLdz+R94r2h1EWdlVf2c+B8Lq
d377bdHpyl+cyWPU1fK03r/E5DEACsChocmjfxAvQdIK4lw87Nb54hcDNfnVi3sKH9i4MotwjEblK2SsBt7dJJmGa5IVJ/abafNV
iBuGp85OPekCc8YYekq4XXNys0lSPBGbTExogZnuQnRhKt8WRzQLzMooSWobElbu+mTr6LOZ0sZ70qQO4hhgRk2pKhI4PS3FFTSx
MYGAb47trclpIWjkwfRQM4k2+GUWu8cT/XJbqLM1LBVKkKhjaPBuUGtGUivKfULkCzjLDU+8owLVylsv1x7h8e6kNyzE6QTVwi5h
66+LyfGhlWgwMl1pNO46BiSCbgypSLxlwK99bh9lxKT+278xTIhOgCPorir0Vfk52kYYQAga2TwMbrPCy2tjy9N3Gc10pHFXDVBi
wEXTg64zkr1ONjlArsLj+JJiY+A3cHUIMPi6ujnUXnC8wBbCz/4u2u29H2BfVtyWElxh17MFzOkKUBaAVbxGvsCckwhztUiZI+s8
asFksiBHTmK64D8/FPOHn99+27QAeRUDhN/hBOjwSZpcTcMZbst5dGGZFu4ZtpcQ3FLHUb9Vwof4TZLOgtyvo049nGzPi7oOzchK
yoOC24rsvdnOoEmlorltsKFnvcQPizucG2CKyPlSfIaY23KNcx1rFCPsJjFwTpiKnTTWft5A3ivCo3ISncg/kFQJg7tNo/u1bNiX
ripiNivjkXfHuz9fnh0c7h+/pxsTAO6dANUuOwiTvoXcbKo2yVlCDrYgw5PWQewLBpfOHnmvmjWeuvwiykgg1vH1512J2IXoU53J
qve3JiOMRimRLvjagy5fZTuAaz4lguogSCaEvDquO1ZP4VcWezQBopBwDCeNaiunNGo0A64xcEgrWjs8nv7OeIxA6U6YY31uP42C
GM15P+SeztEp3kGLKipk/FS78EpSUCxAiFwuNsPXO1kGSOAE7qJx9nO+8I6cGGXQCbS5BumNJJwuTqs85UDnuYI2cFAzrxogw2N9
NJRx39mc2H/2KQt61GULvXsVsvCPhrYCWMlUYW1p34Qm1XwzDJYl8rOE/dBhyVGv7GlWsdgAuN22ne+nr+xji6WXJmK7jy6RRpGa
wuFxlTBFk6cRmSnnbQSOhCq+NEoaiQ7zMriwUCZ/XP9kFylsOs8dzKkJBBuYkuNr/xijcXVsjHPhZXVltgX7gOR0gEptGa0IX9vH
M666ZqP9uvwuMrah6xx7gJ6ZOtdbt+YCk1WQZHWjuVVlr20Bi4x7ReZP+s7N/nOrgv+n5pHcaP2Jvn738hEtF6vH3ivLrmByxOOU
ShK6FfLaChtOfc1Tkt0jeuzcfbuKxryMLolf4UzDHdegHrWy/3gFwZ+9hDxCz00s5QiQgnBXGnjj8848gb8UvqUnpvbbhdm4I+Xv
NPCG4k8f6UO36TvDNwo+pt8ilmSFDtAjSH4N3PIqnwrHK/n1Kf1cpQPlqCW7OIMHK0+CPLuKSeDPVh1YvL8GRbJ7PWMg9tZjRLBC
n8JJa1Dkci/3uUpvwp1rUKQlf0xvZV81Y8Eq5l2uGDEk/CXHIfXSSqPYtqA0ykr92TbhEf1VHOzMc1eR+iuffNlBzzz7Ur+r9Wg9
/xV7LDkCDrxfZjv8u+2lMxwHB977ObCj4Tt66EthDiEGw8cAVnqe/jDiR5QdnhCl0D1ilBlFPBkN281Euiw+ci4k0H3+ZApvyYGH
8QH4p8+wY+jR23SCXpayF/i71bHobpj0rXBTbvhY5KYfaCHzevhoWb1YcHfeM1R9kBD/rdd51pFXxMFh2zwTOdmAzVpSQ9OlQKHJ
KPfyrUfKtV6R9OqPN6HSXy4bajJ3W1A7u4d77/bPLvdPT49PO59nS+10VjOjklKo2NB7tKTeb8F/BXu+RY/u+2R8ae2BpIdAo43y
Hlli7aFDz7uqllffxKv+bsUQ7dijK+kN5mytbdlVf68UyWzhacPVdLZGtgd0/n0DsAMP/fDelu3Ovi3VLTFg6u3R0ApQFqCa9LUK
nNbW+u5N3Ltn7tykr5UFrTYWuRr1HCYcIUFShP+xI7IxSoe1DvXWGXT6/X5H/MIj7wziT90B5VDgkDi0fn9GclrTDDhiPWU15Yix
OsyjTyLdwOVJWmreRs/FlsWRLijDz77IfJH5YkNIWKuc0bFe7Xag7F3Qwbn47mK17LKV7ETWYSVoWFU0tqtitituRU5pC8v49G6C
gco+voww4jS9CXPMrDKipRZfw1ZBmxLSMuwZ1H21TSWllbnAXUqUIRaJ0+jWYds3MNjDPxcABhh+Trt+MLZ8Vd0Zt6LJQB0SbegE
0UX3vgyir2Cye1H+odhRK6qfmCZpThjYysPDqT6gmDctdQsjFl9UkTdz+QBT2FXVsoNYr1+8ReEo6KZqxNDbjhITgaSqKrzni1rr
h0EM0EFlGHYWeTJTIV0xxYVdhyA5j9AVwpy6zPBC054FY8Rk6Yzi2VGL8eCt0bA7PBgG8WJVHEooA1vOj09U9/herbmHLi5avn8Y
T8AwTquDrjAygniUzGa4Qxl8Pw9hieEoWGShKDQhe/fIyHcFd7GjTaoYveMlqT4a9gqTngcYUILeVqjygsXmCS1k4P2g0lm96nCe
mlkxQXQZ1k6or9Zlprby6eCMMwEeX9Y/x8lH95QTf5GLvEzxA7teUYxklkcANRIoorw5lrBUVMPADW2upEhK+ECh4Izu+j+FlIze
7+JfsoFA9bz8srZSOcQgqZpr7rSCIM2xJwoq8pFBtrDqxjwivP9cWbzaF9If1wzlgsvzK3aCIWlbDlHunB4Xk4WxxGwRvh34hDzT
qFtdncw0t38qwVG4N1NDrFPTpVZWsk5tVLSAhp0QTk8IhrCoWKmdw3e39A0cbzUMwenUK00KZh/t/ESNCGr+GnnCz7joneq+yxuq
qbO/Fs/0gCsevi7SqtjkmZ19QKN1kBeeospo0TGQSF04l92rP6e0cj8qZDNQIxQhXQFZ982Bqt6VTcdo5wX+PMJdwT2PQT0roh87
9tFZXc3gAiAMhM8ebmUirDFjK9f8rTvfcUyi7Csnq2fBCxtmaueUaqB1nI6ZE8KiH5HMtheQCORJ90yx2ywnjaX8gPSKCBrnfZNh
p12rfkWApTg2VHPpAk9hNrkNHxoyDPpjHemOC8EEP0WJaHwOf10ADLhNPnaMp7w8l3WRK8uW9jnxqnBcEv7ByybPpRbsOGIm8oQq
ZlxMpuwqtWzhKuUaSHQPHR2nSK9s4y2rt0806/Icl6UhjN0nZyI+gld4Bvh7ddgwehE2URWCIZ77dg5mKayyMA4OsFUtnoRB3lMV
+x1hftskDtfCKXHbokpfoCdwfJYp+2eCuSUxhWOQ9S2wFBXW7o/UE/noCHrbXSqfXHpXMQGLpHHIEc+QrdyG1aCMXzy30E9qWAFh
W/9lG+492nDxe2OyeHHuuy5mZGoYpJ1gQKGzQzTlydxHhSXVxInIPAnOCp1Z3MT34CaG+e8GWT2I08i/wn0Ix74BRtfRFGSGnu49
VocXuLllZ23Ru2pnRefXuLPcg7SP02ZcCw+Wanf23S75ijV6jijDg+Ve4/3B93TAy25XD3GwUY9dlUN0UM4d2lPug0EmHAa29AKC
JEIZN8jLJphWlHJw2uiJ4ZuoZwXECdSa6NF1w3WOkqvgMAbqlbojd48ff2xU05ewhzHJMlZy6PaJJ2l5P0WSQpW8VRWawe2n2rVb
uI8YDavtLCZC964CzJcqUZsyZmQ5nESvUtGNIgZugcXDQ8KgUzTC+CggnwxZ6pHljpUkWyoRqTKX0lmXy8CJ8VFn/z7Gnvy0tC06
qkNh7qoRzxkSwpXp7XJlcXVR+CytR7pWpBjKW3uvM3Kqy/uu88a68aN5YWsg+sQnDUcmHpxfeLfLR9ihxivboaquvd96GyDb3C6F
pEKPtr1N3IzxuaRqt8vz6AI1lfgHfnLhoB3jutKwCvKClJJHBwLhAO1NqIASJRwJCn71gePOsjyjLCMUMI6GzPpqe+KUBVg+JYOI
nDn5xy8LPt3iD69Yd4rjrVP29eWWNObk0O5bbootr2FHZCeF6LGsFaGudIb8yiJ04Pumme8uMvglhy52Tmz8VTuZZ+nW0Qpk9GCl
M6h3+xvsSh+n2x2oPNu5BmgAWOzIMGbtHqxxDR1j9WFm4ewKk4P7uweHGvoDJoWS88h9BgoQ3w7nISXh0kH0GaJZLFWCkNs/2j9T
026AT+xZuX625lmStr6GOj+OZuVGj1GbQKvJajQxkBfE6Y7P8cFFVwptrpuS/Fk3RVb0Kd0Wrb6LdlsS522RdBYmRk6bGAfh0B8c
QBuqG3tHywek/pFALrmWaNT7pI0p6tpgc0UFPrKzxCd3xVSeSFl6E4eCL12zo0H1NUeUllRoJ2ruaUUBZO6oxV2ba3lUoUnMcl7d
d3sJ3CtUXuxGswORrNTz46RCRKIcLj/yNRrrUvquOHMG2j4N3nevchTNqpBj7dDmEUxft7qkAriQGdzGQZsAUmILzOqEXz0RJEJP
7eBQLCWJQycIwrvWEJhgpq8yADYKQCea2qeEN01NHCNYKY6VBaCdkvR/zh1doKtUjnawaDSRLDG56T5T7Oh1FE7HmQcfh8BER3ke
xlQogFEhciqdTlNpnN3HrQJFmk7HKsxRSYO1X7xgGURTZLCFeSzBzG3eztEer2Ya5MAEzrDkJSWxo/yPUtnfk+U4fj088JTboEs/
yCneqZKCrERSW5ulSK+nG3ONxHylC6J9Yo1UMT62ui3hwCQWdgDs1g5pM+BqnPgdFOl25F512N+wxwWY0ItNbGcHpGiOuwWIX2+i
PeX5UAi3PBiNhRGHIky9lIx5iun1ElH0giIJffHc0zuZKeKItbqnILgfcKs1UdfjDRc58U6HO2dr4qu1M2xKhyufFJPpujO4OZIm
VmmEITZnS9TwF5sucozyrsvtRejD/2pWYfw5jKawtOnDrlDqV2L98DxhgOJMNpCFJZwAj8/XL7AT9o7sElNxypDdaUDFQkQx4F5t
eiqya6N+PUny35ZRmqOd4H+INfltuQnYJZA1a9B4jcdTdBNlqiS7SXRIkXU3i+whg5x6gV8Xu6mRoWJHpXdvh6ZXmh8+38UMzHLv
Ly+Pdg73hyc7u/v48w0psToC9refLTeftTsZcQivqomfKonI1EJ4nZagH3jdcETly2WAwXoFhn9scfuKm3e1yI17pvAk31HCpam4
sd4vvL8yc7dXcKwKoRJ67YqyEZ7tWOD3ZgnerDc+TRCVO265aNTtVJY/eNTy268M/UG8b103D8OchUOF2rW2m8DpqIk8YWpnx5aU
0VY9ynJFD3F4KtMwvyH5zkxBXonmWTT2oqnuSGb3nT46vnz73yf7p79cHh7vvX+HF1J+DHu4JUOOcC9/ORTSbKplaKDKWMD/Kt/q
NhXVCe8c38XhmKNhVOwUua/UkHCrJwR/pV1e6x1XaZ0xgyUFY+Nn/bM0mu3HY+AVh/NplPvPfouf2blO+u6c/i10Vd6at3Ghenj2
W/qMUP5ZUH/wguvipb9+OFAV59xFmE0wMadHxW9uhCaOtO/RuE6rPGuhUi5rLClxENMAcQd++w2JwS+HvAp5+lKnqabC1xPTYWJ4
Au4Oma1mpOPMLDpOgl6BVr/GFCxu0LUUw+pwnGQR8sdJCwcSjKPxNiKNiItsC/YHAxnDWEvDLZ8UzV2mqhmgnVXO+kgzV9VpWurO
+w8/TDIrqYMkIt7VjEx/+FmG93NYRogZnoMRcAQkD4qTiykPtBn20YMdQEmdSqzzdKpHja235WcrHzfKcwI1cpAx9JpMl1TfyZgm
lS4iY6VozidDTXoUJbMGBCeMswhL01oLnAo0dsojiGEz0xBJk6i1fCvbFsn+BXt3FOaiS3u0jDFMssjftbOcl62XMcJgaZY1KUXk
gLMWQ9lAPsDhAiaEJkgHOkhr8Fx66UgW8UdCuCrToQGaBPUaOJfNq4BudasXR0p7gODebVFAXX5zllCkvl+vTTHA75cZSQWKBC5n
RzVo8bNR33LmxH1urLecaTAiJlgAynLmttTN2tAGFdxo7kErjXxrOrGcIcujdlusoso4Qrs/CJyBm9QgmCdUAWM1HaM8hIJleKTA
WS6pTjMQR6PsEVATk/+UHWxECc8CZ4JETMAEU8frY4En6M5GR3FyBFHwh4OYUpM/H9vIk0J1ERxj3QEWM7afYCuyi53UUF7WPu4e
lbSEFp8dWSfYN6NBGuSuSVofeiYlP/LB6Kzf/8f6i9fr6+sblE65/HSz/HT97+sv/1MvBlWVmghWkZ1+hQErB+OsTX157aNobEA9
PfRrvCWE34kjQOyuD5PoF8VHuQQnPtvjOF2qFdftNrpb6ClGNOktMjNtOh0o9Mwghg8FdMD3SPdGuu923Xgah3RlTKfsu1JRfk13
gyvbf8RapZztY5yMPnGpXviLNAUA8MkCq5boZiE+tb71eH8OH8gocRJEKZ1QT7F6r+jYeffbH319h7AgAyZqWzvxo6i7SsWbGTBp
Wi2zK+JeuVKQse6RWzDAcQVCBrbIBnA15S5K112mk1HoYFIUZHfzeTSZdm7fZvY45wofmcTOcS9hfu3DNRPdASPRQjUFuystcJz7
Ljnn508Rialvio3/BMBUt7cOKn26ftBISUQfi9vofeq2YlxhsFqqcqLRy1IWAFnaHLVY3vU0uEHsEDqwhTfDHSG5z0hJ9CzD6xPE
4+cJk1ig8bAxA9JL5GkwujXC72yejBhaeYi9h5nhBI0Z7urpGk2sSG44xySiMguFtRZCVG0eORuXUidy81gIU24WjVmHdk6PvIBt
Kcs3embUccufpShpeZFxzhi4oXkZ1ijKdHUexYH5sXBUkR/XKWZWzYlH+04XT9fLFp2jsrTTdWW+/LRSVgHKmW4coMwQhKtSD1XG
HONpkUxmJc0B52EBwMK61Zx9heIGqF8Mm3IF2uib3vagTQJ5X6GPggBFRlzKffXQP2rHwgsoMPW95lztUk/Y09Wvuog6LOwlYnGS
PbEwAM3AZ7kYSR+GtV4DgvqEfWjI6qMkKPdmUW/lDfsikFzIOE+Ojlh5oWR4E7MKURiv6MpQ+nlibvdxx+1GZlb5mJKzj+s+QMSJ
rGG3BAsVs9RTHnfbs67sdbHTdq1r20MU1PZmQcSZtwM3Q9YTx6vT6W61pUe+PdgYu6czULeRn5TvZxOdiqt0qt1ZrUxO4iB/gkM5
CnKG9WZnhFWYgFh4OEvUX7dBT7M/TYXYVkqsZWiRaNNJBSRJaWOeLT36CJfmYsF3J+HolkNTjCGxFnFqZjzf4iVknkXxhRtJ7GvV
Y1+zwWOK6C/MP6MqqsoT01PXJ3cTCifHXusNKrdkUDHFIUUUJOfNDDsIRy3K6KgJ3nZ15QpN6Fu4Y6Teu8Xz3n4mk/Zo33QZEupd
8K2cvy7QzNOKkjrOhcxVqadVvs4cIYe9SoZLLyF3TVeLuvr22yr7RPrC5Nbi/MWHuE3KVLIbUz9YHIDvqdMpSeGpoovgyt3D9nar
LmgFnTYnSvD6dSEuIeZRzxQHrj8sOHCjacGBuxXQ5ZIfMMs0m0RzaXQXwi0FBNWhEJuKAHeKYeBVGQYs2/Xxc7Ab7zPNjf+smxwp
lZLb7uOQ7Soqe5wP30T4U8TrXYWeMU1dDa/DFVWAkOoIvip+BuQG2/GuYgsGq14xiup7lfSJb2C62cAL8mQG2BZ9lSmwL8A0DDkl
1s8mARu9omTK+Yd8ROprVLzsZbfHwX/8TZ5MSeVMFKHGJXgvSn26v5w2VdMt3/VpRv03CdUfE+9tseZEGX7FCe/Q5CWenQf5pKeX
Q2uqmDbDkAX8Cnexj7uI3BKWESGuSS9BdsSOa334puRcJudNE4JPfWjS4+Er0edUOXkU4gfopxVzJGVOKchYSb23/27/bF+kbIDT
oT0GiuoXqT0xHZG384uXjQLM1tEFSjsdwyQtcZ7YJVYWeQMQezl8u3O6fykGmAW3nKAIwZZueuDNEtQIbpGCN7gB4awHqBYJ+tjz
N9dBCP5u3ZuVgz1V1GCQ51gqiPNVb8mfzfV82itbyRVU7PY+OmsAEYLDI2Ihn4sd5kOgt0g/BLKRjQ4xv7PR4jMq6dh8Wm11D+xr
QjMGJli83NmlgqB7+0cHwBb5gcfZetewcB0BKwFJj64tLQBuWp7AqVGJmWt42mVnYtcw7+NgAdCQRv8TjncIvIrpwv8oPO0NptYi
26J/eUm4r/9rFB8c05/I9mJNgNiDB/LTgWs4RCIRBtdNo9tQS4P1cssbJzmQtOcpJ1X75u//ubnxAjBiBij++SjLv/n7+nfdvhMC
vvbJaVSbA8ox9KxmiYYVwdm3hOFX297m+qqis/DJFjAmEiwDlBEECgjRZo0TUs/rZo7t3IPSklYo0SGL6g2nYTj3v1tfofi2zWeU
ECnq7YZALApfEbpXdbmIPhNjVMkGzoFyHziv9Gdd0p3yfcQbhzBnub2EoOuum3Yb/nxA31hv/MKEmY31RwKN5DxYxYs2GHLcPhp6
B3sZB7eMkqnMhMgMwHjV/M6FDvkxpYqnj4mabxb2BAdPUS2Scc+k6Ef8eoaiHyYZOL+9sGjCnflYmt25pJa91OWKWXhKfgoO/z5p
PY5Qm4+snkiOXg0ojtJ27gUaPkEdGvwHWOXZVRSH2EdPJnHvo+HVWkfSxTC4hzTCo7lsk8Osq+E90W+djbcMKWycl0mSuJoTZ72y
+ElEYz1jiwscXM4SOuNsJLnX1CW9wpTYYxE7GI/rHP7/KPmUko0wypAZnuV96nnqNnE4jbpOzKu0E1wrUMvlBVbBGTrWsV6Jm2hc
CgOw1hiu3DvKSL26Dy/ZtQy/4y5gFmVPuzCcc24i0sLgUM78JkQ0xma7G4vzvTEKasegsTlVXXBrus89WQfbFQZcZCsih55RMn9g
ulKUdfX5v2s/gDi7+d33r/rzbAOmHaM/AEk/mUgegtxBTbK7ojoX9PI2vPevHnIMn8b/OP25W5XaLp3lgiJ8fBDXYCAUwlEtST/6
or5It7X2HCeH+XFi7Ad3er7Iw7dBNvF52mYh7iu95vbmyjW3H1lMW0dOw2AZMi6gE/VbCPPO2CP6qED1WytXzKyhPQpLAMQK+CJF
qwKO/XiUIJ/Yp7LvGNf+GjdcTgpVCQCHLsN2PdGqcWt6GpXGSmqNquhTFa8d4o9dVqqBqUrsaMMJypRaICqnyFmmhI8wtF0I1Xjx
GU2gPhqAp9+ejZW1tuy+rQzOshzXCjXH2hT640CW7aK6Ev5uqHxpGVOnDzJDXk0tVKP5o/hg1m6HzPq6eOLCTJ+1sIeIWTPbjPtB
e6GbRrwfFZNVvBs013MsLwjpmsawybpA6HrTVsOPRgFUoXY4hRb/jRPHesZDFnzsJUarhtRJnF0CCcsoW7boTntEvcbZL/yzbadq
40WP6jftrvhRO1G4Hb8KraMMyfVFVDHWTpeh0yKQtUd3M4gwl/cvh1kXMNw8SXMsPB5uFWbETMiEWfCQeXeTh36LpShYE0tRvy+q
UbpaypKhaCYXKeFL+56gp+oD12qDpfmb5yR+4YyOglUBQF2gojP+TQscxbI7rcabWkzRtuVgxQ0VoxUPysNp1dTUeFrrtqsrJGO5
vuJJZYVangOnbarOIUgNoj+qBxQVG1QFFaOTz4EWZobl3MSvi7K84epqVeuarCO5itGvtq5tDZkzEF6bkDKKDqpJdWFksfg1il9s
Xgp2N+XcYRUzfs3sJiurgSZYNomHY7v+BXnHi1wJFH/D6XnKXyXZ5RXKAeKD44ykgkozzl1wyZi0DjIrX0ZAEzivwuWMZ0Ofq2il
V966SpNCsTywf4fJOJyKJCmltA/VFcxNonPXP5FUx7ZkVaflsYCj0bQG8x5W5ZAhCvCZAJ59gvnnN9PkKphmz+XU4VmZGzeKOLm1
QMQTN6bQS40SB7q3AzItKPnKUlXd7iOt1EW1rh6V7qIUvrBer7xYw1aN07cy9p9q60zLWR9Tds7VeU8V/bjyVVuedw6DD6o+OOYk
l3WY+XnX8kEU2z+g5117Vollm8xjxOf/lCaLua8tIcKgOh1/vfJmAQhEaPbglJDCbxQ9Zesk26/hM+Ur+3P44EsNITznzPjbLaiL
bMxRsTSmS53yOgHZ8eAES3qkyCvfwFrvgO0CoeVoSEo2EMLCmyR9KIIqIunRyC4BXhLjnzBgSKV0qKahUahobzKCzVCOkIdoKxxR
58KZdVeOAbv8wNfmjtLFiBw33iSgvDEHJ8uXxfDIYcaJWTMojgXvOE8Tstn4gXd0sMuWbY8sqCLdANnAsZ5wzxtHGcbFjfHZIp5P
Fzc3eF0K74eNhsiPCqu8uikimsP5P9oaIXNTVtwmD07Utj/OfdIi3sBMz/leUUa6SHdypSorHVZ5PEd8U2oIEAlwlr0JZtH0AdpR
Ecw6RFR/ywLoziLCVls27dy9ZefEXFvvG1xTxgw0q56+9HvbHvW8+8rVrV/uzd2TLDatLPYUBLgnAxCpSJM1hIjXQOIBxDSn4mRc
9yu6tynEZKgvVdtTnx4BwXqbzF0aNF8OhqG8ffq/5+sUraK9GAzgGflFY+dfF007+rPBoFOcJGy4cY6p/RzxW2J+GhRa9ac7jr8E
KO8BKzSN4Awx+V6YrgrUDWetBytnNACuQcG8MabSWblCkZVjp+yoXYynNVhM9CEtH5nuOctnC9vd5o4iBIqMppk1vKf+iKVlJ1tc
822wnW+TmUcsbOQ42VUwFM9Dx98j27ov5OXDt7uKrA7n4Si6jkZD6qXTiL7gX6+Qg3CsG183LXpeQVbFdE6YyK+yfpiMvvi5a/Gl
NiVGpVPKIluRX1sWjPjMYBQLccZcWffm/GPbGqs3r5Y5WZk1ERHExJVcv6y+I5MzsHUvkQEAjqJ/lj4UCanviX9AmxRqFqEDG96f
n3eQs+QystjTj1qtI+Y4rl8i2cFGXbsSuJqe5WWLY6t+9X3Lr3DSyMXSpJcvnQ2+5wbf2xv8JLh0agQ0yhAZontMzg5Pz6P7C7s2
yr6XccbomrsF9GjpFp4+olvGFtgrox9LxwIvib6t50RbYwoRjWdfbl8DBth9+ZqT6iTILfOVVbIQn9ROmi3paWUzHxsbSOSdesRx
V/VafNJS9oYKEsFWMhdU95hyfeARqMf1nzNLyPkcOyUUjP0Y77tt+jpOo5sodvcl3tf1hcdX+rYswiCbQkVSli9J4A51H+Tl98Wz
R4U9Nhxa8KhDC2QWCXlORbCbtbG6RcDBUy0Mqf3brUQ56i0aOmNSRBLgfX1LCp20j+eKqgxQbTSqAGRMaqNRDUTCh6rAh/ld8dj+
mUh5a3wj0+BaPxC6Vv5CFf57DZQxDOKCdstm3dbFB7UxIqaP0bz6VlU4CtrEBzbWOjIIYtmuZinO1soO8Eg+6nH5Iuym3K9FfTlZ
Uq6U5qHbJJ4Y6xnD9cicmWgsNQEJCjLmQAUvaLtrbUUr6lWve8xPikqGbcmSWkgLNsBJxmQ5QupM1SMU0ta9rHHQMtXNk5M2JGka
CpApQawNTXSa1aBTaMwwiIUxyrQJP9Tedu3f70ynyV2Rj/t4WIdBsMvqB6vjkvC8AQQ7SmZsBtfOYwYQfCnCivXr/dlVOB6H47OQ
ooz3Y1LqNu2N46tHbdBBsmw5qtbyUSOdYMxmvhelALwth7R98qixXwfx+C4a55NTNI4tSZ+HJkQbMDvbOkCbs9uYkMQJb2roV/j0
9Ev3z/iCdOoJ8xx8dO9PUWxjt5zZgBkpLLhaGAoEcyRUtL0S01XXttv9rJN4/pySR46TESUro4KjjKfR9VukxIRnb0cxJZr79xO9
Cin2HVKdgVm//nA1XxLDI/6PYlIekcZHqDFLrEiRe6drlKyUzzcuPqN2ZSk7cNnG9QdzdG3yBT+WmdPSCndXVTY/YaoeO6Nl6pmm
hV9M7WC/TINYDliZBqa1dbBpcrcxygEG05xGfsTfAGlOTccXUy8AWYBFGAyWdmLOb0oSrpbKyPkJs17qQy2lkfbG/blV4KTP60XO
yufDeZJcY6miEkUtd6badWu2DiDhWBYJsZHp5RT9OowWxHivu/vkIETsWTDI5e6MBk29AcmLlmFNb0aDxrkhrxuOuTVeHnaALw6U
J+ho5ejXyWo0ZfxpQfLYu7yhuMvAozLBIblsXz2Qr2xRMvdOZPCv802nAUREyRP4p9elTMNFkQ8cTwrnKovWhkhtRaznlqhNTe8x
jwR9w17Aiwwr0U2xgiOeVL+tGwUZjRW7IzPhBEXCy7roK+nFyYmBlNt3HObSwfNSuN5vWaKl+NsCYzaRo7ku7yicUy4mIfvtulTL
pWEpFTl0zRx+SbihEWwl7fVUQ7hk2vTLosLcZYIKBs2EOm8vhdb22SR/fG46rXlF2tZhgl2BLnObrF0NiJNfhbS1l1GyrOwJ7zoI
dw17oXex4hZYZjInye5yTKKdY0669NducqVeP2OaAHrRbDG7vJLCIDq2hpWJHnIzJTIqYqUfmauv2gnELEKWxitkTQNPiPyqteUL
srsqG3YU3un6xXkJnsbnHaHEzu4MtooF3Tt2xSUCV+awXCXLeKxh+CQBR1JziivTCmLpW0Mphu2FaGc3s1yLULLe9S33+ZQwrHZU
Dfe7mRRoR5LdGYopQSTKGLccfAvAYsBHZa5YQrdan0VpXHFnHoc58dPGayd23pXFuwSkQ1MJPu9utUnnaMWXbY+ofgaWE9IQdq8G
XTcj7PLWrzyT6kH1HndMK6OnlafKyKxnRWXV0QtkJLBPRbddj3NOQwT9PxHtlPaH59O0ReGdjS8M74p8vVtPukvIdf252LkGjHBy
rn1qwJANzPGT7+NpOMMY478QtOF8GqDtTZKOZDHpp9sQpYd7IrgyCl2VOKEikbWV5KPma1urmSWLZTULXSS4aJUuBF4XjVto8YJz
45sL3VO0dFZ7USaiApwKOYd+zB1nVxpi9xH9o1m/ABijKCWVuyst0IbD3QE7y2kQa8wY/uw0hyzRVy1puqyDi8ERBdBgD8iiu+w7
RJPpk22pIuo4id1q+kylcyrKtwt9UU+LARIT5HSLl/jrkq97fYCmmvNZuohvn3DK3J9WcF7Tc1nmHdN7bd42RZZG3uRyuYn8Lqtf
8FOt7T3cboyjKVBgLfxKzIwaTQ12Z8HoMmBl52WmtJ2WXMD0XRMDtdL9tKhZbdwfjdzA/mEF8uO4g5W4j6+vO1Z+TGJb8vskVFqh
GbFFMV1WSTsKshWaxD7lyDjY88KYdF1avqWrEK0brFskFZ0H8JlhQXuOIJRP7yaJpniBYcThjZOQUwpTbVUvl0lH0YeXMoxiNNYU
I/yDOLuDAWEDl9SEg/9jDOEM5nO08o2TeU5Vv9MQWmXUylKElYji21EsFJuGOW8F8qgi9ESk/IGTYMpCW1p2pybugT6Bjukb0b0W
WU4ZWyiHjfCqVZ0Wkyn1aCT1koW4tMQ74srZs7Ulo62vqtlc9AJfYjOLCl8xpiI1JLEwx9q5XIfmM7O28PhknNNLsxT8gSjA0rxo
kX7OWoClMitrnk1Lfk2X4GSMXbmq0obNLiv6lrs4O1j7YTKOrh8eDcRPCLIMB2I+BRzon6XhvxYh5jZxM7eOLarZAZEa6C+zA2I+
cgdWvoa2hIir7I9E4XthzinPPiRXGRXAy54DYoyCq2ga5Q/9GdwXTvGNxugfgvGMEu5jvrFXv+E3A++HaPyqLw6N8q319FHoLedG
wkxVnq/lVOshGZBGpzzIbp9lgMUxTzWskD78kCzQL4S69XxMLp6HxhcGsYinDz1A80Gae9dpMvNErusUTVnXUQrkQQSuy+6BgYfn
M86KLX5UI3IF0PwjucLcXRKG4JODItkhRxk0CEO0xzUZwPB9m+ST2M7IVs14lXXwSfrADRy5HY3RsWGvgF1ak55REBPC88rqUq41
pFH9Bx+isXENOyVypcktF3vdMeBhpTSdqyXkjxOcJaU1oKE5XX7M+QApk5DPef8IukKk8imwEZkn5ufdBeg4hML8uAsd8pJrYtrK
2/YBFu+733fbJhKtmE+RRVNfpd5NhGwSnG84XsvgiRdgde9sS90v5JrCGLPzJ/gs48qxWf8RObvycJ5xmphxElN6lTScB3At8c+7
II2J7jdn6nqM00/ZBxoQmJAFPlAarzYezviNJgdY/Y6hjbVerTLzi5yYFg7hA6ceMw36Trv/h2aqRxn35N2rgzXXXdQzbMqbiNTt
wzliKhQUL7rVS6lybX7oNudphC0ZAlzUTq/AsdCyJ6u2qKdjoGDR9BGJEbKV/Yay847IsnWISPSUCsv6Mqv1+3x0BDhmjTuFYziL
ZqG/8Z9/X+95G/S/dfk/+fZnIO34XRdxbh5Mh1QHBDDyi+rIuHq28uXlVKjwNrmld+VqNvCG90d4OOOfZgvf1+9N98O5uKgXXYLX
snuAAVQfnLzFWUHQR8lsht4nU6A3A2+NElqG413xFGRrLBCCudoICwn6LwuIYF2QEgfR80ZUM0ofDlHv8O3OGiY6xV5RusRaUN4R
Yek1pAlYBIPis72TBODvAWTJcLTglB78wN+ZTofRTQw42wPMncKQoTHM2r78RHSBKejZi5zyuItswVwFQ65bq3XyXZdlZLFGrLdB
2UcE88RZXAZlloZwMVw42Muf3oN4Dag9zcIxLzRcwzR4mIZ9jMJZkYcSU9jCF0RIuZjWSZrcpMFsD1NR47e4aZMgm/TrE9W+o8nK
Or+qODUv+0QvlcKJcdXPWZDeul03RSOxFdsVdNj5m+anjF7AYRrGI1QKPhvmyfzZlvc3WpDwEdbelvyZoSXQcUv/mET3/OCYGIaL
wQBpJwAAp1flakBqiaocCCUw6zx7xilPn3VdfSPzsvYhQcXEOVzqRYq89G76MM/xDOaThz5n4oVxZS5eI6vu36663v96b5J0H0jM
GlN3ICN/uyx4s2f3m8/QQOyYApIgmMZaLEsb0eHwrKGn8D7KvZfeJ9cCkKieYx2EvsxAC1NVOWjFFGCWju//DddN2/cacWOxzL9h
1lqaEIMHTcj7W77FM1q3Z/nqrB0lIiTfgz9j8hIPRqi0rF7K1w/zIMsqmAbH1JRsQRZ+/1KsQyXZfR9H+E2RZldIIy1kTCCQQ2QG
/ZWUQ+IW8J09ay41RKImsupUokKKmYIa26whJX5YkvHIwk0/gk+WTHLEHDJp59CxDhH3Q4cF27I5AcmNl8z1tLPwS5gR6OWPP9IE
eJvO1y/q/bfJrR16aGlZKNWsTkrWC5qN08Ygq152lGRJqWDKjzEws/JciJcrJKw3d5ezrFGXuNdYtAloDQrQUZwBpQKSAx8051eU
a7HmutYAsWaeB0dn+6dHO+/EJHknoFk4zjQSJPxHOS/c3SSCM+PaHJhOboyaS5x/OArhFrumXXN7gGiuzMDBN+cEbcQrzTPLW5RO
OhcacNIDWz9jAHLALJdZKR8cflS8I6/ijc11R7lIZh4KSZcvZsHtdLrurPf8cU/HHluNDDwPoKtrNJYdHq+Q3fLDyvuvSQ6kpaq8
5UKZ+LIDkI0SYafSRlwkEZdGirBKG/NsysdlGTYUQNEkSEJjYDkW07x18xDvDDeuRDfI1dxcsoWkbZ/io+A6F3lcW02bhe2WzZVA
3rK9kOrbtHbKEHqWLuCCEE03JsLXMdaWhdKkyLk9aPcZ5Mf8kp9qRMeSaJM/1EKa+Ul7P2zb9SNG8uGg7hKe+ISiemK8btedy4xb
DMtIRB/EjUrKU9Q7q0EqrMM+A+EOi2XdwN6FQBI4r2xfGJZQSJdbDwspixDmSHjUMNNvJkv4ek2ejLRdW+xN1qorpKzCdObmRAoa
agWzIL1BRqQi41inBn0NuC9XId8H4iyAGOL2+DilHg0h9PUWTT/xaJOHtu4RIBIOX74HqekGayazeHg3CeNCX0e0mCo+LjJgr2Xl
RipL8lx8C1+m0c0EWLWbEPk12zCpOFoMfMR+SSBnpSdK133vDZLxq2B0i6rB4X8Pz/YPe3id7qL4ckH2i4zttpoA/L2lTFmxeZvO
3WNQqGyetoGb9h10R7/JUhMMyLJyBPzQ60y0KJ73QWTRlvjMOskqdWO7d8fZtKAaxHMJ/W5n93Dv3f5ZkZ0Xjz1D+81iKg9KclYE
CAM8kZxLV1BqM9hpggsfQKEri8w+IEe5hU35HNXzTXSald3jTh0l+ZBV3q6AJqnR+4Czw/mouZDHhrgH2Lejg3Y8p8EYN+2C59t3
oYeXqXkT8AVW+klyqqeLun30JYhE8VzrSj7Vm3pruKBxAxfkTiFcw6rpQCQuHF7IQlcTZllwE7ZUqkpLkt+hlLyCeWfRSf2N/Xd6
YpjOhLmm4rUYER6osaWqsieHd2kXJdnJCmWfxH+kA4vhjChJDBWmJW3cNVojWLvKQRCUXBjf0+ei2PYp77ZhwAxiL4xvIipQn6B7
Fxl7WCdHV14ZF5GLBLpFzk4IT9C5AYZ9y8FxLSiF9DRi1tNplKyklnEO+p7XxpbWXJmoQsd1pFsMZjM2G58vYoE6V6i54+lFmzuS
3FDBaiIxsSysQ/dZzzR+gOWKSQFSjQ6SmnUPi8JOyfFE186jTlso2X3a9V+DKB+WRR7ZB7Bni3D8vrGnf1I7W1cGZ9ApAwRR5yim
RRWz4YLf5erQE8o5TdxQCz9W3yeutqtTJoYVTb9fxAr97/96DkWRsrxKFN7Vqx66YkMQLNBhzePE+QwllFnBBidy0rmZ2l5MRYcS
BQ4RsC4obrjCDfP+kC40dPgSe0M1Jt7hk4hseOst1gBXf/1+fX395caL9RfecPft/t7l8PJsZ/jz5dud4eXR8dnl6fujnmq0+Z3Z
6J/v99/v7w248t4dHCwKL47Jvguy/JQQJM3unscEkcP6CkaiV7zErzFJXEump4DDkMpxC788tAQUKIwLiDO+hgEpt782Da3y13/9
R2flNC+UojMNg9s29bCpYC7fQkXJY6/gYsW2Chw/TmboClhU6aJK1tgGPscm0yS+QaofZLaRgjiLrqZh/06khtcZWbqda/vzSYgm
4ikCNHWciYuJ24MPxUnBsAVY2MYqKvcC86Cqo2NmekDtEVKm3Kg3xpaciGwcUVYFI4WyptEswktnAM52ATg/GkhtwGjSVTzOsGu+
2ubOuytUWXfMglxXFCjeUTKWCK69OGlSaxBS1BCrxIoONrw1SJk1iDcrhas/lT0mOtKWCQABc5QpPFDqQeUrSESxmDEHnXN953EH
NrAegIRStDweqkcz7284Yh8tXT4gK3FPWUrBb4F1z+CdRynWRP0avsIAP1iLYCr4wlQX2hCoysMhL30VkgIZQQ5I/ZSEOh1C+8gY
/YMskKNpEM1o7AwNt0QAixmQkMgSKE7tLihV2DKFLlrdCiLX54psstL35MHFWO7Aecrvn6EHT4B+Z1J4gK0JQ+8mWCLGHHgYR4gY
L7kND8PZFWZVgLbe7vGh9PnFbHP6t88MazI0LJghTL0KZDMFgRy7HJFLtVbpu1P8jSUrrkKS+VNUsCtvOPyYDOqxYRtX3fXh9oyT
PA7z5yne+1n4zYuXm+sbXYKZBSXHQyBGppqoFpXVPt0fvn93psHDi26Dxbjgz6w10k10UTTB5NKhleu5x3vl3hwghvd9GrR4pvne
YL/l947SvaLUzy7lvzhkucS/L2GI/XtOVlUMNkpmOAYCSuVlVd2DrbXp0ZjfAir0fLnXTHShXZ/ktl00Sa5CdUlg7Tj8/3C8tubM
fJE9YSzYSsbLBrtDrcrFng+r3M3tEm/dBy6Kdrvs/8xVcOAv+sYBIiwosgGxUOmsanlVxkCqGpFJRq6D1B5GuUQU3Km+Csf8pkkE
GJetJJSaw14SQfLJHanTkHUOCyVE0Versm2AdN7H7MQj6i4ixe0B+3AbGq6+wBuwM48kcIGHq8QlDticKW3JntgYVjhiMR/gGZK+
E3Z3ecZ/FvBaYKUEsHWQszo4wIm5bX0K1qz2+OKiw3rGTpXLjihsXXLYRtEhnF7jaelFztiw0dOUjwUfe5cspih56HrhzSpJqfMp
XsTH88xXngSP8P17tPF4niZ5MkrYn27D0kCsXWr36qomW77Gi3KJlDlZ5JczNr59v47/rGLIrl14hukrYEbAlc+TOAvLy3yN54yW
4B41loZ5GynB9y6AeQPyFlf1mk8esggYICyXxS5qRaGtUZCmD3S9cvQURKvmgsPJPP9gTrf4pr8LjSLMVGSvleVe7StPfuo3qDIr
Y/mVylvOq3GSIMPO+qa9t7snnggrQzZKmqGAvYb31xGzLsDCLdENO8+pNlgsNmrEY8O1yb0Z3A19kCE1focC2FAqMvUb9AIuNq9F
Mpy8DryChGcRjTqyV9ZtII/b4J/LN5FxONemI0lxaHjuOm9pe40d99p9tGascbVxwul3JNA4Da9C8WAnqQqYePPGvtwZ6J7rjojP
W6dq1Iwq7ATNBjHLzSzBdVwOOrMLxXZxnw7k0VMUlp4OaTsFqBeSPR8lC/XC0iL25CnWUxLyAX06pfySZUHaEubTIMakr8Jrokd5
5MhzKQM66yF72ZMGAAQIfFDcwDuUg1GvgT4RTAbRlbI+E+opDbXCVavNitoM5uJqQ6cSPnUkI2Ixp5W0lGbWedyWZo8PMl6klDvA
4q+j2PW6chRY7kfD0ydwPrxhmX692paQo5PUklKMcrRYwcNOjbcFnWr5I5mpSXnoma+vo3A6ruvUFMeMDUtuazl3XsOKVm9RyxZX
gncPJ+ybM2alR0fkyGcfPSziiYExLqMvzdRysvbbWcmu555vHUSw68bjMr/qcgHGQKmsFrQF2HVDXgv9ILgDW2hQ8fV+jNorZH14
PGyGw5wLk183lPJnqMRPh6pTP/uOyBhjlJVUfXeEGKQ5yjn6LJsK60+FEDLdZjt0GtltcKpsUqyphlOGSwY5wL8+aUJwtazTaFnq
xmFwXHGN5VmNSHTBKwHii5yixSbp7LDuntgXUn2CKJdCc3K7b5bugMHUSzgyBADaGDfVWKKZxD3xKa6S1LkOTtY/eodt10i9rDjZ
gxNP5NYgYy7WAAVBP4hvwl55pMNolCZZcp1778IAbXx7ZMWh4Ak4f1FqHL2G42c5OgagYhUptLD2iHK8ne6AOAhOB9GTJpXKcHom
CtTJpiLISPeo1HSdGyWHJXIMDOj2VsknViKwEFDB9Uj/S1dcLp5rXTiV6eAy8LI4mGeTBKVsTGzRE0xWTwyEnhezeYDzEmzKlnSN
EE4RmlO6EXKUkrKFNS0+unXSbgntkJbvA3FZiued0aB0G6S4X8hxVaGNdDRsUFglJNiMsq9EKlsjXcla0VPapfiBPXiQAA0s5ovk
ulBsSEMj21DIsDFC33s0rFSgik8Yv2XfocKMIszmXe86QolNaNcx1iVTvnl5shhNpLcDinQ93b0EDqQ8XDFJ3UjjDobm2BuQ+Uua
IWXTJ81QYRNfMVC5Vhfb7IRyYGqOMPJZe9Qi1LnOtb3rKrBYxx8LeKmXBK2+2/xnPVKWF7fTIMaVI2VIJbNarEw7ZZDQp6EmraEa
pXB9xyMyokaxI80x3rpZutu8+NvarvB85F7F7y1bwQTPp7Kk0HZ9C/7zg+yYXVvg0bfftuWMDSgsw6Do9jy6aHZ6TObMVUfwr42u
4rKp3jTq7ChoGg++v/+vBbAC9PSWnjoAocoDVIN2lXc/he2eIqn1hUCpKFS3FoqLYII6qDfy146j62td+nNUG24r490bEt4uky8l
3QmPpsqEu6s4JKjed8h7g3kN31Yzs54zBCR8BGxgQFsgYk+JRqCfWuGNOPB+Fc4kgj4SBSCHbYu7St1onNcqk5ThSsZ/uVmVengp
wju6qjwaIpn7skgr+b6RqFyKplhieAuNKb8g5reIgsKO+IS63FWPFCK84zsLZEVyZCIxW7/cpAy90SUPxw6alm2Se4GpZPS9GCBL
Zi3jXOQPgxFsU+jWVRBVRVtWkD0QLOr3VVcV3GuKglb3X8c3gs1Dr1kclJ360NeGsiqh09k/gJX2O1uebHKW7GCWD7/rCnP82kBP
hIUJQ7W9aSu4uusrEWlBhOKwUbnZSrEZo8xAgV9GjB7T0sYovepipJG0nsQjcimyL+IwazgDNOywNCbnxE5NjmNAv6c3aP5nW+YH
TpUlPq1h1/CfU2FHxa9osUDde5I8KoKwor9uAyPX8thxaTqdL/QmBvU/S9jzP5Qu49YAUWvIAXeiICnsC1eO2vUCgw5M+0OrnHIl
HyR30FFLz6RPNXIfWW+mSXKr8koQOLD4jcIERT9wlRf0SdNMxt6EsveI/A8la3xgOCNpwiB6eZFRXohDbHNGFDooDw+0IAQhBhMh
oUMS+i9yZsXrRcYV09KwqvUm5WYJuFslgEHw1270E1iUZE9W873MDlaOzlUGdashqmRH+UHMAkuillxCZMIxzuSlWyy+Q4NFVSvD
2UzktAxBXcmSlF7E8N+jZO1dPDuZGgTVaZh8hA2v3ix4AIRQHmwcjqKxlEozFH0BRvreWYpaAHFs72CknTwPZ5hSE7EbEOUX694s
gh3Fex5gzAxOWY7I5B1+ILNUEWsjzPIsiTplnZJYhH2S3x3v/nx5dnC4f/z+DLOWMegp7xRYKW8JejaTDwlpI0jvxD4jFbldKDXk
NdKYDJORgw0gM7Xuc0JSw1u4ULgLdLPoDwQ3ELXxb6sZZBJS7im7HYQFmoC3lDwM1I8ftq27jnCFXaqGZZGnisPEDOSM+zujfy0i
4LS17vF2HrpKA+H3CLPsc9uAkHUXbQMDFfi5I5eIOFP+TRnXrmXWjsqyiYeS4FWGa4SyjjVeRb9kG3VmQcUK0WLbGZWES7MtOk2t
mphgOoCrB+v8cZ9IfrSt+t+9yhl5z9lBhCVNzM5YKKMU44GHQE6e8nLhLBrvz1bl/nhu9qcl8XeHNuqXm+PqADJ+miZXwfS330wC
K4KaOw3ab5OfhA4t7aVTZMWO8WlFLZbF5U/h9/Zscxuvvepua/55jUy2JF7tfQjss/jUAAGG61rDOZn8cXg/B2ykBYuKdIySP9Gj
phr5aLEGC7a1cn8id5/EcApFnnKuaL+UA9jlPau47wZjvqn57BUqv55V79bO/M9tSHGvKw45j0lbzaExPOd2qGj9tKwPDkIWFbo+
IZiuIUmL0LsENXZra91VlMOrqOWqcqwUYhvqsNrzBBnjwgHBmO5UQbzBFGeHAb7EA44TsQM/0g/4vjgKV+FTdgalXgohSXa7F14H
sPr30BnlJerxWZ93xkEedC6qeY3YT9W9YuHe0FEWnooe09czEHU7LSaMsXf0QNNL4CIYbkhDIq2rA1LQCFDz44Qh+JoSq6J+pvbQ
au7ZotBw00xcwYcaqCw0ULHOVIB9Xa0D53dGKCuClwlbC0Ugu+cqSPqi2yj4UtfagZk65kWdjvnTV0+vW15Fr1wlHNKx2Wxnoe1W
Glb2XBbFBaJMQhewXhSlhVCPqQGSO8r5qJUTRfOciICk2kN9V8w9X2D9LorblMxV6v+oybQJk7GmB9KylVvfU1baOfmBiKIuvFR2
4adO5QtORtzZkp2J5xWHflWaRPQ7GcWXguuydK6/5bg3bQTxotUQIOzNE6AYjjHU68og8k27heBRzoNR6FqKel9djHzVsdVboz4K
jBeNdYRdE2csYYVs24gLKuZT+XHJwQ66pTRBlCthKl2WqOxIhJwT9IipeeekF7Z/jCuDl5xdXlxAJGl4FzpMLrgf7xP8r84zAZP9
rCHvJozSWoalLos/WjIZzX9AXEX0e4BWSSbqf4hrY6inskW6jJasUoLeKL0Q4lH8HaVwKUmfE3G/KM0HKVzR22g+DzWvZ45jwG9h
32+wMAnwk2FWZNChuF6Z8ASVWjDqSMRRKq2pt5zNeJC3R0OhPCEvkoevrBG+30nXFKRlVyDxyX4z3CpyU+miahZVi0FcbJBuUCLV
n5AW2UHvK8MfAL5DlKXvg+e/3T263L883Dna+Wn/9HJ4dnxysr/nrd//x/qL1+vrm+s9L/BEHRtR8lnosGiBvGiYGazU1BSyWwJ7
+iSLfJTMyK8Nc8n/9sN6v99fLyfuL/IiokyPAui6+GfN8i/5j8N15DUcIGe48h8R+fG5Setkbq0/KHXd+v/LVffXzVXHOVmm02O7
o26z0sCMJoBOhFZ8KBCE36DhkIiEjKuij21hLpEP0ItXYawJosc0lPlVbBLzk7njuFPddb+ct4vNKSSZP8YhxJQD69w6KI8siYSt
k8m61b1OPW6zUwIryX6OMSi81s10JbcgC/cgFvupxmiuQxFglbI3TyvfaptoVmuNbt4il4AjsCT7Qvi1zk2OisyOK8qSuTAEM0/k
zp3WkMyi3uVA7hbutpa0EgEUHp1zPq6LLjHDtnTOj91O12IF91XIuTQLXaL9MntghvIT7KmKaMqcNKjuixEOQW9kzrILDoXomLe+
tJx6EJZX/JVkIKRK/7G7LqlOwy23HpBUq4rae0VQlm57EX+L4CyHr/mTHFhpfvro+qzUvDlhAubqyzl2lN2FhEZYkJ1TZKfJOrKh
jCNZ3b0zbUNGJ93HO+sbfCGf2Y+FEwmWbXRaSizaDuqghQrni7lutHHQ+ALuGabI+SvlXWKrOvkUgkhhMDgkN4lc9FGmkvrJsFoS
ICSHRbmFthg/oBhoilXhg0ce9CKlX0AJfjhXUZFWypnWr8LMfb6/QmXqnxkMKz05QbT87zBf1ZdTllZdjvD2cWHUn8J8TcyQ9RGi
1He5HBSeGKoZ4MA63if4Qyv3gc/LZTyQa1yNcxMCpyyFvcSippzqwIUHZPIF+ApTLJxKJhnmyxtE7IHWHddIJeQi3CL5c6u21h52
Kzo21eMNqenqwnW1bHkFYq+ADeNDScsKJ8EeOgmKKRVugoxtmXshhEupnay5uCp+LHWRt/xvuN1w2UwLL6uNDk7WzJwA6JOSse7o
mpxvs3QxpyogqFMwwuEp6na+AFnnehGPuEAtjrP7jfcd5032R9lIuEZJB9ST5C5Mh5MQ7vd3/Q2KoOHShzklW1rcTBCbrWHmJzhi
ykROfVHPB/F8gQl3OXEAVsFNozCTOTCk1/+zTLZAf1eaGNZmmYfUbOb5XOu8qBHc836J0hyY3x4PIlInHGDm1Z4XIaf+cW8ymvdg
u5Yvzy/ov9/DJYMt+qiCAuEqpuF1dP8ujG+wZA//Ok6jmyiG2/cToCA40ozG2IszBBZyN8a/qQBgrxj6EMgilggW5Y2lA/An3vN/
BMuAU3sPizpzIOoUe4tjXC2iKVeLmA0oi5khNtEDRENIVDC1Fh84PL2Lxjh9yq0gcDbFIKkjxOxYIlMvjuOLrTHnTt+Xpk9yMfXJ
fnakmkOP2QwjX8e4hEU8ny6w9DSmsujSoR+JpMDk+kaBPHCQYi6DapgZRVLJ4zeS18qAc6GIoyxw/a++Unpn1tT9Iib9FWM+M/3W
aIp1b6Rj9lcmgsREFdqZY+DeJYgBbw7+6/L49OCngyPY6uk4vO5PugPvmBSN6wiGMUAe1i77FQ6ORctNgArYVO9FzzvFyL50Z4xF
daIsxOTp3ssqPYRLnOXkuceDi16NBCqutjTUtveiuaVtMtveyy2DeSgfun84fHN2aXMah2044e1dx+vCY8JGWNzHvc26Ncux+EOY
0uaWy5qEQEK4SVFK+TFiBaRlQDl5Voiqxaw6qJ5/ytwrms/SEj5k5ztsdbiza+i4g1glPJMuqBkpgfgT2YtMioy/sT9OGgTXaYoR
opw2ka4bOrAGsict7g2ZsTCYkVkYsVyxCvJqKt9u6I54UVeeuvZpY1jtJG/soxMulKtU1rT1uy3KHR2ARJT5alqrOFEgACaN6hfi
THSTFhal94G382OAO0GQRC7gOru8PvKoMAEfX6vJc+1n2XNB9jrO6ISRtbDmyRQjeUbdhspHgjcyq2yWTFrAPLNJyEjLgxTod1Z9
/05Uhuwe5HybsPVFAeXAoEacHgD9XvVRRgrfyBBmjqWW8dXC1iX4oS4Six4uXyRMxURDaL8pEg71PY6Y4gza+lCsTecsJekUl6Jl
KaEOiBzC4EgCgyuOScVpLTEtKCwrURkeRXl2k9cyLGzHXJMiyPU8RLARRbZhoHwsPSHlN4mqSFbKZSnUxhA9pkVWrFG6eynaEzm7
GOHQK3JeUxQYU49NkqnMu0TOZsbE1eHiBNXE6eqik4CwaIXo0/87EMLfpelPpVoSHq48SpnJc+EisiHIREFmIiX+pZIGmcYCwPG1
6EhKdrMoy9i20CTa1WAa6eOxAp65ao1nrnRjeQvPrFkwEtZyxBpXZaxRb9EIDCREewv9OTBNsGp6FbHZKvJLTvCoiPzyzrn44Qh/
XNANsJJkl4zqjkarx75XaBA5mPtXTRsk2gVNwZ93QZxnLTUGMhxfxRDmiBC4WuqHBVLYAglqAY0Ys4DdExMi8lAInowVHYCzbGMp
HJoRXhY4lKUGG/uGmDxjpNEQdBiOrdm8S0kseo/OYjEgNEzMv22gvQwgam/EIiJlcwi0hWRUtdZ7t7dzskWVLcppORw5OSyBowCS
PyKdUXzyNjJZDM8RArTJRtsLJmIfka2LoHUXqOjQZqHZNfSOV7ukBLh0RTuBhQx3um1zGLWcHjzVGj1ilpUQXAqK0MNutf45e5Dw
18REX5XGka1tt92yOSwxQ6EMAIGS174NMpa/GDKQPQfZpBDeqNHXRavA3upRp1dwP+2nzx0URdyA6NjQdlCPtu2aM+5bj6+tZUYL
Us4ErRSsK6dV9Gf1DZPNChWi2xVSC1f3r9NkJnjGsMtKc64nRvp1ZKhKegxmiBxR3FxS2nDaEqgadT9CzAV47LujtEVIuyNG2/Mp
E39GmimjQM8iTzAecUQO/BRDjvOlYtrItNv6Uh5fKq1RZqBSIYkydi6x7YIidHrulayVkFuvSHO0l4yy56LExNocdWIZ6sTWxvD8
m82N7ze0Q0Z9BZADMyzelT1AhsVziXHUhwLfn6TiU2RphZsMk90gM+WR+kQGBlne0hSv/fmDzJ1U9JBx8CAqPzHncy3rayRi0BkR
7M7F4ZLPJSWfKCRUeXHxuRZPT5r8kSIyhXrcmg9N0j2NWIn+hNNTpcYyfsD5FEsfyOQH1jtLQ2yXVUOAKLErjYzErNpfl3//YCqE
+qzOtadzt6XmNwlBnCuaUrfTI43QmjPWrQ2Wa+ZKQa86lEtTD+zr8340H5/L9hfeQH1rzQVVshwiYDOYYgmF/I6qKNwlhrCXoUSA
1cMoRO9wZ3egVPkfCaikGT1iDTzQBJUC7KtyTihKevGJtWH0seTBQlFzDPFjLJjPbs8bk7b6RmrjvXGcXWZSF08/SBlfEvBHCs0k
qRimkCl8mqcQsAh5xElJ5IhCYTSF1ZKWfQaL6SujgFkNDVjoo6FAw7qgfIMuuUhSiCj7CawdaQgaI3r8gnhOwFO6hpaYUfxi+X0X
1Q/6WIimTPsPIGUsTDFg02yhgFHaxkJJQNL5NLwBCgvHGQJlYGbXEPnfYUb6oUxOCx9paUVFWUFOEUZagCeR95t1jyLvja4LkPpI
qRMg2FJpsR+rlcSbkD29WtKc8v99SgNj859UfUAHQlzoHvyF1RXFLe30PIs6QfpdEAaqeU9Sf/cvqE+ohtqVOO/qJzKkhnCaJlGi
TGGYRjvdegXG+cUrj+55VYUBr2xKDGpNp1P2ZVA4Hc6J+Pch3XWUkLrmkwCeWP0mOVBJstgimUMQl6wdUoVKVk0B/mzwZKwr1LMS
T9rLzRmCPHYkuKRVINW9F0jBOmRwJR6jPJD5JtCn8KmVCOceWVJNdQgJJjf0JRWjaeCJdB3vA/neOpOaFRc0Wg5dWNDVqNU3crzH
DEdcgI4VaCOlrZ72WV2n8qtm+CNeADX2cVLo5ZSeXoGc4trag1tV6fN0kKeYfAv0Vce1AKJlcu1gUhFDNZ05kkOa6irZ6b4WOgDh
6zw/37joefPzzQuZyktYeNAF/zgdY8j6wU1MxDYLV85hV6I28/P1Cxtrq88CwfVxzpD2lLc4g7rIMt0ZgqFS5NHDfPwuczYdBXKy
bDlR5ijJ+CMvqg9U1K0Ajm4cpgPvY5GzuucZPD/HXn3qc66OSNTaoFlyew7DClJoTdzglREUhp1s8bck4fnEuAai2y5seHor7HJC
GaIlmhb1Ak2nEpbwsYLiYjR5NM+pZ9Ov4zthRz+b60RHl0cynYb9QRHdE+E5s4KFq64OFLkyGrkni13Q198yKQyLY9sSN3TH50I1
cdHED2lfUObAi61mhswI1RljZJQ1HSsiGzExrMGp2MzWSBi2nDCHCAMv/H9L96VUP2Bglz3xslI2j/MOoJzOBSlcYa87T8G0kq7o
XFQqv1iVJX/8Sk3sJG9qnHgt+NSV14gBT8gPo06nW6x2q14c0iCM9r0dJ2+YT005qNsEasQdoraueFQwz23PBBDpawyj1RWO6LmA
9n/2dRgodzq055HnNxU3pRrHMsv3XdJ3UuIycumjG3IQxZlPy2yQOSlAo9wDApFdVsR/sNWO/MTH2SO1hZnD/6PzJQLZaoapYocV
Y9x2gw08S7Wqtr0ym+yMadM5Ie8GsWmFA1+RUcHVqP3H6fS8m1Zn0BDnJiqI7MB//Oi+JjaEi2nsweUGlov1/OhJSVEQNwVodAaY
R9TrDAbP1ym2Y71P/we/mvo+Akb0LeaGxh636tMOe2snCRD3hyFyBQOR6IvyT3h3GK2aeehFvwzpPWu14IJi/H2c07M+++gwc1A3
ltJ0YWFZLk4tMuVFqVRSkip7rgYwFXZbei1am8hRTHSNGDU2S7MTzzKIo2wi726MUT8c+e/Oc1zG1rCvd2iLIdfQjpWjI2LwGRE+
lvumC4Qr4LTCuiWdxmFzadP15I7X4Wh9gP93Df8MCNGNQkx6h59JtzPSY+NldI2FWlnOn1xxRp+F6U2YcaKC62AWTSPKHjmPKBhC
JmqgE5oFXNBzJmCp34xN5AK3vaqMvPXVl7jAFNTBA5lWX755PAeFeukGyubK8IpZv0ReH/6KSn3YPqUocAc6qkAn2g9hG3Zhi2Oz
t9VgtT1UCh3Ak1Vfqt96VYRImEeH83CEpWOEKuJC18iWtRRbj9jCL7BrheWwrRzPRjXJi63sNaMZ3ewWwgYnGrc+pZ7Ico3JRsM8
Fj5HmzSmA+41pmjvY3xEbVp7xbDl9UZrtlxFWgCedGz0dQtyTQ78x6Rx1/VXrv3eftx+P5VgIXVxVXfihzDvtKdsBvwj8P3grSOj
jn++2raaZf+4JS/iWwo9sXpCwY/Vl7ni1J+OiyxDECdGKxm3L7basziuW/v07I5Vh4fzcfobKVu3TLDMVgqO79B5nL63o6KYpD0Z
vV6ofXJ9TR1MkyyUIVSiY320CFV8XJ6NZBZf+IyjnXbj+//sb373sn/ff/By4Fpi4UBK/SMHm2DG6lx6BUncolnonRngKCeRKb61
0oH1StqbXknY7gmpvqerhZxuGlW/Fd3q0uizErgbs4+j7pQifyZ3TTqwz7k2fF3Epr5BRpQvC/sOutrTGrCZ8LBZR4FsT8TwkVC2
H/PfFpuL42odnBxohli+VNLO5b5Vn6zbSBG+DbumhGgjiQpK0vvsiKL5UK5W/UacdkixY0UwoCBjenBeG/H6adjDom6lzg+GtMA6
A731xGzlMNWR6WbaVVjDT181KUdaK56lUhgPs2y/Ej6x+N/vO96np4GSa1KU4DQN79by9jY4qv4587/i+a8W9S993FcFpab78bV5
P5A1KumkxMjdP+vqiPHrPtBjwOmb6orFy9Y3TmhYvsh1M7mJNfiHImRVUYoipF5E0GOTihExpNK7AFe/o1rk98JQiGaH32fB6HfW
hEhVtpcuKPo3KEfAShe5IppVH0oPtTXbWwJd+96vCZr6ktj0PSQ+B+u6lLQyNQlotdtTaObZXDelCPpC5e/MGK7Hh0Yja/q/Gocv
HGYlN6/71m5e97qHL6xAOoQSZYdHJYu5vPL3Zf+uwkmq0YrecHtxVioY9r4SDCu44nvXp/LCHcz9+67utMShy7oAj1lH6DDuW4W0
QtutusT0utO1DOHQDyWau8BDDCCnHs01p51tI4jfvLCkZGSnz6ziOErOm23cQgtffSX0woXHvg2/VCVqjJMtTVkZzqSVnkrYAGOP
7D/lBhFtcJRn7vtF+3UwX36/9wBILBqttmdF2AvtGpHGnjtfQRdhuu4bCpWp85iQth6KVo7mvzMSQuuY6UkrjGAS+YzDbJRGV+zz
/Dswqr+j0jRU4SE98qowygTHGOf8E3PIp6y2F2pq3T4h0ZrKcEAtYXROhMs1EfO7aCRsCyBqmekaCv09ZstV33SLior41Hl8Brem
DFHmGZqSFyy+VWAtTOnyEazfDfsX8FmExJFhQHVxs35S1roueY83YlbyHFK8CE5L2sfwbyLWN+2i4rF9HXDp91fAV+E206sBNYKo
wo5BiEE3XLQ7Ps1i8CceYNZ0gMU0VzvCAzQVyy3xM/MEs888wbp91RZjPKcIquyLbq4eT0gbVZBQWkpplYSMAXa2va91lIxftjg0
Xk+rs8hKVl1Ayxig8IQHAleqZMrb6HmDwSZhwcHgBet57zA0jHWfWZSHa9MEOUzAesl0aTX48d0qZ7KL0TUiKrK8YDTdOA2u87Uo
zK/XItjLtXGcrY2jbIQxxA+wOAoSUx7Fgl4oEtxAL01QFmfQQCuz/pBCvH8FLOF3SpvTacW8uXZayiLPpyzdyOXMSJabPugboziJ
nmkDxUwz6DDcDlcJf+92zMJToKU/RiRHBHf9JXVO6n45VRXoHPacKhBr/rsW+bXbP0veYXzlQbwEgAlgHt0Wefmst1i4iuPkuq2Z
7IKPK1MreWSk1GQ9b0ItXQDS8mCov1bEpuFUxGwKZGwza1t3qpSPtoECact5pZZSu1u1V8jornyP9JcrRDNJsi6GV7nIVxJ4w9YC
b6iLf+oyhE9L/fWpHZhSoFA8tNEUUOpBMh7wN1gzZC6ytbuWKSYKn4pU7u3KMLiXIg6MRGo9eFiBzW340EB3xrptQ/P0wy+9H73x
OfxxUanRVbO7pHth6Cn0MA2TmNant2/JyUleVOwKMTxPSXSK5UBjDrCX96HK13GzSh0cG19nvX/mrrlxWWK9MokWD/y0t0cAFtKn
Nvsseufd0lKRozGKHjYFLpeGJ+sd4u82g+P+mCMjJ0sPSBWZNFUoKjogxwtyF246EyBnwKJl4dhZjhGm/2Kzf5Y+nGA7X/oh00Cc
7Io7wPuHbjQ/dvm3tVJepVJnsSK4y6hd6VPh9xebvBK9JjfyBtNoDMxjbpTnNndEtj6Gzq6nyV1N0/bwI9mXVsdIqXSEvl4swopX
ywAWcYqXFUGM2BdScq4M4AKqEJX6BF70eHVExgyXRRxthc5GyfzBhs5EF+beYeM+DujrEkaY1soXejYD+H4FvEFhgCssTLKgRrIZ
YOr5K2tymIaTVRTOKu2LadYeeVn4WK4mXptK+6VYS2v1/NPxpEbUI9uJyOnMzZX0Cl2yuBuaYxpK2cGUSoE5pcQayx+nsDTYmEcU
uJpPOcvsGJfiblel1/zh1xWCTc/LGy1HWa2UliUAa592nWQZKrlLHZ+H/Z9DPaMH2ipDxmVbTj+kyOmIRKZDSjktbYeinEvJYtj+
rChkUg/xMtx0ekacum6CU3/LqENptuZsIS1VbbXxa6seShGRhvVE8K/Ke44/w54xgLH8VoVW8XIr7zmmaxuXX3mn1RLjPystisJh
9FflPYW4scOPFT2P2+DFmg1lQ3wszvIRJyIM+qsdijDwm6Fiji0WC8VPPnOtwqgvYJKjYBtW1vNqboH4IcJbH7F1q+/beQenTVuF
f1TeUqFMgiZju8Tb2osQ1F6EAGtE4TrpPf9pP6etFUogSAVvhpl4hdbyKo3GN2gEzcJglvWppEHf20fEOgsxWz5nsIWdCqKbSS5i
leM8wUFkh/41VTaQmXOi1NvZfeeNJuHolmkcrnDszRY5IjBLcczd40Nv5+SgR1USoJWYdn9MRWC4fIpWsCFIOcE3WmTRRgT4/u3y
KMxf02L6o0yFN4eoyg7vwxHa/Lg+w2ESJ5z+LMPMZLch13LAnGnPeTfWSDMNvELWn42FOjyfwD6QK3QwSwTeJ5cOSlsMPeJQcqTH
JdsXu/kWeq3m2+eAHjgirlYBIDGl8bdU9DjPvT/PNp5l9HANtfxejh6KzIlgIVq06bpCu3HkIY1B//bfLOKRuiN1bIy8YnzJxUWd
Z79gJJf7rhbDSZSmnpRvYtbHgjDWa5j1344k83AUYAgY/N6ZR9Uu3hCQckux1/TIMhiWHREthw9ZHs7oSbXhUXj3jpuiu/X4EAEc
H/R3qSZwuTlCvZwBcKb4U92BaueHnOj1iCO49+NllCYxWvb1N+WPjrPXyJqUPjgeirPoy/9Sq/LHJ/LI4HN1fFa848y0YEAhZ7PC
WApGQBzJofJri0KOcMNiJ0zyld7hD08X8VMBpXqCgxeMFI2GonSDBIUnyFPzGWB5lALmu3BIwIBz71q3VXyt4wNGBDoYg9x9wH+V
cILaJpr4fryYYanf0NfqfKtlwTanDxoXDh32iy+4KbfZsmb9o07+iQ3M7n9aRGMvqh+HP+P2UZtx+Oo4BqI/BHU4KAaWqeRLY4uu
isH1L+UntqmQH/5hMo6uG1YsQBjHxQHFJ8WA8r1zkD0qDm4dRHYqmshO6/bubZxR5SwpI4T5JCkmOw+w3E115tqOyQ7kl/yJvgoX
0Gp4EmGWLwf9tAOuKlQmik59pMBgNRn5WtSkQsWZYwe5OhQy1bNoCsSaq5vhus4mKD6L8lHGy9JCAG/9NE2ugulvJtvU54sLbAkB
kqhEAiI9sjc3aRCTOXv438Oz/UOyte+MZ1EcIbOUJ5gdBrVnIpJt8JUKUyM+SCQQkD1fPRCGFH1RmlRRfgDL59zBzGFnrhcZIlEv
0IcBPJvMQ5EjsIRHdJpEmAQI7DvLkQimXpWMoY94ntX6MqT3mRBHW3lnDumsUkcthsArpVGOaXZHgigazysUMRyhNn5nNAqz7BRo
pq8+KT2TPRzI3O2pr0oODaMxltzqv0PvBwbaIaEGVFT0uLtTZHX//+qutqdxJAn/FW900jlSsIAbVgg+hWAgd4GgJOyddKxQXhwm
uhBztsMs0sx/33qqqu123E4Cu/fhvswQ91t1dXVVdXV1FSkM9Kkjq9fyZAj9yT20l8v4W/N/CiSkNNFYmaz+THB5LZUGyyVCpNay
+CbVp24V915piMlduwSbnTb3CCmbU6Zh/7Y1nDW7Ml25eKCEAJ7+d71IIuYHyMpBwNzWmj5Ur35FPOJ4nXriY+LNFrrVMZMkwsMv
2ueiwjB/g3lunaQcgtpxYfBVovQwBgOkyOuvIr8A5tydYbM9GXMqcZlm6VpAO3QZKRVHX0sHzBpOOeCpRP62Cx50xGHMGXhtIetf
AVzBcqSNldaXi/Q1xnj7KD22Rl4IEP5ZPQ0JkYgv7lwWza9nw2Bp8IwgRrrIxnhmHCOqMu0zaleu26y4OxEn5gje4lL6Rl3kuSCk
Ax6Q5IGGU5TsCMSogxoZfSWOTNbOq1sPbTBbIKQ70qAHdGiYkEbp27r9dZRJl5wo3S7hJ/LjpZSiLZ1c20gXO2VnShKxY7iNl/fx
ZvD7Kpvy0ndziPk0o905Bom4D4yxg09W7dM/XRKTmGYI9RxyclefsLyfa6Wu2e7MmvkQDkFXKXMFCYUsGUZZITfukziTNxy+JMbm
rVffsg8C9QmVNVWqggr7TdbKKkgRPboocYmbbrG5rpbj59zlER5TXOJ9r9bp8wlNPyMvXvw6fmbSlPK7GIenPSXZB+dESPn/mFNB
qML08t+g2E35Wr22qhLheApDStHttaEwBYd3wrZYeYD0YyHyXCvgJTDbETAFAPicKmXrv4SaeO5XWUBzr72aBBVE41K7DvuIyCKT
Y6+PJJDxsvdBpLHBNMnJ+f6POidjYEoZdBJPlpxsT2Yt23PLHGW4FmOpnUQWlpQTQMNSkB1Mjsa2otTswBdy0n6z7BqSj7txE/bu
w8FTp925CZ8e7obtqxBOoJbg5WB7JKIQZ+9lzeEel7HEDd6Qw5CUOLpobpB6ge1vyGqSUpN1VpMnBbOsphfG011bPUCaInnkwaKb
BHYD+ViTrZsnDy2abM0CQOrgtwRTzkPHy6B/tVUEnBnPShP3hwdHBycHR6dNQFdGQSkzptT72/HByZcvTY4cDx9uoDFBTE8+iMLZ
mMlD9BQbgbooQOTWoJ6GZDeIVbUQngmLVNZcrAH6UKa6Lh5B1ffzsZBdso+DvwGDU3HYiGnATcRRenTKiTpAJZzoR1ZEM2yb+k2X
q9JP5TmWerHxy5f1jeb5jnfO6YLDgTpRU8/C0s3JYJqpa/4l+IQWctKgvcgJxR0zdVI89bPtNMEUoHqTZVuydCJwfKNZSdH3715F
5+KSWtPYprzbGKleMFa7RR5byCDkk6Vj0Hj2TwS3+y6WtTO5TwGXkIyRExzyinw1tI0HEb8wMpdmEsS6yFr5pVmn7GMs9syyga/Z
EWsJQcSAZglS1M51UxSffDHI4cMtjRz0X6OV/BThEGDAVjHZIJ8sKSvFV5n4hgzV8WWggSAkMUq49dGft/jbw+jqNFwRAuBVIZro
Tqms5JEwXKM4XM38LTndnWTBs7mLvvkuq2YGGzsRB9Mf1yTRzgsg1VBeD72LZhjNQmE0qKYyyp+RMiVETM2eHw4G/cHTVbcXPoX/
6g5HwxZH3e8XZ/kzkxjQRF22R2Pam+rJlri7r2GscJ23HC9eYIfVvEnHVYITbywDZz1yaogvS953LN1nyDOHp0SjvC42kUIp3vsh
yOQ9i/79K6f3qFlH6FYXVIt0yfKVS4k9CxjIcXFIMs2EodontJvtM7aFlxq3UGv992D4Fc65K81Urrx9cB8pT8vFU7xOpsVN2KwI
UJrvp7yFVrXqmIN2/V3K20dGkurVYfa9RzEygjvTolwqlA3/PTZpL1YzzXUBVwS5Okz5iUz6yssIDK+fv8IIv5QjOGI8sXtBup4Q
gBk8DMbsUFAyxRfR1bqd+OUCLjfJhkFL/bvKF1+vSfzctbV663WC8Wzf8JDhUPGpcfn/VZ2Mih7kuqS+fclBtzJwd/UW/yfad2x4
xGgfLmvfIEdjjhQY/eowpG23IarYJRwIFlq0sp/uKmVFzeejHuEP/18l8cs9Wl760oEcOZtOCvss6q2HCmZcvxkIIm/Zu8aX5hdC
f2IioJowG0RJ9m4i2sUts5i1t2B7LiueNXwAlqETFuthCZ4Girf2j22o+wTxfA55plyuL3OIhRwrm39UdUU6Dg6NOxLpQvo5wCPs
xRSxC5ZyBbbGZSy8albpgs5JgWZhpCPg6mn9OmMZvk5ZkAdmtE7MlJilZ96oPfzHU7sz6vbvSFcIO5BB/G006F5f04H7ot8feaf6
sTMI26PwiZSLh/tL+sv7WQt6/WvqYPjlwTtu5XOyCsLBL91OSAN1+g93I+9Emw0e7nrhL2Hv6aZ7fRMOR96RFoR3D7f08fIyvPMO
2U+DMG/2T+q4Ytz0YsEm/ns8yX/vumgsdjxcv87rKyq9EEqT8wqRVX1pvDP22GL7n4PX+LSQeuFgbDygsc46SSK87Qxw3wQK/LF7
rPIUWjaktcoWgRZQZTg02bPOy9CYCmW2W7wwdT8pddZe7Gi19G0qIxrHiMYmfTcqzxledEf51Ljlmfi7DffrBaqzD7iDOM7sCz5r
lHwmuGc0Fxuw8zw+NuqZ3yB6RsTw3Nm05DBKW3/NYWDUcjFOxRRpfmYXBM5emMuBO3fVmUVzxW4JY6T8gl5oDofudsYRRRtz1s8I
ST+HWuBaFLB707AlQQlhV+BH7915f3UxzggfC46X5bokcPQxzOLX7vw6pp+fah+y7yPtMrht9BYvC4RQbtyPjm8a7okTVaymi9fx
sjLze1NSN/W8KVUerFc9OjotabSjPao/0J7qzhBZTOkAz5sK68qZbNzd/fTiZ5oqCaVyVyfUw7HDbrVJZu4DAAIdod4oWTw/RwlU
1/G7XDwjWD2pKPwdviORnkI3xJdktjdJRL23lxexu97cDV2jaRpKfmZi5eU9ob0GOFjjt7M4i8ttyrEkgrqEegbK0m4or7BOkGgb
TIW5EeHx1HH8MrjXTkHsQIrQ1tFtY6sBVwEaT7NtwLQlLFoZlsMaGqC+MDQdJqhS7aWs0ENukqIWKm7uEUVgiCzNj49vR8Hh42OR
tzmIfqsmKiyP2zbMTELjyd/u7aWGbwdLqjLWOqYvfWCTKYcFtV1G88VqAZTlwfgYjz9v7Cm2cjf0maXRxbZslTrmvl7ZfF1iqpVW
Uv8UsSLzU5bLDYRHNCpqK79tdGutaN5dzeOy0+O2oLl5iwX+EdOE+VYjMGBbPHe4j7DzV2nZ6mZW40kyIsqA2vYWy0W/64kpwKwm
rJ7Hanow3ibVcgQjgT/y5nNYs6UAPUsTbKNqtGDqoTdOibHgydTublAXM5b6lf7AL2ltEXsNtToIGM+b+cyTiy++cvKODiZjvPjF
O3rPhwZ/wBo8K/rTvFFKqxZxosJInWPjZCMIvC5dImOWV0lBtjVmBx/RBDTOSWu3rGcR9AigofklZGlWz8Rn7hezLXirdoVJs2yE
jJYeupeN6jt2mzDqgvAZNhDNgO4AKoNP8PlznL1wwYZYVTNMmg9H9mFI8u79JbPbqZASAw336D7bovofZQHoRJZjPxOSY6C89wLg
nAMeWqfLH78DixpB/PwnAgA=
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
