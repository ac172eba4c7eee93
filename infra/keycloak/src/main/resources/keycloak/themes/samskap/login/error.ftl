<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("errorTitle")}
    <#elseif section = "form">
        <p id="kc-error-message">${kcSanitize(message.summary)?no_esc}</p>
    </#if>
</@layout.registrationLayout>
