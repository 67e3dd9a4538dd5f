<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionRules</name>
    <message>
        <source>Only a payment the customer has approved can be captured.</source>
        <translation>Bare en betaling som kunden har godkjent, kan trekkes.</translation>
    </message>
    <message>
        <source>The rest of this payment was cancelled; nothing is left to capture.</source>
        <translation>Resten av denne betalingen ble kansellert; det er ikke noe igjen å trekke.</translation>
    </message>
    <message>
        <source>This payment is already captured in full.</source>
        <translation>Hele beløpet for denne betalingen er allerede trukket.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Skriv inn et beløp som er større enn null.</translation>
    </message>
    <message>
        <source>The amount is more than the %1 that is left to capture.</source>
        <translation>Beløpet er høyere enn det som gjenstår å trekke (%1).</translation>
    </message>
    <message>
        <source>The capture period of %1 days has run out. Ask the customer to pay again.</source>
        <translation>Fristen på %1 dager for å trekke beløpet har gått ut. Be kunden om å betale på nytt.</translation>
    </message>
    <message>
        <source>This request was never created at Vipps, so there is nothing to cancel.</source>
        <translation>Denne forespørselen ble aldri opprettet hos Vipps, så det er ingenting å kansellere.</translation>
    </message>
    <message>
        <source>This request has already ended; it cannot be cancelled.</source>
        <translation>Denne forespørselen er allerede avsluttet og kan ikke kanselleres.</translation>
    </message>
    <message>
        <source>This payment is already cancelled.</source>
        <translation>Denne betalingen er allerede kansellert.</translation>
    </message>
    <message>
        <source>A fully captured payment cannot be cancelled. Refund it instead.</source>
        <translation>En betaling som er trukket i sin helhet, kan ikke kanselleres. Refunder den i stedet.</translation>
    </message>
    <message>
        <source>The cancel period of %1 days has run out.</source>
        <translation>Fristen på %1 dager for å kansellere har gått ut.</translation>
    </message>
    <message>
        <source>Only captured money can be refunded.</source>
        <translation>Bare penger som er trukket, kan refunderes.</translation>
    </message>
    <message>
        <source>This payment is already refunded in full.</source>
        <translation>Denne betalingen er allerede refundert i sin helhet.</translation>
    </message>
    <message>
        <source>The amount is more than the %1 that can still be refunded.</source>
        <translation>Beløpet er høyere enn det som fortsatt kan refunderes (%1).</translation>
    </message>
    <message>
        <source>The refund period of %1 days has run out.</source>
        <translation>Fristen på %1 dager for å refundere har gått ut.</translation>
    </message>
    <message>
        <source>No request has been sent for this invoice yet.</source>
        <translation>Det er ikke sendt noen forespørsel for denne fakturaen ennå.</translation>
    </message>
    <message>
        <source>The customer has already paid this invoice.</source>
        <translation>Kunden har allerede betalt denne fakturaen.</translation>
    </message>
    <message>
        <source>The request %1 is still waiting for the customer. Cancel it first, or wait until it expires.</source>
        <translation>Forespørselen %1 venter fortsatt på kunden. Kanseller den først, eller vent til den utløper.</translation>
    </message>
    <message>
        <source>This request was never created at Vipps.</source>
        <translation>Denne forespørselen ble aldri opprettet hos Vipps.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Paid (reserved)</source>
        <translation>Betalt (reservert)</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Delvis refundert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Alternativet --%1 må ha en verdi.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 importert, %2 oppdatert, %3 uendret, %4 avvist</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Ukjent status «%1».</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finnes ingen faktura %1.</translation>
    </message>
    <message>
        <source>Invoice %1 for %2: %3, due %4, %5</source>
        <translation>Faktura %1 til %2: %3, forfall %4, %5</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>push allowed</source>
        <translation>push tillatt</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sikkerhetskopiert til %1</translation>
    </message>
    <message>
        <source>Payment %1 now links to %2 (%3).</source>
        <translation>Betaling %1 lenker nå til %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 order line(s)</source>
        <translation>%1: %2 %3, %4 ordrelinje(r)</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>Usage: invoicedesk-cli %1 %2</source>
        <translation>Bruk: invoicedesk-cli %1 %2</translation>
    </message>
    <message>
        <source>Unknown option(s) for %1: --%2</source>
        <translation>Ukjent alternativ for %1: --%2</translation>
    </message>
    <message>
        <source>No payment request has been sent for invoice %1.</source>
        <translation>Det er ikke sendt noen betalingsforespørsel for faktura %1.</translation>
    </message>
    <message>
        <source>--flow must be push, link or qr.</source>
        <translation>--flow må være push, link eller qr.</translation>
    </message>
    <message>
        <source>Name the invoices to send, or use --all-drafts.</source>
        <translation>Oppgi fakturaene som skal sendes, eller bruk --all-drafts.</translation>
    </message>
    <message>
        <source>%1: sent as %2</source>
        <translation>%1: sendt som %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: ikke sendt: %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 not sent</source>
        <translation>%1 sendt, %2 ikke sendt</translation>
    </message>
    <message>
        <source>%1 checked, %2 failed</source>
        <translation>%1 sjekket, %2 feilet</translation>
    </message>
    <message>
        <source>--amount must be a whole number of øre/cents, more than zero.</source>
        <translation>--amount må være et helt antall øre/cent, større enn null.</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Faktura %1: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>HTTP status %1, Vipps error code %2</source>
        <translation>HTTP-status %1, Vipps-feilkode %2</translation>
    </message>
    <message>
        <source>Run invoicedesk-cli --help for usage.</source>
        <translation>Kjør invoicedesk-cli --help for å se hvordan programmet brukes.</translation>
    </message>
    <message>
        <source>%1: %2, amount %3
authorized %4, captured %5, refunded %6, cancelled %7</source>
        <translation>%1: %2, beløp %3
reservert %4, trukket %5, refundert %6, kansellert %7</translation>
    </message>
    <message>
        <source>Customer id (sub): %1</source>
        <translation>Kunde-ID (sub): %1</translation>
    </message>
    <message>
        <source>%1: %2; captured %3, refunded %4, cancelled %5 (idempotency key %6)</source>
        <translation>%1: %2; trukket %3, refundert %4, kansellert %5 (idempotensnøkkel %6)</translation>
    </message>
    <message>
        <source>--flow must be push, redirect or qr.</source>
        <translation>--flow må være push, redirect eller qr.</translation>
    </message>
    <message>
        <source>--expires-at must be an RFC 3339 time with a zone, e.g. 2026-06-30T21:59:59Z.</source>
        <translation>--expires-at må være et RFC 3339-tidspunkt med tidssone, f.eks. 2026-06-30T21:59:59Z.</translation>
    </message>
    <message>
        <source>Cannot read the receipt file %1.</source>
        <translation>Kan ikke lese kvitteringsfilen %1.</translation>
    </message>
    <message>
        <source>The receipt file is not valid: %1</source>
        <translation>Kvitteringsfilen er ugyldig: %1</translation>
    </message>
    <message>
        <source>--qr-format must be png, svg or url.</source>
        <translation>--qr-format må være png, svg eller url.</translation>
    </message>
    <message>
        <source>Created payment %1.</source>
        <translation>Opprettet betaling %1.</translation>
    </message>
    <message>
        <source>Created payment %1: %2</source>
        <translation>Opprettet betaling %1: %2</translation>
    </message>
    <message>
        <source>  (failed)</source>
        <translation>  (feilet)</translation>
    </message>
    <message>
        <source>Approved payment %1 as the customer.</source>
        <translation>Godkjente betaling %1 som kunden.</translation>
    </message>
    <message>
        <source>The keys work. The access token is valid until %1 (%2 seconds).</source>
        <translation>Nøklene virker. Tilgangstokenet er gyldig til %1 (%2 sekunder).</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Navn: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>Settled %1 unfinished request(s) from an earlier run: %2 found at Vipps, %3 sent again, %4 still unknown.</source>
        <translation>Avklarte %1 uavsluttet(e) forespørsel(er) fra en tidligere kjøring: %2 funnet hos Vipps, %3 sendt på nytt, %4 fortsatt uavklart.</translation>
    </message>
    <message>
        <source>No room for the dry run&apos;s scratch copy of the book.</source>
        <translation>Det er ikke plass til kladdekopien av fakturaboken for prøvekjøringen.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>Say who recorded the consent: --by NAME.</source>
        <translation>Oppgi hvem som registrerte samtykket: --by NAME.</translation>
    </message>
    <message>
        <source>Give either --phone MSISDN or --withdraw.</source>
        <translation>Oppgi enten --phone MSISDN eller --withdraw.</translation>
    </message>
    <message>
        <source>--phone is not a mobile number: %1</source>
        <translation>--phone er ikke et mobilnummer: %1</translation>
    </message>
    <message>
        <source>%1 may now get payment requests pushed to %2.</source>
        <translation>%1 kan nå få betalingsforespørsler med push til %2.</translation>
    </message>
    <message>
        <source>%1 gets no pushed payment requests.</source>
        <translation>%1 får ingen betalingsforespørsler med push.</translation>
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
        <translation>Bruk: invoicedesk-cli [--environment production|test|sandbox|custom] [--base-url URL]
                      [--profile NAME --msn MSN] [--data-dir DIR] [--json] COMMAND ...
Nøklene hentes fra INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET og
INVOICEDESK_SUBSCRIPTION_KEY, eller fra nøkkelringen med --profile.
Fakturaboken er profilens (standard «Demo») i --data-dir eller INVOICEDESK_DATA_DIR,
ellers i mappen der InvoiceDesk har bøkene sine.
Avslutningskoder: 0 vellykket, 1 avvist av Vipps MobilePay (eller av de samme reglene, sjekket
på forhånd, eller rader i en import avvist), 2 feil bruk, 3 overføringsfeil (eller feil i
fakturaboken).

Kommandoer:
</translation>
    </message>
    <message>
        <source>%1: learned the phone number %2 of %3.</source>
        <translation>%1: hentet telefonnummeret %2 til %3.</translation>
    </message>
    <message>
        <source>%1: the phone number was not learned: %2</source>
        <translation>%1: telefonnummeret ble ikke hentet: %2</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 would be imported, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>Prøvekjøring, ingenting er endret: %1 ville blitt importert, %2 oppdatert, %3 uendret, %4 avvist</translation>
    </message>
    <message>
        <source>%1: %2; captured %3
</source>
        <translation>%1: %2; trukket %3
