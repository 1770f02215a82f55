#include "app/demo/DemoTexts.h"

#include <QCoreApplication>

namespace rapport::app {

DemoTexts DemoTexts::load(const QString &businessName)
{
    DemoTexts t;
    t.business = businessName.isEmpty() ? tr("Hazel & Finch Hair Studio") : businessName;

    t.wordingVersion = QStringLiteral("2024-01");
    t.serviceWording = tr("Can we text you about your appointments?");
    t.marketingWording = tr("Can we also text you our offers and news, at most four a month?");
    t.serviceConfirmation = tr("%1: you'll get texts about your appointments, about two a month. "
                               "Reply STOP to opt out, HELP for help.");
    t.marketingConfirmation = tr("%1: you'll also get our offers and news, at most four a month. "
                                 "Reply STOP to opt out, HELP for help.");
    t.stopConfirmation = tr("%1: you're unsubscribed and won't get any more texts from us. "
                            "Reply START to resubscribe.");
    t.stopKeyword = QStringLiteral("STOP");

    t.stylistField = tr("Favourite stylist");
    t.loyaltyField = tr("Loyalty points");

    t.customerNotes = QStringList {tr("Prefers morning appointments"),
        tr("Allergic to PPD: patch test 48 h before any colour"),
        tr("Likes a quiet appointment, no small talk"),
        tr("Brings her dog Biscuit, keep water bowl out"),
        tr("Uses a wheelchair: book the ground-floor chair"), tr("Only free on Saturdays"),
        tr("Sensitive scalp, use the gentle shampoo"), tr("Prefers texts to phone calls"),
        tr("Referred by her sister"), tr("Pays by card only"),
        tr("Hard of hearing, speak facing him"), tr("Usually books for two (with daughter)")};
    t.visitNotes = QStringList {tr("Cut and blow-dry"), tr("Root touch-up"),
        tr("Balayage, toner 9V"), tr("Bought shampoo and conditioner"), tr("Gift voucher redeemed"),
        tr("Patch test done"), tr("Beard trim"), tr("Kids' cut"), tr("Full head highlights"),
        tr("Fringe trim, no charge"), tr("Keratin treatment"),
        tr("Arrived 20 min late, shortened service")};
    t.stylistChoices = QStringList {tr("No preference")};
    t.services = QList<DemoService> {{tr("Cut and blow-dry"), 45}, {tr("Wash and blow-dry"), 30},
        {tr("Root touch-up"), 60}, {tr("Full head highlights"), 120},
        {tr("Balayage and toner"), 150}, {tr("Beard trim"), 15}, {tr("Kids' cut"), 20},
        {tr("Fringe trim"), 15}, {tr("Keratin treatment"), 120}, {tr("Patch test"), 10},
        {tr("Colour consultation"), 20}};

    t.reminder = tr("Hi %1, this is a reminder of your appointment at %2 on %3 at %4. "
                    "Reply C to confirm or R to reschedule.");
    t.confirmReplies
        = QStringList {tr("C"), tr("c"), tr("C thanks"), tr("Confirmed 👍"), tr("C!"), tr("Yes C")};
    t.confirmed = tr("Thanks %1, you're confirmed. See you then!");
    t.rescheduleKeyword = tr("R");
    t.rescheduleOffer = tr("No problem %1, when would suit you better?");
    t.rescheduleRequests = QStringList {tr("Could I do Thursday afternoon instead?"),
        tr("Any chance of next week, same time?"), tr("Saturday morning if you have it please"),
        tr("Sorry, something came up. Later in the day?")};
    t.rebooked = tr("All booked for %1 at %2. See you then!");
    t.questions = {
        {tr("Hi, do you have anything free this Saturday?"),
            tr("Hi %1, we have 10:30 or 14:00 on Saturday. Which suits you?")},
        {tr("Can I book a cut and colour next week?"),
            tr("Of course %1! Tuesday 11:00 or Wednesday 15:30?")},
        {tr("What time do you close today?"), tr("We're open until 18:00 today, %1.")},
        {tr("Running about 10 minutes late, sorry!"), tr("No problem %1, see you soon.")},
        {tr("Can I bring my daughter along for a trim too?"),
            tr("Yes of course, I've added her to your booking.")},
        {tr("Do you sell gift vouchers?"),
            tr("We do, %1! Any amount, just pop in or we can post one.")},
        {tr("I think I left my scarf there yesterday 🙈"),
            tr("Found it, %1! It's safe behind the desk.")},
        {tr("Is it ok to come with wet hair?"), tr("Yes that's fine, %1.")},
        {tr("Hi, what was the name of that hair oil you used?"),
            tr("It's the argan repair oil, %1. We have it in stock.")},
        {tr("Can I pay by card?"), tr("Yes, card or contactless is fine.")},
    };
    t.thanks = QStringList {tr("Thanks!"), tr("Thank you 😊"), tr("👍"), tr("❤️"),
        tr("Lovely, thanks"), tr("🙏"), tr("See you then!"), tr("Perfect, thank you x"),
        tr("Great 👌"), tr("😊")};
    t.campaigns = QStringList {
        tr("%1: 20% off all colour services until Sunday. Reply to book. Reply STOP to opt out"),
        tr("%1: our summer late-night opening starts Thursday, book until 20:00! Reply STOP to opt "
           "out"),
        tr("%1: treat someone special, gift vouchers now in store and by post. Reply STOP to opt "
           "out"),
        tr("%1: new season, new look! Free fringe trims all month. Reply STOP to opt out")};
    t.birthday = tr("Happy birthday %1! 🎂 Enjoy 15% off your next visit at %2. "
                    "Reply STOP to opt out");
    t.winBack = tr("Hi %1, it's been a while! We'd love to see you at %2 again. Reply to book. "
                   "Reply STOP to opt out");
    t.campaignReplies = QStringList {tr("Ooh yes please, can I book in?"), tr("Thank you! 🎉"),
        tr("Do you have anything Friday?"), tr("Thanks 😊")};
    t.feedbackRequest = tr("Thanks for visiting %2 today, %1! How did we do? Reply with a "
                           "score from 1 to 10.");
    t.feedbackScores = QStringList {tr("10"), tr("9"), tr("10!!"), tr("8"),
        tr("9 lovely as always"), tr("7"), tr("10 👏"), tr("5")};
    t.feedbackThanks = tr("Thank you for your feedback! If you have a moment, we'd love a "
                          "review: https://example.com/review");
    t.strangerQuestions = {
        {tr("Hi, are you open on Sundays?"), tr("Hi! We're closed on Sundays, open 9-18 Mon-Sat.")},
        {tr("How much is a men's cut?"), tr("Men's cuts are from 25.00. Would you like to book?")},
        {tr("Hi, is this the salon? Got your number from a friend"),
            tr("Yes it is, welcome! How can we help?")},
        {tr("Do you have availability tomorrow?"), tr("We have 11:15 or 16:00 tomorrow.")},
        {tr("Sorry wrong number"), tr("No problem, have a nice day!")},
        {tr("Can I book for Friday?"), tr("Friday 10:00 is free. Can I take your name?")},
    };
    t.awayMessage = tr("Thanks for your message to %1! We'll get back to you as soon as we can.");
    return t;
}

} // namespace rapport::app
