import type { InvoiceDocument, InvoiceLine } from '../../../../shared/schemas/invoice-document';
import { useT } from '../../i18n';
import {
  docMoney,
  docText,
  documentFacts,
  documentTitle,
  formatIban,
  lineDescription,
  lineQuantity,
  lineVat,
  paymentText,
  specificationRows,
  totalRows,
} from '../../lib/invoices';
import { Table } from '../../ui';
import '../../billing.css';

type SpecRow = ReturnType<typeof specificationRows>['rows'][number] & { total?: boolean };

/**
 * The anonymised invoice or credit note as the organisation receives it, drawn from the
 * document itself in its own language and with the words of the PDF: parties, dates and
 * period, the lines, VAT per rate, the totals, how to pay, and the hour specification per
 * month, kind of work and (where allowed) unit. Nothing else is on it.
 */
export function InvoiceDocumentView({ document }: { document: InvoiceDocument }) {
  const t = useT();
  const l = document.language;
  const w = (key: Parameters<typeof docText>[1], params?: Parameters<typeof docText>[2]) =>
    docText(document, key, params);
  const s = document.seller;
  const b = document.buyer;
  const sellerLines = [
    s.name,
    s.address.street,
    `${s.address.postcode} ${s.address.city}`,
    s.address.country === 'NL' ? null : s.address.country,
    s.email,
    s.phone,
  ].filter((line): line is string => line !== null);
  const buyerLines = [
    b.name,
    b.contactName ? w('invoiceDoc.attention', { name: b.contactName }) : null,
    b.address.street,
    `${b.address.postcode} ${b.address.city}`,
    b.address.country === 'NL' ? null : b.address.country,
  ].filter((line): line is string => line !== null);
  const spec = specificationRows(document);
  const specRows: SpecRow[] = [
    ...spec.rows,
    {
      key: 'total',
      month: w('invoiceDoc.total'),
      activity: '',
      unit: '',
      hours: spec.totalHours,
      amount: spec.totalAmount,
      total: true,
    },
  ];
  const footer = [
    s.tradingName ?? s.name,
    `${w('invoiceDoc.kvk')} ${s.kvkNumber}`,
    s.vatNumber ? `${w('invoiceDoc.vatNumber')} ${s.vatNumber}` : null,
    `${w('invoiceDoc.iban')} ${formatIban(s.iban)}`,
  ].filter((part): part is string => part !== null);

  return (
    <article
      className="invoice-doc"
      lang={l}
      aria-label={t('invoices.doc.label')}
      data-testid="invoice-document"
    >
      <header className="invoice-doc-head">
        <p className="invoice-doc-brand">{s.tradingName ?? s.name}</p>
        <p className="invoice-doc-seller">
          {sellerLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
      </header>

      <div className="invoice-doc-parties">
        <div>
          <p className="invoice-doc-label">{w('invoiceDoc.to')}</p>
          <p className="invoice-doc-buyer" data-testid="invoice-buyer">
            {buyerLines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </p>
        </div>
        <dl className="invoice-doc-facts" data-testid="invoice-facts">
          {documentFacts(document).map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <h3 className="invoice-doc-title" data-testid="invoice-title">
        {documentTitle(document)} {document.number}
      </h3>

      <div data-testid="invoice-lines">
        <Table<InvoiceLine>
          caption={w('invoiceDoc.lines')}
          captionHidden
          rows={document.lines}
          rowKey={(line) => line.lineNumber}
          columns={[
            {
              key: 'description',
              header: w('invoiceDoc.description'),
              rowHeader: true,
              cell: (line) => lineDescription(line.subject, l),
            },
            {
              key: 'quantity',
              header: w('invoiceDoc.quantity'),
              align: 'end',
              cell: (line) => lineQuantity(line, l),
            },
            {
              key: 'rate',
              header: w('invoiceDoc.rate'),
              align: 'end',
              cell: (line) => docMoney(document, line.unitPriceCents),
            },
            {
              key: 'vat',
              header: w('invoiceDoc.vat'),
              align: 'end',
              cell: (line) => lineVat(line, l),
            },
            {
              key: 'amount',
              header: w('invoiceDoc.amount'),
              align: 'end',
              cell: (line) => docMoney(document, line.amountCents),
            },
          ]}
        />
      </div>

      <dl className="invoice-doc-totals" data-testid="invoice-totals">
        {totalRows(document).map((row) => (
          <div key={row.label} className={row.total ? 'invoice-doc-total' : undefined}>
            <dt>{row.label}</dt>
            <dd>{row.amount}</dd>
          </div>
        ))}
      </dl>
      {document.vatBreakdown.map((row) =>
        row.vat.exemptionReason ? (
          <p key={row.vat.exemptionReason} className="invoice-doc-small">
            {row.vat.exemptionReason}
          </p>
        ) : null,
      )}

      <p className="invoice-doc-pay" data-testid="invoice-payment">
        {paymentText(document)}
      </p>

      {document.specification.length > 0 ? (
        <section className="invoice-doc-spec" data-testid="invoice-specification">
          <h4>{w('invoiceDoc.specification')}</h4>
          <p className="invoice-doc-small">{w('invoiceDoc.specificationNote')}</p>
          <Table<SpecRow>
            caption={w('invoiceDoc.specification')}
            captionHidden
            rows={specRows}
            rowKey={(row) => row.key}
            rowClassName={(row) => (row.total ? 'invoice-doc-spec-total' : undefined)}
            columns={[
              {
                key: 'month',
                header: w('invoiceDoc.month'),
                rowHeader: true,
                cell: (r) => r.month,
              },
              { key: 'activity', header: w('invoiceDoc.activity'), cell: (r) => r.activity },
              { key: 'unit', header: w('invoiceDoc.unit'), cell: (r) => r.unit },
              { key: 'hours', header: w('invoiceDoc.hours'), align: 'end', cell: (r) => r.hours },
              {
                key: 'amount',
                header: w('invoiceDoc.amount'),
                align: 'end',
                cell: (r) => r.amount,
              },
            ]}
          />
        </section>
      ) : null}

      <footer className="invoice-doc-footer">{footer.join('  ·  ')}</footer>
    </article>
  );
}
