// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicelistwidget.h"

#include "invoices/invoicelistmodel.h"
#include "invoices/statusbadgedelegate.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDesk::Ui {

namespace {

// Marks a saved layout as this list's, so that a layout of another table (or of an older column
// set) is refused instead of scrambling the columns.
constexpr quint32 layoutMagic = 0x494E564C; // "INVL"
constexpr qint32 layoutVersion = 1;

} // namespace

InvoiceListWidget::InvoiceListWidget(InvoiceListModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InvoiceFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_badges(new StatusBadgeDelegate(this))
{
    m_proxy->setSourceModel(&m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search->setObjectName(QStringLiteral("invoiceSearchField"));
    m_search->setPlaceholderText(tr("Search by number, customer, phone, amount or reference"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search invoices"));
    m_search->setAccessibleDescription(
        tr("Shows only the invoices whose number, customer, phone, amount or reference contain every word"));
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_proxy->setSearchText(text); });

    // The whole window: the search is the usual first step whatever has the focus.
    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, &InvoiceListWidget::focusSearch);

    m_view->setObjectName(QStringLiteral("invoiceTable"));
    m_view->setAccessibleName(tr("Invoices"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(InvoiceListModel::Status, m_badges);
    m_view->installEventFilter(this);
    layout->addWidget(m_view);
    setUpColumns();
    setFocusProxy(m_view);

    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = invoiceIdOf(index))
            Q_EMIT activated(id);
    });
    QItemSelectionModel* selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &InvoiceListWidget::noteCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &InvoiceListWidget::selectionChanged);
    // A filter or a sort can move or drop the current row without a currentRowChanged.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvoiceListWidget::noteCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InvoiceListWidget::noteCurrent);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &InvoiceListWidget::keepSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvoiceListWidget::restoreSelection);
}

void InvoiceListWidget::setUpColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu* menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });

    // Widths from the font, not from the contents: measuring 100,000 rows would stall the window.
    const int character = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[InvoiceListModel::ColumnCount] = {12, 24, 16, 14, 11, 20, 16};
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * character);

    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(qRound(fontMetrics().height() * 1.35) + 8);

    m_view->sortByColumn(InvoiceListModel::Number, Qt::DescendingOrder);
}

QMenu* InvoiceListWidget::createColumnMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Columns"), parent);
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        QAction* action =
            menu->addAction(m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        connect(action, &QAction::toggled, this,
                [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    // A menu kept in a menu bar outlives many changes to the header: it looks again each time.
    const auto update = [this, menu] {
        QHeaderView* header = m_view->horizontalHeader();
        const bool lastVisible = header->count() - header->hiddenSectionCount() <= 1;
        const QList<QAction*> actions = menu->actions();
        for (int column = 0; column < actions.size(); ++column) {
            const QSignalBlocker quiet(actions.at(column));
            actions.at(column)->setChecked(isColumnVisible(column));
            actions.at(column)->setEnabled(!(isColumnVisible(column) && lastVisible));
        }
    };
    update();
    connect(menu, &QMenu::aboutToShow, this, update);
    return menu;
}

void InvoiceListWidget::setColumnVisible(int column, bool visible)
{
    QHeaderView* header = m_view->horizontalHeader();
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return; // a table without columns could not be brought back through its own header
    header->setSectionHidden(column, !visible);
}

bool InvoiceListWidget::isColumnVisible(int column) const
{
    return !m_view->horizontalHeader()->isSectionHidden(column);
}

QByteArray InvoiceListWidget::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << layoutMagic << layoutVersion << qint32(InvoiceListModel::ColumnCount)
           << m_view->horizontalHeader()->saveState();
    return layout;
}

bool InvoiceListWidget::restoreLayout(const QByteArray& layout)
{
    QDataStream stream(layout);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 columns = 0;
    QByteArray state;
    stream >> magic >> version >> columns >> state;
    if (stream.status() != QDataStream::Ok || magic != layoutMagic || version != layoutVersion ||
        columns != InvoiceListModel::ColumnCount)
        return false;
    QHeaderView* header = m_view->horizontalHeader();
    if (!header->restoreState(state))
        return false;
    if (header->hiddenSectionCount() >= header->count())
        header->setSectionHidden(InvoiceListModel::Number, false);
    // The header remembers the sort indicator but does not sort: the proxy must be told.
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

QList<qint64> InvoiceListWidget::selectedInvoiceIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows)
        ids.append(invoiceIdOf(index));
    return ids;
}

qint64 InvoiceListWidget::currentInvoiceId() const
{
    return invoiceIdOf(m_view->selectionModel()->currentIndex());
}

void InvoiceListWidget::selectInvoice(qint64 invoiceId)
{
    const QModelIndex index = proxyIndexOf(invoiceId);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void InvoiceListWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool InvoiceListWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier) {
        if (const qint64 id = currentInvoiceId())
            Q_EMIT activated(id);
        return true;
    }
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        // From the search straight into the results.
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (!m_view->selectionModel()->currentIndex().isValid())
                m_view->selectionModel()->setCurrentIndex(
                    m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceListWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Two shortcuts with one key in a window cancel each other out: Qt finds them ambiguous and
    // triggers neither. When the window has its own Find, that one does the work.
    const QKeySequence key(QKeySequence::Find);
    bool taken = false;
    for (const QAction* action : window()->findChildren<QAction*>()) {
        if (action != m_find && action->shortcuts().contains(key))
            taken = true;
    }
    for (const QShortcut* shortcut : window()->findChildren<QShortcut*>()) {
        if (shortcut->key() == key)
            taken = true;
    }
    m_find->setShortcut(taken ? QKeySequence() : key);
}

void InvoiceListWidget::noteCurrent()
{
    const qint64 current = currentInvoiceId();
    if (current == m_lastCurrent)
        return;
    m_lastCurrent = current;
    Q_EMIT currentInvoiceChanged(current);
}

void InvoiceListWidget::keepSelection()
{
    m_keptSelection = selectedInvoiceIds();
    m_keptCurrent = currentInvoiceId();
}

void InvoiceListWidget::restoreSelection()
{
    // One range per run of neighbouring rows: a selection of many single-row ranges makes every
    // later question to the selection model slow (it looks through all of them for each row).
    QList<int> rows;
    rows.reserve(m_keptSelection.size());
    for (const qint64 id : std::as_const(m_keptSelection)) {
        const QModelIndex index = proxyIndexOf(id);
        if (index.isValid())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        selection.append(
            QItemSelectionRange(m_proxy->index(rows.at(first), 0),
                                m_proxy->index(rows.at(last), InvoiceListModel::ColumnCount - 1)));
        first = last + 1;
    }
    QItemSelectionModel* model = m_view->selectionModel();
    const QModelIndex current = proxyIndexOf(m_keptCurrent);
    if (current.isValid())
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    m_keptSelection.clear();
    m_keptCurrent = 0;
    noteCurrent();
    // The reset cleared the selection without a signal; tell listeners what it is now.
    Q_EMIT selectionChanged();
}

qint64 InvoiceListWidget::invoiceIdOf(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid())
        return 0;
    return m_model.invoiceIdAt(m_proxy->mapToSource(proxyIndex).row());
}

QModelIndex InvoiceListWidget::proxyIndexOf(qint64 invoiceId, int column) const
{
    const int row = m_model.rowOf(invoiceId);
    if (row < 0)
        return {};
    return m_proxy->mapFromSource(m_model.index(row, column));
}

} // namespace InvoiceDesk::Ui
