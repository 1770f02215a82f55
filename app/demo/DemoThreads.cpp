// The conversation half of a demo run: which customers (and strangers) have threads, how many
// messages each holds, and writing them with their opt-outs.
#include "app/demo/DemoConversations.h"
#include "app/demo/DemoRun.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rapport::app {
namespace {

// The UI benchmarks open a thread this long.
constexpr int kBigThread = 10'000;
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

struct PlannedThread
{
    int customer = -1; // index into the run's customers; -1 for a stranger
    QString phone;
    int minimum = 1;
};

} // namespace

bool DemoRun::writeThreads()
{
    const qint64 total = m_options.messages;
    if (total <= 0)
        return true;
    // Everyone who will text STOP gets a thread (the ledger's keyword events point at it), then
    // a share of the others who agreed to texts.
    QList<int> stoppers;
    QList<int> others;
    for (int i = 0; i < m_customers.size(); ++i) {
        const DemoConsentPlan &consent = m_customers.at(i).consent;
        if (consent.service)
            (consent.optsOutLater ? stoppers : others).append(i);
    }
    m_random.shuffle(others);
    const int bigThreads = total >= 20'000 ? int(std::max<qint64>(1, total / 250'000)) : 0;
    const qint64 budget = std::max<qint64>(0, total - bigThreads * (kBigThread + total / 200));
    const qint64 talkative = std::lround(0.7 * double(stoppers.size() + others.size()));
    const int customerThreads = int(std::min<qint64>({std::max<qint64>(talkative, stoppers.size()),
        budget / 4, stoppers.size() + others.size()}));
    const int strangers = int(std::min<qint64>(m_strangerNumbers.size(),
        std::max<qint64>(customerThreads == 0 ? 1 : 0, std::lround(0.02 * customerThreads))));

    // Threads that may become the long ones come first: demoThreadSizes grows the first ones.
    const int stopperThreads = std::min<int>(customerThreads, int(stoppers.size()));
    QList<PlannedThread> plan;
    for (int i = 0; i < customerThreads - stopperThreads; ++i)
        plan.append({others.at(i), m_customers.at(others.at(i)).phoneE164, 1});
    for (int i = 0; i < stopperThreads; ++i)
        plan.append({stoppers.at(i), m_customers.at(stoppers.at(i)).phoneE164, 2});
    QList<int> minimums;
    for (const PlannedThread &thread : std::as_const(plan))
        minimums.append(thread.minimum);
    const qint64 customerMinimum = std::accumulate(minimums.cbegin(), minimums.cend(), qint64(0));
    // Strangers write a line or two (a wrong number, a price question); customers the rest.
    QList<int> strangerSizes;
    qint64 forCustomers = total;
    for (int i = 0; i < strangers; ++i) {
        plan.append({-1, m_strangerNumbers.at(i), 1});
        strangerSizes.append(forCustomers - 4 > customerMinimum ? m_random.between(1, 4) : 1);
        forCustomers -= strangerSizes.constLast();
    }
    if (customerThreads == 0 && !strangerSizes.isEmpty()) {
        strangerSizes[0] += int(forCustomers);
        forCustomers = 0;
    }
    // Customers who would have texted STOP but got no thread simply stay opted in.
    for (int i = stopperThreads; i < stoppers.size(); ++i)
        m_customers[stoppers.at(i)].consent.optsOutLater = false;

    const QList<int> sizes
        = demoThreadSizes(minimums, forCustomers, bigThreads, kBigThread, m_random) + strangerSizes;
    QList<int> order(plan.size());
    std::iota(order.begin(), order.end(), 0);
    m_random.shuffle(order);
    for (int index : std::as_const(order)) {
        const PlannedThread &thread = plan.at(index);
        DemoCustomer *customer = thread.customer >= 0 ? &m_customers[thread.customer] : nullptr;
        if (!writeThread(customer, thread.phone, sizes.at(index)))
            return false;
    }
    return advance(0);
}

