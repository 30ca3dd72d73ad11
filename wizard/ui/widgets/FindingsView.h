#pragma once

#include "core/Finding.h"

#include <QScrollArea>

class QVBoxLayout;

namespace mailauth {

// Findings as a checklist: severity icon, what is wrong and what to do, errors first. Each text is selectable so
// people can copy a fix.
class FindingsView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget* parent = nullptr);

    void setFindings(Findings findings);
    void setEmptyText(const QString& text);
    int count() const { return m_count; }

private:
    void clearRows();

    QVBoxLayout* m_layout = nullptr;
    QString m_emptyText;
    int m_count = 0;
};

} // namespace mailauth
