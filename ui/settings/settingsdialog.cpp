// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "credentials/merchantcredentials.h"
#include "profiles/profilestore.h"
#include "profiles/profilevalidator.h"
#include "sandbox/demomerchant.h"
#include "settings/connectiontester.h"
#include "settings/profileeditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

SettingsDialog::SettingsDialog(Profiles::ProfileStore& store, Credentials::MerchantCredentials& credentials,
                               QNetworkAccessManager& network, Clock& clock,
                               std::function<QUrl()> sandboxBaseUrl, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_sandboxBaseUrl(std::move(sandboxBaseUrl))
    , m_tester(new ConnectionTester(network, clock, this))
{
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_use = new QPushButton(tr("&Use this profile"), this);
    m_use->setObjectName(QStringLiteral("useProfile"));
    m_editor = new ProfileEditor(this);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_use);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addLayout(testRow);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    const QList<Workflows::MerchantProfile> stored = m_store.profiles();
    for (const Workflows::MerchantProfile& profile : stored)
        m_entries.append({m_nextId++, profile, {}, profile.name, false, false});
    if (m_entries.isEmpty()) {
        // Nothing stored yet: start from the demo profile, which the store also falls back to.
        Entry demo{m_nextId++, Profiles::ProfileStore::demoProfile(), Sandbox::demoMerchantKeys(), {}, true,
                   false};
        m_entries.append(demo);
    }
    const QString currentName = m_store.current().name;
    m_current = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name == currentName)
            m_current = row;
    }

    connect(add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_use, &QPushButton::clicked, this, &SettingsDialog::useProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::select);
    connect(m_editor, &ProfileEditor::profileEdited, this, [this] {
        takeEdits();
        refreshList();
        revalidate();
    });
    connect(m_editor, &ProfileEditor::keysEdited, this, [this] {
        takeEdits();
        if (m_selected >= 0)
            m_entries[m_selected].keysChanged = true;
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(false); });

    refreshList();
    showRow(m_current);
}

void SettingsDialog::showRow(int row)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    select(row);
}

SettingsDialog::SettingsDialog(Profiles::ProfileStore& store, Credentials::MerchantCredentials& credentials,
                               QNetworkAccessManager& network, Clock& clock, QWidget* parent)
    : SettingsDialog(store, credentials, network, clock, std::function<QUrl()>(), parent)
{}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSandboxBaseUrl(std::function<QUrl()> sandboxBaseUrl)
{
    m_sandboxBaseUrl = std::move(sandboxBaseUrl);
}

