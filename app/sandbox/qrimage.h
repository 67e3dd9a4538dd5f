// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace InvoiceDesk::Sandbox {

// A real, scannable QR code for a text, drawn from libqrencode's module matrix.
class QrImage {
public:
    static QByteArray svg(const QString& text);
    static QByteArray png(const QString& text, int size);
};

} // namespace InvoiceDesk::Sandbox
