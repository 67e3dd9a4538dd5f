<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRules</name>
    <message>
        <source>Only a payment the customer has approved can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this payment was cancelled; nothing is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already captured in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the %1 that is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture period of %1 days has run out. Ask the customer to pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was never created at Vipps, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has already ended; it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fully captured payment cannot be cancelled. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel period of %1 days has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only captured money can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the %1 that can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund period of %1 days has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request has been sent for this invoice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has already paid this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 is still waiting for the customer. Cancel it first, or wait until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was never created at Vipps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 for %2: %3, due %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 now links to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 order line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: invoicedesk-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option(s) for %1: --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment request has been sent for invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flow must be push, link or qr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the invoices to send, or use --all-drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be a whole number of øre/cents, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1, Vipps error code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run invoicedesk-cli --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, amount %3
authorized %4, captured %5, refunded %6, cancelled %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id (sub): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; captured %3, refunded %4, cancelled %5 (idempotency key %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flow must be push, redirect or qr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-at must be an RFC 3339 time with a zone, e.g. 2026-06-30T21:59:59Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the receipt file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt file is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qr-format must be png, svg or url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created payment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved payment %1 as the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys work. The access token is valid until %1 (%2 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled %1 unfinished request(s) from an earlier run: %2 found at Vipps, %3 sent again, %4 still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room for the dry run&apos;s scratch copy of the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who recorded the consent: --by NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --phone MSISDN or --withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone is not a mobile number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now get payment requests pushed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no pushed payment requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: invoicedesk-cli [--environment production|test|sandbox|custom] [--base-url URL]
                       [--profile NAME --msn MSN] [--data-dir DIR] [--json] COMMAND ...
Keys come from INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET and
INVOICEDESK_SUBSCRIPTION_KEY, or from the keychain with --profile.
The invoice book is the profile&apos;s (default “Demo”) in --data-dir or INVOICEDESK_DATA_DIR,
else in the folder where InvoiceDesk keeps its books.
Exit codes: 0 success, 1 refused by Vipps MobilePay (or by the same rules checked first, or
rows of an import rejected), 2 bad usage, 3 transport failure (or the invoice book failed).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: learned the phone number %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phone number was not learned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 would be imported, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; captured %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3  captured %4, refunded %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps&apos; event log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-at must be an RFC 3339 time with a zone, e.g. 2026-12-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language en|nb chooses the language of the output (default: the system&apos;s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3; captured %4, refunded %5, cancelled %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Cli::CommandContext</name>
    <message>
        <source>Unknown environment “%1”: use production, test, sandbox or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to connect: --environment production|test, or --base-url URL (or INVOICEDESK_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 environment needs --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET and INVOICEDESK_SUBSCRIPTION_KEY, or use --profile NAME with --msn to read the keys from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the merchant serial number: --msn or INVOICEDESK_MSN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Credentials::CredentialError</name>
    <message>
        <source>The Vipps MobilePay keys for this merchant profile are not saved on this computer. Enter them in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keychain (or allow InvoiceDesk to use it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the Vipps MobilePay keys cannot be stored safely. They are kept in memory until InvoiceDesk closes and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PhoneNumber</name>
    <message>
        <source>no number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains characters that do not belong in a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers from this country cannot be used: Vipps MobilePay needs a Norwegian, Danish, Finnish or Swedish mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long for a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a landline number: payment requests need a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage</name>
    <message>
        <source>invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book is busy or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::ColumnMapping</name>
    <message>
        <source>The column mapping is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping for &quot;%1&quot; must be a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping names an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; given for the %2 is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for the %1 (a header such as &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceBook</name>
    <message>
        <source>The file is not an invoice book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice book was written by a newer version of InvoiceDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database driver is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the invoice book cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not replace the existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free payment reference is left for this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference could not be reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment requests could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice status could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 could not be saved (is the customer number already used?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent needs a valid mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent needs the time it was given and who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has lines in the book with another total; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 already has payment requests; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency %1 cannot be used with Vipps MobilePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 could not be saved (is the number already used, or the customer missing?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a reference and an idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry cannot go back from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs who and what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceCsvExporter</name>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceCsvImporter</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: the file&apos;s columns are not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate invoice number &quot;%1&quot; (first on row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields: %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot; (NOK, DKK or EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad issue date &quot;%1&quot; (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad due date &quot;%1&quot; (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date %1 is before the issue date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad phone &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad e-mail address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad link &quot;%1&quot; (a web address starting with https://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui</name>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at Vipps MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AboutDialog</name>
    <message>
        <source>About InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and follow Vipps MobilePay payment requests for invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AmountEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AppSession</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::Application</name>
    <message>
        <source>InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant profile “%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled %1 unfinished request(s) from the last run: %2 found at Vipps MobilePay, %3 sent again, %4 still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::BulkSendProgress</name>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 sent, %2 not sent, the rest left for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n request(s)…</source>
        <translation>
            <numerusform>Sending %n request…</numerusform>
            <numerusform>Sending %n requests…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the requests already sent are being answered; no more are sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money: requests go to customers and payments are real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test environment — Vipps MobilePay&apos;s test system, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — simulated on this computer; no request leaves it and no money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server — for diagnostics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · merchant profile “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file exported from the accounting system: one invoice per row, with a header row. Nothing is stored until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportMappingPage</name>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of the file holds which value. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in red cannot be imported; the reason is in the last column. The other rows are imported when you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n row ready to import</numerusform>
            <numerusform>%n rows ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n row with problems.</numerusform>
            <numerusform>%n rows with problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportSession</name>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is chosen for two fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices: %1
Updated: %2
Unchanged: %3
Rejected: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportWizard</name>
    <message>
        <source>Import invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceActions</name>
    <message>
        <source>&amp;Send Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn Phone Number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment request has been sent for this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send Requests for %n Invoices…</source>
        <translation>
            <numerusform>&amp;Send Request for %n Invoice…</numerusform>
            <numerusform>&amp;Send Requests for %n Invoices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;send Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is already known and may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request went straight to the customer&apos;s phone; it has no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is a link; copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 at Vipps MobilePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture money from %1 for invoice request %2? Up to %3 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the payment request %1 of %2 to %3? The customer can no longer pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund money to %1 for %2? Up to %3 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the payment link of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceEditorDialog</name>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+47 912 34 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer agreed to receive payment requests in Vipps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…  (empty: made from the profile&apos;s invoice link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total without lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push requests go straight to the customer&apos;s Vipps app; they need the customer&apos;s agreement and a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines cannot be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT: %1   VAT: %2   Total: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment request in Vipps needs the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line needs a quantity and a unit price that can be read as numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line, or give the total of an invoice without lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is saved, but the consent is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests were sent for this invoice, so its lines, total and currency can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceLinesEditor</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be read as a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceListModel</name>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mobile number: requests go out as a link or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has agreed to receive payment requests in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not agreed to receive payment requests in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment request sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment request(s), the latest with reference %1</source>
        <translation>
            <numerusform>%n payment request, with reference %1</numerusform>
            <numerusform>%n payment requests, the latest with reference %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked with Vipps MobilePay yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceListWidget</name>
    <message>
        <source>Search by number, customer, phone, amount or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the invoices whose number, customer, phone, amount or reference contain every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceViewPanel</name>
    <message>
        <source>Invoice views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time InvoiceDesk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDesk will speak %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::MainWindow</name>
    <message>
        <source>InvoiceDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport View as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Invoice Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following %n open request(s) · last checked %1</source>
        <translation>
            <numerusform>Following %n open request · last checked %1</numerusform>
            <numerusform>Following %n open requests · last checked %1</numerusform>
        </translation>
    </message>
    <message>
        <source>InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Exported %n invoice to %1.</numerusform>
            <numerusform>Exported %n invoices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Invoice Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoicedesk-backup.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book was copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the invoice book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::PaymentStatusView</name>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an invoice to see its payment.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice %1&lt;/b&gt; — %2 — %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Vipps MobilePay&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · captured %3 · refunded %4 · cancelled %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ProfileEditor</name>
    <message>
        <source>Production: real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (simulator on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test (apitest.vipps.no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (api.vipps.no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant serial number of the sales unit, from the Vipps MobilePay portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscription key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is replaced by the invoice number, {reference} by the payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture automatically when the customer approves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::QrDialog</name>
    <message>
        <source>Loading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can pay until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works for a short time only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SendDialog</name>
    <message>
        <source>Send Payment Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send Payment Requests for %n Invoices</source>
        <translation>
            <numerusform>Send Payment Request for %n Invoice</numerusform>
            <numerusform>Send Payment Requests for %n Invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoices</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the customer&apos;s &amp;phone (push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time payment &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to share their phone number, so the next invoice can go straight to their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each invoice&apos;s own: “Invoice# N, due date: D”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each invoice&apos;s own link, from the merchant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the customer&apos;s &amp;phone, %1 (push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push needs a mobile number the customer agreed to use. Send a link and ask for the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push needs a mobile number every customer agreed to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time link expires ten minutes after it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n days ahead: the longest Vipps MobilePay allows this merchant.</source>
        <translation>
            <numerusform>At most %n day ahead: the longest Vipps MobilePay allows this merchant.</numerusform>
            <numerusform>At most %n days ahead: the longest Vipps MobilePay allows this merchant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters long; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 is on its way to the customer&apos;s phone. They can pay until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 is ready. Give the customer this %2; it works until %3:&lt;br&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Vipps for an access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Vipps accepted the keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SimulatedPhone</name>
    <message>
        <source>&amp;Share my phone number with the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll pay &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox only: act as the customer in the Vipps app. Requests pushed to the number appear here; so do links and QR codes waiting to be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;Pay by %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::Timeline</name>
    <message>
        <source>Request sent to phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice link attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice link skipped (not offered here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps</name>
    <message>
        <source>The reference must be 8 to 64 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 1 and 65,000,000 øre/cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key must be 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay did not accept the API keys (%1). Check that the client id, client secret, subscription key and merchant serial number are copied correctly from the merchant portal, and that they belong to this environment: keys for another environment are always refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for the Test environment do not work against Production: use the production keys, or switch the profile to Test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production keys do not work against the Test environment: use the test keys, or switch the profile to Production.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::ApiClient</name>
    <message>
        <source>The merchant profile lacks a merchant serial number, client id, client secret or subscription key. Enter all four in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::CreatePaymentRequest</name>
    <message>
        <source>The reference must be 8 to 64 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 1 and 65,000,000 øre/cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be NOK, DKK or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number must be the country code and number, 10 to 15 digits, for example 4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push request needs the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link payment needs a return address (https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return address must use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expiry date can only be used with push and QR payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment with an expiry date must include a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt needs at least one order line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR format can only be chosen for QR payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile scope must be a space-separated list of name, address, email, phoneNumber, birthDate and nin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::EPaymentApi</name>
    <message>
        <source>Approving a payment on the customer&apos;s behalf is only possible in the Test and Sandbox environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number must be the country code and number, 10 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::Error</name>
    <message>
        <source>Could not reach Vipps MobilePay. Check the internet connection and try again; the request will be repeated safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay did not answer in time. The request may still have been carried out: check the payment status before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sales unit is not allowed to use this Vipps MobilePay function. Ask Vipps MobilePay to activate it for the merchant serial number in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay rejected the request as invalid. Correct the fields listed and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay refused the operation. Check the payment&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay asked us to slow down. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay had an internal error. Try again in a few minutes; if it keeps happening, contact Vipps MobilePay with the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay sent a reply InvoiceDesk could not understand. Check the payment&apos;s status before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay reports a conflict with an earlier request for this payment. Check the payment&apos;s status before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay does not know this payment for this merchant. Check the reference and that the right merchant profile is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant profile is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id for Vipps MobilePay support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::ErrorMessages</name>
    <message>
        <source>Vipps MobilePay had an internal error. Try again later with the same request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture with this request key was already sent with a different amount. Check the payment&apos;s captured amount before capturing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request key was already used for another operation. Send the operation again as a new action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid. Enter a whole amount in øre/cents within the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal QR code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not valid. Use the country code and number, digits only, for example 4791234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested profile information (scope) is not valid. Ask only for name, address, email, phoneNumber or birthDate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address (URL) in the request is not valid. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much metadata was attached to the payment (at most five entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment metadata contains the same key twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata key is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata value is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is missing from the request. See the field list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment reference already exists, or a refund with this request key was sent with a different amount. Use a new reference for a new payment, and check the refunded amount before refunding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method is not valid for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking payment sources is not possible for this merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express payments are not allowed for this sales unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales unit may not ask for this profile information. Remove the scope or ask Vipps MobilePay for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency does not match the sales unit&apos;s market. Use the sales unit&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sales unit may not create long-living payments (an expiry date). Send without an expiry date, or ask Vipps MobilePay for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant&apos;s bank account is not verified yet. Contact Vipps MobilePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay could not create the payment. Try again with a new reference; if it keeps happening, contact Vipps MobilePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sales unit may not send payment requests straight to a phone (push). Use a link or QR code instead, or ask Vipps MobilePay to allow push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay does not know this payment reference for this merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too small. The smallest amount is 1 krone (100 øre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be refunded before the customer has approved the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment can no longer be cancelled: the cancel period has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A captured payment cannot be cancelled. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be cancelled because no money is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has already approved the payment, so it was not cancelled. Capture it, or cancel it again without &apos;only if not approved&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is cancelled and cannot be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be captured before the customer has approved it. Wait for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture amount is higher than what is left to capture. Check the captured amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture period has expired; the reservation is gone. Ask the customer to pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is too far in the future. Choose an earlier due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is too soon. It must be more than ten minutes from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment with an expiry date must include a receipt (order lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sales unit must capture the full amount at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is higher than what was captured and not yet refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay is still processing another operation on this payment. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is already captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is already refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be cancelled in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be captured in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be refunded in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund period has expired. Settle the amount with the customer another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is already approved by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is approving the payment right now, so it cannot be cancelled. Check the status again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserved funds are no longer available, so the payment could not be captured. Ask the customer to pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture failed for now. Try again later; it is safe to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay could not find a customer who can pay this request (unknown number, a user who cannot pay businesses, or under the age limit). Use another way to get paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test approval failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test approval is not allowed for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test user must first approve one payment manually in the test app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test user&apos;s payment source is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test user has no cards. Create a new test user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not supported in the test environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test user&apos;s payment limit is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::OrderManagementApi</name>
    <message>
        <source>Order Management is not offered in the Vipps MobilePay Test environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference must be 1 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order details link must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt needs at least one order line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be a PNG or JPEG file of at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::UserinfoApi</name>
    <message>
        <source>The customer&apos;s id (sub) must be 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::BulkSender</name>
    <message>
        <source>Not sent: the bulk send was cancelled before this invoice&apos;s turn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::InvoiceSender</name>
    <message>
        <source>Order Management is not offered in Vipps&apos; test environment, so the invoice link was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request %1 has no journal entry, so it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link could not be attached, so no request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link of %1 has changed since the request was prepared. It was not sent again; send a new request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 would now differ from the one prepared (were the settings or the invoice changed?). It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay takes NOK, DKK or EUR, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, but this merchant takes payments in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is for %2, less than Vipps&apos; smallest payment of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters long; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mobile number. Send a link or QR code instead, and ask Vipps to share the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not agreed to receive payment requests in Vipps. Record their consent first, or send a link or QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time link always expires after ten minutes; it cannot be given another expiry. Use a QR code or a push request for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be open for more than ten minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps lets this merchant keep a request open until %1 at the latest (%2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::JournalRecovery</name>
    <message>
        <source>Vipps does not know this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps MobilePay refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PaymentActions</name>
    <message>
        <source>This is not a change to an existing payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment request %1 in this book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PaymentTracker</name>
    <message>
        <source>There is no payment request %1 in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 was never created at Vipps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PhoneLearner</name>
    <message>
        <source>The phone number can be learned only from a paid request that asked the customer to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer paid without sharing their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps shared a phone number InvoiceDesk cannot use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::WorkflowServices</name>
    <message>
        <source>The request for invoice %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for invoice %1 expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer declined the request for invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRequestBuilder</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file “%1” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice book “%1” belongs to the profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant serial number (MSN) is the number of the sales unit at Vipps: digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant serial number (MSN) may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system name tells Vipps which software sends the requests; it must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference prefix may contain only the letters A–Z, digits and single dashes between them (Vipps references allow nothing else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference prefix may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum expiry must be between 1 hour and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default expiry must be at least 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default expiry must not be longer than the maximum expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link must contain {number} or {reference}, so that each invoice gets its own link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice link must start with https:// (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Cannot read the fault &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Vipps MobilePay simulator for InvoiceDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file that keeps the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to inject (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every API request to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment with reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is %1, not waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone number of the customer who approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was pushed to %1, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Vipps user in this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the state file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time only moves forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox runs on the system clock, which cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vipps::Environment</name>
    <message>
        <source>The address “%1” is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” does not use HTTPS. Only a local simulator on this computer may be reached without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send and follow Vipps MobilePay payment requests for invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty Sandbox book with demo invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep invoice books and settings in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the merchant profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANG (en or nb) instead of the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
