# hyperv.network bootstrap v1
$ProgressPreference = 'SilentlyContinue'
# stdin first (allowed in CLM): a refusal that left it unread could fail the sender's stdin write.
$hvnetLines = @($input | ForEach-Object { [string]$_ })
if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"CONSTRAINED_LANGUAGE","message":"PowerShell runs in Constrained Language Mode (App Control/WDAC or AppLocker): the hyperv.network bridge needs FullLanguage"}}##hvnet-response-end##'
    exit 3
}
$hvnetAt = [Array]::IndexOf($hvnetLines, '#hvnet-request')
if ($hvnetAt -lt 1 -or $hvnetAt + 1 -ge $hvnetLines.Count) {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"BAD_REQUEST","message":"bridge input is not framed as bridge lines, #hvnet-request, request line"}}##hvnet-response-end##'
    exit 2
}
$hvnetText = $hvnetLines[0..($hvnetAt - 1)] -join "`n"
if ($hvnetAt -eq 1 -and $hvnetText.StartsWith('#hvnet-bridge-sha256:')) {
    # Cached bridge: run the cached copy only if the bytes that run hash to the expected SHA-256.
    $hvnetWant = $hvnetText.Substring(21)
    $hvnetText = $null
    $hvnetPath = [IO.Path]::Combine([Environment]::GetFolderPath('CommonApplicationData'), 'hyperv.network', 'bridge-' + $hvnetWant + '.ps1')
    if ($hvnetWant -match '^[0-9a-f]{64}$' -and [IO.File]::Exists($hvnetPath)) {
        $hvnetBytes = [IO.File]::ReadAllBytes($hvnetPath)
        $hvnetHash = -join ([Security.Cryptography.SHA256]::Create().ComputeHash($hvnetBytes) | ForEach-Object { $_.ToString('x2') })
        if ($hvnetHash -eq $hvnetWant) { $hvnetText = [Text.Encoding]::ASCII.GetString($hvnetBytes) }
    }
    if ($null -eq $hvnetText) {
        '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"BRIDGE_NOT_CACHED","message":"this host has no verified cached copy of this bridge; send it in full"}}##hvnet-response-end##'
        exit 2
    }
}
# The bridge ends with its own exit; reaching the end means it could not be created or run.
try {
    $hvnetBridge = [ScriptBlock]::Create($hvnetText)
    & $hvnetBridge $hvnetLines[$hvnetAt + 1] $hvnetText
} catch {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"INTERNAL","message":"the bootstrap could not run the bridge (truncated or damaged bridge text?)"}}##hvnet-response-end##'
}
exit 1
