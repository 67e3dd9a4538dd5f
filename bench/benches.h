// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"
#include "vipps/merchantkeys.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace InvoiceDesk::Bench {

struct BenchConfig {
    int invoices = 1000;   // bulk send
    int concurrency = 6;   // requests in flight, for the workflow and the bare client alike
    int tracked = 10000;   // open attempts for the tracking bench
    int trackMinutes = 30; // simulated minutes of tracking
    int listed = 100000;   // invoices in the list bench
    QString runTag;        // makes every reference of this run unique
};

class WorkflowStack;

Vipps::MerchantKeys keysFrom(const QJsonObject& hello);

// Each returns its figures as one JSON object and prints its part of the table.
// The bulk bench hands its stack (every invoice sent) to the tracking bench when their counts match,
// so that a run of both sends the book once.
QJsonObject runBulkBench(const BenchConfig& config, SandboxProcess& sandbox,
                         std::unique_ptr<WorkflowStack>& sentStack);
QJsonObject runTrackBench(const BenchConfig& config, SandboxProcess& sandbox,
                          std::unique_ptr<WorkflowStack> sentStack);
QJsonObject runListBench(const BenchConfig& config);
QJsonObject runColdStartBench(const QString& appProgram, const QString& bareProgram, int runs);

} // namespace InvoiceDesk::Bench
