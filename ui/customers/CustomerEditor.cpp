#include "ui/customers/CustomerEditor.h"

#include "app/customers/CustomerRepository.h"
#include "app/customers/CustomerValidator.h"
#include "ui/customers/FieldMessage.h"
#include "ui/customers/PhoneNumberField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kNoYear = 1899; // the year box's "not known" value (its minimum)

QWidget *stacked(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

} // namespace

CustomerEditor::CustomerEditor(app::CustomerRepository &customers, const QString &region,
    const app::Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_region(region)
    , m_original(customer)
{
    setObjectName(QStringLiteral("customerEditor"));
    setWindowTitle(
        customer.id == 0 ? tr("Add a customer") : tr("Edit %1").arg(customer.displayName()));
    setAccessibleName(windowTitle());
    m_fields = m_customers.customFields().valueOr({});
    buildForm();

    m_firstName->setText(customer.firstName);
    m_lastName->setText(customer.lastName);
    m_mobile->setNumber(customer.phoneE164);
    m_email->setText(customer.email);
    m_birthdayDay->setValue(customer.birthdayDay);
    m_birthdayMonth->setCurrentIndex(customer.birthdayMonth);
    m_birthdayYear->setValue(customer.birthdayYear.value_or(kNoYear));
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(customer.notes);
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        it.value()->setText(customer.fieldValues.value(it.key()));
    validate();
}

void CustomerEditor::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setAccessibleName(name);
        auto *title = new QLabel(label, this);
        title->setBuddy(field);
        form->addRow(title, field);
    };

    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    addRow(tr("&First name:"), m_firstName, tr("First name"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_nameMessage = new FieldMessage(this);
    addRow(tr("&Last name:"), stacked(m_lastName, m_nameMessage, this), tr("Last name"));
    m_lastName->setAccessibleName(tr("Last name"));

    m_mobile = new PhoneNumberField(m_region, this);
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_mobile->setPlaceholderText(tr("Mobile number, as the customer says it"));
    m_mobileMessage = new FieldMessage(this);
    m_mobileMessage->setObjectName(QStringLiteral("mobileMessage"));
    addRow(tr("&Mobile:"), stacked(m_mobile, m_mobileMessage, this), tr("Mobile number"));
    m_mobile->setAccessibleName(tr("Mobile number"));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_emailMessage = new FieldMessage(this);
    addRow(tr("&Email:"), stacked(m_email, m_emailMessage, this), tr("Email"));
    m_email->setAccessibleName(tr("Email"));

    auto *birthday = new QWidget(this);
    auto *birthdayRow = new QHBoxLayout(birthday);
    birthdayRow->setContentsMargins(0, 0, 0, 0);
    m_birthdayDay = new QSpinBox(birthday);
    m_birthdayDay->setObjectName(QStringLiteral("birthdayDay"));
    m_birthdayDay->setRange(0, 31);
    m_birthdayDay->setSpecialValueText(tr("Day"));
    m_birthdayDay->setAccessibleName(tr("Birthday: day"));
    m_birthdayMonth = new QComboBox(birthday);
    m_birthdayMonth->setObjectName(QStringLiteral("birthdayMonth"));
    m_birthdayMonth->addItem(tr("Month"));
    for (int month = 1; month <= 12; ++month)
        m_birthdayMonth->addItem(QLocale().standaloneMonthName(month));
    m_birthdayMonth->setAccessibleName(tr("Birthday: month"));
    m_birthdayYear = new QSpinBox(birthday);
    m_birthdayYear->setObjectName(QStringLiteral("birthdayYear"));
    m_birthdayYear->setRange(kNoYear, QDate::currentDate().year());
    m_birthdayYear->setSpecialValueText(tr("Year (optional)"));
    m_birthdayYear->setGroupSeparatorShown(false);
    m_birthdayYear->setAccessibleName(tr("Birthday: year, optional"));
    birthdayRow->addWidget(m_birthdayDay);
    birthdayRow->addWidget(m_birthdayMonth, 1);
    birthdayRow->addWidget(m_birthdayYear);
    m_birthdayMessage = new FieldMessage(this);
    auto *birthdayLabel = new QLabel(tr("&Birthday:"), this);
    birthdayLabel->setBuddy(m_birthdayDay);
    form->addRow(birthdayLabel, stacked(birthday, m_birthdayMessage, this));

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Separated by commas, e.g. regular, colour"));
    addRow(tr("&Tags:"), m_tags, tr("Tags"));

    for (const app::CustomField &field : std::as_const(m_fields)) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field:%1").arg(field.id));
        if (field.type == app::CustomField::Type::Date)
            edit->setPlaceholderText(tr("Date as YYYY-MM-DD"));
        else if (field.type == app::CustomField::Type::Choice)
            edit->setPlaceholderText(field.choices.join(QStringLiteral(" / ")));
        auto *message = new FieldMessage(this);
        m_fieldEdits.insert(field.id, edit);
        m_fieldMessages.insert(field.id, message);
        addRow(QString(field.name + u':'), stacked(edit, message, this), field.name);
        edit->setAccessibleName(field.name);
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditor::validate);
    }

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 4);
    addRow(tr("&Notes:"), m_notes, tr("Notes"));

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    m_saveAndConsent
        = buttons->addButton(tr("Save and record &consent…"), QDialogButtonBox::ActionRole);
    m_saveAndConsent->setObjectName(QStringLiteral("saveAndConsent"));
    m_saveAndConsent->setAccessibleName(tr("Save and record consent"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveAndClose(false); });
    connect(m_saveAndConsent, &QPushButton::clicked, this, [this] { saveAndClose(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wide enough for most field messages on one line; the window grows when one wraps.
    m_firstName->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditor::validate);
    connect(m_mobile, &QLineEdit::textChanged, this, &CustomerEditor::validate);
    connect(m_birthdayDay, &QSpinBox::valueChanged, this, &CustomerEditor::validate);
    connect(m_birthdayYear, &QSpinBox::valueChanged, this, &CustomerEditor::validate);
    connect(m_birthdayMonth, &QComboBox::currentIndexChanged, this, &CustomerEditor::validate);
}

app::Customer CustomerEditor::customer() const
{
    app::Customer c = m_original;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.phoneE164 = m_mobile->text().trimmed();
    c.email = m_email->text().trimmed();
    c.birthdayDay = m_birthdayDay->value();
    c.birthdayMonth = m_birthdayMonth->currentIndex();
    c.birthdayYear = m_birthdayYear->value() == kNoYear
        ? std::nullopt
        : std::optional<int>(m_birthdayYear->value());
    c.tags = splitTags(m_tags->text());
    c.notes = m_notes->toPlainText().trimmed();
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        c.fieldValues.insert(it.key(), it.value()->text().trimmed());
    return c;
}

void CustomerEditor::validate()
{
    const app::Customer c = customer();
    const bool hasName = !c.firstName.isEmpty() || !c.lastName.isEmpty();
    if (!hasName && c.phoneE164.isEmpty())
        m_nameMessage->setHint(tr("Enter a name, a mobile number or both."));
    else
        m_nameMessage->clear();

    if (c.phoneE164.isEmpty()) {
        m_mobileMessage->clear();
    } else {
        const app::PhoneNumbers::Parsed parsed = m_mobile->parsed();
        if (parsed.isValid())
            m_mobileMessage->setHint(tr("Will be saved as %1").arg(parsed.international));
        else
            m_mobileMessage->setProblem(app::PhoneNumbers::describe(parsed.validity));
    }

    if (!c.email.isEmpty() && !app::CustomerValidator::isPlausibleEmail(c.email))
        m_emailMessage->setProblem(
            tr("This does not look like an email address. Check it, or leave it empty."));
    else
        m_emailMessage->clear();

    if ((c.birthdayDay == 0) != (c.birthdayMonth == 0))
        m_birthdayMessage->setProblem(tr("Choose both the day and the month, or neither."));
    else if (c.hasBirthday()
        && !app::CustomerValidator::isValidBirthday(c.birthdayDay, c.birthdayMonth, c.birthdayYear))
        m_birthdayMessage->setProblem(tr("There is no such day. Check the day, month and year."));
    else if (c.birthdayYear && !c.hasBirthday())
        m_birthdayMessage->setProblem(tr("Choose the day and month of the birthday too."));
    else
        m_birthdayMessage->clear();

    for (const app::CustomField &field : std::as_const(m_fields)) {
        FieldMessage *message = m_fieldMessages.value(field.id);
        const auto problem
            = app::CustomerValidator::checkValue(field, c.fieldValues.value(field.id));
        if (problem) {
            app::CustomerError::FieldProblem fp;
            fp.field = app::CustomerError::Field::CustomField;
            fp.problem = *problem;
            fp.customFieldId = field.id;
            message->setProblem(app::CustomerError::describe(fp));
        } else {
            message->clear();
        }
    }
    m_refusal->hide();
    growToFit();
    const bool acceptable = isAcceptable();
    m_save->setEnabled(acceptable);
    m_saveAndConsent->setEnabled(acceptable && !c.phoneE164.isEmpty());
}

bool CustomerEditor::isAcceptable() const
{
    const app::Customer c = customer();
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.phoneE164.isEmpty())
        return false;
    if (m_mobileMessage->hasProblem() || m_emailMessage->hasProblem()
        || m_birthdayMessage->hasProblem())
        return false;
    for (const FieldMessage *message : m_fieldMessages) {
        if (message->hasProblem())
            return false;
    }
    return true;
}

void CustomerEditor::growToFit()
{
    QLayout *box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void CustomerEditor::showRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->show();
    growToFit();
}

bool CustomerEditor::save()
{
    if (!isAcceptable())
        return false;
    const app::Customer c = customer();
    if (c.id == 0) {
        auto added = m_customers.add(c);
        if (!added) {
            showRefusal(added.error().describe());
            return false;
        }
        m_savedId = *added;
    } else {
        auto updated = m_customers.update(c);
        if (!updated) {
            showRefusal(updated.error().describe());
            return false;
        }
        m_savedId = c.id;
    }
    return true;
}

void CustomerEditor::saveAndClose(bool recordConsent)
{
    if (!save())
        return;
    Q_EMIT saved(m_savedId, recordConsent);
    accept();
}

} // namespace rapport::ui
