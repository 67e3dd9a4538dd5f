// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"

#include <QFuture>
#include <QPromise>

namespace InvoiceDesk::Vipps {

// A future that already holds `result`: for refusals decided before anything is sent.
template<class T>
QFuture<Result<T>> readyResult(Result<T> result)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

// Sends `call` and parses a successful reply with `parse` (a function of the body returning
// Result<T>); parse failures are tagged with the operation that met them.
template<class T, class Parse>
QFuture<Result<T>> sendAndParse(ApiClient& client, const ApiRequest& call, Parse parse)
{
    const QString operation = call.operation;
    const EnvironmentKind environment = client.environment().kind();
    return client.send(call).then(
        &client, [parse, operation, environment](const Result<ApiReply>& reply) -> Result<T> {
            if (!reply)
                return reply.error();
            Result<T> parsed = parse(*reply);
            if (!parsed) {
                Error error = parsed.error();
                error.setOperation(operation);
                error.setHttpStatus(reply->httpStatus);
                error.setEnvironment(environment);
                return error;
            }
            return parsed;
        });
}

} // namespace InvoiceDesk::Vipps
