<#import "template.ftl" as layout>
<#assign failed = messagesPerField.existsError('username', 'password')>
<@layout.registrationLayout displayMessage=!failed; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
        <form id="kc-form-login" class="samskap-form" action="${url.loginAction}" method="post" novalidate>
            <#if !usernameHidden??>
            <div class="samskap-field">
                <label for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                <input id="username" name="username" type="text" value="${(login.username!'')}" autocomplete="username"
                       autocapitalize="none" spellcheck="false" dir="ltr" autofocus<#if failed> aria-invalid="true" aria-describedby="input-error"</#if>>
            </div>
            </#if>
            <div class="samskap-field">
                <label for="password">${msg("password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr"<#if failed> aria-invalid="true" aria-describedby="input-error"</#if>>
            </div>
            <#if failed>
            <p id="input-error" class="samskap-error" role="alert">${kcSanitize(messagesPerField.getFirstError('username', 'password'))?no_esc}</p>
            </#if>
            <input type="hidden" id="id-hidden-input" name="credentialId"<#if auth.selectedCredential?has_content> value="${auth.selectedCredential}"</#if>>
            <button class="samskap-button" name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
        </form>
        </#if>
    </#if>
</@layout.registrationLayout>