bool SettingsDialog::canApply() const
{
    if (m_savesRunning > 0 || !duplicateNames().isEmpty())
        return false;
    for (const Entry& entry : m_entries) {
        if (!Profiles::ProfileValidator::problems(entry.profile).isEmpty())
            return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    apply(true);
}

void SettingsDialog::addProfile()
{
    takeEdits();
    Workflows::MerchantProfile profile;
    const auto taken = [this](const QString& name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(), [&name](const Entry& entry) {
            return entry.profile.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = tr("New profile");
    for (int n = 2; taken(name); ++n)
        name = tr("New profile %1").arg(n);
    profile.name = name;
    m_entries.append({m_nextId++, profile, Sandbox::demoMerchantKeys(), {}, true, false});
    refreshList();
    showRow(int(m_entries.size()) - 1);
}

void SettingsDialog::removeProfile()
{
    if (m_selected < 0 || m_entries.size() < 2)
        return;
    const int row = m_selected;
    if (!m_entries.at(row).storedName.isEmpty())
        m_removed << m_entries.at(row).storedName;
    m_selected = -1; // the editor's contents belong to the row going away
    m_entries.removeAt(row);
    if (m_current == row)
        m_current = 0;
    else if (m_current > row)
        --m_current;
    refreshList();
    showRow(std::min(row, int(m_entries.size()) - 1));
}

void SettingsDialog::useProfile()
{
    if (m_selected < 0)
        return;
    m_current = m_selected;
    refreshList();
}

void SettingsDialog::select(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    takeEdits();
    m_selected = row;
    const Entry& entry = m_entries.at(row);
    m_editor->setProfile(entry.profile, entry.keys);
    if (!entry.keysLoaded)
        loadKeys(row);
    m_remove->setEnabled(m_entries.size() > 1);
    revalidate();
}

SettingsDialog::Entry* SettingsDialog::entryWithId(int id)
{
    for (Entry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

void SettingsDialog::loadKeys(int row)
{
    Entry& entry = m_entries[row];
    entry.keysLoaded = true;
    const int id = entry.id;
    const Vipps::EnvironmentKind environment = entry.profile.environment;
    m_credentials.load(environment, entry.profile.merchantSerialNumber)
        .then(this, [this, id, environment](const Credentials::SecretResult<Vipps::MerchantKeys>& result) {
            Entry* loaded = entryWithId(id);
            if (!loaded || loaded->keysChanged)
                return; // gone, or staff typed keys while the keychain was asked
            if (result) {
                loaded->keys = *result;
            } else if (result.error().kind() == Credentials::CredentialError::Kind::NotFound) {
                if (environment == Vipps::EnvironmentKind::Sandbox)
                    loaded->keys = Sandbox::demoMerchantKeys();
            } else {
                setStatus(result.error().message(), true);
                return;
            }
            loaded->keys.merchantSerialNumber = loaded->profile.merchantSerialNumber;
            if (m_selected >= 0 && m_entries.at(m_selected).id == id)
                m_editor->setKeys(loaded->keys);
        });
}

void SettingsDialog::takeEdits()
{
    if (m_selected < 0 || m_selected >= m_entries.size())
        return;
    Entry& entry = m_entries[m_selected];
    const Workflows::MerchantProfile edited = m_editor->profile();
    // Keys are filed under environment and MSN: a profile moved to another one needs them there too.
    if (edited.environment != entry.profile.environment ||
        edited.merchantSerialNumber != entry.profile.merchantSerialNumber)
        entry.keysChanged = true;
    entry.profile = edited;
    entry.keys = m_editor->keys();
    // The simulator's public demo keys mean nothing to Vipps: they are not carried into another
    // environment, where they would only fail.
    const Vipps::MerchantKeys demo = Sandbox::demoMerchantKeys();
    if (edited.environment != Vipps::EnvironmentKind::Sandbox && entry.keys.clientId == demo.clientId &&
        entry.keys.clientSecret == demo.clientSecret && entry.keys.subscriptionKey == demo.subscriptionKey) {
        entry.keys.clientId.clear();
        entry.keys.clientSecret.clear();
        entry.keys.subscriptionKey.clear();
        m_editor->setKeys(entry.keys);
    }
}

void SettingsDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    while (m_list->count() > m_entries.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_entries.size())
        m_list->addItem(QString());
    for (int row = 0; row < m_entries.size(); ++row) {
        const Workflows::MerchantProfile& profile = m_entries.at(row).profile;
        QListWidgetItem* item = m_list->item(row);
        item->setText(row == m_current ? tr("%1 (in use)").arg(profile.name) : profile.name);
        QFont font = item->font();
        font.setBold(row == m_current);
        item->setFont(font);
        item->setIcon(Profiles::ProfileValidator::problems(profile).isEmpty() ? QIcon() : warning);
    }
    if (m_selected >= 0)
        m_list->setCurrentRow(m_selected);
}

QList<QString> SettingsDialog::duplicateNames() const
{
    QList<QString> seen;
    QList<QString> duplicates;
    for (const Entry& entry : m_entries) {
        const QString name = entry.profile.name.trimmed();
        if (seen.contains(name, Qt::CaseInsensitive) && !duplicates.contains(name))
            duplicates << name;
        seen << name;
    }
    return duplicates;
}

void SettingsDialog::revalidate()
{
    if (m_selected >= 0) {
        const Workflows::MerchantProfile& profile = m_entries.at(m_selected).profile;
        QList<Profiles::ProfileProblem> problems = Profiles::ProfileValidator::problems(profile);
        // Profiles are told apart by name (in the settings file and by the CLI's --profile).
        if (duplicateNames().contains(profile.name.trimmed(), Qt::CaseInsensitive))
            problems.prepend({Profiles::ProfileField::Name, tr("Another profile has this name.")});
        m_editor->showProblems(problems);
    }
    const bool ok = canApply();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(ok);
}

void SettingsDialog::apply(bool closeWhenDone)
{
    takeEdits();
    if (!canApply())
        return;
    for (const QString& name : std::as_const(m_removed))
        m_store.remove(name); // a profile that is already gone needs nothing more
    m_removed.clear();
    for (Entry& entry : m_entries) {
        if (!entry.storedName.isEmpty() && entry.storedName != entry.profile.name)
            m_store.remove(entry.storedName);
        const auto saved = m_store.save(entry.profile);
        if (!saved) {
            setStatus(saved.error(), true);
            return;
        }
        entry.profile = *saved; // with its book's name, which stays when it is renamed later
        entry.storedName = entry.profile.name;
    }
    m_store.setCurrentName(m_entries.at(m_current).profile.name);
    Q_EMIT profilesChanged();

    m_closeWhenSaved = closeWhenDone;
    m_saveProblems.clear();
    // One count for this loop itself: a keychain that answers at once must not finish the save
    // before every write has been started.
    ++m_savesRunning;
    for (Entry& entry : m_entries) {
        if (!entry.keysChanged)
            continue;
        const Vipps::MerchantKeys keys = entry.keys;
        if (keys.clientId.isEmpty() && keys.clientSecret.isEmpty() && keys.subscriptionKey.isEmpty()) {
            entry.keysChanged = false;
            continue;
        }
        ++m_savesRunning;
        const int id = entry.id;
        m_credentials.save(entry.profile.environment, keys)
            .then(this, [this, id](const Credentials::SecretResult<Done>& result) {
                Entry* saved = entryWithId(id);
                // Without a keychain the keys stay in memory for this run; staff are told so below.
                const bool kept =
                    result || result.error().kind() == Credentials::CredentialError::Kind::NoBackend;
                if (saved && kept)
                    saved->keysChanged = false;
                if (!result && !m_saveProblems.contains(result.error().message()))
                    m_saveProblems << result.error().message();
                if (--m_savesRunning == 0)
                    finishSave();
            });
    }
    if (--m_savesRunning == 0) {
        finishSave();
        return;
    }
    setStatus(tr("Saving the keys in the keychain…"), false);
    revalidate();
}

void SettingsDialog::finishSave()
{
    revalidate();
    if (m_saveProblems.isEmpty()) {
        setStatus(tr("Saved."), false);
        Q_EMIT saveFinished();
        if (m_closeWhenSaved)
            QDialog::accept();
        return;
    }
    // The profiles are stored; the dialog stays open so that staff read what happened to the keys.
    setStatus(m_saveProblems.join(QLatin1Char('\n')), true);
    Q_EMIT saveFinished();
}

void SettingsDialog::testConnection()
{
    takeEdits();
    if (m_selected < 0)
        return;
    const Entry& entry = m_entries.at(m_selected);
    const Workflows::MerchantProfile& profile = entry.profile;
    Vipps::Environment environment =
        Vipps::Environment::sandbox(m_sandboxBaseUrl ? m_sandboxBaseUrl() : QUrl());
    switch (profile.environment) {
    case Vipps::EnvironmentKind::Sandbox:
        break;
    case Vipps::EnvironmentKind::Test:
        environment = Vipps::Environment::test();
        break;
    case Vipps::EnvironmentKind::Production:
        environment = Vipps::Environment::production();
        break;
    case Vipps::EnvironmentKind::Custom:
        environment = Vipps::Environment::custom(profile.customBaseUrl);
        break;
    }
    m_test->setEnabled(false);
    setStatus(tr("Asking Vipps for an access token…"), false);
    m_tester->test(environment, entry.keys)
        .then(this, [this](const Vipps::Result<Vipps::AccessToken>& result) {
            m_test->setEnabled(true);
            if (result)
                setStatus(tr("Connected: Vipps accepted the keys."), false);
            else
                setStatus(result.error().message(), true);
        });
}

void SettingsDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setProperty("problem", problem);
}

} // namespace InvoiceDesk::Ui
