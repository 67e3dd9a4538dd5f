// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace InvoiceDesk::Sandbox {

void FaultInjector::failNext(const QString& endpoint, FaultKind kind, int count, int status)
{
    FaultRule rule;
    rule.endpoint = endpoint;
    rule.kind = kind;
    rule.remaining = count;
    rule.status = status;
    m_rules.append(rule);
}

QString FaultInjector::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Latency:
        return QStringLiteral("latency");
    case FaultKind::Status:
        return QStringLiteral("status");
    case FaultKind::Malformed:
        return QStringLiteral("malformed");
    case FaultKind::DropBeforeApply:
        return QStringLiteral("drop-before");
    case FaultKind::DropAfterApply:
        return QStringLiteral("drop-after");
    case FaultKind::CutAfterHeaders:
        return QStringLiteral("cut");
    }
    return {};
}

Expected<Done, QString> FaultInjector::addSpec(const QString& spec)
{
    const auto bad = [](const QString& item) {
        return QCoreApplication::translate("Sandbox", "Cannot read the fault '%1'.").arg(item);
    };
    QList<FaultRule> parsed;
    const QStringList items = spec.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.startsWith(QStringLiteral("seed="))) {
            bool ok = false;
            const uint seed = item.mid(5).toUInt(&ok);
            if (!ok)
                return bad(item);
            setSeed(seed);
            continue;
        }
        const QStringList parts = item.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            return bad(item);
        FaultRule rule;
        rule.endpoint = parts[0];
        const QString kind = parts[1];
        bool ok = true;
        if (kind == QStringLiteral("drop-before"))
            rule.kind = FaultKind::DropBeforeApply;
        else if (kind == QStringLiteral("drop-after"))
            rule.kind = FaultKind::DropAfterApply;
        else if (kind == QStringLiteral("cut"))
            rule.kind = FaultKind::CutAfterHeaders;
        else if (kind == QStringLiteral("malformed"))
            rule.kind = FaultKind::Malformed;
        else if (kind.startsWith(QStringLiteral("latency="))) {
            rule.kind = FaultKind::Latency;
            rule.latency = std::chrono::milliseconds(kind.mid(8).toLongLong(&ok));
        } else {
            rule.kind = FaultKind::Status;
            rule.status = kind.toInt(&ok);
            ok = ok && rule.status >= 400 && rule.status <= 599;
        }
        if (!ok)
            return bad(item);
        if (parts.size() == 3) {
            const QString trigger = parts[2];
            if (trigger.startsWith(QStringLiteral("next=")))
                rule.remaining = trigger.mid(5).toInt(&ok);
            else if (trigger.startsWith(QStringLiteral("p="))) {
                rule.probability = trigger.mid(2).toDouble(&ok);
                ok = ok && rule.probability > 0 && rule.probability <= 1;
                rule.remaining = -1;
            } else if (trigger == QStringLiteral("always"))
                rule.remaining = -1;
            else
                ok = false;
            if (!ok)
                return bad(item);
        }
        parsed.append(rule);
    }
    m_rules.append(parsed);
    return Done{};
}

bool FaultInjector::fires(FaultRule& rule)
{
    if (rule.probability > 0) {
        std::uniform_real_distribution<double> draw(0.0, 1.0);
        return draw(m_random) < rule.probability;
    }
    if (rule.remaining == 0)
        return false;
    if (rule.remaining > 0)
        --rule.remaining;
    return true;
}

FaultInjector::Decision FaultInjector::decide(const QString& endpoint)
{
    Decision decision;
    for (FaultRule& rule : m_rules) {
        if (rule.endpoint != QStringLiteral("*") && rule.endpoint != endpoint)
            continue;
        if (rule.kind == FaultKind::Latency) {
            if (fires(rule))
                decision.latency += rule.latency;
        } else if (!decision.fault && fires(rule)) {
            decision.fault = rule;
        }
    }
    m_rules.removeIf([](const FaultRule& rule) { return rule.remaining == 0 && rule.probability <= 0; });
    return decision;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const FaultRule& rule : m_rules) {
        QJsonObject json{{QStringLiteral("endpoint"), rule.endpoint},
                         {QStringLiteral("kind"), kindName(rule.kind)}};
        if (rule.kind == FaultKind::Status)
            json.insert(QStringLiteral("status"), rule.status);
        if (rule.kind == FaultKind::Latency)
            json.insert(QStringLiteral("latencyMs"), qint64(rule.latency.count()));
        if (rule.probability > 0)
            json.insert(QStringLiteral("probability"), rule.probability);
        else
            json.insert(QStringLiteral("remaining"), rule.remaining);
        rules.append(json);
    }
    return rules;
}

} // namespace InvoiceDesk::Sandbox
