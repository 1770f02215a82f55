#pragma once

#include <QByteArray>

namespace rapport::modem {

// The SIM card of the simulated modem: its PIN lock, the attempts left and the PUK block, as
// 27.007 +CPIN describes them. Three wrong PINs block the card; ten wrong PUKs kill it.
class SimulatedSim final
{
public:
    enum class State { Ready, PinRequired, PukRequired, NotInserted, Dead };
    // Incomplete: a PUK without the new PIN 27.007 asks for; no attempt is spent on it.
    enum class Entry { Accepted, Wrong, Incomplete, NotExpected };

    static constexpr int PinAttempts = 3;
    static constexpr int PukAttempts = 10;

    // Turns the PIN lock on with this PIN (the card then asks for it now and at every power-up),
    // or off with an empty PIN.
    void setPin(const QByteArray &pin);
    void setPuk(const QByteArray &puk) { m_puk = puk; }
    // Blocked as after three wrong PINs.
    void block();
    void setInserted(bool inserted) { m_inserted = inserted; }

    [[nodiscard]] State state() const;
    [[nodiscard]] bool isReady() const { return state() == State::Ready; }
    [[nodiscard]] int pinAttemptsLeft() const { return m_pinAttempts; }
    [[nodiscard]] int pukAttemptsLeft() const { return m_pukAttempts; }
    [[nodiscard]] QByteArray pin() const { return m_pin; }

    // AT+CPIN="<pin>" while a PIN is asked for, AT+CPIN="<puk>","<new pin>" while blocked.
    Entry enter(const QByteArray &code, const QByteArray &newPin = QByteArray());
    // The modem restarted: a locked card asks for its PIN again.
    void powerCycle();

private:
    QByteArray m_pin = QByteArrayLiteral("1234");
    QByteArray m_puk = QByteArrayLiteral("12345678");
    int m_pinAttempts = PinAttempts;
    int m_pukAttempts = PukAttempts;
    bool m_locked = false; // PIN lock enabled
    bool m_unlocked = true; // PIN given since power-up (or no lock)
    bool m_inserted = true;
};

} // namespace rapport::modem
