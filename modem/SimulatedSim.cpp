#include "modem/SimulatedSim.h"

namespace rapport::modem {

void SimulatedSim::setPin(const QByteArray &pin)
{
    m_locked = !pin.isEmpty();
    if (m_locked)
        m_pin = pin;
    m_unlocked = !m_locked;
    m_pinAttempts = PinAttempts;
}

void SimulatedSim::block()
{
    m_locked = true;
    m_unlocked = false;
    m_pinAttempts = 0;
}

SimulatedSim::State SimulatedSim::state() const
{
    if (!m_inserted)
        return State::NotInserted;
    if (m_pukAttempts == 0)
        return State::Dead;
    if (m_pinAttempts == 0)
        return State::PukRequired;
    if (m_locked && !m_unlocked)
        return State::PinRequired;
    return State::Ready;
}

SimulatedSim::Entry SimulatedSim::enter(const QByteArray &code, const QByteArray &newPin)
{
    switch (state()) {
    case State::PinRequired:
        if (code == m_pin) {
            m_unlocked = true;
            m_pinAttempts = PinAttempts;
            return Entry::Accepted;
        }
        --m_pinAttempts;
        return Entry::Wrong;
    case State::PukRequired:
        if (newPin.isEmpty())
            return Entry::Incomplete;
        if (code == m_puk) {
            m_pin = newPin;
            m_pinAttempts = PinAttempts;
            m_pukAttempts = PukAttempts;
            m_unlocked = true;
            return Entry::Accepted;
        }
        --m_pukAttempts;
        return Entry::Wrong;
    case State::Ready:
    case State::NotInserted:
    case State::Dead:
        break;
    }
    return Entry::NotExpected;
}

void SimulatedSim::powerCycle()
{
    m_unlocked = !m_locked;
}

} // namespace rapport::modem