</translation>
    </message>
    <message>
        <source>  %1  %2  %3  captured %4, refunded %5
</source>
        <translation>  %1  %2  %3  trukket %4, refundert %5
</translation>
    </message>
    <message>
        <source>Vipps&apos; event log could not be read: %1</source>
        <translation>Hendelsesloggen fra Vipps kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>--expires-at must be an RFC 3339 time with a zone, e.g. 2026-12-01T12:00:00Z.</source>
        <translation>--expires-at må være et RFC 3339-tidspunkt med tidssone, f.eks. 2026-12-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>--language en|nb chooses the language of the output (default: the system&apos;s).
</source>
        <translation>--language en|nb velger språket for utdataene (standard: systemets språk).
</translation>
    </message>
    <message>
        <source>%1: %2 %3; captured %4, refunded %5, cancelled %6</source>
        <translation>%1: %2 %3; trukket %4, refundert %5, kansellert %6</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Cli::CommandContext</name>
    <message>
        <source>Unknown environment “%1”: use production, test, sandbox or custom.</source>
        <translation>Ukjent miljø «%1»: bruk production, test, sandbox eller custom.</translation>
    </message>
    <message>
        <source>Say where to connect: --environment production|test, or --base-url URL (or INVOICEDESK_BASE_URL).</source>
        <translation>Angi hvor det skal kobles til: --environment production|test, eller --base-url URL (eller INVOICEDESK_BASE_URL).</translation>
    </message>
    <message>
        <source>The %1 environment needs --base-url.</source>
        <translation>Miljøet %1 krever --base-url.</translation>
    </message>
    <message>
        <source>Set INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET and INVOICEDESK_SUBSCRIPTION_KEY, or use --profile NAME with --msn to read the keys from the keychain.</source>
        <translation>Sett INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET og INVOICEDESK_SUBSCRIPTION_KEY, eller bruk --profile NAME med --msn for å lese nøklene fra nøkkelringen.</translation>
    </message>
    <message>
        <source>--profile needs the merchant serial number: --msn or INVOICEDESK_MSN.</source>
        <translation>--profile krever salgsstedsnummeret (MSN): --msn eller INVOICEDESK_MSN.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Credentials::CredentialError</name>
    <message>
        <source>The Vipps MobilePay keys for this merchant profile are not saved on this computer. Enter them in the settings.</source>
        <translation>Vipps MobilePay-nøklene for denne bedriftsprofilen er ikke lagret på denne datamaskinen. Legg dem inn i innstillingene.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keychain (or allow InvoiceDesk to use it) and try again.</source>
        <translation>Tilgang til systemets nøkkelring ble nektet. Lås opp nøkkelringen (eller gi InvoiceDesk tilgang til den) og prøv igjen.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Vipps MobilePay keys cannot be stored safely. They are kept in memory until InvoiceDesk closes and must be entered again next time.</source>
        <translation>Ingen nøkkelring er tilgjengelig i systemet, så Vipps MobilePay-nøklene kan ikke lagres trygt. De holdes i minnet til InvoiceDesk lukkes, og må legges inn på nytt neste gang.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Systemets nøkkelring meldte en feil: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PhoneNumber</name>
    <message>
        <source>no number given</source>
        <translation>ikke noe nummer oppgitt</translation>
    </message>
    <message>
        <source>contains characters that do not belong in a phone number</source>
        <translation>inneholder tegn som ikke hører hjemme i et telefonnummer</translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation>for kort til å være et telefonnummer</translation>
    </message>
    <message>
        <source>numbers from this country cannot be used: Vipps MobilePay needs a Norwegian, Danish, Finnish or Swedish mobile number</source>
        <translation>numre fra dette landet kan ikke brukes: Vipps MobilePay krever et norsk, dansk, finsk eller svensk mobilnummer</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>ukjent landkode</translation>
    </message>
    <message>
        <source>too short for a mobile number</source>
        <translation>for kort til å være et mobilnummer</translation>
    </message>
    <message>
        <source>too long for a mobile number</source>
        <translation>for langt til å være et mobilnummer</translation>
    </message>
    <message>
        <source>a landline number: payment requests need a mobile number</source>
        <translation>et fasttelefonnummer: betalingsforespørsler krever et mobilnummer</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>ikke et mobilnummer</translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation>ikke et gyldig telefonnummer</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>ikke et telefonnummer</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage</name>
    <message>
        <source>invoice number</source>
        <translation>fakturanummer</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>kundenummer</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>fakturadato</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>forfallsdato</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lenke</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &quot; is missing)</source>
        <translation>et felt i anførselstegn er ikke avsluttet (en &quot; mangler)</translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation>Kundene kunne ikke leses.</translation>
    </message>
    <message>
        <source>The invoice book is busy or cannot be written.</source>
        <translation>Fakturaboken er opptatt eller kan ikke skrives til.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Endringen kunne ikke lagres.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::ColumnMapping</name>
    <message>
        <source>The column mapping is not a JSON object: %1</source>
        <translation>Kolonnetilordningen er ikke et JSON-objekt: %1</translation>
    </message>
    <message>
        <source>The column mapping for &quot;%1&quot; must be a header name.</source>
        <translation>Kolonnetilordningen for «%1» må være et kolonnenavn.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field &quot;%1&quot;.</source>
        <translation>Kolonnetilordningen nevner et ukjent felt: «%1».</translation>
    </message>
    <message>
        <source>The column mapping file cannot be read: %1</source>
        <translation>Filen med kolonnetilordningen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; given for the %2 is not in the file</source>
        <translation>kolonnen «%1» som er oppgitt for %2, finnes ikke i filen</translation>
    </message>
    <message>
        <source>no column for the %1 (a header such as &quot;%2&quot;)</source>
        <translation>ingen kolonne for %1 (en kolonneoverskrift som «%2»)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceBook</name>
    <message>
        <source>The file is not an invoice book.</source>
        <translation>Filen er ikke en fakturabok.</translation>
    </message>
    <message>
        <source>This invoice book was written by a newer version of InvoiceDesk.</source>
        <translation>Denne fakturaboken ble skrevet av en nyere versjon av InvoiceDesk.</translation>
    </message>
    <message>
        <source>The invoice book could not be upgraded.</source>
        <translation>Fakturaboken kunne ikke oppgraderes.</translation>
    </message>
    <message>
        <source>The SQLite database driver is missing.</source>
        <translation>SQLite-databasedriveren mangler.</translation>
    </message>
    <message>
        <source>The folder for the invoice book cannot be created.</source>
        <translation>Mappen til fakturaboken kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The invoice book cannot be opened.</source>
        <translation>Fakturaboken kan ikke åpnes.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Sikkerhetskopien kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The backup could not replace the existing file.</source>
        <translation>Sikkerhetskopien kunne ikke erstatte den eksisterende filen.</translation>
    </message>
    <message>
        <source>The invoice book could not be checked.</source>
        <translation>Fakturaboken kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <source>The payment request could not be stored.</source>
        <translation>Betalingsforespørselen kunne ikke lagres.</translation>
    </message>
    <message>
        <source>The invoice is not in the book.</source>
        <translation>Fakturaen finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>No free payment reference is left for this invoice.</source>
        <translation>Det er ingen ledige betalingsreferanser igjen for denne fakturaen.</translation>
    </message>
    <message>
        <source>The payment reference could not be reserved.</source>
        <translation>Betalingsreferansen kunne ikke reserveres.</translation>
    </message>
    <message>
        <source>The payment requests could not be read.</source>
        <translation>Betalingsforespørslene kunne ikke leses.</translation>
    </message>
    <message>
        <source>The payment request could not be read.</source>
        <translation>Betalingsforespørselen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The payment request could not be updated.</source>
        <translation>Betalingsforespørselen kunne ikke oppdateres.</translation>
    </message>
    <message>
        <source>The payment request is not in the book.</source>
        <translation>Betalingsforespørselen finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>The invoice status could not be updated.</source>
        <translation>Fakturastatusen kunne ikke oppdateres.</translation>
    </message>
    <message>
        <source>The payment reference could not be checked.</source>
        <translation>Betalingsreferansen kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>En kunde må ha et navn.</translation>
    </message>
    <message>
        <source>The customer %1 could not be saved (is the customer number already used?).</source>
        <translation>Kunden %1 kunne ikke lagres (er kundenummeret allerede i bruk?).</translation>
    </message>
    <message>
        <source>The customer %1 is not in the book.</source>
        <translation>Kunden %1 finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>Kunden kunne ikke leses.</translation>
    </message>
    <message>
        <source>The customer is not in the book.</source>
        <translation>Kunden finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation>Kundene kunne ikke leses.</translation>
    </message>
    <message>
        <source>Consent needs a valid mobile number.</source>
        <translation>Et samtykke krever et gyldig mobilnummer.</translation>
    </message>
    <message>
        <source>Consent needs the time it was given and who recorded it.</source>
        <translation>Et samtykke krever tidspunktet det ble gitt, og hvem som registrerte det.</translation>
    </message>
    <message>
        <source>The consent could not be saved.</source>
        <translation>Samtykket kunne ikke lagres.</translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation>Samtykket kunne ikke trekkes tilbake.</translation>
    </message>
    <message>
        <source>the row could not be read</source>
        <translation>raden kunne ikke leses</translation>
    </message>
    <message>
        <source>The invoices could not be read.</source>
        <translation>Fakturaene kunne ikke leses.</translation>
    </message>
    <message>
        <source>invoice %1 has lines in the book with another total; it was not changed</source>
        <translation>faktura %1 har linjer i fakturaboken med en annen sum; den ble ikke endret</translation>
    </message>
    <message>
        <source>invoice %1 already has payment requests; it was not changed</source>
        <translation>faktura %1 har allerede betalingsforespørsler; den ble ikke endret</translation>
    </message>
    <message>
        <source>An invoice needs a number.</source>
        <translation>En faktura må ha et nummer.</translation>
    </message>
    <message>
        <source>The currency %1 cannot be used with Vipps MobilePay.</source>
        <translation>Valutaen %1 kan ikke brukes med Vipps MobilePay.</translation>
    </message>
    <message>
        <source>The invoice %1 could not be saved (is the number already used, or the customer missing?).</source>
        <translation>Fakturaen %1 kunne ikke lagres (er nummeret allerede i bruk, eller mangler kunden?).</translation>
    </message>
    <message>
        <source>The invoice %1 is not in the book.</source>
        <translation>Fakturaen %1 finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>The invoice %1 could not be saved.</source>
        <translation>Fakturaen %1 kunne ikke lagres.</translation>
    </message>
    <message>
        <source>The invoice could not be read.</source>
        <translation>Fakturaen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The invoice list could not be read.</source>
        <translation>Fakturalisten kunne ikke leses.</translation>
    </message>
    <message>
        <source>A journal entry needs a reference and an idempotency key.</source>
        <translation>En journalpost må ha en referanse og en idempotensnøkkel.</translation>
    </message>
    <message>
        <source>The journal entry could not be written.</source>
        <translation>Journalposten kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Journalen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The journal entry is not in the book.</source>
        <translation>Journalposten finnes ikke i fakturaboken.</translation>
    </message>
    <message>
        <source>A journal entry cannot go back from %1 to %2.</source>
        <translation>En journalpost kan ikke gå tilbake fra %1 til %2.</translation>
    </message>
    <message>
        <source>The journal entry could not be updated.</source>
        <translation>Journalposten kunne ikke oppdateres.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Revisjonsloggen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>An audit entry needs who and what.</source>
        <translation>En oppføring i revisjonsloggen må si hvem og hva.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Revisjonsloggen kunne ikke leses.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceCsvExporter</name>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Vipps state</source>
        <translation>Vipps-status</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sist sjekket</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>Eksporten kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Storage::InvoiceCsvImporter</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>not read: the file&apos;s columns are not recognised</source>
        <translation>ikke lest: kolonnene i filen ble ikke gjenkjent</translation>
    </message>
    <message>
        <source>duplicate invoice number &quot;%1&quot; (first on row %2)</source>
        <translation>fakturanummeret «%1» finnes allerede (først på rad %2)</translation>
    </message>
    <message>
        <source>wrong number of fields: %1 instead of %2</source>
        <translation>feil antall felt: %1 i stedet for %2</translation>
    </message>
    <message>
        <source>missing invoice number</source>
        <translation>fakturanummer mangler</translation>
    </message>
    <message>
        <source>missing customer name</source>
        <translation>kundenavn mangler</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot; (NOK, DKK or EUR)</source>
        <translation>ukjent valuta «%1» (NOK, DKK eller EUR)</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>beløp mangler</translation>
    </message>
    <message>
        <source>bad amount &quot;%1&quot;</source>
        <translation>ugyldig beløp «%1»</translation>
    </message>
    <message>
        <source>the amount must be more than zero: &quot;%1&quot;</source>
        <translation>beløpet må være større enn null: «%1»</translation>
    </message>
    <message>
        <source>bad issue date &quot;%1&quot; (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>ugyldig fakturadato «%1» (bruk dd.mm.åååå eller åååå-mm-dd)</translation>
    </message>
    <message>
        <source>bad due date &quot;%1&quot; (use dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>ugyldig forfallsdato «%1» (bruk dd.mm.åååå eller åååå-mm-dd)</translation>
    </message>
    <message>
        <source>the due date %1 is before the issue date %2</source>
        <translation>forfallsdatoen %1 er før fakturadatoen %2</translation>
    </message>
    <message>
        <source>bad phone &quot;%1&quot;: %2</source>
        <translation>ugyldig telefonnummer «%1»: %2</translation>
    </message>
    <message>
        <source>bad e-mail address &quot;%1&quot;</source>
        <translation>ugyldig e-postadresse «%1»</translation>
    </message>
    <message>
        <source>bad link &quot;%1&quot; (a web address starting with https://)</source>
        <translation>ugyldig lenke «%1» (en nettadresse som begynner med https://)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui</name>
    <message>
        <source>All invoices</source>
        <translation>Alle fakturaer</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Approved by the customer</source>
        <translation>Godkjent av kunden</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>Avvist av kunden</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Push to phone</source>
        <translation>Push til telefon</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betalingslenke</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
    <message>
        <source>Created at Vipps MobilePay</source>
        <translation>Opprettet hos Vipps MobilePay</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Vipps MobilePay</source>
        <translation>Vipps MobilePay</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AboutDialog</name>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Om InvoiceDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Send and follow Vipps MobilePay payment requests for invoices.</source>
        <translation>Send og følg opp betalingsforespørsler i Vipps MobilePay for fakturaer.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (bygget med Qt %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>ukjent versjon</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AmountEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation>Beløp i %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Mellom %1 og %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::AppSession</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Datamappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The built-in Sandbox could not start: %1</source>
        <translation>Det innebygde Sandbox-miljøet kunne ikke startes: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::Application</name>
    <message>
        <source>InvoiceDesk</source>
        <translation>InvoiceDesk</translation>
    </message>
    <message>
        <source>The merchant profile “%1” could not be opened: %2</source>
        <translation>Bedriftsprofilen «%1» kunne ikke åpnes: %2</translation>
    </message>
    <message>
        <source>Settled %1 unfinished request(s) from the last run: %2 found at Vipps MobilePay, %3 sent again, %4 still unknown.</source>
        <translation>Avklarte %1 uavsluttet(e) forespørsel(er) fra forrige kjøring: %2 funnet hos Vipps MobilePay, %3 sendt på nytt, %4 fortsatt uavklart.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::BulkSendProgress</name>
    <message>
        <source>Sending progress</source>
        <translation>Fremdrift for sendingen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>Referanse eller årsak</translation>
    </message>
    <message>
        <source>Results per invoice</source>
        <translation>Resultat per faktura</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 ferdig</translation>
    </message>
    <message>
        <source>Stopped: %1 sent, %2 not sent, the rest left for later.</source>
        <translation>Stoppet: %1 sendt, %2 ikke sendt, resten venter til senere.</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 not sent.</source>
        <translation>Ferdig: %1 sendt, %2 ikke sendt.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n request(s)…</source>
        <translation>
            <numerusform>Sender %n forespørsel…</numerusform>
            <numerusform>Sender %n forespørsler…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Stopping: the requests already sent are being answered; no more are sent.</source>
        <translation>Stopper: forespørslene som alt er sendt, får svar; ingen flere sendes.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money: requests go to customers and payments are real</source>
        <translation>PRODUKSJON — ekte penger: forespørslene går til kundene, og betalingene er ekte</translation>
    </message>
    <message>
        <source>Test environment — Vipps MobilePay&apos;s test system, no real money</source>
        <translation>Testmiljø — testsystemet til Vipps MobilePay, ingen ekte penger</translation>
    </message>
    <message>
        <source>Sandbox — simulated on this computer; no request leaves it and no money moves</source>
        <translation>Sandbox — simulert på denne datamaskinen; ingen forespørsler forlater den, og ingen penger flyttes</translation>
    </message>
    <message>
        <source>Custom server — for diagnostics only</source>
        <translation>Egendefinert server — bare for feilsøking</translation>
    </message>
    <message>
        <source>%1 · merchant profile “%2”</source>
        <translation>%1 · bedriftsprofil «%2»</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>A CSV file exported from the accounting system: one invoice per row, with a header row. Nothing is stored until you press Import.</source>
        <translation>En CSV-fil eksportert fra regnskapssystemet: én faktura per rad, med en overskriftsrad. Ingenting lagres før du trykker på Importer.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Importer fakturaer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportMappingPage</name>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Kontroller kolonnene</translation>
    </message>
    <message>
        <source>Choose which column of the file holds which value. Fields marked * are required.</source>
        <translation>Velg hvilken kolonne i filen som inneholder hvilken verdi. Felt merket med * er obligatoriske.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation>Lest som %1, kolonner skilt med %2.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolonne %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kontroller radene</translation>
    </message>
    <message>
        <source>Rows in red cannot be imported; the reason is in the last column. The other rows are imported when you press Import.</source>
        <translation>Rader i rødt kan ikke importeres; årsaken står i den siste kolonnen. De andre radene importeres når du trykker på Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n rad klar til import</numerusform>
            <numerusform>%n rader klare til import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n rad med problemer.</numerusform>
            <numerusform>%n rader med problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportSession</name>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>Choose the column for “%1”.</source>
        <translation>Velg kolonnen for «%1».</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for two fields.</source>
        <translation>Kolonnen «%1» er valgt for to felt.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importen er ferdig</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <source>New invoices: %1
Updated: %2
Unchanged: %3
Rejected: %4</source>
        <translation>Nye fakturaer: %1
Oppdatert: %2
Uendret: %3
Avvist: %4</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ImportWizard</name>
    <message>
        <source>Import invoices</source>
        <translation>Importer fakturaer</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceActions</name>
    <message>
        <source>&amp;Send Request…</source>
        <translation>&amp;Send forespørsel…</translation>
    </message>
    <message>
        <source>&amp;Learn Phone Number…</source>
        <translation>&amp;Hent telefonnummer…</translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation>S&amp;jekk nå</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Trekk beløp…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request…</source>
        <translation>&amp;Kanseller forespørsel…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder…</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Kopier &amp;lenke</translation>
    </message>
    <message>
        <source>Show &amp;QR Code…</source>
        <translation>Vis &amp;QR-kode…</translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation>Velg en faktura først.</translation>
    </message>
    <message>
        <source>No payment request has been sent for this invoice.</source>
        <translation>Det er ikke sendt noen betalingsforespørsel for denne fakturaen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send Requests for %n Invoices…</source>
        <translation>
            <numerusform>&amp;Send forespørsel for %n faktura…</numerusform>
            <numerusform>&amp;Send forespørsler for %n fakturaer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;send Request…</source>
        <translation>Send forespørselen på &amp;nytt…</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is already known and may be used.</source>
        <translation>Kundens telefonnummer er allerede kjent og kan brukes.</translation>
    </message>
    <message>
        <source>This request went straight to the customer&apos;s phone; it has no link.</source>
        <translation>Denne forespørselen gikk rett til kundens telefon; den har ingen lenke.</translation>
    </message>
    <message>
        <source>The link is no longer valid.</source>
        <translation>Lenken er ikke lenger gyldig.</translation>
    </message>
    <message>
        <source>This request is a link; copy it instead.</source>
        <translation>Denne forespørselen er en lenke; kopier den i stedet.</translation>
    </message>
    <message>
        <source>Vipps MobilePay</source>
        <translation>Vipps MobilePay</translation>
    </message>
    <message>
        <source>Checked %1 at Vipps MobilePay.</source>
        <translation>%1 er sjekket hos Vipps MobilePay.</translation>
    </message>
    <message>
        <source>Capture money from %1 for invoice request %2? Up to %3 can be captured.</source>
        <translation>Vil du trekke penger fra %1 for forespørselen %2? Inntil %3 kan trekkes.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Trekk beløp</translation>
    </message>
    <message>
        <source>Captured %1 of %2.</source>
        <translation>%1 er trukket for %2.</translation>
    </message>
    <message>
        <source>Cancel the payment request %1 of %2 to %3? The customer can no longer pay it.</source>
        <translation>Vil du kansellere betalingsforespørselen %1 på %2 til %3? Kunden kan da ikke lenger betale den.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Kanseller forespørsel</translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation>Kanseller forespørsel</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 er kansellert.</translation>
    </message>
    <message>
        <source>Refund money to %1 for %2? Up to %3 can be refunded.</source>
        <translation>Vil du refundere penger til %1 for %2? Inntil %3 kan refunderes.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refunder</translation>
    </message>
    <message>
        <source>Refunded %1 of %2.</source>
        <translation>%1 er refundert for %2.</translation>
    </message>
    <message>
        <source>Copied the payment link of %1.</source>
        <translation>Betalingslenken for %1 er kopiert.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceEditorDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>Rediger faktura</translation>
    </message>
    <message>
        <source>+47 912 34 567</source>
        <translation>+47 912 34 567</translation>
    </message>
    <message>
        <source>Customer agreed to receive payment requests in Vipps</source>
        <translation>Kunden har samtykket til å motta betalingsforespørsler i Vipps</translation>
    </message>
    <message>
        <source>https://…  (empty: made from the profile&apos;s invoice link)</source>
        <translation>https://…  (tom: lages fra fakturalenken i profilen)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>&amp;Fakturadato:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>F&amp;orfallsdato:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Lenke:</translation>
    </message>
    <message>
        <source>&amp;Total without lines:</source>
        <translation>&amp;Sum uten linjer:</translation>
    </message>
    <message>
        <source>Recorded %1 by %2.</source>
        <translation>Registrert %1 av %2.</translation>
    </message>
    <message>
        <source>Push requests go straight to the customer&apos;s Vipps app; they need the customer&apos;s agreement and a mobile number.</source>
        <translation>Push-forespørsler går rett til kundens Vipps-app; de krever kundens samtykke og et mobilnummer.</translation>
    </message>
    <message>
        <source>Some lines cannot be read yet.</source>
        <translation>Noen linjer kan ikke leses ennå.</translation>
    </message>
    <message>
        <source>Excl. VAT: %1   VAT: %2   Total: %3</source>
        <translation>Eks. mva.: %1   Mva.: %2   Totalt: %3</translation>
    </message>
    <message>
        <source>The invoice needs a number.</source>
        <translation>Fakturaen må ha et nummer.</translation>
    </message>
    <message>
        <source>Choose a customer or type the name of a new one.</source>
        <translation>Velg en kunde, eller skriv inn navnet på en ny.</translation>
    </message>
    <message>
        <source>The phone number cannot be used: %1</source>
        <translation>Telefonnummeret kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>A payment request in Vipps needs the customer&apos;s mobile number.</source>
        <translation>En betalingsforespørsel i Vipps krever kundens mobilnummer.</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>Forfallsdatoen er før fakturadatoen.</translation>
    </message>
    <message>
        <source>The link must be an https:// address.</source>
        <translation>Lenken må være en https://-adresse.</translation>
    </message>
    <message>
        <source>Every line needs a quantity and a unit price that can be read as numbers.</source>
        <translation>Hver linje må ha et antall og en enhetspris som kan leses som tall.</translation>
    </message>
    <message>
        <source>Add a line, or give the total of an invoice without lines.</source>
        <translation>Legg til en linje, eller oppgi summen for en faktura uten linjer.</translation>
    </message>
    <message>
        <source>The invoice is saved, but the consent is not: %1</source>
        <translation>Fakturaen er lagret, men samtykket er ikke det: %1</translation>
    </message>
    <message>
        <source>Payment requests were sent for this invoice, so its lines, total and currency can no longer be changed.</source>
        <translation>Det er sendt betalingsforespørsler for denne fakturaen, så linjene, summen og valutaen kan ikke lenger endres.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceLinesEditor</name>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Enhetspris eks. mva.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Le&amp;gg til linje</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Fje&amp;rn linje</translation>
    </message>
    <message>
        <source>This cannot be read as a number.</source>
        <translation>Dette kan ikke leses som et tall.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceListModel</name>
    <message>
        <source>Issued %1</source>
        <translation>Utstedt %1</translation>
    </message>
    <message>
        <source>%1
Issued %2</source>
        <translation>%1
Utstedt %2</translation>
    </message>
    <message>
        <source>No mobile number: requests go out as a link or QR code</source>
        <translation>Ingen mobilnummer: forespørsler sendes som lenke eller QR-kode</translation>
    </message>
    <message>
        <source>Has agreed to receive payment requests in the app</source>
        <translation>Har samtykket til å motta betalingsforespørsler i appen</translation>
    </message>
    <message>
        <source>Has not agreed to receive payment requests in the app</source>
        <translation>Har ikke samtykket til å motta betalingsforespørsler i appen</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Trukket %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Refundert %1</translation>
    </message>
    <message>
        <source>No payment request sent yet</source>
        <translation>Ingen betalingsforespørsel sendt ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n payment request(s), the latest with reference %1</source>
        <translation>
            <numerusform>%n betalingsforespørsel, med referanse %1</numerusform>
            <numerusform>%n betalingsforespørsler, den siste med referanse %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Utløper %1</translation>
    </message>
    <message>
        <source>Not checked with Vipps MobilePay yet</source>
        <translation>Ikke sjekket hos Vipps MobilePay ennå</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sist sjekket</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceListWidget</name>
    <message>
        <source>Search by number, customer, phone, amount or reference</source>
        <translation>Søk etter nummer, kunde, telefon, beløp eller referanse</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Søk i fakturaer</translation>
    </message>
    <message>
        <source>Shows only the invoices whose number, customer, phone, amount or reference contain every word</source>
        <translation>Viser bare fakturaene der nummer, kunde, telefon, beløp eller referanse inneholder alle ordene</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Søk…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::InvoiceViewPanel</name>
    <message>
        <source>Invoice views</source>
        <translation>Fakturavisninger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>Takes effect the next time InvoiceDesk starts</source>
        <translation>Gjelder fra neste gang InvoiceDesk starter</translation>
    </message>
    <message>
        <source>InvoiceDesk will speak %1 the next time it starts.</source>
        <translation>InvoiceDesk bruker %1 neste gang det starter.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>systemets språk</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::MainWindow</name>
    <message>
        <source>InvoiceDesk — %1</source>
        <translation>InvoiceDesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>&amp;Ny faktura…</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice…</source>
        <translation>&amp;Rediger faktura…</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>&amp;Importer fakturaer…</translation>
    </message>
    <message>
        <source>E&amp;xport View as CSV…</source>
        <translation>&amp;Eksporter visningen som CSV…</translation>
    </message>
    <message>
        <source>&amp;Back Up Invoice Book…</source>
        <translation>Sikkerhets&amp;kopier fakturaboken…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inn&amp;stillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Betaling</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Reload List</source>
        <translation>&amp;Last inn listen på nytt</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;Om InvoiceDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Simulated Phone</source>
        <translation>Simulert telefon</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message numerus="yes">
        <source>Following %n open request(s) · last checked %1</source>
        <translation>
            <numerusform>Følger %n åpen forespørsel · sist sjekket %1</numerusform>
            <numerusform>Følger %n åpne forespørsler · sist sjekket %1</numerusform>
        </translation>
    </message>
    <message>
        <source>InvoiceDesk</source>
        <translation>InvoiceDesk</translation>
    </message>
    <message>
        <source>Export Invoices</source>
        <translation>Eksporter fakturaer</translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation>fakturaer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n faktura til %1.</numerusform>
            <numerusform>Eksporterte %n fakturaer til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Invoice Book</source>
        <translation>Sikkerhetskopier fakturaboken</translation>
    </message>
    <message>
        <source>invoicedesk-backup.sqlite</source>
        <translation>invoicedesk-sikkerhetskopi.sqlite</translation>
    </message>
    <message>
        <source>Invoice books (*.sqlite)</source>
        <translation>Fakturabøker (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>The invoice book was copied to %1.</source>
        <translation>Fakturaboken ble kopiert til %1.</translation>
    </message>
    <message>
        <source>Opening the invoice book…</source>
        <translation>Åpner fakturaboken …</translation>
    </message>
    <message>
        <source>The invoice book could not be opened: %1</source>
        <translation>Fakturaboken kunne ikke åpnes: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::PaymentStatusView</name>
    <message>
        <source>Payment status</source>
        <translation>Betalingsstatus</translation>
    </message>
    <message>
        <source>Vipps state:</source>
        <translation>Vipps-status:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>Pay by:</source>
        <translation>Betal innen:</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Beløp:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Sist sjekket:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Payment requests</source>
        <translation>Betalingsforespørsler</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Forespørsler</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an invoice to see its payment.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Velg en faktura for å se betalingen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>Fakturaen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoice %1&lt;/b&gt; — %2 — %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Faktura %1&lt;/b&gt; — %2 — %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Reading Vipps MobilePay&apos;s history…</source>
        <translation>Leser historikken fra Vipps MobilePay…</translation>
    </message>
    <message>
        <source>Vipps MobilePay&apos;s history could not be read: %1</source>
        <translation>Historikken fra Vipps MobilePay kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · captured %3 · refunded %4 · cancelled %5</source>
        <translation>forespurt %1 · godkjent %2 · trukket %3 · refundert %4 · kansellert %5</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::ProfileEditor</name>
    <message>
        <source>Production: real money</source>
        <translation>Produksjon: ekte penger</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Sandbox (simulator on this computer)</source>
        <translation>Sandbox (simulator på denne datamaskinen)</translation>
    </message>
    <message>
        <source>Test (apitest.vipps.no)</source>
        <translation>Test (apitest.vipps.no)</translation>
    </message>
    <message>
        <source>Production (api.vipps.no)</source>
        <translation>Produksjon (api.vipps.no)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Egendefinert adresse</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;MSN:</source>
        <translation>M&amp;SN:</translation>
    </message>
    <message>
        <source>The merchant serial number of the sales unit, from the Vipps MobilePay portal.</source>
        <translation>Salgsstedsnummeret (MSN) til salgsstedet, fra Vipps MobilePay-portalen.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Klient-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <source>Su&amp;bscription key:</source>
        <translation>A&amp;bonnementsnøkkel:</translation>
    </message>
    <message>
        <source>S&amp;ystem name:</source>
        <translation>S&amp;ystemnavn:</translation>
    </message>
    <message>
        <source>Invoice &amp;link:</source>
        <translation>Faktura&amp;lenke:</translation>
    </message>
    <message>
        <source>{number} is replaced by the invoice number, {reference} by the payment reference.</source>
        <translation>{number} erstattes med fakturanummeret, {reference} med betalingsreferansen.</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Returadresse:</translation>
    </message>
    <message>
        <source>Reference &amp;prefix:</source>
        <translation>Referanse&amp;prefiks:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>&amp;Default expiry:</source>
        <translation>Stan&amp;dard utløpstid:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum expiry:</source>
        <translation>Len&amp;gste utløpstid:</translation>
    </message>
    <message>
        <source>&amp;Capture automatically when the customer approves</source>
        <translation>&amp;Trekk beløpet automatisk når kunden godkjenner</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::QrDialog</name>
    <message>
        <source>Loading the QR code…</source>
        <translation>Laster inn QR-koden…</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR-kode for %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
    <message>
        <source>The customer can pay until %1.</source>
        <translation>Kunden kan betale til %1.</translation>
    </message>
    <message>
        <source>The code works for a short time only.</source>
        <translation>Koden virker bare en kort stund.</translation>
    </message>
    <message>
        <source>The QR code could not be loaded: %1</source>
        <translation>QR-koden kunne ikke lastes inn: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SendDialog</name>
    <message>
        <source>Send Payment Request</source>
        <translation>Send betalingsforespørsel</translation>
    </message>
    <message numerus="yes">
        <source>Send Payment Requests for %n Invoices</source>
        <translation>
            <numerusform>Send betalingsforespørsel for %n faktura</numerusform>
            <numerusform>Send betalingsforespørsler for %n fakturaer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Invoice %1 to %2, %3</source>
        <translation>Faktura %1 til %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturaer</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the customer&apos;s &amp;phone (push)</source>
        <translation>Send til kundens &amp;telefon (push)</translation>
    </message>
    <message>
        <source>One-time payment &amp;link</source>
        <translation>Betalings&amp;lenke for engangsbruk</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>&amp;QR-kode</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <source>Ask the customer to share their phone number, so the next invoice can go straight to their phone</source>
        <translation>Be kunden om å dele telefonnummeret sitt, slik at neste faktura kan gå rett til telefonen</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Betal innen</translation>
    </message>
    <message>
        <source>Pay &amp;by:</source>
        <translation>Betal &amp;innen:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Invoice link:</source>
        <translation>Fakturalenke:</translation>
    </message>
    <message>
        <source>Each invoice&apos;s own: “Invoice# N, due date: D”</source>
        <translation>Hver fakturas egen: «Faktura N, forfall D»</translation>
    </message>
    <message>
        <source>Each invoice&apos;s own link, from the merchant profile.</source>
        <translation>Hver fakturas egen lenke, fra bedriftsprofilen.</translation>
    </message>
    <message>
        <source>Send to the customer&apos;s &amp;phone, %1 (push)</source>
        <translation>Send til kundens &amp;telefon, %1 (push)</translation>
    </message>
    <message>
        <source>Push needs a mobile number the customer agreed to use. Send a link and ask for the number.</source>
        <translation>Push krever et mobilnummer som kunden har samtykket til at vi bruker. Send en lenke og be om nummeret.</translation>
    </message>
    <message>
        <source>Push needs a mobile number every customer agreed to use.</source>
        <translation>Push krever et mobilnummer som hver kunde har samtykket til at vi bruker.</translation>
    </message>
    <message>
        <source>A one-time link expires ten minutes after it is sent.</source>
        <translation>En engangslenke utløper ti minutter etter at den er sendt.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n days ahead: the longest Vipps MobilePay allows this merchant.</source>
        <translation>
            <numerusform>Høyst %n dag frem i tid: det lengste Vipps MobilePay tillater for denne bedriften.</numerusform>
            <numerusform>Høyst %n dager frem i tid: det lengste Vipps MobilePay tillater for denne bedriften.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 av høyst %2 tegn</translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters long; it is %1.</source>
        <translation>Beskrivelsen må være 3 til 100 tegn lang; den er %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Sendt %1.</translation>
    </message>
    <message>
        <source>The request %1 is on its way to the customer&apos;s phone. They can pay until %2.</source>
        <translation>Forespørselen %1 er på vei til kundens telefon. Kunden kan betale til %2.</translation>
    </message>
    <message>
        <source>The request %1 is ready. Give the customer this %2; it works until %3:&lt;br&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;</source>
        <translation>Forespørselen %1 er klar. Gi kunden denne %2; den virker til %3:&lt;br&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lenken</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-koden</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>L&amp;egg til</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Br&amp;uk denne profilen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Test til&amp;koblingen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Ny profil %1</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (i bruk)</translation>
    </message>
    <message>
        <source>Another profile has this name.</source>
        <translation>En annen profil har dette navnet.</translation>
    </message>
    <message>
        <source>Saving the keys in the keychain…</source>
        <translation>Lagrer nøklene i nøkkelringen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Asking Vipps for an access token…</source>
        <translation>Ber Vipps om et tilgangstoken…</translation>
    </message>
    <message>
        <source>Connected: Vipps accepted the keys.</source>
        <translation>Tilkoblet: Vipps godtok nøklene.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::SimulatedPhone</name>
    <message>
        <source>&amp;Share my phone number with the merchant</source>
        <translation>&amp;Del telefonnummeret mitt med bedriften</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <source>I&apos;ll pay &amp;later</source>
        <translation>Jeg betaler &amp;senere</translation>
    </message>
    <message>
        <source>Simulated phone</source>
        <translation>Simulert telefon</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment requests on the phone</source>
        <translation>Betalingsforespørsler på telefonen</translation>
    </message>
    <message>
        <source>Sandbox only: act as the customer in the Vipps app. Requests pushed to the number appear here; so do links and QR codes waiting to be opened.</source>
        <translation>Bare i Sandbox: opptre som kunden i Vipps-appen. Forespørsler som er sendt til nummeret med push, vises her, og det samme gjør lenker og QR-koder som venter på å bli åpnet.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Opened link</source>
        <translation>Åpnet lenke</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No payment requests.</source>
        <translation>Ingen betalingsforespørsler.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;Pay by %3 · %4</source>
        <translation>%1&lt;br&gt;%2&lt;br&gt;Betal innen %3 · %4</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ui::Timeline</name>
    <message>
        <source>Request sent to phone</source>
        <translation>Forespørsel sendt til telefon</translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation>Betalingslenke opprettet</translation>
    </message>
    <message>
        <source>QR code created</source>
        <translation>QR-kode opprettet</translation>
    </message>
    <message>
        <source>Invoice link attached</source>
        <translation>Fakturalenke lagt ved</translation>
    </message>
    <message>
        <source>Invoice link skipped (not offered here)</source>
        <translation>Fakturalenke hoppet over (tilbys ikke her)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Trekk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansellering</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Phone number learned</source>
        <translation>Telefonnummer hentet</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtykke registrert</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps</name>
    <message>
        <source>The reference must be 8 to 64 letters, digits or hyphens.</source>
        <translation>Referansen må være 8 til 64 bokstaver, sifre eller bindestreker.</translation>
    </message>
    <message>
        <source>The amount must be between 1 and 65,000,000 øre/cents.</source>
        <translation>Beløpet må være mellom 1 og 65 000 000 øre/cent.</translation>
    </message>
    <message>
        <source>The idempotency key must be 1 to 50 characters.</source>
        <translation>Idempotensnøkkelen må være 1 til 50 tegn.</translation>
    </message>
    <message>
        <source>the selected environment</source>
        <translation>det valgte miljøet</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>the custom address</source>
        <translation>den egendefinerte adressen</translation>
    </message>
    <message>
        <source>Vipps MobilePay did not accept the API keys (%1). Check that the client id, client secret, subscription key and merchant serial number are copied correctly from the merchant portal, and that they belong to this environment: keys for another environment are always refused.</source>
        <translation>Vipps MobilePay godtok ikke API-nøklene (%1). Kontroller at klient-ID, klienthemmelighet, abonnementsnøkkel og salgsstedsnummer (MSN) er riktig kopiert fra Vipps MobilePay-portalen, og at de hører til dette miljøet: nøkler for et annet miljø blir alltid avvist.</translation>
    </message>
    <message>
        <source>Keys for the Test environment do not work against Production: use the production keys, or switch the profile to Test.</source>
        <translation>Nøkler for testmiljøet virker ikke mot produksjon: bruk produksjonsnøklene, eller bytt profilen til Test.</translation>
    </message>
    <message>
        <source>Production keys do not work against the Test environment: use the test keys, or switch the profile to Production.</source>
        <translation>Produksjonsnøkler virker ikke mot testmiljøet: bruk testnøklene, eller bytt profilen til Produksjon.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::ApiClient</name>
    <message>
        <source>The merchant profile lacks a merchant serial number, client id, client secret or subscription key. Enter all four in the settings.</source>
        <translation>Bedriftsprofilen mangler salgsstedsnummer (MSN), klient-ID, klienthemmelighet eller abonnementsnøkkel. Fyll inn alle fire i innstillingene.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::CreatePaymentRequest</name>
    <message>
        <source>The reference must be 8 to 64 letters, digits or hyphens.</source>
        <translation>Referansen må være 8 til 64 bokstaver, sifre eller bindestreker.</translation>
    </message>
    <message>
        <source>The amount must be between 1 and 65,000,000 øre/cents.</source>
        <translation>Beløpet må være mellom 1 og 65 000 000 øre/cent.</translation>
    </message>
    <message>
        <source>The currency must be NOK, DKK or EUR.</source>
        <translation>Valutaen må være NOK, DKK eller EUR.</translation>
    </message>
    <message>
        <source>The phone number must be the country code and number, 10 to 15 digits, for example 4791234567.</source>
        <translation>Telefonnummeret må bestå av landkode og nummer, 10 til 15 sifre, for eksempel 4791234567.</translation>
    </message>
    <message>
        <source>A push request needs the customer&apos;s phone number.</source>
        <translation>En push-forespørsel krever kundens telefonnummer.</translation>
    </message>
    <message>
        <source>A link payment needs a return address (https://).</source>
        <translation>En lenkebetaling krever en returadresse (https://).</translation>
    </message>
    <message>
        <source>The return address must use https://.</source>
        <translation>Returadressen må bruke https://.</translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters.</source>
        <translation>Beskrivelsen må være 3 til 100 tegn.</translation>
    </message>
    <message>
        <source>An expiry date can only be used with push and QR payments.</source>
        <translation>En utløpsdato kan bare brukes med push- og QR-betalinger.</translation>
    </message>
    <message>
        <source>A payment with an expiry date must include a receipt.</source>
        <translation>En betaling med utløpsdato må ha en kvittering.</translation>
    </message>
    <message>
        <source>A receipt needs at least one order line.</source>
        <translation>En kvittering må ha minst én ordrelinje.</translation>
    </message>
    <message>
        <source>A QR format can only be chosen for QR payments.</source>
        <translation>Et QR-format kan bare velges for QR-betalinger.</translation>
    </message>
    <message>
        <source>The profile scope must be a space-separated list of name, address, email, phoneNumber, birthDate and nin.</source>
        <translation>Profilomfanget (scope) må være en liste med name, address, email, phoneNumber, birthDate og nin, skilt med mellomrom.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::EPaymentApi</name>
    <message>
        <source>Approving a payment on the customer&apos;s behalf is only possible in the Test and Sandbox environments.</source>
        <translation>Å godkjenne en betaling på vegne av kunden er bare mulig i test- og Sandbox-miljøet.</translation>
    </message>
    <message>
        <source>The phone number must be the country code and number, 10 to 15 digits.</source>
        <translation>Telefonnummeret må bestå av landkode og nummer, 10 til 15 sifre.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::Error</name>
    <message>
        <source>Could not reach Vipps MobilePay. Check the internet connection and try again; the request will be repeated safely.</source>
        <translation>Fikk ikke kontakt med Vipps MobilePay. Kontroller internettforbindelsen og prøv igjen; forespørselen blir gjentatt på en trygg måte.</translation>
    </message>
    <message>
        <source>Vipps MobilePay did not answer in time. The request may still have been carried out: check the payment status before trying again.</source>
        <translation>Vipps MobilePay svarte ikke i tide. Forespørselen kan likevel ha blitt utført: sjekk betalingsstatusen før du prøver igjen.</translation>
    </message>
    <message>
        <source>This sales unit is not allowed to use this Vipps MobilePay function. Ask Vipps MobilePay to activate it for the merchant serial number in use.</source>
        <translation>Dette salgsstedet har ikke tilgang til denne funksjonen i Vipps MobilePay. Be Vipps MobilePay om å aktivere den for salgsstedsnummeret (MSN) som brukes.</translation>
    </message>
    <message>
        <source>Vipps MobilePay rejected the request as invalid. Correct the fields listed and send it again.</source>
        <translation>Vipps MobilePay avviste forespørselen som ugyldig. Rett feltene som er listet opp, og send den på nytt.</translation>
    </message>
    <message>
        <source>Vipps MobilePay refused the operation. Check the payment&apos;s status.</source>
        <translation>Vipps MobilePay avviste operasjonen. Sjekk statusen for betalingen.</translation>
    </message>
    <message>
        <source>Vipps MobilePay asked us to slow down. Wait a minute and try again.</source>
        <translation>Vipps MobilePay ba oss sende færre forespørsler. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <source>Vipps MobilePay had an internal error. Try again in a few minutes; if it keeps happening, contact Vipps MobilePay with the trace id.</source>
        <translation>Vipps MobilePay hadde en intern feil. Prøv igjen om noen minutter; hvis feilen vedvarer, kontakt Vipps MobilePay og oppgi sporings-ID-en.</translation>
    </message>
    <message>
        <source>Vipps MobilePay sent a reply InvoiceDesk could not understand. Check the payment&apos;s status before trying again.</source>
        <translation>Vipps MobilePay sendte et svar som InvoiceDesk ikke forsto. Sjekk statusen for betalingen før du prøver igjen.</translation>
    </message>
    <message>
        <source>Vipps MobilePay reports a conflict with an earlier request for this payment. Check the payment&apos;s status before trying again.</source>
        <translation>Vipps MobilePay melder om en konflikt med en tidligere forespørsel for denne betalingen. Sjekk statusen for betalingen før du prøver igjen.</translation>
    </message>
    <message>
        <source>Vipps MobilePay does not know this payment for this merchant. Check the reference and that the right merchant profile is selected.</source>
        <translation>Vipps MobilePay kjenner ikke til denne betalingen for denne bedriften. Kontroller referansen, og at riktig bedriftsprofil er valgt.</translation>
    </message>
    <message>
        <source>The merchant profile is not set up correctly.</source>
        <translation>Bedriftsprofilen er ikke satt opp riktig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trace id for Vipps MobilePay support: %1</source>
        <translation>Sporings-ID for kundestøtte hos Vipps MobilePay: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::ErrorMessages</name>
    <message>
        <source>Vipps MobilePay had an internal error. Try again later with the same request.</source>
        <translation>Vipps MobilePay hadde en intern feil. Prøv igjen senere med den samme forespørselen.</translation>
    </message>
    <message>
        <source>A capture with this request key was already sent with a different amount. Check the payment&apos;s captured amount before capturing again.</source>
        <translation>Et trekk med denne forespørselsnøkkelen er allerede sendt med et annet beløp. Sjekk hvor mye som er trukket av betalingen, før du trekker på nytt.</translation>
    </message>
    <message>
        <source>This request key was already used for another operation. Send the operation again as a new action.</source>
        <translation>Denne forespørselsnøkkelen er allerede brukt til en annen operasjon. Send operasjonen på nytt som en ny handling.</translation>
    </message>
    <message>
        <source>The amount is not valid. Enter a whole amount in øre/cents within the allowed range.</source>
        <translation>Beløpet er ugyldig. Angi et helt beløp i øre/cent innenfor det tillatte området.</translation>
    </message>
    <message>
        <source>The customer token is not valid.</source>
        <translation>Kundetokenet er ugyldig.</translation>
    </message>
    <message>
        <source>The personal QR code is not valid.</source>
        <translation>Den personlige QR-koden er ugyldig.</translation>
    </message>
    <message>
        <source>The phone number is not valid. Use the country code and number, digits only, for example 4791234567.</source>
        <translation>Telefonnummeret er ugyldig. Bruk landkode og nummer, bare sifre, for eksempel 4791234567.</translation>
    </message>
    <message>
        <source>The requested profile information (scope) is not valid. Ask only for name, address, email, phoneNumber or birthDate.</source>
        <translation>Den forespurte profilinformasjonen (scope) er ugyldig. Be bare om name, address, email, phoneNumber eller birthDate.</translation>
    </message>
    <message>
        <source>An address (URL) in the request is not valid. Use an https:// address.</source>
        <translation>En adresse (URL) i forespørselen er ugyldig. Bruk en https://-adresse.</translation>
    </message>
    <message>
        <source>Too much metadata was attached to the payment (at most five entries).</source>
        <translation>For mye metadata er lagt ved betalingen (høyst fem oppføringer).</translation>
    </message>
    <message>
        <source>The payment metadata contains the same key twice.</source>
        <translation>Metadataene for betalingen inneholder den samme nøkkelen to ganger.</translation>
    </message>
    <message>
        <source>A metadata key is too long (at most 100 characters).</source>
        <translation>En metadatanøkkel er for lang (høyst 100 tegn).</translation>
    </message>
    <message>
        <source>A metadata value is too long (at most 500 characters).</source>
        <translation>En metadataverdi er for lang (høyst 500 tegn).</translation>
    </message>
    <message>
        <source>A required field is missing from the request. See the field list.</source>
        <translation>Et obligatorisk felt mangler i forespørselen. Se feltlisten.</translation>
    </message>
    <message>
        <source>This payment reference already exists, or a refund with this request key was sent with a different amount. Use a new reference for a new payment, and check the refunded amount before refunding again.</source>
        <translation>Denne betalingsreferansen finnes allerede, eller en refusjon med denne forespørselsnøkkelen er sendt med et annet beløp. Bruk en ny referanse for en ny betaling, og sjekk det refunderte beløpet før du refunderer på nytt.</translation>
    </message>
    <message>
        <source>The payment method is not valid for this request.</source>
        <translation>Betalingsmetoden er ikke gyldig for denne forespørselen.</translation>
    </message>
    <message>
        <source>Blocking payment sources is not possible for this merchant.</source>
        <translation>Det er ikke mulig å blokkere betalingskilder for denne bedriften.</translation>
    </message>
    <message>
        <source>Express payments are not allowed for this sales unit.</source>
        <translation>Ekspressbetalinger er ikke tillatt for dette salgsstedet.</translation>
    </message>
    <message>
        <source>The sales unit may not ask for this profile information. Remove the scope or ask Vipps MobilePay for access.</source>
        <translation>Salgsstedet har ikke lov til å be om denne profilinformasjonen. Fjern scope, eller be Vipps MobilePay om tilgang.</translation>
    </message>
    <message>
        <source>The currency does not match the sales unit&apos;s market. Use the sales unit&apos;s currency.</source>
        <translation>Valutaen passer ikke til markedet for salgsstedet. Bruk valutaen til salgsstedet.</translation>
    </message>
    <message>
        <source>This sales unit may not create long-living payments (an expiry date). Send without an expiry date, or ask Vipps MobilePay for access.</source>
        <translation>Dette salgsstedet har ikke lov til å opprette langvarige betalinger (med utløpsdato). Send uten utløpsdato, eller be Vipps MobilePay om tilgang.</translation>
    </message>
    <message>
        <source>The merchant&apos;s bank account is not verified yet. Contact Vipps MobilePay.</source>
        <translation>Bedriftens bankkonto er ikke bekreftet ennå. Kontakt Vipps MobilePay.</translation>
    </message>
    <message>
        <source>Vipps MobilePay could not create the payment. Try again with a new reference; if it keeps happening, contact Vipps MobilePay.</source>
        <translation>Vipps MobilePay kunne ikke opprette betalingen. Prøv igjen med en ny referanse; hvis feilen vedvarer, kontakt Vipps MobilePay.</translation>
    </message>
    <message>
        <source>This sales unit may not send payment requests straight to a phone (push). Use a link or QR code instead, or ask Vipps MobilePay to allow push.</source>
        <translation>Dette salgsstedet har ikke lov til å sende betalingsforespørsler rett til en telefon (push). Bruk en lenke eller QR-kode i stedet, eller be Vipps MobilePay om å tillate push.</translation>
    </message>
    <message>
        <source>Vipps MobilePay does not know this payment reference for this merchant.</source>
        <translation>Vipps MobilePay kjenner ikke til denne betalingsreferansen for denne bedriften.</translation>
    </message>
    <message>
        <source>The payment cannot be refunded.</source>
        <translation>Betalingen kan ikke refunderes.</translation>
    </message>
    <message>
        <source>The amount is too small. The smallest amount is 1 krone (100 øre).</source>
        <translation>Beløpet er for lite. Det minste beløpet er 1 krone (100 øre).</translation>
    </message>
    <message>
        <source>Nothing can be refunded before the customer has approved the payment.</source>
        <translation>Ingenting kan refunderes før kunden har godkjent betalingen.</translation>
    </message>
    <message>
        <source>The payment can no longer be cancelled: the cancel period has expired.</source>
        <translation>Betalingen kan ikke lenger kanselleres: fristen for kansellering er utløpt.</translation>
    </message>
    <message>
        <source>A captured payment cannot be cancelled. Refund it instead.</source>
        <translation>En betaling som er trukket, kan ikke kanselleres. Refunder den i stedet.</translation>
    </message>
    <message>
        <source>The payment cannot be cancelled because no money is reserved.</source>
        <translation>Betalingen kan ikke kanselleres fordi ingen penger er reservert.</translation>
    </message>
    <message>
        <source>The customer has already approved the payment, so it was not cancelled. Capture it, or cancel it again without &apos;only if not approved&apos;.</source>
        <translation>Kunden har allerede godkjent betalingen, så den ble ikke kansellert. Trekk beløpet, eller kanseller på nytt uten «bare hvis ikke godkjent».</translation>
    </message>
    <message>
        <source>The payment is cancelled and cannot be captured.</source>
        <translation>Betalingen er kansellert og kan ikke trekkes.</translation>
    </message>
    <message>
        <source>The payment cannot be captured before the customer has approved it. Wait for approval.</source>
        <translation>Betalingen kan ikke trekkes før kunden har godkjent den. Vent på godkjenning.</translation>
    </message>
    <message>
        <source>The capture amount is higher than what is left to capture. Check the captured amount.</source>
        <translation>Beløpet som skal trekkes, er høyere enn det som gjenstår å trekke. Sjekk beløpet som allerede er trukket.</translation>
    </message>
    <message>
        <source>The capture period has expired; the reservation is gone. Ask the customer to pay again.</source>
        <translation>Fristen for å trekke beløpet er utløpt, og reservasjonen er borte. Be kunden om å betale på nytt.</translation>
    </message>
    <message>
        <source>The expiry date is too far in the future. Choose an earlier due date.</source>
        <translation>Utløpsdatoen er for langt frem i tid. Velg en tidligere forfallsdato.</translation>
    </message>
    <message>
        <source>The expiry date is too soon. It must be more than ten minutes from now.</source>
        <translation>Utløpsdatoen er for nær. Den må være mer enn ti minutter frem i tid.</translation>
    </message>
    <message>
        <source>A payment with an expiry date must include a receipt (order lines).</source>
        <translation>En betaling med utløpsdato må ha en kvittering (ordrelinjer).</translation>
    </message>
    <message>
        <source>This sales unit must capture the full amount at once.</source>
        <translation>Dette salgsstedet må trekke hele beløpet på én gang.</translation>
    </message>
    <message>
        <source>The refund is higher than what was captured and not yet refunded.</source>
        <translation>Refusjonen er høyere enn det som er trukket og ikke allerede refundert.</translation>
    </message>
    <message>
        <source>Vipps MobilePay is still processing another operation on this payment. Try again in a moment.</source>
        <translation>Vipps MobilePay behandler fortsatt en annen operasjon på denne betalingen. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The payment is already captured.</source>
        <translation>Betalingen er allerede trukket.</translation>
    </message>
    <message>
        <source>The payment is already refunded.</source>
        <translation>Betalingen er allerede refundert.</translation>
    </message>
    <message>
        <source>The payment cannot be cancelled in its current state.</source>
        <translation>Betalingen kan ikke kanselleres i sin nåværende status.</translation>
    </message>
    <message>
        <source>The payment cannot be captured in its current state.</source>
        <translation>Betalingen kan ikke trekkes i sin nåværende status.</translation>
    </message>
    <message>
        <source>The payment cannot be refunded in its current state.</source>
        <translation>Betalingen kan ikke refunderes i sin nåværende status.</translation>
    </message>
    <message>
        <source>The refund period has expired. Settle the amount with the customer another way.</source>
        <translation>Fristen for refusjon er utløpt. Gjør opp beløpet med kunden på en annen måte.</translation>
    </message>
    <message>
        <source>The payment is already approved by the customer.</source>
        <translation>Betalingen er allerede godkjent av kunden.</translation>
    </message>
    <message>
        <source>The customer is approving the payment right now, so it cannot be cancelled. Check the status again shortly.</source>
        <translation>Kunden holder på å godkjenne betalingen akkurat nå, så den kan ikke kanselleres. Sjekk statusen igjen om litt.</translation>
    </message>
    <message>
        <source>The reserved funds are no longer available, so the payment could not be captured. Ask the customer to pay again.</source>
        <translation>De reserverte midlene er ikke lenger tilgjengelige, så betalingen kunne ikke trekkes. Be kunden om å betale på nytt.</translation>
    </message>
    <message>
        <source>The capture failed for now. Try again later; it is safe to repeat.</source>
        <translation>Trekket mislyktes foreløpig. Prøv igjen senere; det er trygt å gjenta det.</translation>
    </message>
    <message>
        <source>Vipps MobilePay could not find a customer who can pay this request (unknown number, a user who cannot pay businesses, or under the age limit). Use another way to get paid.</source>
        <translation>Vipps MobilePay fant ingen kunde som kan betale denne forespørselen (ukjent nummer, en bruker som ikke kan betale til bedrifter, eller under aldersgrensen). Bruk en annen betalingsmåte.</translation>
    </message>
    <message>
        <source>Test approval failed.</source>
        <translation>Testgodkjenningen mislyktes.</translation>
    </message>
    <message>
        <source>Test approval is not allowed for this payment.</source>
        <translation>Testgodkjenning er ikke tillatt for denne betalingen.</translation>
    </message>
    <message>
        <source>The test user must first approve one payment manually in the test app.</source>
        <translation>Testbrukeren må først godkjenne én betaling manuelt i testappen.</translation>
    </message>
    <message>
        <source>The test user&apos;s payment source is not valid.</source>
        <translation>Betalingskilden til testbrukeren er ugyldig.</translation>
    </message>
    <message>
        <source>The test user has no cards. Create a new test user.</source>
        <translation>Testbrukeren har ingen kort. Opprett en ny testbruker.</translation>
    </message>
    <message>
        <source>This operation is not supported in the test environment.</source>
        <translation>Denne operasjonen støttes ikke i testmiljøet.</translation>
    </message>
    <message>
        <source>The test user&apos;s payment limit is exceeded.</source>
        <translation>Betalingsgrensen til testbrukeren er overskredet.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::OrderManagementApi</name>
    <message>
        <source>Order Management is not offered in the Vipps MobilePay Test environment.</source>
        <translation>Order Management tilbys ikke i testmiljøet til Vipps MobilePay.</translation>
    </message>
    <message>
        <source>The reference must be 1 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Referansen må være 1 til 128 bokstaver, sifre, «-», «_» eller «.».</translation>
    </message>
    <message>
        <source>Unknown category “%1”.</source>
        <translation>Ukjent kategori «%1».</translation>
    </message>
    <message>
        <source>The order details link must be an https:// address.</source>
        <translation>Lenken til ordredetaljene må være en https://-adresse.</translation>
    </message>
    <message>
        <source>The image id is not valid.</source>
        <translation>Bilde-ID-en er ugyldig.</translation>
    </message>
    <message>
        <source>A receipt needs at least one order line.</source>
        <translation>En kvittering må ha minst én ordrelinje.</translation>
    </message>
    <message>
        <source>The image must be a PNG or JPEG file of at most 2 MB.</source>
        <translation>Bildet må være en PNG- eller JPEG-fil på høyst 2 MB.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Vipps::UserinfoApi</name>
    <message>
        <source>The customer&apos;s id (sub) must be 1 to 100 characters.</source>
        <translation>Kundens ID (sub) må være 1 til 100 tegn.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::BulkSender</name>
    <message>
        <source>Not sent: the bulk send was cancelled before this invoice&apos;s turn.</source>
        <translation>Ikke sendt: massesendingen ble avbrutt før det ble denne fakturaens tur.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::InvoiceSender</name>
    <message>
        <source>Order Management is not offered in Vipps&apos; test environment, so the invoice link was not attached.</source>
        <translation>Order Management tilbys ikke i testmiljøet til Vipps, så fakturalenken ble ikke lagt ved.</translation>
    </message>
    <message>
        <source>The payment request %1 has no journal entry, so it is not sent.</source>
        <translation>Betalingsforespørselen %1 har ingen journalpost, så den blir ikke sendt.</translation>
    </message>
    <message>
        <source>The invoice link could not be attached, so no request was sent.</source>
        <translation>Fakturalenken kunne ikke legges ved, så ingen forespørsel ble sendt.</translation>
    </message>
    <message>
        <source>The invoice link of %1 has changed since the request was prepared. It was not sent again; send a new request instead.</source>
        <translation>Fakturalenken for %1 er endret siden forespørselen ble klargjort. Den ble ikke sendt på nytt; send en ny forespørsel i stedet.</translation>
    </message>
    <message>
        <source>The request %1 would now differ from the one prepared (were the settings or the invoice changed?). It was not sent again.</source>
        <translation>Forespørselen %1 ville nå blitt en annen enn den som ble klargjort (er innstillingene eller fakturaen endret?). Den ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>Vipps MobilePay takes NOK, DKK or EUR, not %1.</source>
        <translation>Vipps MobilePay tar imot NOK, DKK eller EUR, ikke %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, but this merchant takes payments in %3.</source>
        <translation>Faktura %1 er i %2, men denne bedriften tar imot betalinger i %3.</translation>
    </message>
    <message>
        <source>Invoice %1 is for %2, less than Vipps&apos; smallest payment of %3.</source>
        <translation>Faktura %1 gjelder %2, som er mindre enn den minste betalingen Vipps tillater (%3).</translation>
    </message>
    <message>
        <source>The description must be 3 to 100 characters long; it is %1.</source>
        <translation>Beskrivelsen må være 3 til 100 tegn lang; den er %1.</translation>
    </message>
    <message>
        <source>%1 has no mobile number. Send a link or QR code instead, and ask Vipps to share the number.</source>
        <translation>%1 har ikke noe mobilnummer. Send en lenke eller QR-kode i stedet, og be Vipps om å dele nummeret.</translation>
    </message>
    <message>
        <source>%1 has not agreed to receive payment requests in Vipps. Record their consent first, or send a link or QR code.</source>
        <translation>%1 har ikke samtykket til å motta betalingsforespørsler i Vipps. Registrer samtykket først, eller send en lenke eller QR-kode.</translation>
    </message>
    <message>
        <source>A one-time link always expires after ten minutes; it cannot be given another expiry. Use a QR code or a push request for that.</source>
        <translation>En engangslenke utløper alltid etter ti minutter og kan ikke få en annen utløpstid. Bruk en QR-kode eller en push-forespørsel til det.</translation>
    </message>
    <message>
        <source>The request must be open for more than ten minutes.</source>
        <translation>Forespørselen må være åpen i mer enn ti minutter.</translation>
    </message>
    <message>
        <source>Vipps lets this merchant keep a request open until %1 at the latest (%2 days).</source>
        <translation>Vipps lar denne bedriften holde en forespørsel åpen til senest %1 (%2 dager).</translation>
    </message>
    <message>
        <source>Invoice %1 is already being sent.</source>
        <translation>Faktura %1 er allerede i ferd med å sendes.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::JournalRecovery</name>
    <message>
        <source>Vipps does not know this payment.</source>
        <translation>Vipps kjenner ikke til denne betalingen.</translation>
    </message>
    <message>
        <source>Vipps MobilePay refused the request: %1</source>
        <translation>Vipps MobilePay avviste forespørselen: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PaymentActions</name>
    <message>
        <source>This is not a change to an existing payment.</source>
        <translation>Dette er ikke en endring av en eksisterende betaling.</translation>
    </message>
    <message>
        <source>There is no payment request %1 in this book.</source>
        <translation>Det finnes ingen betalingsforespørsel %1 i denne fakturaboken.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PaymentTracker</name>
    <message>
        <source>There is no payment request %1 in this book.</source>
        <translation>Det finnes ingen betalingsforespørsel %1 i denne fakturaboken.</translation>
    </message>
    <message>
        <source>The request %1 was never created at Vipps.</source>
        <translation>Forespørselen %1 ble aldri opprettet hos Vipps.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::PhoneLearner</name>
    <message>
        <source>The phone number can be learned only from a paid request that asked the customer to share it.</source>
        <translation>Telefonnummeret kan bare hentes fra en betalt forespørsel som ba kunden om å dele det.</translation>
    </message>
    <message>
        <source>The customer paid without sharing their phone number.</source>
        <translation>Kunden betalte uten å dele telefonnummeret sitt.</translation>
    </message>
    <message>
        <source>Vipps shared a phone number InvoiceDesk cannot use: %1</source>
        <translation>Vipps delte et telefonnummer som InvoiceDesk ikke kan bruke: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Workflows::WorkflowServices</name>
    <message>
        <source>The request for invoice %1 failed: %2</source>
        <translation>Forespørselen for faktura %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>Invoice %1 was paid.</source>
        <translation>Faktura %1 er betalt.</translation>
    </message>
    <message>
        <source>The request for invoice %1 expired.</source>
        <translation>Forespørselen for faktura %1 er utløpt.</translation>
    </message>
    <message>
        <source>The customer declined the request for invoice %1.</source>
        <translation>Kunden avviste forespørselen for faktura %1.</translation>
    </message>
</context>
<context>
    <name>PaymentRequestBuilder</name>
    <message>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Det finnes ingen profil med navnet «%1».</translation>
    </message>
    <message>
        <source>The settings file “%1” cannot be written.</source>
        <translation>Innstillingsfilen «%1» kan ikke skrives.</translation>
    </message>
    <message>
        <source>The settings file “%1” is damaged.</source>
        <translation>Innstillingsfilen «%1» er skadet.</translation>
    </message>
    <message>
        <source>The invoice book “%1” belongs to the profile “%2”.</source>
        <translation>Fakturaboken «%1» tilhører profilen «%2».</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profilen må ha et navn.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with a space.</source>
        <translation>Profilnavnet kan ikke begynne eller slutte med mellomrom.</translation>
    </message>
    <message>
        <source>The merchant serial number (MSN) is the number of the sales unit at Vipps: digits only.</source>
        <translation>Salgsstedsnummeret (MSN) er nummeret til salgsstedet hos Vipps: bare sifre.</translation>
    </message>
    <message>
        <source>The merchant serial number (MSN) may contain digits only.</source>
        <translation>Salgsstedsnummeret (MSN) kan bare inneholde sifre.</translation>
    </message>
    <message>
        <source>The system name tells Vipps which software sends the requests; it must not be empty.</source>
        <translation>Systemnavnet forteller Vipps hvilken programvare som sender forespørslene; det kan ikke være tomt.</translation>
    </message>
    <message>
        <source>The reference prefix may contain only the letters A–Z, digits and single dashes between them (Vipps references allow nothing else).</source>
        <translation>Referanseprefikset kan bare inneholde bokstavene A–Z, sifre og enkle bindestreker mellom dem (Vipps-referanser tillater ikke noe annet).</translation>
    </message>
    <message>
        <source>The reference prefix may be at most %1 characters long.</source>
        <translation>Referanseprefikset kan være høyst %1 tegn langt.</translation>
    </message>
    <message>
        <source>The maximum expiry must be between 1 hour and %1 days.</source>
        <translation>Lengste utløpstid må være mellom 1 time og %1 dager.</translation>
    </message>
    <message>
        <source>The default expiry must be at least 1 hour.</source>
        <translation>Standard utløpstid må være minst 1 time.</translation>
    </message>
    <message>
        <source>The default expiry must not be longer than the maximum expiry.</source>
        <translation>Standard utløpstid kan ikke være lengre enn lengste utløpstid.</translation>
    </message>
    <message>
        <source>The invoice link must contain {number} or {reference}, so that each invoice gets its own link.</source>
        <translation>Fakturalenken må inneholde {number} eller {reference}, slik at hver faktura får sin egen lenke.</translation>
    </message>
    <message>
        <source>The invoice link is not a valid web address.</source>
        <translation>Fakturalenken er ikke en gyldig nettadresse.</translation>
    </message>
    <message>
        <source>The invoice link must start with https:// (http:// only for this computer).</source>
        <translation>Fakturalenken må begynne med https:// (http:// bare for denne datamaskinen).</translation>
    </message>
    <message>
        <source>The return address is not a valid web address.</source>
        <translation>Returadressen er ikke en gyldig nettadresse.</translation>
    </message>
    <message>
        <source>The return address must start with https://.</source>
        <translation>Returadressen må begynne med https://.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Cannot read the fault &apos;%1&apos;.</source>
        <translation>Kan ikke tolke feilen «%1».</translation>
    </message>
    <message>
        <source>Local Vipps MobilePay simulator for InvoiceDesk.</source>
        <translation>Lokal Vipps MobilePay-simulator for InvoiceDesk.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 picks a free one).</source>
        <translation>Port på 127.0.0.1 (0 velger en ledig port).</translation>
    </message>
    <message>
        <source>SQLite file that keeps the state.</source>
        <translation>SQLite-fil som tar vare på tilstanden.</translation>
    </message>
    <message>
        <source>Faults to inject (see README).</source>
        <translation>Feil som skal simuleres (se README).</translation>
    </message>
    <message>
        <source>Append every API request to FILE.</source>
        <translation>Legg til hver API-forespørsel i FILE.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Levetid for tilgangstoken i sekunder.</translation>
    </message>
    <message>
        <source>No payment with reference %1.</source>
        <translation>Ingen betaling med referanse %1.</translation>
    </message>
    <message>
        <source>The payment is %1, not waiting for the customer.</source>
        <translation>Betalingen er %1 og venter ikke på kunden.</translation>
    </message>
    <message>
        <source>Give the phone number of the customer who approves.</source>
        <translation>Oppgi telefonnummeret til kunden som godkjenner.</translation>
    </message>
    <message>
        <source>The request was pushed to %1, not to %2.</source>
        <translation>Forespørselen ble sendt med push til %1, ikke til %2.</translation>
    </message>
    <message>
        <source>%1 is not a Vipps user in this sandbox.</source>
        <translation>%1 er ikke en Vipps-bruker i dette Sandbox-miljøet.</translation>
    </message>
    <message>
        <source>Cannot open the state file: %1</source>
        <translation>Kan ikke åpne tilstandsfilen: %1</translation>
    </message>
    <message>
        <source>Time only moves forward.</source>
        <translation>Tiden går bare fremover.</translation>
    </message>
    <message>
        <source>This sandbox runs on the system clock, which cannot be moved.</source>
        <translation>Dette Sandbox-miljøet går på systemklokken, som ikke kan flyttes.</translation>
    </message>
</context>
<context>
    <name>Vipps::Environment</name>
    <message>
        <source>The address “%1” is not a valid URL.</source>
        <translation>Adressen «%1» er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The address “%1” does not use HTTPS. Only a local simulator on this computer may be reached without encryption.</source>
        <translation>Adressen «%1» bruker ikke HTTPS. Bare en lokal simulator på denne datamaskinen kan nås uten kryptering.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send and follow Vipps MobilePay payment requests for invoices.</source>
        <translation>Send og følg opp betalingsforespørsler i Vipps MobilePay for fakturaer.</translation>
    </message>
    <message>
        <source>Fill an empty Sandbox book with demo invoices.</source>
        <translation>Fyll en tom Sandbox-fakturabok med demofakturaer.</translation>
    </message>
    <message>
        <source>Keep invoice books and settings in DIR.</source>
        <translation>Lagre fakturabøker og innstillinger i DIR.</translation>
    </message>
    <message>
        <source>Open the merchant profile NAME.</source>
        <translation>Åpne bedriftsprofilen NAME.</translation>
    </message>
    <message>
        <source>Speak LANG (en or nb) instead of the system&apos;s language.</source>
        <translation>Bruk språket LANG (en eller nb) i stedet for systemspråket.</translation>
    </message>
</context>
</TS>
