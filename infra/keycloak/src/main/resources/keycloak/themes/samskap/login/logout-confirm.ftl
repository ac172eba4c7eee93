<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("logoutConfirmTitle")}
    <#elseif section = "form">
        <p>${msg("logoutConfirmHeader")}</p>
        <form class="samskap-form" action="${url.logoutConfirmAction}" method="post">
            <input type="hidden" name="session_code" value="${logoutConfirm.code}">
            <button class="samskap-button" name="confirmLogout" id="kc-logout" type="submit">${msg("doLogout")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
