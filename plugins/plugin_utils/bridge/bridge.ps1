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
cnh5tjP8+RIknvf7e10U1++ga+GASkLbNMEcLFbMUpnbP6lvNblNc3b4/E2SghR/HaUzQGO3Im0Jycx0UXFUZOEAyPBJcjsAPJuj
eotkQ/Ep3lLs7DDjw3J7uVVmWO0BQQL+2Wr1zY6cjHlIsDgkBrjHALcDbzmbcYQJKtRQONc2FfhKFH/HIFrS5Iv0H7DZAP4huv9d
h3dEl3Wc/l3dunB4mSxJ7v+L2lXxHdMW9LKx8WmYpw+0ZRvf0Za5NFslyfX8wjsmk5wpWXbm8K7T8zpZHMyzSZLT3yCmjyaXzHdr
D+CKaL/SEEmU9iAHclRpMwO2sWMqsjqTUXwpbqk2iP6U3QjLT8fsNySeSluB6qI6iGpi9qcemx0qdUZ5Uuq57MayHNWm6HM5uwzG
wRyQm9yVaQgYO4WnyVz/nTKTh0+A778k/KH9yBdZeUh8M+Ir0fE+WYBAnb7iE7y7Gu3GP4JlwDmxZEoswFYfMlsSIUEemJgIjWm1
FbFn3OZntKS4NCZ+MT9SnLk0IHcAudTAVH3gFOEN6lxtS/C71eb9w+D+H/Dfd2F8k0/Y+vxiE5/+EkwXoeWDU0zyhRwBEQfC+Jsv
XVaENfiHVdYD0h9KZ58psCSeL7SzmaAIY8lHzoL0NkypURfNQdcpwNO4cEhCPAZiYs56MxzDvp3MbQALFCkWGPtU/DTrPpHhcG20
0U/A/+EN1t/4FucgWuHXwqfp3/6NBu4Tpcx+jfKJ3/lmsoSbvAawOwDoZnsCBuUFaYTbfJyO0ZbUbXKWAPYemEGfu19c8cr8jY2u
xWeCF0BZ4JCP6Tg9p7lhnXeFWiIaG8VSmNZ0mmaMhIGxt/9l5+hm9AmU0HUgvDsVQOWv7IUkLKEA0h4fc3WqdO/hRNH5fZsFYavD
MukOsRu6YXvAfYk7e0xj0E6DJK16wtjWLbcLbsmdB/jNN+juTr5sgEg1lTLiVWY1tXspTHhLmMGY4h7Z0Bv2D4Ve1jY0mVhpft2W
7tevcbIwp3/1PJ6Ydh3tERzDYBkKIQr4lNCv/aCF+5PVjGWfcHkPD47O9k+Pdt7hBgpLDtpEF8BZAYNO1pYgfihYqcoWVkbwfTe8
dnHU8w5ZDToX3fMOq5g7FwALYZGOrNZVWtOC2fw1pYtLgtSAVuly5WrtxyW6xGBgafj4rTPY6P3WSW7hD7oO8IOzw2H47/kF/KRF
crxwBFzpPfyJlwu/mhd/I+aHX7+pg/itA0+F4YBeIFiLkxkliykrWMXFQq8TNAOJu/9b59OnTt3elZDSNwrh8fdrV+FNFH/zDR4x
LfpbSxtgs6DFlq1flGyhX/wPmiHE7n/VAumZ1HZf0UQAO4w2yZ7zDqzJ/e/PxgNv3Utue94GRvIUrD5nIux5m95VMC68b19gCBTG
/7kM7FIyp4k3YNw62zqitP7+vxYAFD5De3ILoK55aayX4fGgGA4NapSHULsmqILUmli9UoUVib42/Y/hSvnw+JwgDSZSpfD87baJ
T9E5QL04OT0+O949fnd5eDA83Dnbfas742za/HfUp7vHR8Oz052DI5CI3+0c/fR+56f9Sue7+8Ph5YvN1welcd8fDd+fnByfnsHH
J8e/7p8O3+6/e2e2+cf+zuX+0d7JMVwgfVovHJ7IG1vNsRQ1x29QWgcY1EGP4LrcTcrID05OAj2hyY3KawHjl9GYGlQpeMowaKfc
8DKcgpAYji9nGTVat4xAmI27h9m/i7L8B/d8Jdxa5yLSWLb2CVQEq+FO9rwaA+0jTipc+aTCc0b0jpXD62TufsfX02oJhrci9aj7
c7FQaiD+rrTRiK3tYHSUA6jEhZyHkvSwHibMRsEc/hbJQCZBGoxQ8RdcJcvQW7//+z4cRgLnMUbfVMwCknk7w92DA48cgR4Enof5
9l2KVCblgk1dojjnOk/TzZWYUCU2+vyluWpmOEhzDHPOrsShG4997K7PgmXp8+skZTUZrttDIsLWuRZ+/yPvFe0Ooqzsqr8znwNh
9Tu//bbodOUvTuUx6mqJWu9fYvYYAAXg0NDm0T+IlyBpBXEuHnbrnPGLgZoc68U9hQ9sXJlFOEar8hUyVgPvbpJMwzXJihP7zbT5
KsQNw1Nnr550gUljDD0l3K45+dkkKZ6ITSYmtMBMdyG6MJVviyOaBWZllSS1DQkrd30ydvTZTmnjPWlSB3EMMKOmVBUJnK6W4gqa
2JhAwDfH9tbktBA08mB6qNlEGxwzi93jiX65LdTZGpYKJUjUMTR4N6g1I6kV5T4h8gWc5oYn3lGRauWtl2uP8Hh30hsW4nSCamGX
sPXXxeT40Eo0GJmuNBp3HQMSQTeGVCTeMuDXPrePMmJS/+3fGCZEJ8ARdFcV+qr8HG0jDCAEjWweBrdZ4ea1seXpu4x2OtK4qwYo
MeCi6UHXGcpeJ5scIFfhcYBJsTHwG7g6BBh8Xd0cai84XmAL4Wd/Fw333g+wLytuSwmusOvZAuZ0BSgLwCpeI2dgTkqEyVqkzJF1
HrVgMlmQJycxXfCfH4r5w89vv21agLyKAcLvcAJ0+CRNrqbhDLflPLqwTAv3DNtLCG6p46jfKuFE/CZJZ0Hu11GnHk6250Vdh2Zk
JeVBwW1F9t5sZ9CkUtH8NtjQs17ih8Udzg0wReR8KT5DzG25xrmONYoRdpMYOCfMxU4aaz9vIO8V4VF5iU7kH0iqhMXdptH9Wjbs
S18VMZuV8ci7492fL88ODveP39ONCQD3ToBqlz2ESd9CfjZVm+QsIQ9bkOFJ6yD2BaNLZ4+8V80aT11+EXUkEOv4+vOuROxC9KnO
ZNX7W5MSRqOUSBd87UGXr7IdwDWnEkF1ECQTQl4d1x2rp/Ariz2aAFFIOIaXRrWVUxo1mgHXGDikFa0dHk9/ZzxGoHRnzLE+t59G
QYzmvB9yT+foFe+gRRUVMn6qXXglKSgWIEQuF5vh650sAyRwAnfROPs5X3hHUowy6ATaXIP0RhJOF6dVnnKg81xBGziomVcNkOGx
PhrKuO9sTuw/O5UFPeqyhd69Cln4R0NbAaxkqrC2tG9Ck2q+GQbLEvlZwo7osOSoV3Y1q1hsANxu287301f2scXSSxOx3UeXSKNI
TeHxuEqcosnTiNSU8zYCR0IlXxoljUSHeRldWCiTP65/sosUNp3nDibVBIINTMnxtX+M4bg6Nsa58LK6Mt2CfUByOkCltgxXhK/t
4xlXXbPRfl1+Fxnb0HWOPUDXTJ3rrVtzgckqSLK60dyqste2iEXGvSL1J33nZv+5VcH/U/NIbrT+RF+/e/mIlovVY++VZVcwOeJx
yiUJ3Qp5bYUNp77mKcnuET127r5dRWNeRpfEr3Cm4Y9rUI9a2X+8guDPXkIeoecmlnIESEG4Kw288XlnnsBfCt/SE1P77cJs3JHy
dxp4Q/Gnj/Sh2/Sd4RsFH9NvEUyyQgfoESS/Bm55lU+F45X8+pR+rtKBctSSXZzBg5UnQZ5dxSTwZ6sOLN5fgyLbvZ4yEHvrMSJY
oU/hpDUokrmX+1ylN+HONSjykj+mt7KvmrFgFfQuV4wYEv6S45B6aaVRbFtQGmWl/myb8Ij+Kg525rmrUP2VT77soGeefanf1Xq0
nv+KPZYcAQfeL7Md/t320hmOgwPv/RzY0fAdPfSlMIcQg/FjACs9T38Y8SNKD0+IUugeMcyMQp6Mhu1mIl0WHzkXEug+fzKFt+TA
wwAB/NNn2DH06G06QS9L2Qv83epYdDdM+la4KTd8LJLTD7SYeT1+tKxeLLg77xmqPkiI/9brPOvIK+LgsG2eiZxtwGYtqaHpUqDQ
ZJR7+dYj5VqvyHr1x5tQ6S+XDTWZuy2ond3DvXf7Z5f7p6fHp53Ps6V2OquZUUkpVGzoPVpS77fgv4I936JH930yvrT2QNJjoNFG
eY8ssfbQoeddVcurb+JVf7diiHbs0ZX0BnO21rbsqr9XCmW28LThajpbI90DOv++AdiBh354b0t3Z9+W6pYYMPX2aGgFKAtQTfpa
CU5ra333Ju7dM3du0tfqglYbi2SNehITjpAgKcL/2BHpGKXDWod66ww6/X6/I37hkXcG8afugJIocEwcWr8/IzutaQYcsZ6ymnPE
WB0m0ieRbuDyJC01b6PnYsviSBeU4WdfpL7IfLEhJKxVzuhYL3c7UPYu6OBcfHexWnrZSnoi67ASNKwqGttVMdsVtyKnvIVlfHo3
wUhlH19GGHKa3oQ5plYZ0VKLr2GroE0JaRn2DOq+2qaS08pc4C5lyhCLxGl067DtGxjs4Z8LAAOMP6ddPxhbvqrujFvRZKAOiTZ0
guiie18G0Vcw2b2o/1DsqBXVT0yTNGcMbOXh4VQfUNCblruFEYsvysibyXyAKeyqctlBrBcw3qJwFHRTNYLobUeJmUBSVRbe80Wx
9cMgBuigOgw7izyZqZCumOLCrkOQnEfoCmFOXaZ4oWnPgjFisnRGAe2oxXjw1mjYHR4Mo3ixLA5llIEt58cnqnt8r9bcQxcXLeE/
jCdgGKfVQVcYGUI8SmYz3KEMvp+HsMRwFCyyUFSakL17ZOS7grvY0SZVjN7xklQfDXuFSc8DDChBbytUecFi84QWMvB+UPmsXnU4
Uc2smCC6DGsn1FfrMnNb+XRwxpkAjy8LoOPko3tKir/IRWKm+IFdryhIMssjgBoJFFHeHEtYqqph4IY2V1JkJXygWHBGd/2fQspG
73fxL9lAoHpefllbqRxikFTNNXdaQZDm2BMFFfnIIFtYdWMeEd5/Li1e7Qvpj2uGcsHl+RU7wZC0LYcod06Pi8nCWGK2CN8OfEKe
adStrk5mmts/leAo3JupIRaq6VIrK1mnNipaQMNOCKcnBENYVazUzuG7W/oGjrcahuB06pUmBbOPdn6iRgg1f4084Wdc9E513+UN
1dTZX4tnesAVD18XaVVs8szOPqDROsgLT1FltOgYSKQunMvu1Z9TXrkfFbIZqBGKkK6ArPvmQFXvyqZjtPMCfx7hruCex6CeFdGP
HfvorK5mcAEQBsJnD7cyEdaYsZVr/tad7zgmUfaVk+Wz4IUNM7VzSjXQOk7HTAph0Y9IZtsLSATypHum2G2Wk8ZSfkB6RQSNE7/J
sNOuVb8iwFIcG6q5dIGnMJvchg8NKQb9sY50x4Vggp+iRDQ+h78uAAbcJh87xlNensu6yJVlS/uceFU4Lgn/4GWT51ILdhwxE3lC
FTMuJlN2lVq2cJVyDSS6h46OU6RXtvGW1dsnmnV5jsvSEMbukzMRH8ErPAP8vTpsGL0Im6gKwRDPfTsHsxRWWRgHB9iqVk/CIO+p
iv2OMMFtEodr4ZS4bVGmL9AzOD7LlP0zweSSmMMxyPoWWIoKa/dH6ol8dAS97S6VTy69q5iARdY45IhnyFZuw2pQxi+eW+gnNayA
sK3/sg33Hm24+L0xWbw4910XMzI1DNJOMKDQ2SGa8mTyo8KSauJEZJ4EZ4XOLG7ie3ATw/x3g6wexGnkX+E+hGPfAKPraAoyQ0/3
HqvDC9zcsrO26F21s6Lza9xZ7kHax2kzroUHS7U7+26XfMUaPUeU4cFyr/H+4Hs64GW3q4c42KjHrkoiOignD+0p98EgEw4DW3oF
QRKhjBvkZRPMK0pJOG30xPBN1NMC4gRqTfTouuE6R8lVcBgD9UrdkbvHjz82qulL2MOYZBkrOXT7xJO0vJ8iS6HK3qoqzeD2U/Ha
LdxHjIbVdhYzoXtXASZMlahNGTOyHE6iVynpRhEDt8Di4SFh0CkaYXwUkE+GLPXIesdKki3ViFSpS+msy3XgxPios38fY09+WtoW
HdWhMHfViOcMCeHK9Ha5sri6KHyW1iNdK1IM5a291xk51eV913lj3fjRvLA1EH3ik4YjEw/OL7zb5SPsUOOV7VBV195vvQ2QbW6X
QlKhR9veJm7G+FxStdvleXSBmkr8Az+5cNCOcV1tWAV5QUrZowOBcID2JlRBiRKOBAW/+sBxZ1meUZYRChhHQ2Z9uT1xygIsn5JB
RM6c/OOXBZ9u8YdXrDvF8dYp+/pySxpzcmj3LTfFltewI7KTQvRY1opQVzpDfmUROvB908x3Fxn8kkMXOyc2/qqdzLN062gFMnqw
0hnUu/0NdqWP0+0OVKLtXAM0ACx2ZBizdg/WuIaOsfows3B2hdnB/d2DQw39AZNCyXnkPgMFiG+H85CScOkg+gzRLNYqQcjtH+2f
qWk3wCf2rFw/W/MsSVtfQ50fR7Nyo8eoTaDVZDWaGMgL4nTH5/jgoiuFNtdNSf6smyJL+pRui1bgRbstifO2SDoLEyOnTYyDcOgP
DqANFY69o+UDUv9IIJdcSzTqfdLGFIVtsLmiAh/ZWeKTu2QqT6QsvYlDwZeu2dGg+pojyksqtBM197SiADJ31OKuzcU8qtAkZjmv
7ru9Bu4VKi92o9mByFbq+XFSISJRDpcf+RqNdSl9V5w5A22fBu+7VzmKZlXIsXZo8wimr1tdUgFcyAxu46BNACmxBWZ1wq+eCBKh
p3ZwKJaSxKETBOFdawhMMNNXGQAbBaATTe1TwpumJo4RrBTHygLQTkn6P+eOLtBVKkc7WDSaSJaY3HSfKXb0Ogqn48yDj0NgoqM8
D2OqFMCoEDmVTqepNs7u41aBIk2nYxXmqKbB2i9esAyiKTLYwjyWYOY2b+doj1czDXJgAmdY85KS2FH+R6ns78l6HL8eHnjKbdCl
H+Qc71RKQZYiqS3OUqTX0425RmK+0gXRPrFGqhgfW92WcGASCzsAdmuHtBlwNU78Dop0O3KvOuxv2OMKTOjFJrazA1I0x90CxK83
0Z7yfCiEWx6MxsKIQxGmXsrGPMX0eomoekGRhL547umdzBRxxGLdUxDcD7jVmijs8YarnHinw52zNfHV2hk2pcOVT4rJdN0Z3BxJ
E6s0whCbsyVq+ItNFzlGedfl9iL04X81qzD+HEZTWNr0YVco9SuxfnieMEBxJhvIwhJOgMfn6xfYCXtHdompOGXI7jSgYiGiGHCv
Nj0V6bVRv54k+W/LKM3RTvA/xJr8ttwE7BLIojVovMbjKbqJMlWT3SQ6pMi6m0X2kEFOvcCvi93UyFCxo9K7t0PTK80Pn+9iCma5
95eXRzuH+8OTnd19/PmGlFgdAfvbz5abz9qdjDiEV9XET5VEZGohvE5L0A+8bjii8uUywGC9AsM/trh9xc27WuTGPVN4ku8o4dJU
3FjvF95fmbrbKzhWhVAJvXZF3QjPdizwe7MEb9YbnyaIyh23XDTqdirLHzxq+e1Xhv4g3reum4dhzsKhQu1a203gfNREnjC1s2NL
ymirHmW5ooc4PJVpmN+QfGemIK9E8ywae9FUdySz+04fHV++/e+T/dNfLg+P996/wwspP4Y93JIhR7iXvxwKaTbVMjRQaSzgf5Vv
dZuS6oR3ju/icMzRMCp2itxXaki41ROCv9Iur/WOq7TOmMGSgrHxs/5ZGs324zHwisP5NMr9Z7/Fz+xcJ313Tv8Wuipvzdu4UD08
+y19Rij/LKg/eMF18dJfPxyoknPuKswmmJjTo+o3N0ITR9r3aFynVZ61UCmXNZaUOIhpgLgDv/2GxOCXQ16FPH2p01RT4euJ6TAx
PAF3h8xWM9JxZhYdJ0GvQKtfYwoWN+haqmF1OE6yCPnjpIUDCcbReBuRRsRVtgX7g4GMYayl4ZZPiuYuU9UM0M4qZ32kmavqNC11
5/2HHyaZldRBEhHvakamP/wsw/s5LCPEDM/BCDgCkgfFycWUB9oM++jBDqCkTjXWeTrVo8bW2/KzlY8b5TmBGjnIGHpNpksq8GRM
k2oXkbFSNOeToSY9ipJZA4ITxlmEtWmtFU4FGjvlEcSwmWmIpEnUWr6VbYtk/4K9Owpz0aU9WsYYJlnk79pZzsvWyxhhsDTLmpQi
csBZi6FsIB/gcAETQhOkAx2kNXguvXQki/gjIVzV6dAATYJ6DZzL5lVAt7rViyOlPUBw77aooC6/OUsoUt+v16YY4PfLjKQCRQKX
s6MatPjZqG85c+I+N9ZbzjQYERMsAGU5c1vqZm1ogwpuNPeglUa+NZ1YzpDlUbstVlFlHKHdHwTOwE1qEMwTqoCxmo5RHkLBMjxS
4CyXVKcZiKNR9gioicl/yg42ooZngTNBIiZggqnj9bHAE3Rno6M4OYIo+MNBTKnJn49t5EmhugiOse4AixnbT7AV2cVOaigvax93
j0paQovPjiwU7JvRIA1y1yStDz2Tkh/5YHTW7/9j/cXr9fX1DUqnXH66WX66/vf1l/+pV4OqSk0Eq8hOv8KAlYNx1qbAvPZRNDag
nh76Nd4Swu/EESB214dJ9Ivqo1yDE5/tcZwuFYvrdhvdLfQUI5r0FpmZNp0OFHpmEMOHAjrge6R7I913u248jUO6MqZT9l2pKL+m
u8Gl7T9isVLO9jFORp+4Vi/8RZoCAPhkgVVLdLMQn1rferw/hw9klDgJopROqKdYvVd07Lz77Y++vkNYkAETta2d+FEUXqXqzQyY
NK2W2RVxr1wpyFj3yC0Y4LgEIQNbZAO4mnIXpesu08kodDApKrK7+TyaTDu3bzN7nHOFj0xi57iXML/24ZqJ7oCRaKGagt2VFjjO
fZec8/OniMTUN8XGfwJgqttbB5U+XT9opCSij8Vt9D51WzGuMFgtVTnR6GUpC4CsbY5aLO96Gtwgdggd2MKb4Y6Q3GekJHqW4fUJ
4vHzhEks0HjYmAHpJfI0GN0a4Xc2T0YMrTzE3sPMcILGDHf1dI0mViQ3nGMSUZmFwloLIao2j5yNS6kTuXkshCk3i8asQzunR17A
tpTlGz0z6rjlz1KUtLzIOGcM3NC8DGsUZbo6j+LA/Fg4qsiP6xQzq+bEo32ni6frZYvOUVna6boyX35aKasA5Uw3DlBmCMJVqYcq
Y47xtEgms5LmgPOwAGBh4WrOvkJxA9Qvhk25Am30TW970CaBvK/QR0GAIiMu5b566B+1Y+EFFJj6XnOudqkn7OnqV11EHRb2ErE4
yZ5YGIBm4LNcjKQPw1qvAUF9wj40ZPVREpR7s6i38oZ9EUguZJwnR0esvFAyvIlZhSiMV3RlKP08Mbf7uON2IzOrfEzJ2cd1HyDi
RNawW4KFilnqKY+77VlX9rrYabvWte0hCmp7syDizNuBmyELiuPV6XS32tIj3x5sjN3TGajbyE/K97OJTsVVOtXurFYmJ3GQP8Gh
HAU5w3qzM8IqTEAsPJwl6q/boKfZn6ZCbCsl1jK0SLTppAKSpLQxz5YefYRLc7Hgu5NwdMuhKcaQWIs4NTOeb/ESMs+i+MKNJPa1
6rGv2eAxRfQX5p9RFVXliemp65O7CYWTY6/1BpVbMqiY4pAiCpLzZoYdhKMWZXTUBG+7unKFJvQt3DFS793ieW8/k0l7tG+6DAn1
LvhWzl8XaOZpRUkd50LmqtTTKl9njpDDXiXDpZeQu6arRV19+22VfSJ9YXJrcf7iQ9wmZSrZjakfLA7A99TplKTwVNFFcOXuYXu7
VRe0gk6bEyV4/boQlxDzqGeKA9cfFhy40bTgwN0K6HLJD5hlmk2iuTS6C+GWAoLqUIhNRYA7xTDwqgwDlu36+DnYjfeZ5sZ/1k2O
lErJbfdxyHYVlT3Oh28i/Cni9a5Cz5imrobX4YoqQEh1BF8VPwNyg+14V7EFg1WvGEX1vUr6xDcw3WzgBXkyA2yLvsoU2BdgGoac
Eutnk4CNXlEy5fxDPiL1NSpe9rLb4+A//iZPpqRyJopQ4xK8F6U+3V9Om6rplu/6NKP+m4Tqj4n3tlhzogy/4oR3aPISz86DfNLT
y6E1VUybYcgCfoW72MddRG4Jy4gQ16SXIDtix7U+fFNyLpPzpgnBpz406fHwlehzqpw8CvED9NOKOZIypxRkrKTe23+3f7YvUjbA
6dAeA0X1i9SemI7I2/nFy0YBZuvoAqWdjmGSljhP7BIri7wBiL0cvt053b8UA8yCW05QhGBLNz3wZglqBLdIwRvcgHDWA1SLBH3s
+ZvrIAR/t+7NysGeKmowyHMsFcT5qrfkz+Z6Pu2VreQKKnZ7H501gAjB4RGxkM/FDvMh0FukHwLZyEaHmN/ZaPEZlXRsPq22ugf2
NaEZAxMsXu7sUkHQvf2jA2CL/MDjbL1rWLiOgJWApEfXlhYANy1P4NSoxMw1PO2yM7FrmPdxsABoSKP/Ccc7BF7FdOF/FJ72BlNr
kW3Rv7wk3Nf/NYoPjulPZHuxJkDswQP56cA1HCKRCIPrptFtqKXBernljZMcSNrzlJOqffP3/9zceAEYMQMU/3yU5d/8ff27bt8J
AV/75DSqzQHlGHpWs0TDiuDsW8Lwq21vc31V0Vn4ZAsYEwmWAcoIAgWEaLPGCanndTPHdu5BaUkrlOiQRfWG0zCc+9+tr1B82+Yz
SogU9XZDIBaFrwjdq7pcRJ+JMapkA+dAuQ+cV/qzLulO+T7ijUOYs9xeQtB11027DX8+oG+sN35hwszG+iOBRnIerOJFGww5bh8N
vYO9jINbRslUZkJkBmC8an7nQof8mFLF08dEzTcLe4KDp6gWybhnUvQjfj1D0Q+TDJzfXlg04c58LM3uXFLLXupyxSw8JT8Fh3+f
tB5HqM1HVk8kR68GFEdpO/cCDZ+gDg3+A6zy7CqKQ+yjJ5O499Hwaq0j6WIY3EMa4dFctslh1tXwnui3zsZbhhQ2zsskSVzNibNe
WfwkorGescUFDi5nCZ1xNpLca+qSXmFK7LGIHYzHdQ7/f5R8SslGGGXIDM/yPvU8dZs4nEZdJ+ZV2gmuFajl8gKr4Awd61ivxE00
LoUBWGsMV+4dZaRe3YeX7FqG33EXMIuyp10Yzjk3EWlhcChnfhMiGmOz3Y3F+d4YBbVj0Nicqi64Nd3nnqyD7QoDLrIVkUPPKJk/
MF0pyrr6/N+1H0Cc3fzu+1f9ebYB047RH4Ckn0wkD0HuoCbZXVGdC3p5G977Vw85hk/jf5z+3K1KbZfOckERPj6IazAQCuGolqQf
fVFfpNtae46Tw/w4MfaDOz1f5OHbIJv4PG2zEPeVXnN7c+Wa248spq0jp2GwDBkX0In6LYR5Z+wRfVSg+q2VK2bW0B6FJQBiBXyR
olUBx348SpBP7FPZd4xrf40bLieFqgSAQ5dhu55o1bg1PY1KYyW1RlX0qYrXDvHHLivVwFQldrThBGVKLRCVU+QsU8JHGNouhGq8
+IwmUB8NwNNvz8bKWlt231YGZ1mOa4WaY20K/XEgy3ZRXQl/N1S+tIyp0weZIa+mFqrR/FF8MGu3Q2Z9XTxxYabPWthDxKyZbcb9
oL3QTSPej4rJKt4Nmus5lheEdE1j2GRdIHS9aavhR6MAqlA7nEKL/8aJYz3jIQs+9hKjVUPqJM4ugYRllC1bdKc9ol7j7Bf+2bZT
tfGiR/Wbdlf8qJ0o3I5fhdZRhuT6IqoYa6fL0GkRyNqjuxlEmMv7l8OsCxhunqQ5Fh4PtwozYiZkwix4yLy7yUO/xVIUrImlqN8X
1ShdLWXJUDSTi5TwpX1P0FP1gWu1wdL8zXMSv3BGR8GqAKAuUNEZ/6YFjmLZnVbjTS2maNtysOKGitGKB+XhtGpqajytddvVFZKx
XF/xpLJCLc+B0zZV5xCkBtEf1QOKig2qgorRyedACzPDcm7i10VZ3nB1tap1TdaRXMXoV1vXtobMGQivTUgZRQfVpLowslj8GsUv
Ni8Fu5ty7rCKGb9mdpOV1UATLJvEw7Fd/4K840WuBIq/4fQ85a+S7PIK5QDxwXFGUkGlGecuuGRMWgeZlS8joAmcV+FyxrOhz1W0
0itvXaVJoVge2L/DZBxORZKUUtqH6grmJtG5659IqmNbsqrT8ljA0Whag3kPq3LIEAX4TADPPsH885tpchVMs+dy6vCszI0bRZzc
WiDiiRtT6KVGiQPd2wGZFpR8ZamqbveRVuqiWlePSndRCl9Yr1derGGrxulbGftPtXWm5ayPKTvn6rynin5c+aotzzuHwQdVHxxz
kss6zPy8a/kgiu0f0POuPavEsk3mMeLzf0qTxdzXlhBhUJ2Ov155swAEIjR7cEpI4TeKnrJ1ku3X8Jnylf05fPClhhCec2b87RbU
RTbmqFga06VOeZ2A7HhwgiU9UuSVb2Ctd8B2gdByNCQlGwhh4U2SPhRBFZH0aGSXAC+J8U8YMKRSOlTT0ChUtDcZwWYoR8hDtBWO
qHPhzLorx4BdfuBrc0fpYkSOG28SUN6Yg5Ply2J45DDjxKwZFMeCd5ynCdls/MA7Othly7ZHFlSRboBs4FhPuOeNowzj4sb4bBHP
p4ubG7wuhffDRkPkR4VVXt0UEc3h/B9tjZC5KStukwcnatsf5z5pEW9gpud8rygjXaQ7uVKVlQ6rPJ4jvik1BIgEOMveBLNo+gDt
qAhmHSKqv2UBdGcRYastm3bu3rJzYq6t9w2uKWMGmlVPX/q9bY963n3l6tYv9+buSRabVhZ7CgLckwGIVKTJGkLEayDxAGKaU3Ey
rvsV3dsUYjLUl6rtqU+PgGC9TeYuDZovB8NQ3j793/N1ilbRXgwG8Iz8orHzr4umHf3ZYNApThI23DjH1H6O+C0xPw0KrfrTHcdf
ApT3gBWaRnCGmHwvTFcF6oaz1oOVMxoA16Bg3hhT6axcocjKsVN21C7G0xosJvqQlo9M95zls4XtbnNHEQJFRtPMGt5Tf8TSspMt
rvk22M63ycwjFjZynOwqGIrnoePvkW3dF/Ly4dtdRVaH83AUXUejIfXSaURf8K9XyEE41o2vmxY9ryCrYjonTORXWT9MRl/83LX4
UpsSo9IpZZGtyK8tC0Z8ZjCKhThjrqx7c/6xbY3Vm1fLnKzMmogIYuJKrl9W35HJGdi6l8gAAEfRP0sfioTU98Q/oE0KNYvQgQ3v
z887yFlyGVns6Uet1hFzHNcvkexgo65dCVxNz/KyxbFVv/q+5Vc4aeRiadLLl84G33OD7+0NfhJcOjUCGmWIDNE9JmeHp+fR/YVd
G2XfyzhjdM3dAnq0dAtPH9EtYwvsldGPpWOBl0Tf1nOirTGFiMazL7evAQPsvnzNSXUS5Jb5yipZiE9qJ82W9LSymY+NDSTyTj3i
uKt6LT5pKXtDBYlgK5kLqntMuT7wCNTj+s+ZJeR8jp0SCsZ+jPfdNn0dp9FNFLv7Eu/r+sLjK31bFmGQTaEiKcuXJHCHug/y8vvi
2aPCHhsOLXjUoQUyi4Q8pyLYzdpY3SLg4KkWhtT+7VaiHPUWDZ0xKSIJ8L6+JYVO2sdzRVUGqDYaVQAyJrXRqAYi4UNV4MP8rnhs
/0ykvDW+kWlwrR8IXSt/oQr/vQbKGAZxQbtls27r4oPaGBHTx2hefasqHAVt4gMbax0ZBLFsV7MUZ2tlB3gkH/W4fBF2U+7Xor6c
LClXSvPQbRJPjPWM4Xpkzkw0lpqABAUZc6CCF7TdtbaiFfWq1z3mJ0Ulw7ZkSS2kBRvgJGOyHCF1puoRCmnrXtY4aJnq5slJG5I0
DQXIlCDWhiY6zWrQKTRmGMTCGGXahB9qb7v273em0+SuyMd9PKzDINhl9YPVcUl43gCCHSUzNoNr5zEDCL4UYcX69f7sKhyPw/FZ
SFHG+zEpdZv2xvHVozboIFm2HFVr+aiRTjBmM9+LUgDelkPaPnnU2K+DeHwXjfPJKRrHlqTPQxOiDZidbR2gzdltTEjihDc19Ct8
evql+2d8QTr1hHkOPrr3pyi2sVvObMCMFBZcLQwFgjkSKtpeiemqa9vtftZJPH9OySPHyYiSlVHBUcbT6PotUmLCs7ejmBLN/fuJ
XoUU+w6pzsCsX3+4mi+J4RH/RzEpj0jjI9SYJVakyL3TNUpWyucbF59Ru7KUHbhs4/qDObo2+YIfy8xpaYW7qyqbnzBVj53RMvVM
08IvpnawX6ZBLAesTAPT2jrYNLnbGOUAg2lOIz/ib4A0p6bji6kXgCzAIgwGSzsx5zclCVdLZeT8hFkv9aGW0kh74/7cKnDS5/Ui
Z+Xz4TxJrrFUUYmiljtT7bo1WweQcCyLhNjI9HKKfh1GC2K81919chAi9iwY5HJ3RoOm3oDkRcuwpjejQePckNcNx9waLw87wBcH
yhN0tHL062Q1mjL+tCB57F3eUNxl4FGZ4JBctq8eyFe2KJl7JzL41/mm0wAiouQJ/NPrUqbhosgHjieFc5VFa0OktiLWc0vUpqb3
mEeCvmEv4EWGleimWMERT6rf1o2CjMaK3ZGZcIIi4WVd9JX04uTEQMrtOw5z6eB5KVzvtyzRUvxtgTGbyNFcl3cUzikXk5D9dl2q
5dKwlIocumYOvyTc0Ai2kvZ6qiFcMm36ZVFh7jJBBYNmQp23l0Jr+2ySPz43nda8Im3rMMGuQJe5TdauBsTJr0La2ssoWVb2hHcd
hLuGvdC7WHELLDOZk2R3OSbRzjEnXfprN7lSr58xTQC9aLaYXV5JYRAdW8PKRA+5mRIZFbHSj8zVV+0EYhYhS+MVsqaBJ0R+1dry
BdldlQ07Cu90/eK8BE/j845QYmd3BlvFgu4du+ISgStzWK6SZTzWMHySgCOpOcWVaQWx9K2hFMP2QrSzm1muRShZ7/qW+3xKGFY7
qob73UwKtCPJ7gzFlCASZYxbDr4FYDHgozJXLKFbrc+iNK64M4/DnPhp47UTO+/K4l0C0qGpBJ93t9qkc7Tiy7ZHVD8DywlpCLtX
g66bEXZ561eeSfWgeo87ppXR08pTZWTWs6Ky6ugFMhLYp6Lbrsc5pyGC/p+Idkr7w/Np2qLwzsYXhndFvt6tJ90l5Lr+XOxcA0Y4
Odc+NWDIBub4yffxNJxhjPFfCNpwPg3Q9iZJR7KY9NNtiNLDPRFcGYWuSpxQkcjaSvJR87Wt1cySxbKahS4SXLRKFwKvi8YttHjB
ufHNhe4pWjqrvSgTUQFOhZxDP+aOsysNsfuI/tGsXwCMUZSSyt2VFmjD4e6AneU0iDVmDH92mkOW6KuWNF3WwcXgiAJosAdk0V32
HaLJ9Mm2VBF1nMRuNX2m0jkV5duFvqinxQCJCXK6xUv8dcnXvT5AU835LF3Et084Ze5PKziv6bks847pvTZvmyJLI29yudxEfpfV
L/ip1vYebjfG0RQosBZ+JWZGjaYGu7NgdBmwsvMyU9pOSy5g+q6JgVrpflrUrDbuj0ZuYP+wAvlx3MFK3MfX1x0rPyaxLfl9Eiqt
0IzYopguq6QdBdkKTWKfcmQc7HlhTLouLd/SVYjWDdYtkorOA/jMsKA9RxDKp3eTRFO8wDDi8MZJyCmFqbaql8uko+jDSxlGMRpr
ihH+QZzdwYCwgUtqwsH/MYZwBvM5WvnGyTynqt9pCK0yamUpwkpE8e0oFopNw5y3AnlUEXoiUv7ASTBloS0tu1MT90CfQMf0jehe
iyynjC2Uw0Z41apOi8mUejSSeslCXFriHXHl7NnaktHWV9VsLnqBL7GZRYWvGFORGpJYmGPtXK5D85lZW3h8Ms7ppVkK/kAUYGle
tEg/Zy3AUpmVNc+mJb+mS3Ayxq5cVWnDZpcVfctdnB2s/TAZR9cPjwbiJwRZhgMxnwIO9M/S8F+LEHObuJlbxxbV7IBIDfSX2QEx
H7kDK19DW0LEVfZHovC9MOeUZx+Sq4wK4GXPATFGwVU0jfKH/gzuC6f4RmP0D8F4Rgn3Md/Yq9/wm4H3QzR+1ReHRvnWevoo9JZz
I2GmKs/Xcqr1kAxIo1MeZLfPMsDimKcaVkgffkgW6BdC3Xo+JhfPQ+MLg1jE04ceoPkgzb3rNJl5Itd1iqas6ygF8iAC12X3wMDD
8xlnxRY/qhG5Amj+kVxh7i4JQ/DJQZHskKMMGoQh2uOaDGD4vk3ySWxnZKtmvMo6+CR94AaO3I7G6NiwV8AurUnPKIgJ4XlldSnX
GtKo/oMP0di4hp0SudLklou97hjwsFKaztUS8scJzpLSGtDQnC4/5nyAlEnI57x/BF0hUvkU2IjME/Pz7gJ0HEJhftyFDnnJNTFt
5W37AIv33e+7bROJVsynyKKpr1LvJkI2Cc43HK9l8MQLsLp3tqXuF3JNYYzZ+RN8lnHl2Kz/iJxdeTjPOE3MOIkpvUoazgO4lvjn
XZDGRPebM3U9xumn7AMNCEzIAh8ojVcbD2f8RpMDrH7H0MZar1aZ+UVOTAuH8IFTj5kGfafd/0Mz1aOMe/Lu1cGa6y7qGTblTUTq
9uEcMRUKihfd6qVUuTY/dJvzNMKWDAEuaqdX4Fho2ZNVW9TTMVCwaPqIxAjZyn5D2XlHZNk6RCR6SoVlfZnV+n0+OgIcs8adwjGc
RbPQ3/jPv6/3vA3637r8n3z7M5B2/K6LODcPpkOqAwIY+UV1ZFw9W/nycipUeJvc0rtyNRt4w/sjPJzxT7OF7+v3pvvhXFzUiy7B
a9k9wACqD07e4qwg6KNkNkPvkynQm4G3Rgktw/GueAqyNRYIwVxthIUE/ZcFRLAuSImD6HkjqhmlD4eod/h2Zw0TnWKvKF1iLSjv
iLD0GtIELIJB8dneSQLw9wCyZDhacEoPfuDvTKfD6CYGnO0B5k5hyNAYZm1ffiK6wBT07EVOedxFtmCugiHXrdU6+a7LMrJYI9bb
oOwjgnniLC6DMktDuBguHOzlT+9BvAbUnmbhmBcarmEaPEzDPkbhrMhDiSls4QsipFxM6yRNbtJgtoepqPFb3LRJkE369Ylq39Fk
ZZ1fVZyal32il0rhxLjq5yxIb92um6KR2IrtCjrs/E3zU0Yv4DAN4xEqBZ8N82T+bMv7Gy1I+Ahrb0v+zNAS6Lilf0yie35wTAzD
xWCAtBMAgNOrcjUgtURVDoQSmHWePeOUp8+6rr6ReVn7kKBi4hwu9SJFXno3fZjneAbzyUOfM/HCuDIXr5FV929XXe9/vTdJug8k
Zo2pO5CRv10WvNmz+81naCB2TAFJEExjLZaljehweNbQU3gf5d5L75NrAUhUz7EOQl9moIWpqhy0YgowS8f3/4brpu17jbixWObf
MGstTYjBgybk/S3f4hmt27N8ddaOEhGS78GfMXmJByNUWlYv5euHeZBlFUyDY2pKtiALv38p1qGS7L6PI/ymSLMrpJEWMiYQyCEy
g/5KyiFxC/jOnjWXGiJRE1l1KlEhxUxBjW3WkBI/LMl4ZOGmH8EnSyY5Yg6ZtHPoWIeI+6HDgm3ZnIDkxkvmetpZ+CXMCPTyxx9p
ArxN5+sX9f7b5NYOPbS0LJRqVicl6wXNxmljkFUvO0qypFQw5ccYmFl5LsTLFRLWm7vLWdaoS9xrLNoEtAYF6CjOgFIByYEPmvMr
yrVYc11rgFgzz4Ojs/3To513YpK8E9AsHGcaCRL+o5wX7m4SwZlxbQ5MJzdGzSXOPxyFcItd0665PUA0V2bg4JtzgjbileaZ5S1K
J50LDTjpga2fMQA5YJbLrJQPDj8q3pFX8cbmuqNcJDMPhaTLF7Pgdjpdd9Z7/rinY4+tRgaeB9DVNRrLDo9XyG75YeX91yQH0lJV
3nKhTHzZAchGibBTaSMukohLI0VYpY15NuXjsgwbCqBoEiShMbAci2neunmId4YbV6Ib5GpuLtlC0rZP8VFwnYs8rq2mzcJ2y+ZK
IG/ZXkj1bVo7ZQg9SxdwQYimGxPh6xhry0JpUuTcHrT7DPJjfslPNaJjSbTJH2ohzfykvR+27foRI/lwUHcJT3xCUT0xXrfrzmXG
LYZlJKIP4kYl5SnqndUgFdZhn4Fwh8WybmDvQiAJnFe2LwxLKKTLrYeFlEUIcyQ8apjpN5MlfL0mT0bari32JmvVFVJWYTpzcyIF
DbWCWZDeICNSkXGsU4O+BtyXq5DvA3EWQAxxe3ycUo+GEPp6i6afeLTJQ1v3CBAJhy/fg9R0gzWTWTy8m4Rxoa8jWkwVHxcZsNey
ciOVJXkuvoUv0+hmAqzaTYj8mm2YVBwtBj5ivySQs9ITpeu+9wbJ+FUwukXV4PC/h2f7hz28TndRfLkg+0XGdltNAP7eUqas2LxN
5+4xKFQ2T9vATfsOuqPfZKkJBmRZOQJ+6HUmWhTP+yCyaEt8Zp1klbqx3bvjbFpQDeK5hH63s3u4927/rMjOi8eeof1mMZUHJTkr
AoQBnkjOpSsotRnsNMGFD6DQlUVmH5Cj3MKmfI7q+SY6zcrucaeOknzIKm9XQJPU6H3A2eF81FzIY0PcA+zb0UE7ntNgjJt2wfPt
u9DDy9S8CfgCK/0kOdXTRd0++hJEoniudSWf6k29NVzQuIELcqcQrmHVdCASFw4vZKGrCbMsuAlbKlWlJcnvUEpewbyz6KT+xv47
PTFMZ8JcU/FajAgP1NhSVdmTw7u0i5LsZIWyT+I/0oHFcEaUJIYK05I27hqtEaxd5SAISi6M7+lzUWz7lHfbMGAGsRfGNxEVqE/Q
vYuMPayToyuvjIvIRQLdImcnhCfo3ADDvuXguBaUQnoaMevpNEpWUss4B33Pa2NLa65MVKHjOtItBrMZm43PF7FAnSvU3PH0os0d
SW6oYDWRmFgW1qH7rGcaP8ByxaQAqUYHSc26h0Vhp+R4omvnUactlOw+7fqvQZQPyyKP7APYs0U4ft/Y0z+pna0rgzPolAGCqHMU
06KK2XDB73J16AnlnCZuqIUfq+8TV9vVKRPDiqbfL2KF/vd/PYeiSFleJQrv6lUPXbEhCBbosOZx4nyGEsqsYIMTOencTG0vpqJD
iQKHCFgXFDdc4YZ5f0gXGjp8ib2hGhPv8ElENrz1FmuAq79+v76+/nLjxfoLb7j7dn/vcnh5tjP8+fLtzvDy6Pjs8vT9UU812vzO
bPTP9/vv9/cGXHnvDg4WhRfHZN8FWX5KCJJmd89jgshhfQUj0Ste4teYJK4l01PAYUjluIVfHloCChTGBcQZX8OAlNtfm4ZW+eu/
/qOzcpoXStGZhsFtm3rYVDCXb6Gi5LFXcLFiWwWOHyczdAUsqnRRJWtsA59jk2kS3yDVDzLbSEGcRVfTsH8nUsPrjCzdzrX9+SRE
E/EUAZo6zsTFxO3Bh+KkYNgCLGxjFZV7gXlQ1dExMz2g9ggpU27UG2NLTkQ2jiirgpFCWdNoFuGlMwBnuwCcHw2kNmA06SoeZ9g1
X21z590Vqqw7ZkGuKwoU7ygZSwTXXpw0qTUIKWqIVWJFBxveGqTMGsSblcLVn8oeEx1pywSAgDnKFB4o9aDyFSSiWMyYg865vvO4
AxtYD0BCKVoeD9Wjmfc3HLGPli4fkJW4pyyl4LfAumfwzqMUa6J+DV9hgB+sRTAVfGGqC20IVOXhkJe+CkmBjCAHpH5KQp0OoX1k
jP5BFsjRNIhmNHaGhlsigMUMSEhkCRSndheUKmyZQhetbgWR63NFNlnpe/LgYix34Dzl98/QgydAvzMpPMDWhKF3EywRYw48jCNE
jJfchofh7AqzKkBbb/f4UPr8YrY5/dtnhjUZGhbMEKZeBbKZgkCOXY7IpVqr9N0p/saSFVchyfwpKtiVNxx+TAb12LCNq+76cHvG
SR6H+fMU7/0s/ObFy831jS7BzIKS4yEQI1NNVIvKap/uD9+/O9Pg4UW3wWJc8GfWGukmuiiaYHLp0Mr13OO9cm8OEMP7Pg1aPNN8
b7Df8ntH6V5R6meX8l8cslzi35cwxP49J6sqBhslMxwDAaXysqruwdba9GjMbwEVer7caya60K5PctsumiRXoboksHYc/n84Xltz
Zr7InjAWbCXjZYPdoVblYs+HVe7mdom37gMXRbtd9n/mKjjwF33jABEWFNmAWKh0VrW8KmMgVY3IJCPXQWoPo1wiCu5UX4VjftMk
AozLVhJKzWEviSD55I7Uacg6h4USouirVdk2QDrvY3biEXUXkeL2gH24DQ1XX+AN2JlHErjAw1XiEgdszpS2ZE9sDCscsZgP8AxJ
3wm7uzzjPwt4LbBSAtg6yFkdHODE3LY+BWtWe3xx0WE9Y6fKZUcUti45bKPoEE6v8bT0Imds2OhpyseCj71LFlOUPHS98GaVpNT5
FC/i43nmK0+CR/j+Pdp4PE+TPBkl7E+3YWkg1i61e3VVky1f40W5RMqcLPLLGRvfvl/Hf1YxZNcuPMP0FTAj4MrnSZyF5WW+xnNG
S3CPGkvDvI2U4HsXwLwBeYures0nD1kEDBCWy2IXtaLQ1ihI0we6Xjl6CqJVc8HhZJ5/MKdbfNPfhUYRZiqy18pyr/aVJz/1G1SZ
lbH8SuUt59U4SZBhZ33T3tvdE0+ElSEbJc1QwF7D++uIWRdg4Zbohp3nVBssFhs14rHh2uTeDO6GPsiQGr9DAWwoFZn6DXoBF5vX
IhlOXgdeQcKziEYd2SvrNpDHbfDP5ZvIOJxr05GkODQ8d523tL3GjnvtPloz1rjaOOH0OxJonIZXoXiwk1QFTLx5Y1/uDHTPdUfE
561TNWpGFXaCZoOY5WaW4DouB53ZhWK7uE8H8ugpCktPh7SdAtQLyZ6PkoV6YWkRe/IU6ykJ+YA+nVJ+ybIgbQnzaRBj0lfhNdGj
PHLkuZQBnfWQvexJAwACBD4obuAdysGo10CfCCaD6EpZnwn1lIZa4arVZkVtBnNxtaFTCZ86khGxmNNKWkoz6zxuS7PHBxkvUsod
YPHXUex6XTkKLPej4ekTOB/esEy/Xm1LyNFJakkpRjlarOBhp8bbgk61/JHM1KQ89MzX11E4Hdd1aopjxoYlt7WcO69hRau3qGWL
K8G7hxP2zRmz0qMjcuSzjx4W8cTAGJfRl2ZqOVn77axk13PPtw4i2HXjcZlfdbkAY6BUVgvaAuy6Ia+FfhDcgS00qPh6P0btFbI+
PB42w2HOhcmvG0r5M1Tip0PVqZ99R2SMMcpKqr47QgzSHOUcfZZNhfWnQgiZbrMdOo3sNjhVNinWVMMpwyWDHOBfnzQhuFrWabQs
deMwOK64xvKsRiS64JUA8UVO0WKTdHZYd0/sC6k+QZRLoTm53TdLd8Bg6iUcGQIAbYybaizRTOKe+BRXSepcByfrH73DtmukXlac
7MGJJ3JrkDEXa4CCoB/EN2GvPNJhNEqTLLnOvXdhgDa+PbLiUPAEnL8oNY5ew/GzHB0DULGKFFpYe0Q53k53QBwEp4PoSZNKZTg9
EwXqZFMRZKR7VGq6zo2SwxI5BgZ0e6vkEysRWAio4Hqk/6UrLhfPtS6cynRwGXhZHMyzSYJSNia26AkmqycGQs+L2TzAeQk2ZUu6
RginCM0p3Qg5SknZwpoWH906abeEdkjL94G4LMXzzmhQug1S3C/kuKrQRjoaNiisEhJsRtlXIpWtka5kregp7VL8wB48SIAGFvNF
cl0oNqShkW0oZNgYoe89GlYqUMUnjN+y71BhRhFm8653HaHEJrTrGOuSKd+8PFmMJtLbAUW6nu5eAgdSHq6YpG6kcQdDc+wNyPwl
zZCy6ZNmqLCJrxioXKuLbXZCOTA1Rxj5rD1qEepc59redRVYrOOPBbzUS4JW323+sx4py4vbaRDjypEypJJZLVamnTJI6NNQk9ZQ
jVK4vuMRGVGj2JHmGG/dLN1tXvxtbVd4PnKv4veWrWCC51NZUmi7vgX/+UF2zK4t8Ojbb9tyxgYUlmFQdHseXTQ7PSZz5qoj+NdG
V3HZVG8adXYUNI0H39//1wJYAXp6S08dgFDlAapBu8q7n8J2T5HU+kKgVBSqWwvFRTBBHdQb+WvH0fW1Lv05qg23lfHuDQlvl8mX
ku6ER1Nlwt1VHBJU7zvkvcG8hm+rmVnPGQISPgI2MKAtELGnRCPQT63wRhx4vwpnEkEfiQKQw7bFXaVuNM5rlUnKcCXjv9ysSj28
FOEdXVUeDZHMfVmklXzfSFQuRVMsMbyFxpRfEPNbREFhR3xCXe6qRwoR3vGdBbIiOTKRmK1fblKG3uiSh2MHTcs2yb3AVDL6XgyQ
JbOWcS7yh8EItil06yqIqqItK8geCBb1+6qrCu41RUGr+6/jG8HmodcsDspOfehrQ1mV0OnsH8BK+50tTzY5S3Ywy4ffdYU5fm2g
J8LChKHa3rQVXN31lYi0IEJx2KjcbKXYjFFmoMAvI0aPaWljlF51MdJIWk/iEbkU2RdxmDWcARp2WBqTc2KnJscxoN/TGzT/sy3z
A6fKEp/WsGv4z6mwo+JXtFig7j1JHhVBWNFft4GRa3nsuDSdzhd6E4P6nyXs+R9Kl3FrgKg15IA7UZAU9oUrR+16gUEHpv2hVU65
kg+SO+iopWfSpxq5j6w30yS5VXklCBxY/EZhgqIfuMoL+qRpJmNvQtl7RP6HkjU+MJyRNGEQvbzIKC/EIbY5IwodlIcHWhCCEIOJ
kNAhCf0XObPi9SLjimlpWNV6k3KzBNytEsAg+Gs3+gksSrInq/leZgcrR+cqg7rVEFWyo/wgZoElUUsuITLhGGfy0i0W36HBoqqV
4WwmclqGoK5kSUovYvjvUbL2Lp6dTA2C6jRMPsKGV28WPABCKA82DkfRWEqlGYq+ACN97yxFLYA4tncw0k6ehzNMqYnYDYjyi3Vv
FsGO4j0PMGYGpyxHZPIOP5BZqoi1EWZ5lkSdsk5JLMI+ye+Od3++PDs43D9+f4ZZyxj0lHcKrJS3BD2byYeEtBGkd2KfkYrcLpQa
8hppTIbJyMEGkJla9zkhqeEtXCjcBbpZ9AeCG4ja+LfVDDIJKfeU3Q7CAk3AW0oeBurHD9vWXUe4wi5Vw7LIU8VhYgZyxv2d0b8W
EXDaWvd4Ow9dpYHwe4RZ9rltQMi6i7aBgQr83JFLRJwp/6aMa9cya0dl2cRDSfAqwzVCWccar6Jfso06s6BihWix7YxKwqXZFp2m
Vk1MMB3A1YN1/rhPJD/aVv3vXuWMvOfsIMKSJmZnLJRRivHAQyAnT3m5cBaN92ercn88N/vTkvi7Qxv1y81xdQAZP02Tq2D6228m
gRVBzZ0G7bfJT0KHlvbSKbJix/i0ohbL4vKn8Ht7trmN1151tzX/vEYmWxKv9j4E9ll8aoAAw3Wt4ZxM/ji8nwM20oJFRTpGyZ/o
UVONfLRYgwXbWrk/kbtPYjiFIk85V7RfygHs8p5V3HeDMd/UfPYKlV/PqndrZ/7nNqS41xWHnMekrebQGJ5zO1S0flrWBwchiwpd
nxBM15CkRehdghq7tbXuKsrhVdRyVTlWCrENdVjteYKMceGAYEx3qiDeYIqzwwBf4gHHidiBH+kHfF8chavwKTuDUi+FkCS73Quv
A1j9e+iM8hL1+KzPO+MgDzoX1bxG7KfqXrFwb+goC09Fj+nrGYi6nRYTxtg7eqDpJXARDDekIZHW1QEpaASo+XHCEHxNiVVRP1N7
aDX3bFFouGkmruBDDVQWGqhYZyrAvq7WgfM7I5QVwcuErYUikN1zFSR90W0UfKlr7cBMHfOiTsf86aun1y2voleuEg7p2Gy2s9B2
Kw0rey6L4gJRJqELWC+K0kKox9QAyR3lfNTKiaJ5TkRAUu2hvivmni+wfhfFbUrmKvV/1GTahMlY0wNp2cqt7ykr7Zz8QERRF14q
u/BTp/IFJyPubMnOxPOKQ78qTSL6nYziS8F1WTrX33LcmzaCeNFqCBD25glQDMcY6nVlEPmm3ULwKOfBKHQtRb2vLka+6tjqrVEf
BcaLxjrCrokzlrBCtm3EBRXzqfy45GAH3VKaIMqVMJUuS1R2JELOCXrE1Lxz0gvbP8aVwUvOLi8uIJI0vAsdJhfcj/cJ/lfnmYDJ
ftaQdxNGaS3DUpfFHy2ZjOY/IK4i+j1AqyQT9T/EtTHUU9kiXUZLVilBb5ReCPEo/o5SuJSkz4m4X5TmgxSu6G00n4ea1zPHMeC3
sO83WJgE+MkwKzLoUFyvTHiCSi0YdSTiKJXW1FvOZjzI26OhUJ6QF8nDV9YI3++kawrSsiuQ+GS/GW4Vual0UTWLqsUgLjZINyiR
6k9Ii+yg95XhDwDfIcrS98Hz3+4eXe5fHu4c7fy0f3o5PDs+Odnf89bv/2P9xev19c31nhd4oo6NKPksdFi0QF40zAxWamoK2S2B
PX2SRT5KZuTXhrnkf/thvd/vr5cT9xd5EVGmRwF0XfyzZvmX/MfhOvIaDpAzXPmPiPz43KR1MrfWH5S6bv3/5ar76+aq45ws0+mx
3VG3WWlgRhNAJ0IrPhQIwm/QcEhEQsZV0ce2MJfIB+jFqzDWBNFjGsr8KjaJ+cnccdyp7rpfztvF5hSSzB/jEGLKgXVuHZRHlkTC
1slk3epepx632SmBlWQ/xxgUXutmupJbkIV7EIv9VGM016EIsErZm6eVb7VNNKu1RjdvkUvAEViSfSH8WucmR0VmxxVlyVwYgpkn
cudOa0hmUe9yIHcLd1tLWokACo/OOR/XRZeYYVs658dup2uxgvsq5FyahS7Rfpk9MEP5CfZURTRlThpU98UIh6A3MmfZBYdCdMxb
X1pOPQjLK/5KMhBSpf/YXZdUp+GWWw9IqlVF7b0iKEu3vYi/RXCWw9f8SQ6sND99dH1Wat6cMAFz9eUcO8ruQkIjLMjOKbLTZB3Z
UMaRrO7embYho5Pu4531Db6Qz+zHwokEyzY6LSUWbQd10EKF88VcN9o4aHwB9wxT5PyV8i6xVZ18CkGkMBgckptELvooU0n9ZFgt
CRCSw6LcQluMH1AMNMWq8MEjD3qR0i+gBD+cq6hIK+VM61dh5j7fX6Ey9c8MhpWenCBa/neYr+rLKUurLkd4+7gw6k9hviZmyPoI
Ueq7XA4KTwzVDHBgHe8T/KGV+8Dn5TIeyDWuxrkJgVOWwl5iUVNOdeDCAzL5AnyFKRZOJZMM8+UNIvZA645rpBJyEW6R/LlVW2sP
uxUdm+rxhtR0deG6Wra8ArFXwIbxoaRlhZNgD50ExZQKN0HGtsy9EMKl1E7WXFwVP5a6yFv+N9xuuGymhZfVRgcna2ZOAPRJyVh3
dE3Ot1m6mFMVENQpGOHwFHU7X4Csc72IR1ygFsfZ/cb7jvMm+6NsJFyjpAPqSXIXpsNJCPf7u/4GRdBw6cOcki0tbiaIzdYw8xMc
MWUip76o54N4vsCEu5w4AKvgplGYyRwY0uv/WSZboL8rTQxrs8xDajbzfK51XtQI7nm/RGkOzG+PBxGpEw4w82rPi5BT/7g3Gc17
sF3Ll+cX9N/v4ZLBFn1UQYFwFdPwOrp/F8Y3WLKHfx2n0U0Uw+37CVAQHGlGY+zFGQILuRvj31QAsFcMfQhkEUsEi/LG0gH4E+/5
P4JlwKm9h0WdORB1ir3FMa4W0ZSrRcwGlMXMEJvoAaIhJCqYWosPHJ7eRWOcPuVWEDibYpDUEWJ2LJGpF8fxxdaYc6fvS9MnuZj6
ZD87Us2hx2yGka9jXMIink8XWHoaU1l06dCPRFJgcn2jQB44SDGXQTXMjCKp5PEbyWtlwLlQxFEWuP5XXym9M2vqfhGT/ooxn5l+
azTFujfSMfsrE0FiogrtzDFw7xLEgDcH/3V5fHrw08ERbPV0HF73J92Bd0yKxnUEwxggD2uX/QoHx6LlJkAFbKr3ouedYmRfujPG
ojpRFmLydO9llR7CJc5y8tzjwUWvRgIVV1saatt70dzSNplt7+WWwTyUD90/HL45u7Q5jcM2nPD2ruN14TFhIyzu495m3ZrlWPwh
TGlzy2VNQiAh3KQopfwYsQLSMqCcPCtE1WJWHVTPP2XuFc1naQkfsvMdtjrc2TV03EGsEp5JF9SMlED8iexFJkXG39gfJw2C6zTF
CFFOm0jXDR1YA9mTFveGzFgYzMgsjFiuWAV5NZVvN3RHvKgrT137tDGsdpI39tEJF8pVKmva+t0W5Y4OQCLKfDWtVZwoEACTRvUL
cSa6SQuL0vvA2/kxwJ0gSCIXcJ1dXh95VJiAj6/V5Ln2s+y5IHsdZ3TCyFpY82SKkTyjbkPlI8EbmVU2SyYtYJ7ZJGSk5UEK9Dur
vn8nKkN2D3K+Tdj6ooByYFAjTg+Afq/6KCOFb2QIM8dSy/hqYesS/FAXiUUPly8SpmKiIbTfFAmH+h5HTHEGbX0o1qZzlpJ0ikvR
spRQB0QOYXAkgcEVx6TitJaYFhSWlagMj6I8u8lrGRa2Y65JEeR6HiLYiCLbMFA+lp6Q8ptEVSQr5bIUamOIHtMiK9Yo3b0U7Ymc
XYxw6BU5rykKjKnHJslU5l0iZzNj4upwcYJq4nR10UlAWLRC9On/HQjh79L0p1ItCQ9XHqXM5LlwEdkQZKIgM5ES/1JJg0xjAeD4
WnQkJbtZlGVsW2gS7WowjfTxWAHPXLXGM1e6sbyFZ9YsGAlrOWKNqzLWqLdoBAYSor2F/hyYJlg1vYrYbBX5JSd4VER+eedc/HCE
Py7oBlhJsktGdUej1WPfKzSIHMz9q6YNEu2CpuDPuyDOs5YaAxmOr2IIc0QIXC31wwIpbIEEtYBGjFnA7okJEXkoBE/Gig7AWbax
FA7NCC8LHMpSg419Q0yeMdJoCDoMx9Zs3qUkFr1HZ7EYEBom5t820F4GELU3YhGRsjkE2kIyqlrrvdvbOdmiyhbltByOnByWwFEA
yR+Rzig+eRuZLIbnCAHaZKPtBROxj8jWRdC6C1R0aLPQ7Bp6x6tdUgJcuqKdwEKGO922OYxaTg+eao0eMctKCC4FRehht1r/nD1I
+Gtioq9K48jWtttu2RyWmKFQBoBAyWvfBhnLXwwZyJ6DbFIIb9To66JVYG/1qNMruJ/20+cOiiJuQHRsaDuoR9t2zRn3rcfX1jKj
BSlnglYK1pXTKvqz+obJZoUK0e0KqYWr+9dpMhM8Y9hlpTnXEyP9OjJUJT0GM0SOKG4uKW04bQlUjbofIeYCPPbdUdoipN0Ro+35
lIk/I82UUaBnkScYjzgiB36KIcf5UjFtZNptfSmPL5XWKDNQqZBEGTuX2HZBETo990rWSsitV6Q52ktG2XNRYmJtjjqxDHVia2N4
/s3mxvcb2iGjvgLIgRkW78oeIMPiucQ46kOB709S8SmytMJNhslukJnySH0iA4Msb2mK1/78QeZOKnrIOHgQlZ+Y87mW9TUSMeiM
CHbn4nDJ55KSTxQSqry4+FyLpydN/kgRmUI9bs2HJumeRqxEf8LpqVJjGT/gfIqlD2TyA+udpSG2y6ohQJTYlUZGYlbtr8u/fzAV
Qn1W59rTudtS85uEIM4VTanb6ZFGaM0Z69YGyzVzpaBXHcqlqQf29Xk/mo/PZfsLb6C+teaCKlkOEbAZTLGEQn5HVRTuEkPYy1Ai
wOphFKJ3uLM7UKr8jwRU0owesQYeaIJKAfZVOScUJb34xNow+ljyYKGoOYb4MRbMZ7fnjUlbfSO18d44zi4zqYunH6SMLwn4I4Vm
klQMU8gUPs1TCFiEPOKkJHJEoTCawmpJyz6DxfSVUcCshgYs9NFQoGFdUL5Bl1wkKUSU/QTWjjQEjRE9fkE8J+ApXUNLzCh+sfy+
i+oHfSxEU6b9B5AyFqYYsGm2UMAobWOhJCDpfBreAIWF4wyBMjCza4j87zAj/VAmp4WPtLSioqwgpwgjLcCTyPvNukeR90bXBUh9
pNQJEGyptNiP1UriTcieXi1pTvn/PqWBsflPqj6gAyEudA/+wuqK4pZ2ep5FnSD9LggD1bwnqb/7F9QnVEPtSpx39RMZUkM4TZMo
UaYwTKOdbr0C4/zilUf3vKrCgFc2JQa1ptMp+zIonA7nRPz7kO46Skhd80kAT6x+kxyoJFlskcwhiEvWDqlCJaumAH82eDLWFepZ
iSft5eYMQR47ElzSKpDq3gukYB0yuBKPUR7IfBPoU/jUSoRzjyyppjqEBJMb+pKK0TTwRLqO94F8b51JzYoLGi2HLizoatTqGzne
Y4YjLkDHCrSR0lZP+6yuU/lVM/wRL4Aa+zgp9HJKT69ATnFt7cGtqvR5OshTTL4F+qrjWgDRMrl2MKmIoZrOHMkhTXWV7HRfCx2A
8HWen29c9Lz5+eaFTOUlLDzogn+cjjFk/eAmJmKbhSvnsCtRm/n5+oWNtdVngeD6OGdIe8pbnEFdZJnuDMFQKfLoYT5+lzmbjgI5
WbacKHOUZPyRF9UHKupWAEc3DtOB97HIWd3zDJ6fY68+9TlXRyRqbdAsuT2HYQUptCZu8MoICsNOtvhbkvB8YlwD0W0XNjy9FXY5
oQzREk2LeoGmUwlL+FhBcTGaPJrn1LPp1/GdsKOfzXWio8sjmU7D/qCI7onwnFnBwlVXB4pcGY3ck8Uu6OtvmRSGxbFtiRu643Oh
mrho4oe0Lyhz4MVWM0NmhOqMMTLKmo4VkY2YGNbgVGxmayQMW06YQ4SBF/6/pftSqh8wsMueeFkpm8d5B1BO54IUrrDXnadgWklX
dC4qlV+sypI/fqUmdpI3NU68FnzqymvEgCfkh1Gn0y1Wu1UvDmkQRvvejpM3zKemHNRtAjXiDlFbVzwqmOe2ZwKI9DWG0eoKR/Rc
QPs/+zoMlDsd2vPI85uKm1KNY5nl+y7pOylxGbn00Q05iOLMp2U2yJwUoFHuAYHILiviP9hqR37i4+yR2sLM4f/R+RKBbDXDVLHD
ijFuu8EGnqVaVdtemU12xrTpnJB3g9i0woGvyKjgatT+43R63k2rM2iIcxMVRHbgP350XxMbwsU09uByA8vFen70pKQoiJsCNDoD
zCPqdQaD5+sU27Hep/+DX019HwEj+hZzQ2OPW/Vph721kwSI+8MQuYKBSPRF+Se8O4xWzTz0ol+G9J61WnBBMf4+zulZn310mDmo
G0tpurCwLBenFpnyolQqKUmVPVcDmAq7Lb0WrU3kKCa6Rowam6XZiWcZxFE2kXc3xqgfjvx35zkuY2vY1zu0xZBraMfK0REx+IwI
H8t90wXCFXBaYd2STuOwubTpenLH63C0PsD/u4Z/BoToRiEmvcPPpNsZ6bHxMrrGQq0s50+uOKPPwvQmzDhRwXUwi6YRZY+cRxQM
IRM10AnNAi7oOROw1G/GJnKB215VRt766ktcYArq4IFMqy/fPJ6DQr10A2VzZXjFrF8irw9/RaU+bJ9SFLgDHVWgE+2HsA27sMWx
2dtqsNoeKoUO4MmqL9VvvSpCJMyjw3k4wtIxQhVxoWtky1qKrUds4RfYtcJy2FaOZ6Oa5MVW9prRjG52C2GDE41bn1JPZLnGZKNh
Hgufo00a0wH3GlO09zE+ojatvWLY8nqjNVuuIi0ATzo2+roFuSYH/mPSuOv6K9d+bz9uv59KsJC6uKo78UOYd9pTNgP+Efh+8NaR
Ucc/X21bzbJ/3JIX8S2Fnlg9oeDH6stccepPx0WWIYgTo5WM2xdb7Vkc1619enbHqsPD+Tj9jZStWyZYZisFx3foPE7f21FRTNKe
jF4v1D65vqYOpkkWyhAq0bE+WoQqPi7PRjKLL3zG0U678f1/9je/e9m/7z94OXAtsXAgpf6Rg00wY3UuvYIkbtEs9M4McJSTyBTf
WunAeiXtTa8kbPeEVN/T1UJON42q34pudWn0WQncjdnHUXdKkT+TuyYd2OdcG74uYlPfICPKl4V9B13taQ3YTHjYrKNAtidi+Ego
24/5b4vNxXG1Dk4ONEMsXypp53Lfqk/WbaQI34ZdU0K0kUQFJel9dkTRfChXq34jTjuk2LEiGFCQMT04r414/TTsYVG3UucHQ1pg
nYHeemK2cpjqyHQz7Sqs4aevmpQjrRXPUimMh1m2XwmfWPzv9x3v09NAyTUpSnCahndreXsbHFX/nPlf8fxXi/qXPu6rglLT/fja
vB/IGpV0UmLk7p91dcT4dR/oMeD0TXXF4mXrGyc0LF/kupncxBr8QxGyqihFEVIvIuixScWIGFLpXYCr31Et8nthKESzw++zYPQ7
a0KkKttLFxT9G5QjYKWLXBHNqg+lh9qa7S2Brn3v1wRNfUls+h4Sn4N1XUpamZoEtNrtKTTzbK6bUgR9ofJ3ZgzX40OjkTX9X43D
Fw6zkpvXfWs3r3vdwxdWIB1CibLDo5LFXF75+7J/V+Ek1WhFb7i9OCsVDHtfCYYVXPG961N54Q7m/n1Xd1ri0GVdgMesI3QY961C
WqHtVl1iet3pWoZw6IcSzV3gIQaQU4/mmtPOthHEb15YUjKy02dWcRwl5802bqGFr74SeuHCY9+GX6oSNcbJlqasDGfSSk8lbICx
R/afcoOINjjKM/f9ov06mC+/33sAJBaNVtuzIuyFdo1IY8+dr6CLMF33DYXK1HlMSFsPRStH898ZCaF1zPSkFUYwiXzGYTZKoyv2
ef4dGNXfUWkaqvCQHnlVGGWCY4xz/ok55FNW2ws1tW6fkGhNZTigljA6J8Llmoj5XTQStgUQtcx0DYX+HrPlqm+6RUVFfOo8PoNb
U4Yo8wxNyQsW3yqwFqZ0+QjW74b9C/gsQuLIMKC6uFk/KWtdl7zHGzEreQ4pXgSnJe1j+DcR65t2UfHYvg649Psr4Ktwm+nVgBpB
VGHHIMSgGy7aHZ9mMfgTDzBrOsBimqsd4QGaiuWW+Jl5gtlnnmDdvmqLMZ5TBFX2RTdXjyekjSpIKC2ltEpCxgA7297XOkrGL1sc
Gq+n1VlkJasuoGUMUHjCA4ErVTLlbfS8wWCTsOBg8IL1vHcYGsa6zyzKw7VpghwmYL1kurQa/PhulTPZxegaERVZXjCabpwG1/la
FObXaxHs5do4ztbGUTbCGOIHWBwFiSmPYkEvFAluoJcmKIszaKCVWX9IId6/ApbwO6XN6bRi3lw7LWWR51OWbuRyZiTLTR/0jVGc
RM+0gWKmGXQYboerhL93O2bhKdDSHyOSI4K7/pI6J3W/nKoKdA57ThWINf9di/za7Z8l7zC+8iBeAsAEMI9ui7x81lssXMVxct3W
THbBx5WplTwyUmqynjehli4AaXkw1F8rYtNwKmI2BTK2mbWtO1XKR9tAgbTlvFJLqd2t2itkdFe+R/rLFaKZJFkXw6tc5CsJvGFr
gTfUxT91GcKnpf761A5MKVAoHtpoCij1IBkP+BusGTIX2dpdyxQThU9FKvd2ZRjcSxEHRiK1HjyswOY2fGigO2PdtqF5+uGX3o/e
+Bz+uKjU6KrZXdK9MPQUepiGSUzr09u35OQkLyp2hRiepyQ6xXKgMQfYy/tQ5eu4WaUOjo2vs94/c9fcuCyxXplEiwd+2tsjAAvp
U5t9Fr3zbmmpyNEYRQ+bApdLw5P1DvF3m8Fxf8yRkZOlB6SKTJoqFBUdkOMFuQs3nQmQM2DRsnDsLMcI03+x2T9LH06wnS/9kGkg
TnbFHeD9QzeaH7v821opr1Kps1gR3GXUrvSp8PuLTV6JXpMbeYNpNAbmMTfKc5s7IlsfQ2fX0+Supml7+JHsS6tjpFQ6Ql8vFmHF
q2UAizjFy4ogRuwLKTlXBnABVYhKfQIverw6ImOGyyKOtkJno2T+YENnogtz77BxHwf0dQkjTGvlCz2bAXy/At6gMMAVFiZZUCPZ
DDD1/JU1OUzDySoKZ5X2xTRrj7wsfCxXE69Npf1SrKW1ev7peFIj6pHtROR05uZKeoUuWdwNzTENpexgSqXAnFJijeWPU1gabMwj
ClzNp5xldoxLcber0mv+8OsKwabn5Y2Wo6xWSssSgLVPu06yDJXcpY7Pw/7PoZ7RA22VIeOyLacfUuR0RCLTIaWclrZDUc6lZDFs
f1YUMqmHeBluOj0jTl03wam/ZdShNFtztpCWqrba+LVVD6WISMN6IvhX5T3Hn2HPGMBYfqtCq3i5lfcc07WNy6+802qJ8Z+VFkXh
MPqr8p5C3Njhx4qex23wYs2GsiE+Fmf5iBMRBv3VDkUY+M1QMccWi4XiJ5+5VmHUFzDJUbANK+t5NbdA/BDhrY/YutX37byD06at
wj8qb6lQJkGTsV3ibe1FCGovQoA1onCd9J7/tJ/T1golEKSCN8NMvEJreZVG4xs0gmZhMMv6VNKg7+0jYp2FmC2fM9jCTgXRzSQX
scpxnuAgskP/miobyMw5Uert7L7zRpNwdMs0Dlc49maLHBGYpTjm7vGht3Ny0KMqCdBKTLs/piIwXD5FK9gQpJzgGy2yaCMCfP92
eRTmr2kx/VGmwptDVGWH9+EIbX5cn+EwiRNOf5ZhZrLbkGs5YM6057wba6SZBl4h68/GQh2eT2AfyBU6mCUC75NLB6Uthh5xKDnS
45Lti918C71W8+1zQA8cEVerAJCY0vhbKnqc596fZxvPMnq4hlp+L0cPReZEsBAt2nRdod048pDGoH/7bxbxSN2ROjZGXjG+5OKi
zrNfMJLLfVeL4SRKU0/KNzHrY0EY6zXM+m9Hknk4CjAEDH7vzKNqF28ISLml2Gt6ZBkMy46IlsOHLA9n9KTa8Ci8e8dN0d16fIgA
jg/6u1QTuNwcoV7OADhT/KnuQLXzQ070esQR3PvxMkqTGC37+pvyR8fZa2RNSh8cD8VZ9OV/qVX54xN5ZPC5Oj4r3nFmWjCgkLNZ
YSwFIyCO5FD5tUUhR7hhsRMm+Urv8Ieni/ipgFI9wcELRopGQ1G6QYLCE+Sp+QywPEoB8104JGDAuXet2yq+1vEBIwIdjEHuPuC/
SjhBbRNNfD9ezLDUb+hrdb7VsmCb0weNC4cO+8UX3JTbbFmz/lEn/8QGZvc/LaKxF9WPw59x+6jNOHx1HAPRH4I6HBQDy1TypbFF
V8Xg+pfyE9tUyA//MBlH1w0rFiCM4+KA4pNiQPneOcgeFQe3DiI7FU1kp3V79zbOqHKWlBHCfJIUk50HWO6mOnNtx2QH8kv+RF+F
C2g1PIkwy5eDftoBVxUqE0WnPlJgsJqMfC1qUqHizLGDXB0KmepZNAVizdXNcF1nExSfRfko42VpIYC3fpomV8H0N5Nt6vPFBbaE
AElUIgGRHtmbmzSIyZw9/O/h2f4h2dp3xrMojpBZyhPMDoPaMxHJNvhKhakRHyQSCMierx4IQ4q+KE2qKD+A5XPuYOawM9eLDJGo
F+jDAJ5N5qHIEVjCIzpNIkwCBPad5UgEU69KxtBHPM9qfRnS+0yIo628M4d0VqmjFkPgldIoxzS7I0EUjecVihiOUBu/MxqFWXYK
NNNXn5SeyR4OZO721Fclh4bRGEtu9d+h9wMD7ZBQAyoqetzd6f9f3dX2NI4k4b/ijU46RwoWcMMKwacQDOQuEJSEvZOOFcqLw0QX
Ys52mEWa+e9bT1W13Y7bSWD3PtyXGeJ+q66urqqurq6CqksKA33qyOq1PBlCf3IP7eUy/tb8nwIJKU00ViarPxNcXkulwXKJEKm1
LL5J9albxb1XGmJy1y7BZqfNPULK5pRp2L9tDWfNrkxXLh4oIYCn/10vkoj5AbJyEDC3taYP1atfEY84Xqee+Jh4s4VudcwkifDw
i/a5qDDM32CeWycph6B2XBh8lSg9jMEAKfL6q8gvgDl3Z9hsT8acSlymWboW0A5dRkrF0dfSAbOGUw54KpG/7YIHHXEYcwZeW8j6
VwBXsBxpY6X15SJ9jTHePkqPrZEXAoR/Vk9DQiTiizuXRfPr2TBYGjwjiJEusjGeGceIqkz7jNqV6zYr7k7EiTmCt7iUvlEXeS4I
6YAHJHmg4RQlOwIx6qBGRl+JI5O18+rWQxvMFgjpjjToAR0aJqRR+rZufx1l0iUnSrdL+In8eCmlaEsn1zbSxU7ZmZJE7Bhu4+V9
vBn8vsqmvPTdHGI+zWh3jkEi7gNj7OCTVfv0T5fEJKYZQj2HnNzVJyzv51qpa7Y7s2Y+hEPQVcpcQUIhS4ZRVsiN+yTO5A2HL4mx
eevVt+yDQH1CZU2VqqDCfpO1sgpSRI8uSlzipltsrqvl+Dl3eYTHFJd436t1+nxC08/Iixe/jp+ZNKX8LsbhaU9J9sE5EVL+P+ZU
EKowvfw3KHZTvlavrapEOJ7CkFJ0e20oTMHhnbAtVh4g/ViIPNcKeAnMdgRMAQA+p0rZ+i+hJp77VRbQ3GuvJkEF0bjUrsM+IrLI
5NjrIwlkvOx9EGlsME1ycr7/o87JGJhSBp3EkyUn25NZy/bcMkcZrsVYaieRhSXlBNCwFGQHk6OxrSg1O/CFnLTfLLuG5ONu3IS9
+3Dw1Gl3bsKnh7th+yqEE6gleDnYHokoxNl7WXO4x2UscYM35DAkJY4umhukXmD7G7KapNRkndXkScEsq+mF8XTXVg+QpkgeebDo
JoHdQD7WZOvmyUOLJluzAJA6+C3BlPPQ8TLoX20VAWfGs9LE/eHB0cHJwdFpE9CVUVDKjCn1/nZ8cPLlS5Mjx8OHG2hMENOTD6Jw
NmbyED3FRqAuChC5NainIdkNYlUthGfCIpU1F2uAPpSprotHUPX9fCxkl+zj4G/A4FQcNmIacBNxlB6dcqIOUAkn+pEV0Qzbpn7T
5ar0U3mOpV5s/PJlfaN5vuOdc7rgcKBO1NSzsHRzMphm6pp/CT6hhZw0aC9yQnHHTJ0UT/1sO00wBajeZNmWLJ0IHN9oVlL0/btX
0bm4pNY0tinvNkaqF4zVbpHHFjII+WTpGDSe/RPB7b6LZe1M7lPAJSRj5ASHvCJfDW3jQcQvjMylmQSxLrJWfmnWKfsYiz2zbOBr
dsRaQhAxoFmCFLVz3RTFJ18McvhwSyMH/ddoJT9FOAQYsFVMNsgnS8pK8VUmviFDdXwZaCAISYwSbn305y3+9jC6Og1XhAB4VYgm
ulMqK3kkDNcoDlczf0tOdydZ8Gzuom++y6qZwcZOxMH0xzVJtPMCSDWU10PvohlGs1AYDaqpjPJnpEwJEVOz54eDQX/wdNXthU/h
v7rD0bDFUff7xVn+zCQGNFGX7dGY9qZ6siXu7msYK1znLceLF9hhNW/ScZXgxBvLwFmPnBriy5L3HUv3GfLM4SnRKK+LTaRQivd+
CDJ5z6J//8rpPWrWEbrVBdUiXbJ85VJizwIGclwckkwzYaj2Ce1m+4xt4aXGLdRa/z0YfoVz7kozlStvH9xHytNy8RSvk2lxEzYr
ApTm+ylvoVWtOuagXX+X8vaRkaR6dZh971GMjODOtCiXCmXDf49N2ovVTHNdwBVBrg5TfiKTvvIyAsPr568wwi/lCI4YT+xekK4n
BGAGD4MxOxSUTPFFdLVuJ365gMtNsmHQUv+u8sXXaxI/d22t3nqdYDzbNzxkOFR8alz+f1Uno6IHuS6pb19y0K0M3F29xf+J9h0b
HjHah8vaN8jRmCMFRr86DGnbbYgqdgkHgoUWreynu0pZUfP5qEf4w/9XSfxyj5aXvnQgR86mk8I+i3rroYIZ128Ggshb9q7xpfmF
0J+YCKgmzAZRkr2biHZxyyxm7S3YnsuKZw0fgGXohMV6WIKngeKt/WMb6j5BPJ9DnimX68scYiHHyuYfVV2RjoND445EupB+DvAI
ezFF7IKlXIGtcRkLr5pVuqBzUqBZGOkIuHpav85Yhq9TFuSBGa0TMyVm6Zk3ag//8dTujLr9O9IVwg5kEH8bDbrX13Tgvuj3R96p
fuwMwvYofCLl4uH+kv7yftaCXv+aOhh+efCOW/mcrIJw8Eu3E9JAnf7D3cg70WaDh7te+EvYe7rpXt+Ew5F3pAXh3cMtfby8DO+8
Q/bTIMyb/ZM6rhg3vViwif8eT/Lfuy4aix0P16/z+opKL4TS5LxCZFVfGu+MPbbY/ufgNT4tpF44GBsPaKyzTpIIbzsD3DeBAn/s
Hqs8hZYNaa2yRaAFVBkOTfas8zI0pkKZ7RYvTN1PSp21FztaLX2byojGMaKxSd+NynOGF91RPjVueSb+bsP9eoHq7APuII4z+4LP
GiWfCe4ZzcUG7DyPj4165jeInhExPHc2LTmM0tZfcxgYtVyMUzFFmp/ZBYGzF+Zy4M5ddWbRXLFbwhgpv6AXmsOhu51xRNHGnPUz
QtLPoRa4FgXs3jRsSVBC2BX40Xt33l9djDPCx4LjZbkuCRx9DLP4tTu/junnp9qH7PtIuwxuG73FywIhlBv3o+ObhnviRBWr6eJ1
vKzM/N6U1E09b0qVB+tVj45OSxrtaI/qD7SnujNEFlM6wPOmwrpyJht3dz+9+JmmSkKp3NUJ9XDssFttkpn7AIBAR6g3ShbPz1EC
1XX8LhfPCFZPKgp/h+9IpKfQDfElme1NElHv7eVF7K43d0PXaJqGkp+ZWHl5T2ivAQ7W+O0szuJym3IsiaAuoZ6BsrQbyiusEyTa
BlNhbkR4PHUcvwzutVMQO5AitHV029hqwFWAxtNsGzBtCYtWhuWwhgaoLwxNhwmqVHspK/SQm6SohYqbe0QRGCJL8+Pj21Fw+PhY
5G0Oot+qiQrL47YNM5PQePK3e3up4dvBkqqMtY7pSx/YZMphQW2X0XyxWgBleTA+xuPPG3uKrdwNfWZpdLEtW6WOua9XNl+XmGql
ldQ/RazI/JTlcgPhEY2K2spvG91aK5p3V/O47PS4LWhu3mKBf8Q0Yb7VCAzYFs8d7iPs/FVatrqZ1XiSjIgyoLa9xXLR73piCjCr
CavnsZoejLdJtRzBSOCPvPkc1mwpQM/SBNuoGi2YeuiNU2IseDK1uxvUxYylfqU/8EtaW8ReQ60OAsbzZj7z5OKLr5y8o4PJGC9+
8Y7e86HBH7AGz4r+NG+U0qpFnKgwUufYONkIAq9Ll8iY5VVSkG2N2cFHNAGNc9LaLetZBD0CaGh+CVma1TPxmfvFbAveql1h0iwb
IaOlh+5lo/qO3SaMuiB8hg1EM6A7gMrgE3z+HGcvXLAhVtUMk+bDkX0Ykrx7f8nsdiqkxEDDPbrPtqj+R1kAOpHl2M+E5Bgo770A
OOeAh9bp8sfvM17yL/0nAgA=
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
