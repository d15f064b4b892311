package org.lbkit.storage.internal;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.Share;
import org.lbkit.storage.LineEnding;
import org.lbkit.storage.RenderedFile;

/**
 * Renders the PowerShell script of the guide's service-account step: the IceWarp services run
 * as an account with exactly the share account's name and password, so that they can reach the
 * share. For a local share account the script creates (or updates) the local user; for a domain
 * account it uses the domain user. The account joins the local Administrators group (found by
 * its well-known SID S-1-5-32-544, because the group's name is translated), receives the "log on
 * as a service" right, becomes the logon account of every IceWarp service present, and the
 * services restart.
 */
public final class ServiceAccountScript {

    private static final String LOGON_RIGHT = """
            function Grant-ServiceLogonRight([string] $Account) {
                $sid = (New-Object System.Security.Principal.NTAccount($Account)).Translate(
                    [System.Security.Principal.SecurityIdentifier]).Value
                $folder = Join-Path $env:TEMP ('lbkit-' + [guid]::NewGuid())
                New-Item -ItemType Directory -Path $folder | Out-Null
                try {
                    $exported = Join-Path $folder 'rights.inf'
                    secedit.exe /export /cfg $exported /areas USER_RIGHTS | Out-Null
                    $lines = Get-Content -LiteralPath $exported
                    $current = $lines | Where-Object { $_ -like 'SeServiceLogonRight*' }
                    if ($current -and $current -match [regex]::Escape('*' + $sid)) { return }
                    $entry = if ($current) { $current + ',*' + $sid } else { 'SeServiceLogonRight = *' + $sid }
                    $policy = Join-Path $folder 'policy.inf'
                    Set-Content -LiteralPath $policy -Encoding Unicode -Value @(
                        '[Unicode]', 'Unicode=yes', '[Version]', 'signature="$CHICAGO$"', 'Revision=1',
                        '[Privilege Rights]', $entry)
                    secedit.exe /configure /db (Join-Path $folder 'policy.sdb') /cfg $policy /areas USER_RIGHTS | Out-Null
                    if ($LASTEXITCODE -ne 0) { throw ('secedit failed to grant the service logon right to ' + $Account) }
                } finally {
                    Remove-Item -LiteralPath $folder -Recurse -Force
                }
            }
            """;

    private ServiceAccountScript() {
    }

    /**
     * Renders the script.
     *
     * @param cluster the cluster whose share account the services use
     * @param node the Windows node
     * @param redact whether to write {@value RenderedFile#MASK} in place of the password
     * @return the script text
     */
    public static String render(Cluster cluster, Node node, boolean redact) {
        Share share = cluster.share();
        String password = redact ? RenderedFile.MASK : share.password().reveal();
        String account = share.domain().map(domain -> domain + "\\" + share.user()).orElse(".\\" + share.user());
        TextBuilder text = new TextBuilder(LineEnding.CRLF);
        text.line("# Service account of node " + Comments.safe(node.name()) + " in the IceWarp cluster "
                        + Comments.safe(cluster.name()) + "; rendered by lbkit.",
                redact ? "# Redacted copy for review: the password is replaced by ****, so do not run it."
                        : "# Contains the share password: keep it readable by its owner only and delete it after use.",
                "# The IceWarp services log on with the share account's name and password so that they can reach",
                "# the share.",
                "#Requires -RunAsAdministrator",
                "$ErrorActionPreference = 'Stop'",
                "$UserName = " + quote(share.user(), "share user"),
                "$Account = " + quote(account, "service account"),
                "$PlainPassword = " + quote(password, "share password"),
                "$Password = ConvertTo-SecureString -String $PlainPassword -AsPlainText -Force",
                "$IceWarpServices = " + WindowsServices.powerShellArray(),
                "");
        userAndGroup(text, share.domain().isPresent());
        text.line(LOGON_RIGHT.split("\n", -1));
        services(text);
        return text.build();
    }

    private static void userAndGroup(TextBuilder text, boolean domainAccount) {
        if (domainAccount) {
            text.line("# The share account is a domain account: no local user is created.");
        } else {
            text.line("if (Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue) {",
                    "    Write-Host ('Setting the password of the local user ' + $UserName)",
                    "    Set-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires $true",
                    "} else {",
                    "    Write-Host ('Creating the local user ' + $UserName)",
                    "    New-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires -AccountNeverExpires `",
                    "        -Description 'IceWarp services; same name and password as the share account' | Out-Null",
                    "}");
        }
        text.line("$Administrators = Get-LocalGroup -SID 'S-1-5-32-544'",
                "$member = Get-LocalGroupMember -Group $Administrators -ErrorAction SilentlyContinue |",
                "    Where-Object { $_.Name -ieq $Account -or $_.Name -like ('*\\' + $UserName) }",
                "if (-not $member) { Add-LocalGroupMember -Group $Administrators -Member $Account }",
                "");
    }

    // NOTE: IceWarp documents no name for the anti-virus service. The script therefore looks for a
    // service whose display name mentions Kaspersky, and warns when it finds none.
    private static void services(TextBuilder text) {
        text.line("Grant-ServiceLogonRight $Account",
                "$names = @($IceWarpServices)",
                "$antivirus = Get-Service | Where-Object { $_.DisplayName -like '*Kaspersky*' }",
                "if ($antivirus) { $names += $antivirus.Name } else {",
                "    Write-Warning 'No Kaspersky anti-virus service found; set its logon account by hand if it exists'",
                "}",
                "foreach ($name in $names) {",
                "    $service = Get-CimInstance -ClassName Win32_Service -Filter (\"Name='\" + $name + \"'\")",
                "    if (-not $service) { Write-Warning ('Service ' + $name + ' is not installed; skipped'); continue }",
                "    $result = Invoke-CimMethod -InputObject $service -MethodName Change -Arguments @{",
                "        StartName = $Account; StartPassword = $PlainPassword }",
                "    if ($result.ReturnValue -ne 0) {",
                "        throw ('Setting the logon account of ' + $name + ' failed with code ' + $result.ReturnValue)",
                "    }",
                "    Write-Host ('Service ' + $name + ' now logs on as ' + $Account)",
                "}",
                "",
                "Write-Host 'Restarting the IceWarp services'",
                "foreach ($name in $names) {",
                "    if (Get-Service -Name $name -ErrorAction SilentlyContinue) { Restart-Service -Name $name -Force }",
                "}");
    }

    private static String quote(String value, String what) {
        return PowerShellQuoting.quote(value, what);
    }
}
