// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"

#include <QJsonObject>

namespace InvoiceDesk::Vipps {

// What a customer agreed to share (only the consented fields are present). Within 168 hours of
// consent; afterwards Vipps answers "[Expired]" or an error.
struct UserInfo {
    QString sub;
    QString name;
    QString givenName;
    QString familyName;
    QString email;
    bool emailVerified = false;
    QString phoneNumber; // MSISDN without '+', e.g. "4791234567"
    bool phoneNumberVerified = false;
    QString birthdate;
    QJsonObject raw; // the whole reply, for fields not modelled here

    static Result<UserInfo> fromReply(const QByteArray& body);
    QJsonObject toJson() const { return raw; }
};

class UserinfoApi {
public:
    explicit UserinfoApi(ApiClient& client);

    // GET /vipps-userinfo-api/userinfo/{sub} with the merchant's token (not the Login flow's).
    QFuture<Result<UserInfo>> userinfo(const QString& sub);

private:
    ApiClient& m_client;
};

} // namespace InvoiceDesk::Vipps