bool DemoRun::writeThread(DemoCustomer *customer, const QString &phone, int size)
{
    const QDate today = m_calendar.today();
    const qint64 now = DemoCalendar::localMs(today, QTime(17, 30));
    qint64 lower = DemoCalendar::localMs(today.addDays(-730), QTime(9, 0));
    if (customer)
        lower = std::max(lower, customer->createdLocalMs + 60 * kSecond);
    qint64 start = lower;
    qint64 end = now - m_random.below64(6 * kHour);
    if (size < 200) { // short conversations ended any time; long ones are still going
        end = std::max(lower, now - qint64(m_random.exponential(40.0 * 24 * kHour)));
        start = lower + qint64(m_random.uniform() * double(end - lower));
    }

    DemoCorrespondent who;
    if (customer) {
        who.firstName = customer->person.firstName.isEmpty() ? customer->person.lastName
                                                             : customer->person.firstName;
        who.marketing = customer->consent.marketing;
        who.endsWithStop = customer->consent.optsOutLater;
    }
    const QList<DemoMessage> messages
        = demoConversation(m_texts, who, size, start, end, int(m_staffIds.size()), m_random);
    if (messages.isEmpty())
        return true;

    // Unread are the customer's latest messages that nobody has answered yet, if recent.
    const DemoMessage &last = messages.constLast();
    int trailingInbound = 0;
    for (auto it = messages.crbegin(); it != messages.crend() && it->inbound; ++it)
        ++trailingInbound;
    const qint64 age = now - last.createdLocalMs;
    const int unread = age < 10 * 24 * kHour ? trailingInbound : 0;
    const bool open = unread > 0 || age < 21 * 24 * kHour;
    const QVariant assigned = m_random.chance(0.25)
        ? staffId(m_random.below(int(m_staffIds.size())))
        : DemoWriter::null();
    const qint64 threadId = m_writer.thread({customer ? QVariant(customer->id) : DemoWriter::null(),
        phone, assigned, open ? 1 : 0, unread, utc(last.createdLocalMs)});
    if (threadId == 0)
        return failQuery();
    ++m_summary.threads;
    if (messages.size() > m_summary.largestThreadMessages) {
        m_summary.largestThreadMessages = messages.size();
        m_summary.largestThreadId = threadId;
    }

    const auto orNullTime = [this](qint64 localMs) {
        return localMs == 0 ? DemoWriter::null() : QVariant(utc(localMs));
    };
    for (const DemoMessage &m : messages) {
        const bool written = m.inbound
            ? m_writer.inbound(threadId, m.body, utc(m.createdLocalMs))
            : m_writer.outbound({threadId, m.body, m.purpose, m.origin, staffId(m.staffIndex),
                m.state, DemoWriter::orNull(m.stateReason), utc(m.createdLocalMs),
                orNullTime(m.sentLocalMs), orNullTime(m.deliveredLocalMs)});
        if (!written)
            return failQuery();
        ++m_summary.messages;
        if (!advance(1))
            return false;
    }
    if (customer && customer->consent.optsOutLater) {
        const bool confirmed = messages.size() >= 2 && !last.inbound;
        const DemoMessage &stop = confirmed ? messages.at(messages.size() - 2) : last;
        return writeOptOut(*customer, stop.createdLocalMs, confirmed ? last.body : QString());
    }
    return true;
}

bool DemoRun::writeOptOut(const DemoCustomer &c, qint64 stopLocalMs, const QString &confirmation)
{
    // STOP ends every purpose the customer had agreed to; the ledger's latest event per purpose
    // decides, and these come after every opt-in (higher ids, later times).
    for (bool marketing : {false, true}) {
        if (marketing && !c.consent.marketing)
            continue;
        if (!m_writer.consent({c.id, c.phoneE164,
                marketing ? QStringLiteral("marketing") : QStringLiteral("service"),
                QStringLiteral("opt_out"), QStringLiteral("keyword"), DemoWriter::null(),
                DemoWriter::null(), DemoWriter::null(), m_texts.stopKeyword,
                DemoWriter::orNull(confirmation), utc(stopLocalMs + 500)}))
            return failQuery();
        ++m_summary.consentEvents;
    }
    return true;
}

} // namespace rapport::app
