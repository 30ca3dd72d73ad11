// The application icon: the wizard's window carries it in every hicolor size, each PNG in the resource is the size it
// claims to be and shows something, and the Windows .ico beside the SVG holds the same sizes.
#include "ui/ApplicationIcon.h"

#include "ui/RolloutWizard.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <algorithm>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QList<QSize> squares(const QList<int>& sizes)
{
    QList<QSize> result;
    for (const int size : sizes) {
        result.append(QSize(size, size));
    }
    return result;
}

const QList<int> kHicolor{16, 24, 32, 48, 64, 128, 256};

} // namespace

TEST(ApplicationIconTest, HasEveryHicolorSize)
{
    EXPECT_EQ(applicationIconSizes(), kHicolor);
    const QIcon icon = applicationIcon();
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.availableSizes(), squares(kHicolor));
}

TEST(ApplicationIconTest, EachPngIsItsSizeAndNotBlank)
{
    for (const int size : kHicolor) {
        const QString path = QStringLiteral(":/mailauth/icons/mailauth-wizard-%1.png").arg(size);
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), QSize(size, size)) << path.toStdString();
        // A mark, not an empty square: some pixels opaque, the corners transparent (the envelope's rounded corner).
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
            }
        }
        EXPECT_GT(opaque, size * size / 3) << size;
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << size;
    }
}

TEST(ApplicationIconTest, WizardWindowUsesIt)
{
    RolloutWizard wizard;
    const QIcon icon = wizard.windowIcon();
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.availableSizes(), squares(kHicolor));
    EXPECT_EQ(icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
              QImage(QStringLiteral(":/mailauth/icons/mailauth-wizard-32.png"))
                  .convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

TEST(ApplicationIconTest, WindowsIcoHoldsTheSameSizes)
{
    QImageReader reader(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/icons/mailauth-wizard.ico"));
    ASSERT_TRUE(reader.canRead()) << reader.errorString().toStdString();
    QList<QSize> found;
    for (int i = 0; i < reader.imageCount(); ++i) {
        ASSERT_TRUE(reader.jumpToImage(i));
        found.append(reader.read().size());
    }
    std::sort(found.begin(), found.end(), [](QSize a, QSize b) { return a.width() < b.width(); });
    EXPECT_EQ(found, squares(kHicolor));
}
