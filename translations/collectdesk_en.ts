<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminCli</name>
    <message numerus="yes">
        <location filename="../app/admin/AdminCli.cpp" line="+196"/>
        <source>Schema at version %1 on %2 (%n migration(s) applied).</source>
        <translation>
            <numerusform>Schema at version %1 on %2 (%n migration applied).</numerusform>
            <numerusform>Schema at version %1 on %2 (%n migrations applied).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+290"/>
        <source>The %n failed record(s) are in %1 with the reason; fix them there and import that file again.</source>
        <translation>
            <numerusform>The %n failed record is in %1 with the reason; fix it there and import that file again.</numerusform>
            <numerusform>The %n failed records are in %1 with the reason; fix them there and import that file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogExporter</name>
    <message numerus="yes">
        <location filename="../models/services/AuditLogExporter.cpp" line="+94"/>
        <source>The export was cancelled after %Ln entries.</source>
        <translation>
            <numerusform>The export was cancelled after %Ln entry.</numerusform>
            <numerusform>The export was cancelled after %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogPage.cpp" line="+482"/>
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln matching entry</numerusform>
            <numerusform>%Ln matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries loaded; counting…</source>
        <translation>
            <numerusform>%Ln entry loaded; counting…</numerusform>
            <numerusform>%Ln entries loaded; counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>Exported %Ln entry to %1.</numerusform>
            <numerusform>Exported %Ln entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message numerus="yes">
        <location filename="../models/services/CsvExporter.cpp" line="+200"/>
        <source>The export was cancelled after %Ln rows.</source>
        <translation>
            <numerusform>The export was cancelled after %Ln row.</numerusform>
            <numerusform>The export was cancelled after %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFormHoldsTab</name>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerFormHoldsTab.cpp" line="+167"/>
        <source>%n pending task(s) cancelled</source>
        <translation>
            <numerusform>%n pending task cancelled</numerusform>
            <numerusform>%n pending tasks cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active campaign(s) paused.</source>
        <translation>
            <numerusform>%n active campaign paused.</numerusform>
            <numerusform>%n active campaigns paused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerInvoicesTab</name>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerInvoicesTab.cpp" line="+205"/>
        <source>%1: %n invoice(s), amount %2, paid %3, balance %4, overdue %5</source>
        <translation>
            <numerusform>%1: %n invoice, amount %2, paid %3, balance %4, overdue %5</numerusform>
            <numerusform>%1: %n invoices, amount %2, paid %3, balance %4, overdue %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListExport</name>
    <message numerus="yes">
        <location filename="../models/services/CustomerListExport.cpp" line="+226"/>
        <source>The export was cancelled after %Ln rows.</source>
        <translation>
            <numerusform>The export was cancelled after %Ln row.</numerusform>
            <numerusform>The export was cancelled after %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerListPage.cpp" line="+651"/>
        <source>Exported %Ln customers to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRecordRisk</name>
    <message numerus="yes">
        <location filename="../models/services/CustomerRecordRisk.cpp" line="+60"/>
        <source>%n overdue invoice(s) (10 points each, at most 40)</source>
        <translation>
            <numerusform>%n overdue invoice (10 points each, at most 40)</numerusform>
            <numerusform>%n overdue invoices (10 points each, at most 40)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Oldest overdue invoice %n day(s) past due (1 point per 3 days, at most 30)</source>
        <translation>
            <numerusform>Oldest overdue invoice %n day past due (1 point per 3 days, at most 30)</numerusform>
            <numerusform>Oldest overdue invoice %n days past due (1 point per 3 days, at most 30)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n failed contact attempt(s) in the last 30 days (5 points each, at most 10)</source>
        <translation>
            <numerusform>%n failed contact attempt in the last 30 days (5 points each, at most 10)</numerusform>
            <numerusform>%n failed contact attempts in the last 30 days (5 points each, at most 10)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportCheckPage.cpp" line="+151"/>
        <source>Checking… %1 of %2 read, %n record(s) checked</source>
        <translation>
            <numerusform>Checking… %1 of %2 read, %n record checked</numerusform>
            <numerusform>Checking… %1 of %2 read, %n records checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n record(s) checked in %1 s.</source>
        <translation>
            <numerusform>%n record checked in %1 s.</numerusform>
            <numerusform>%n records checked in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n record(s) would fail and go to the error file with the reason; the others would be imported. Go back to change the mapping, or import.</source>
        <translation>
            <numerusform>%n record would fail and go to the error file with the reason; the others would be imported. Go back to change the mapping, or import.</numerusform>
            <numerusform>%n records would fail and go to the error file with the reason; the others would be imported. Go back to change the mapping, or import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All %n record(s) can be imported.</source>
        <translation>
            <numerusform>All %n record can be imported.</numerusform>
            <numerusform>All %n records can be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportFilePage.cpp" line="+234"/>
        <source>Encoding: %1 · Delimiter: %2 · Size: %3 · %n column(s)</source>
        <translation>
            <numerusform>Encoding: %1 · Delimiter: %2 · Size: %3 · %n column</numerusform>
            <numerusform>Encoding: %1 · Delimiter: %2 · Size: %3 · %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>The first %n record(s) of the file; more follow.</source>
        <translation>
            <numerusform>The first %n record of the file; more follow.</numerusform>
            <numerusform>The first %n records of the file; more follow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n record(s) of the file.</source>
        <translation>
            <numerusform>All %n record of the file.</numerusform>
            <numerusform>All %n records of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) cannot be read (marked); they will fail and go to the error file.</source>
        <translation>
            <numerusform>%n record cannot be read (marked); they will fail and go to the error file.</numerusform>
            <numerusform>%n records cannot be read (marked); they will fail and go to the error file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) have a different number of fields than the header (marked); they will fail.</source>
        <translation>
            <numerusform>%n record has a different number of fields than the header (marked); they will fail.</numerusform>
            <numerusform>%n records have a different number of fields than the header (marked); they will fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="+142"/>
        <source>Importing… %1 of %2 read, %n record(s) so far</source>
        <translation>
            <numerusform>Importing… %1 of %2 read, %n record so far</numerusform>
            <numerusform>Importing… %1 of %2 read, %n records so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Of the %n record(s) read, %1 were created, %2 updated, %3 skipped as duplicates and %4 failed.</source>
        <translation>
            <numerusform>Of the %n record read, %1 were created, %2 updated, %3 skipped as duplicates and %4 failed.</numerusform>
            <numerusform>Of the %n records read, %1 were created, %2 updated, %3 skipped as duplicates and %4 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n record(s) were stored before.</source>
        <translation>
            <numerusform>%n record was stored before.</numerusform>
            <numerusform>%n records were stored before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The import was cancelled. %n record(s) were stored (created or updated) in %1 transaction(s).</source>
        <translation>
            <numerusform>The import was cancelled. %n record was stored (created or updated) in %1 transaction(s).</numerusform>
            <numerusform>The import was cancelled. %n records were stored (created or updated) in %1 transaction(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportSummaryView.cpp" line="+122"/>
        <source>Only the first %n problem(s) are listed; the error file has every failed record.</source>
        <translation>
            <numerusform>Only the first %n problem is listed; the error file has every failed record.</numerusform>
            <numerusform>Only the first %n problems are listed; the error file has every failed record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message numerus="yes">
        <location filename="../models/services/ImportValidator.cpp" line="+253"/>
        <source>Line %1 has %n field(s) but the header has %2; a delimiter or a quote is probably missing.</source>
        <translation>
            <numerusform>Line %1 has %n field but the header has %2; a delimiter or a quote is probably missing.</numerusform>
            <numerusform>Line %1 has %n fields but the header has %2; a delimiter or a quote is probably missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message numerus="yes">
        <location filename="../ui/auth/KeychainStore.cpp" line="+27"/>
        <source>No keychain service answered within %n second(s).</source>
        <translation>
            <numerusform>No keychain service answered within %n second.</numerusform>
            <numerusform>No keychain service answered within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No keychain service answered within %n millisecond(s).</source>
        <translation>
            <numerusform>No keychain service answered within %n millisecond.</numerusform>
            <numerusform>No keychain service answered within %n milliseconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <location filename="../ui/auth/LoginDialog.cpp" line="+86"/>
        <source>Keeps you signed in on this computer for up to %n day(s). The session key is kept in the system keychain.</source>
        <translation>
            <numerusform>Keeps you signed in on this computer for up to %n day. The session key is kept in the system keychain.</numerusform>
            <numerusform>Keeps you signed in on this computer for up to %n days. The session key is kept in the system keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message numerus="yes">
        <location filename="../ui/admin/NewUserDialog.cpp" line="+142"/>
        <source>A reset token valid for %n minute(s) will be shown once after the user is created; give it to them through a channel you trust.</source>
        <translation>
            <numerusform>A reset token valid for %n minute will be shown once after the user is created; give it to them through a channel you trust.</numerusform>
            <numerusform>A reset token valid for %n minutes will be shown once after the user is created; give it to them through a channel you trust.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionDiffDialog</name>
    <message numerus="yes">
        <location filename="../ui/admin/PermissionDiffDialog.cpp" line="+16"/>
        <source>These %n change(s) will be saved:</source>
        <translation>
            <numerusform>This %n change will be saved:</numerusform>
            <numerusform>These %n changes will be saved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/PermissionsPage.cpp" line="+191"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Saved %n permission change(s).</source>
        <translation>
            <numerusform>Saved %n permission change.</numerusform>
            <numerusform>Saved %n permission changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Discard %n unsaved permission change(s)?</source>
        <translation>
            <numerusform>Discard %n unsaved permission change?</numerusform>
            <numerusform>Discard %n unsaved permission changes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Discarded %n unsaved change(s).</source>
        <translation>
            <numerusform>Discarded %n unsaved change.</numerusform>
            <numerusform>Discarded %n unsaved changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reloading drops %n unsaved permission change(s). Reload anyway?</source>
        <translation>
            <numerusform>Reloading drops %n unsaved permission change. Reload anyway?</numerusform>
            <numerusform>Reloading drops %n unsaved permission changes. Reload anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/SessionsPage.cpp" line="+340"/>
        <source>%n session(s) of %1 revoked.</source>
        <translation>
            <numerusform>%n session of %1 revoked.</numerusform>
            <numerusform>%n sessions of %1 revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message numerus="yes">
        <location filename="../ui/shell/SignedInSession.cpp" line="+66"/>
        <source>Your session has ended: it was unused for %n minute(s), or it was ended by an administrator.</source>
        <translation>
            <numerusform>Your session has ended: it was unused for %n minute, or it was ended by an administrator.</numerusform>
            <numerusform>Your session has ended: it was unused for %n minutes, or it was ended by an administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message numerus="yes">
        <location filename="../ui/common/TableBrowser.cpp" line="+248"/>
        <location line="+4"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln row(s) loaded, scroll for more</source>
        <translation>
            <numerusform>%Ln row loaded, scroll for more</numerusform>
            <numerusform>%Ln rows loaded, scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/UsersPage.cpp" line="+377"/>
        <source>Give this reset token to %1 through a channel you trust. With it they choose a new password once, within %n minute(s).</source>
        <translation>
            <numerusform>Give this reset token to %1 through a channel you trust. With it they choose a new password once, within %n minute.</numerusform>
            <numerusform>Give this reset token to %1 through a channel you trust. With it they choose a new password once, within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueValidator</name>
    <message numerus="yes">
        <location filename="../models/tables/ValueValidator.cpp" line="+130"/>
        <source>&quot;%1&quot; is not an amount of %2 with at most %n decimal(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; is not an amount of %2 with at most %n decimal</numerusform>
            <numerusform>&quot;%1&quot; is not an amount of %2 with at most %n decimals</numerusform>
        </translation>
    </message>
</context>
</TS>
