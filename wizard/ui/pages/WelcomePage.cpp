#include "WelcomePage.h"

#include "ui/RolloutWizard.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailauth {

WelcomePage::WelcomePage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("Welcome to MailAuth Wizard"),
                     tr("This wizard takes your Microsoft 365 domain from \"anyone can send mail in our name\" to SPF, "
                        "DKIM and DMARC in force, one checked step at a time."),
                     parent)
{
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p><b>What will happen</b></p>"
           "<ol><li>You name your domains, your tenant and where your DNS is hosted.</li>"
           "<li>The wizard checks what DNS says today and lists what is missing or wrong.</li>"
           "<li>SPF: it composes one correct record with the senders you use.</li>"
           "<li>DKIM: it gives you the Exchange Online PowerShell to run, reads back the two CNAME targets you paste "
           "in, and tells you when to switch signing on.</li>"
           "<li>DMARC: it starts with monitoring (p=none) and plans the steps to quarantine and reject.</li></ol>"
           "<p><b>How long it takes</b>: DNS changes usually appear within minutes to a few hours, but caches can "
           "keep old answers for up to a day or two, and Microsoft may need hours (sometimes days) to see new DKIM "
           "records. After each record you publish, the wizard watches every server and tells you when the world "
           "sees it, while you go on with the next step.</p>"
           "<p><b>What you need</b>: access to your DNS host's control panel, and an Exchange Online administrator "
           "role (Exchange Administrator or Global Administrator) to run the DKIM commands.</p>"));
    content()->addWidget(text);
    auto* open = new QPushButton(tr("&Open a saved project…"), this);
    open->setObjectName(QStringLiteral("openProject"));
    content()->addWidget(open, 0, Qt::AlignLeft);
    content()->addStretch(1);
    connect(open, &QPushButton::clicked, this, [this]() {
        auto* w = qobject_cast<RolloutWizard*>(wizard());
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("MailAuth Wizard projects (*.mailauth);;All files (*)"));
        QString error;
        if (w != nullptr && !path.isEmpty() && !w->openProject(path, &error)) {
            QMessageBox::warning(this, tr("Could not open the project"), error);
        }
    });
}

} // namespace mailauth
