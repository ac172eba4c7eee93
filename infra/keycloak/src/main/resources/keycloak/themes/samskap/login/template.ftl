<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="description" content="${msg("samskapDescription")}">
    <#-- org: the municipality the gateway named with the scope organization:<kommunenummer> (ADR 0059) -->
    <#if org??>
    <title>${msg("samskapLoginTitleIn", (realm.displayName!'Samskap'), org.name)}</title>
    <#else>
    <title>${msg("loginTitle", (realm.displayName!'Samskap'))}</title>
    </#if>
    <#-- Samskap's icon, as on the gateway's pages; without it the browser asks Keycloak for /favicon.ico in vain -->
    <link rel="icon" href="${url.resourcesPath}/img/favicon.svg" type="image/svg+xml">
    <#list properties.styles?split(' ') as style>
    <link href="${url.resourcesPath}/${style}" rel="stylesheet">
    </#list>
</head>
<body>
<header class="samskap-header">
    <p class="samskap-identity">
    <#if client?? && client.baseUrl?has_content>
    <a class="samskap-brand" href="${client.baseUrl}">${realm.displayName!'Samskap'}</a>
    <#else>
    <span class="samskap-brand">${realm.displayName!'Samskap'}</span>
    </#if>
    <#if org??>
    <span class="samskap-municipality" id="municipality-name"><bdi>${org.name}</bdi></span>
    </#if>
    </p>
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
    <nav class="samskap-languages" aria-label="${msg("languages")}">
        <ul>
            <#list locale.supported as l>
            <li><a href="${l.url}" lang="${l.languageTag}"<#if l.languageTag == locale.currentLanguageTag> aria-current="true"</#if>>${msg("samskapLanguage_" + l.languageTag)}</a></li>
            </#list>
        </ul>
    </nav>
    </#if>
</header>
<main class="samskap-main">
    <h1 id="kc-page-title"><#nested "header"></h1>
    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
    <p id="kc-username">${auth.attemptedUsername} <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a></p>
    </#if>
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
    <div class="samskap-alert samskap-alert-${message.type}" role="<#if message.type = 'error'>alert<#else>status</#if>">${kcSanitize(message.summary)?no_esc}</div>
    </#if>
    <#nested "form">
    <#if displayInfo>
    <div id="kc-info"><#nested "info"></div>
    </#if>
</main>
<footer class="samskap-footer">
    <#if client?? && client.baseUrl?has_content>
    <a id="back-to-samskap" href="${client.baseUrl}">${msg("samskapBack")}</a>
    </#if>
</footer>
</body>
</html>
</#macro>
