#pragma once

#include <QString>
#include <QStringList>

namespace rapport::app {

// Why policy settings could not be read or saved. describe() says what to do; `problems`
// lists every invalid value, each as a sentence naming the setting.
struct PolicyConfigError
{
    enum class Code {
        NotJson, // the stored text is not JSON (detail: the parser's message and offset)
        Invalid, // JSON, but some values are wrong (see problems)
        StorageFailed, // the settings could not be read or written (detail)
    };
    Code code = Code::Invalid;
    QString detail;
    QStringList problems;

    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
