# hyperv.network bootstrap v1
$ProgressPreference = 'SilentlyContinue'
if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"CONSTRAINED_LANGUAGE","message":"PowerShell runs in Constrained Language Mode (App Control/WDAC or AppLocker): the hyperv.network bridge needs FullLanguage"}}##hvnet-response-end##'
    exit 3
}
$hvnetLines = @($input | ForEach-Object { [string]$_ })
$hvnetAt = [Array]::IndexOf($hvnetLines, '#hvnet-request')
if ($hvnetAt -lt 1 -or $hvnetAt + 1 -ge $hvnetLines.Count) {
    '##hvnet-response-begin##{"protocol":1,"ok":false,"results":[],"error":{"index":null,"op":null,"code":"BAD_REQUEST","message":"bridge input is not framed as bridge lines, #hvnet-request, request line"}}##hvnet-response-end##'
    exit 2
}
$hvnetBridge = [ScriptBlock]::Create(($hvnetLines[0..($hvnetAt - 1)] -join "`n"))
& $hvnetBridge $hvnetLines[$hvnetAt + 1]
exit $LASTEXITCODE
