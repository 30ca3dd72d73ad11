#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace mailauth {

class FindingsView;

// Paste or type an SPF, DMARC or DKIM key record and see, as you type, whether receivers can use it and what to fix.
// Offline: it never asks DNS, so it is instant and safe on the UI thread.
class RecordCheckPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Spf,
        Dmarc,
        Dkim
    };

    explicit RecordCheckPanel(QWidget* parent = nullptr);

    void setKind(Kind kind);
    void setRecord(const QString& text);
    void setDomain(const QString& domain);

    bool isRecordValid() const { return m_valid; }
    QString verdictText() const;
    int findingCount() const;

Q_SIGNALS:
    void checked(bool valid);

private:
    void scheduleCheck();
    void check();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_domain = nullptr;
    QPlainTextEdit* m_record = nullptr;
    QLabel* m_verdict = nullptr;
    FindingsView* m_findings = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_valid = false;
};

} // namespace mailauth
