<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>barcode is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {text!r} is not a GTIN: it has characters other than digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {text!r} is not a GTIN: {digits} digits, expected 8, 12, 13 or 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {text!r} has a wrong check digit: expected {expected}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout prefixes must be digits: {prefixes!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout value kind must be price or weight, not {value_kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout {name} digits must lie within 0-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout item and value digits overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout decimals out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded layout setting is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item code {item_code!r} must be {item_length} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value {value!r} does not fit {value_length} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan {text!r} contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan is too long to be a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan {text!r} has no data after its symbology identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage discount must be above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount amount must be a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount {pct!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight must be above 0 and at most {MAX_WEIGHT} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight has more than 3 decimals (grams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity {value} must be a whole number for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be from 1 to {MAX_UNITS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that line is no longer in the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation type="unfinished">ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a discount cannot exceed the line amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order discount cannot exceed the sale amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{raw}: scan or type the item after the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{raw}: {number} is not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{raw}: the quantity must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {code!r} is not a valid GS1 code: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {code!r} holds no GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 4217 currency code: {currency!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} is not a plain decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} has more than {digits} decimals for {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {raw!r} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency mismatch: {ours} and {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a completed sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a discount over the store limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override the return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or change staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a cash count over or short beyond the store threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a shift whose events the hub has not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell an unlabelled item at a price typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role {text!r}: use one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not {action} ({what}): a manager must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not {action}: a manager must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager approved {approved}, not {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager approved {action} for something else: ask the manager again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approver} may not approve {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that approval was given to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a {currency} note or coin (minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count of notes or coins is a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that many notes or coins cannot be in one drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cash movement is a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount due cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash tendered must be an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash tendered must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card cannot pay more than what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the approval code from the card terminal (letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the last four digits of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store credit amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit needs a customer: find the customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit cannot pay more than what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer can spend at most {spendable} of store credit here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tender to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that part was paid before (a deposit or goods returned): it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not signed in on this till</source>
        <extracomment>An approval is for the action at hand, not for later. Store setting: the largest discount (percent of the line or sale) a cashier may give.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is no longer on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that approval was not given on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that approval has expired: ask the manager again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that approval was already used: ask the manager again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not a sale of this till, and the hub cannot be reached to look it up. Try again when the till is online, or take the return without a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was paid in {currency}; this store refunds in {ours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the receipt&apos;s barcode or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub could not look up {key}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale or web order {key} at this till or at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with SKU {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such customer on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange has no new goods: scan them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} back for {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many: type a quantity over 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {number} was submitted: nothing more to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count is in review: Esc goes back to counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is counted in whole units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unmatched scan of {code} in this count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product for code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: the label carries its own weight or price; scan it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the price of the item (above 0)</source>
        <translation type="unfinished">Preis des Artikels eingeben (über 0)</translation>
    </message>
    <message>
        <source>{name} at {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that customer is not in this till&apos;s directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} at {price}; then {discounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenders are taken on this sale: finish the payment (F12) or remove them there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is empty: nothing to park</source>
        <extracomment>Why a sale is cancelled, as the cashier picks it (journalled with the cancellation).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that parked sale was already resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the sale is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is empty: scan an item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenders taken are more than the sale: remove them and take payment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale changed after payment started; take payment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is not fully paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale with receipt number {receipt_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift is open on this till: open one and count the float (F7)</source>
        <extracomment>Store setting: the largest over/short (minor units, either way) a close needs no manager for. Store setting: the largest opening float (minor units) taken without &quot;are you sure?&quot;. Store setting: True lets the first sale open a shift by itself, with a zero float (journalled); otherwise the till asks for the float to be counted first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift is open on this till: open one with a counted float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closed shift with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a phone number (4 to 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s name is at most 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the customer&apos;s phone number or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit: the minimum share must be more than 0 and at most the default share, which is less than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit: at least {minimum_percent}% of the order ({least})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit: less than the order&apos;s total (the whole total is paying in full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN is digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN has {PIN_MIN} to {PIN_MAX} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN may not repeat one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN may not be a run like 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick key position {position}: use 1 to {SLOTS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick key position {position} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick key {position}: a SKU of 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick key {position}: the label is longer than {LABEL_MAX} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund ({amount}) is more than the sale&apos;s tenders can take back ({paid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit needs a customer: find or add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return window has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item was sold as final sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened items of this kind cannot be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s condition is not refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s limit for returns without a receipt is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is received: nothing is expected</source>
        <extracomment>Why an RMA that is no longer authorised expects no parcel (a sentence per state: the state&apos;s word alone would take the gender of what it is said of in Spanish).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is cancelled: nothing is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return window cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restocking fee is a fraction from 0 to 1, e.g. 0.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a return policy: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot return {quantity} of a line that sold {sold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an RMA number (RMA and 9 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an RMA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r}: the RMA number&apos;s check character is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a phone number, an email or part of a name</source>
        <extracomment>The store setting holding the offline store-credit limit per customer (minor units).</extracomment>
        <translation type="unfinished">Telefonnummer, E-Mail oder einen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>{name} already has this phone number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{receipt_no} is no longer a completed sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: part of it came back meanwhile; find the receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange&apos;s new goods are not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return policy refuses this: {refusals} (a manager may override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no receipt to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at most {room} more can come back ({sold} sold, {back} returned before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt has no line {sale_line_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: everything sold has already come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} is not on {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: everything {label} sold of it is already coming back or was returned before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this return has a receipt: choose from its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a line of the return first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantity is more than zero (Del takes the line off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item at the counter is there: choose what becomes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan or choose what comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store takes no returns without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return without a receipt needs the customer: find or add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit needs the customer: find or add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay in of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay out of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe drop of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a reason for paying cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is more cash than the drawer should hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager must approve: {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the cash in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the float counted ({counted}) is more than the usual {limit}: count again, or confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the float must be counted in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shift is already open on this till: close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add {name} (#{number}) as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff member needs a number and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is already in use in this store: choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number {number} is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that badge belongs to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff member number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN sign-in on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that staff member was just removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge sign-in on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that badge is not on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entry on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the manager signs in with staff number and PIN (F9) and does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approver} may not approve: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not on this order: put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not to be picked here any more (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one too many: the order takes {qty} of {what}, all picked already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed, to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order is {state}: it cannot be {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order changed meanwhile (version {version}, the till saw {expected}): it is {state} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejected quantity must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders and the auto-cancel need at least 1 hour / 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second reminder must come after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pickup order {pickup_id} on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the name on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which ID it is (passport, driving licence…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the last 4 letters or digits of the ID number, no more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({sku}) is not in this till&apos;s catalog yet: sync, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} was paid online: nothing to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} has no deposit to pay back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is not paid: take the payment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} was {how}: do not hand it over (customer service can help the customer)</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;); {state} the state alone, in the till&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} was handed over already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is not ready: pick it, then F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {label}: it cannot be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not this order&apos;s pickup code: scan it again, or F4 to check an ID instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the customer first: scan their pickup code, or F4 to check an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {state} ({how}): do not pick it</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {state}: do not pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {label}: nothing to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product for code {code}: scan it again or type the SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} has no line {line_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is left to pick of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {qty} of {name} is left to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} of {name} still to pick (scan it, or F5 to reject the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parcel from another store is still on its way: scan it in when it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every line was rejected: nothing is left to get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pickup order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ship-from-store order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ship-to-store transfer order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was scanned or typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan or type the parcel&apos;s tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages: 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {label}: pack it first (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is {label}: it cannot be shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} is not a pickup: no parcel comes for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parcel {parcel} is on its way for order {order_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parcel from {from_node} for order {order_number} was taken in already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order_number} has nothing to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer: their name (the order is collected under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: type how many, more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: say from or to where (the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {qty}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {number} was submitted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count was submitted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item with SKU {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deposit is not fully paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund is not paid out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect at: {pickup_store} is not another store this till knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect at {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery: the street, city, postcode and the country&apos;s two letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delivery is paid now, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery to {street}, {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to pay now: the customer pays when collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the payment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order changed after payment started; take payment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} line</source>
        <comment>{count} lines</comment>
        <translation>
            <numerusform>{count} Position</numerusform>
            <numerusform>{count} Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole store</source>
        <extracomment>How a message names that area (&quot;the whole store of count S001-T01-C0001 ...&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {number} is closed</source>
        <extracomment>Why a count that is no longer open cannot be counted (one sentence per state: the state&apos;s word alone would take the gender of what it is said of in Spanish or German).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {number} is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis-shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area name is at most 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} has more than 3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no count {session_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the count first (Enter on it in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cycle count names SKUs, a category or a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} of count {number} was counted on another till already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} of count {number} was submitted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the count first (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {number}, {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such parcel on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} was already taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this parcel was already taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the RMA label, or type the order or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an item: scan the parcel&apos;s RMA label first (or type the order or receipt number inside it; F2 sets a parcel aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not on this till: it is addressed to another store, or the till has not synced since it was made (type the order or receipt number instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the parcel is (sender, what is in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the receipt or web order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this parcel has its RMA {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an item of the parcel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanned item is in the parcel: choose what becomes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan what is in the parcel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery {delivery_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many: more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery {number} was received already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</source>
        <comment>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</comment>
        <translation>
            <numerusform>{count} gefunden: Eingabe wählt, Auf/Ab bewegt. Strg+N legt einen neuen Kunden an.</numerusform>
            <numerusform>{count} gefunden: Eingabe wählt, Auf/Ab bewegt. Strg+N legt einen neuen Kunden an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counted} of {count} item counted</source>
        <comment>{counted} of {count} items counted</comment>
        <translation>
            <numerusform>{counted} von {count} Artikel gezählt</numerusform>
            <numerusform>{counted} von {count} Artikeln gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item counted</source>
        <comment>{count} items counted</comment>
        <translation>
            <numerusform>{count} Artikel gezählt</numerusform>
            <numerusform>{count} Artikel gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hint}  {count} unknown code kept for review.</source>
        <comment>{hint}  {count} unknown codes kept for review.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line to recount (F5)</source>
        <comment>{count} lines to recount (F5)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} unknown code: F8 matches it</source>
        <comment>{count} unknown codes: F8 matches them</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count {number} approved and sent: {lines}, {count} corrected ({amount}).</source>
        <comment>Count {number} approved and sent: {lines}, {count} corrected ({amount}).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} resumed where it stopped: {count} item scanned so far</source>
        <comment>{label} resumed where it stopped: {count} items scanned so far</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} resumed: {count} item scanned so far</source>
        <comment>{label} resumed: {count} items scanned so far</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{parcel} taken in: {count} item</source>
        <comment>{parcel} taken in: {count} items</comment>
        <translation>
            <numerusform>{parcel} angenommen: {count} Artikel</numerusform>
            <numerusform>{parcel} angenommen: {count} Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {count} not on the RMA</source>
        <comment>, {count} not on the RMA</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} new order for this store: Alt+2 Pickups</source>
        <comment>{count} new orders for this store: Alt+2 Pickups</comment>
        <translation>
            <numerusform>{count} neue Bestellung für diese Filiale: Alt+2 Abholungen</numerusform>
            <numerusform>{count} neue Bestellungen für diese Filiale: Alt+2 Abholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} order · PgUp/PgDown change the tab · Enter opens the selected one</source>
        <comment>{count} orders · PgUp/PgDown change the tab · Enter opens the selected one</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} order for “{text}”: Up/Down to choose, Enter to open</source>
        <comment>{count} orders for “{text}”: Up/Down to choose, Enter to open</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} found</source>
        <comment>{count} found</comment>
        <translation>
            <numerusform>{count} gefunden</numerusform>
            <numerusform>{count} gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {count} product imported ({new} new, {changed} changed, {unchanged} as they were).</source>
        <comment>{file}: {count} products imported ({new} new, {changed} changed, {unchanged} as they were).</comment>
        <translation>
            <numerusform>{file}: {count} Artikel importiert ({new} neu, {changed} geändert, {unchanged} unverändert).</numerusform>
            <numerusform>{file}: {count} Artikel importiert ({new} neu, {changed} geändert, {unchanged} unverändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more line</source>
        <comment>… and {count} more lines</comment>
        <translation>
            <numerusform>… und {count} weitere Zeile</numerusform>
            <numerusform>… und {count} weitere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line was not imported, listed below: correct it in the file and import it again (the products already imported stay as they are). F12 goes on without it.</source>
        <comment>{count} lines were not imported, listed below: correct them in the file and import it again (the products already imported stay as they are). F12 goes on without them.</comment>
        <translation>
            <numerusform>{count} Zeile wurde nicht importiert (unten aufgeführt): korrigieren Sie sie in der Datei und importieren Sie diese erneut (die bereits importierten Artikel bleiben, wie sie sind). F12 macht ohne sie weiter.</numerusform>
            <numerusform>{count} Zeilen wurden nicht importiert (unten aufgeführt): korrigieren Sie sie in der Datei und importieren Sie diese erneut (die bereits importierten Artikel bleiben, wie sie sind). F12 macht ohne sie weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} product from {file}</source>
        <comment>{count} products from {file}</comment>
        <translation>
            <numerusform>{count} Artikel aus {file}</numerusform>
            <numerusform>{count} Artikel aus {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sample product</source>
        <comment>{count} sample products</comment>
        <translation>
            <numerusform>{count} Beispielartikel</numerusform>
            <numerusform>{count} Beispielartikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sample product added. To sell it, type its code at the Sell screen and press Enter: {code} ({name}). F12 goes on.</source>
        <comment>{count} sample products added. To sell one, type its code at the Sell screen and press Enter, e.g. {code} ({name}). F12 goes on.</comment>
        <translation>
            <numerusform>{count} Beispielartikel angelegt. Zum Verkaufen den Code im Verkauf eingeben und Enter drücken: {code} ({name}). F12 macht weiter.</numerusform>
            <numerusform>{count} Beispielartikel angelegt. Zum Verkaufen den Code im Verkauf eingeben und Enter drücken, z. B. {code} ({name}). F12 macht weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {count} unknown code kept</source>
        <comment>, {count} unknown codes kept</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the catalog from the hub: {count} change</source>
        <comment>Loading the catalog from the hub: {count} changes</comment>
        <translation>
            <numerusform>Katalog wird vom Hub geladen: {count} Änderung</numerusform>
            <numerusform>Katalog wird vom Hub geladen: {count} Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulling {count} change</source>
        <comment>Pulling {count} changes</comment>
        <translation>
            <numerusform>{count} Änderung wird geladen</numerusform>
            <numerusform>{count} Änderungen werden geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event of this shift is not yet acknowledged by the hub.</source>
        <comment>{count} events of this shift are not yet acknowledged by the hub.</comment>
        <translation>
            <numerusform>{count} Ereignis dieser Schicht ist vom Hub noch nicht bestätigt.</numerusform>
            <numerusform>{count} Ereignisse dieser Schicht sind vom Hub noch nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {text} is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {name!r} is not a day (mon..sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours {spec!r}: write e.g. &apos;mon-fri 09:00-18:00; sat 10:00-16:00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {opens}-{closes} closes before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours {spec!r}: the store is never open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours: too few hours open to count that far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours: too few days open to count that far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routing rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {name!r}: unknown field(s) {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {name!r}: {reason} (kinds: store, warehouse; sort: cost, nearest, most_stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {name!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {name!r}: safety stock and distance must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {name!r}: {flag} must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rate {text!r} is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rate {text!r} must be a fraction from 0 to below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tax class {tax_class!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax {tax!r}: expected CLASS=RATE, e.g. standard=0.0825</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax {tax!r}: {rate!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax {tax!r}: the rate must be from 0 to 1 (or 0% to 100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store code {code!r}: letters, digits, - and _, at most 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store needs a name (it is printed on receipts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices must be exclusive or inclusive of tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rounding must be per line or per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till code {code!r}: letters, digits, - and _, at most 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language {language!r}: a two-letter code such as es</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this till already made {sold} sale as store {store}; use a new data folder for another store</source>
        <comment>this till already made {sold} sales as store {store}; use a new data folder for another store</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this till already sold in {old}; cannot switch to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one tax class, e.g. standard=8.25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till has no store yet: set the store up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN belongs to more than one person here: sign in with your staff number and PIN, and ask a manager to give one of you a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sign in with your staff number and PIN, or your badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>badge sign-in is locked after too many unknown badges for {minutes} more minute (sign in with your PIN)</source>
        <comment>badge sign-in is locked after too many unknown badges for {minutes} more minutes (sign in with your PIN)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} is locked out after too many wrong PINs for {minutes} more minute{hint}</source>
        <comment>{who} is locked out after too many wrong PINs for {minutes} more minutes{hint}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} is locked out after too many wrong PINs for {minutes} more minute</source>
        <comment>{who} is locked out after too many wrong PINs for {minutes} more minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many unknown badges: {who} is locked out for {minutes} minute</source>
        <comment>too many unknown badges: {who} is locked out for {minutes} minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many wrong PINs: {who} is locked out for {minutes} minute</source>
        <comment>too many wrong PINs: {who} is locked out for {minutes} minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wrong} ({left} more try before a lock-out)</source>
        <comment>{wrong} ({left} more tries before a lock-out)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the till cannot keep its hub token safely (it is never written to a file). {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at {hub}: check the address and the network. ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the code: it is unknown, already used or expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes from this till; wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the enrollment: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {sku!r}: SKU and name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {sku}: sold_by must be unit or weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {sku}: price must be integer minor units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {sku}: price is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {sku}: {gtin!r} is not a normalised GTIN-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks {missing} (needs {needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header repeats {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has {fields} field, the header has {width}</source>
        <comment>has {fields} fields, the header has {width}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SKU {sku} already on line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN {gtin} already used by SKU {sku} on line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; run omnipos setup --tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tax class {tax_class!r} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold_by must be unit or weight, not {sold_by!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till has no store yet: run &apos;omnipos setup&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a directory, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display not answering on {port} - check it is on and connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display address {address!r} is not valid: a pole display is serial, e.g. serial:///dev/ttyUSB1?baudrate=9600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display command set {protocol!r} is unknown: use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused (is it switched on?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be reached on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user may not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing through CUPS needs the pycups package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer} is not reachable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer} could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer} is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on {printer} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer} stopped answering: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer} closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown printer profile {key!r}; choose one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: the printer was unavailable for too long ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, but: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial scanner needs a serial:// address, not {address!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner {scanner} is not reachable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner {scanner} was disconnected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer paper is running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer is out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer cover is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option {name}={value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device address {address!r} is not valid: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected scheme://..., e.g. tcp://192.168.1.50:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected usb://VID:PID in hex, e.g. usb://04b8:0202</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme {scheme!r}; use one of {schemes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer profile {profile} is not usable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate changed: this till pinned SHA-256 {pinned} at enrollment, the hub now shows {new}. Sync is stopped so that the device token goes to no other server. If the hub&apos;s certificate was renewed, check the new fingerprint with the hub&apos;s administrator (&apos;omnipos-hub serve&apos; prints it) and accept it with &apos;omnipos sync --once --accept-certificate {new}&apos;, or enroll the till again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted ({reason}). If the hub uses a private certificate authority, enroll with --ca-file CA.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till has no device token; enroll it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub unreachable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer from the hub: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub answered {code}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the hub&apos;s certificate at {hub}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub at {hub} shows certificate SHA-256 {seen}, not {wanted}: nothing changed. Check the fingerprint with the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a SHA-256 fingerprint (64 hex digits, colons allowed: AB:12:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub address {url!r}: write it as https://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub address {url!r} is plain HTTP: this till&apos;s device token would cross the network unencrypted. Use https:// (the hub serves it with --certfile/--keyfile, or behind a reverse proxy), or say --allow-http for a lab network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub {url} is reached over plain HTTP (--allow-http): the device token crosses the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub {hub} is not reached over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed a probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable keyring backend ({backend}: {reason}); secrets are only ever kept in the OS keyring. Start a desktop keyring (e.g. GNOME Keyring / KWallet) or name one with PYTHON_KEYRING_BACKEND, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring could not store the secret: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till is not enrolled with a hub (run &apos;omnipos enroll --hub URL --code CODE&apos;)</source>
        <extracomment>Hello is said on first contact, after any failed pass and then every this often; between, a pass is one push (which brings the feed back) or, with nothing to push, one pull. The journal head the hub keeps, from hello and then each push&apos;s answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; enroll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number}: the hub does not know this order here any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number} was {how}: the hub did not take it as {what}</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;); {state} the state alone, in the till&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number}: the hub did not take it as {what}: {why}</source>
        <extracomment>{why} is the hub&apos;s reason, in its words (English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel for {original}</source>
        <extracomment>What the parcel returns: the RMA&apos;s original, or what the associate matched it to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web order {number}</source>
        <extracomment>True when this till could not ask the hub (its own sale, offline).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {percent} % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{discounts}, over the {limit} % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring unencrypted</source>
        <extracomment>keyring&apos;s own setting by which an administrator names the backend.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keyring ({backend}): secrets cannot be kept on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring ({backend}) keeps secrets UNENCRYPTED in a file: anyone who can read that file has this till&apos;s device token. Name an encrypted keyring with {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring ({backend}) keeps secrets unencrypted; OmniPOS uses such a keyring only when an administrator names it with {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is missing event {first} of this till (not on this till any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till (not on this till any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is missing event {first} of this till (held here: sent again, or quarantined here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till (held here: sent again, or quarantined here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till ({held} of them held here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting {key!r} cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished">Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished">Karte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished">Guthaben</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web order payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished">Beleg</translation>
    </message>
    <message>
        <source>Till {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation type="unfinished">Kassierer: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished">Rabatt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished">Zwischensumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished">MwSt.</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to {tender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Rückgeld</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tax_class} {rate} on {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER PICKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in good order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished">Positionen</translation>
    </message>
    <message>
        <source>{kind} REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished">Kassierer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-sale openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tax_class} on {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished">Einzahlung</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished">Auszahlung</translation>
    </message>
    <message>
        <source>Safe drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHIFT CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Artikel</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accents: {letters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: {signs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centred line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About OmniPOS</source>
        <translation>Über OmniPOS</translation>
    </message>
    <message>
        <source>Close  Enter</source>
        <translation>Schließen  Eingabe</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Datenbankschema</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>cannot be read: {problem}</source>
        <translation>nicht lesbar: {problem}</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <source>Manager approval needed to {action}</source>
        <translation>Freigabe durch die Filialleitung nötig, um {action}</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>{who} asks. A manager enters their PIN.</source>
        <translation>{who} fragt. Die Filialleitung gibt ihre PIN ein.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>[scanned code]</source>
        <translation>[gescannter Code]</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Etwas ist schiefgelaufen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till</source>
        <translation type="unfinished">Diese Kasse</translation>
    </message>
    <message>
        <source>Areas done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Found in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">Bezahlt</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Geparkt um</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Start a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count: the items listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count: a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count: a shelf location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full count: every item in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs separated by spaces or commas, or the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind: counters do not see expected quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to count: SKUs, a category or a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: write a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which area of count {number} do you count?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another till can count another area at the same time; the hub adds the areas up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front, Back room, Aisle 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the area (or Esc and Enter to count the whole store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {name} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Match a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which item carries this code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}  (1 scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}  ({scans} scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the SKU of the item this code belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (expected shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOUNT (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (or a scan) opens the selected count. F5 counts one area of it, F8 starts a new count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each item: one scan counts one. F4 after a scan: how many (a case). F2 finds an item without a barcode. F12: review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 recounts the selected line, F4 gives its reason, F8 matches an unknown code. F12 submits (a manager approves). Esc counts more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation type="unfinished">Menge
F4</translation>
    </message>
    <message>
        <source>Reason
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match code
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item (or type its SKU or barcode, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to open the selected count and count the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review: Esc to count more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: open counts of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count is selected: a manager starts one with F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {code} not counted: finish &quot;{dialog}&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review: {code} not counted. Esc counts more; F5 recounts a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code {code}: kept to match in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {qty} counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item first, then F4 says how many of it are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many does this scan count ({sku})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count is open for this store.

A manager starts one with F8, or the hub sends one (omnipos-hub count create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find item
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV
Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of {number}: {counted} items counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind count: expected quantities show to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount: {name}. Scan every one of it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unknown code in this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full count {number} started: Enter to count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count {number} started: Enter to count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet {count_no} printing ({lines}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variances saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>OmniPOS: unexpected error</source>
        <translation>OmniPOS: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The log is in {file}.</source>
        <translation>Das Protokoll liegt in {file}.</translation>
    </message>
    <message>
        <source>Something went wrong inside OmniPOS. Sales already completed are saved.
Copy the details below for support. The till keeps running; if it misbehaves, restart it.</source>
        <translation>In OmniPOS ist etwas schiefgelaufen. Abgeschlossene Verkäufe sind gespeichert.
Kopieren Sie die Einzelheiten unten für den Support. Die Kasse läuft weiter; verhält sie sich seltsam, starten Sie sie neu.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>store credit {amount}</source>
        <translation>Guthaben {amount}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Search  Enter</source>
        <translation>Suchen  Eingabe</translation>
    </message>
    <message>
        <source>Phone number, email or name</source>
        <translation>Telefonnummer, E-Mail oder Name</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Ctrl+N adds a new customer.</source>
        <translation>Strg+N legt einen neuen Kunden an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New customer  Ctrl+N</source>
        <translation>Neuer Kunde  Strg+N</translation>
    </message>
    <message>
        <source>Add customer  Enter</source>
        <translation>Kunden anlegen  Eingabe</translation>
    </message>
    <message>
        <source>Choose  Enter</source>
        <translation>Auswählen  Eingabe</translation>
    </message>
    <message>
        <source>type a phone number, an email or part of a name</source>
        <translation>Telefonnummer, E-Mail oder einen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N adds them as a new customer.</source>
        <translation>Niemand gefunden. Strg+N legt einen neuen Kunden an.</translation>
    </message>
    <message>
        <source>Whose store credit pays?</source>
        <translation>Wessen Guthaben zahlt?</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>filed under {lookup_gtin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {embedded_weight} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer opens for a cash sale or No sale (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page sent. {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer not opened: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer not opened: something went wrong (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer pulse sent (no sale, journalled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the display…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display test  12.34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sent: the display should show the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: check digit correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, but not a product code (no GTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished">Eingabe</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer, drawer and scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished">Bondrucker</translation>
    </message>
    <message>
        <source>e.g. tcp://192.168.1.50:9100</source>
        <translation>z. B. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation type="unfinished">Barcodescanner</translation>
    </message>
    <message>
        <source>Scan or type a code, Enter</source>
        <translation>Code scannen oder eingeben, Enter</translation>
    </message>
    <message>
        <source>Scan ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished">Kundenanzeige</translation>
    </message>
    <message>
        <source>e.g. serial:///dev/ttyUSB1</source>
        <translation>z. B. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <source>serial:///dev/ttyUSB1?baudrate=9600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pole address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner problem: {reason}</source>
        <translation>Scannerproblem: {reason}</translation>
    </message>
    <message>
        <source>Scanner {uri} not started: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display not answering: check it is on</source>
        <translation>Die Kundenanzeige antwortet nicht: ist sie eingeschaltet?</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Devices, or the printer.uri setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not print: {reason}</source>
        <translation>Nicht gedruckt: {reason}</translation>
    </message>
    <message>
        <source>The cash drawer did not open: {reason}</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: {reason}</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Devices, --printer URI or the printer.uri setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} did not print: {reason}</source>
        <translation>Beleg {number} wurde nicht gedruckt: {reason}</translation>
    </message>
    <message>
        <source>Receipt {label} did not print: {reason}. The sale is saved; use Reprint when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer problem: {reason}. Retrying…</source>
        <translation>Druckerproblem: {reason}. Neuer Versuch…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose  Enter</source>
        <translation>Auswählen  Eingabe</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>bitte eine Option wählen</translation>
    </message>
    <message>
        <source>Back  Enter</source>
        <translation>Zurück  Eingabe</translation>
    </message>
    <message>
        <source>OK  Enter</source>
        <translation>OK  Eingabe</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Abbrechen  Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Close  Esc</source>
        <translation>Schließen  Esc</translation>
    </message>
    <message>
        <source>About OmniPOS  Shift+F1</source>
        <translation>Über OmniPOS  Umschalt+F1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{screen} screen</source>
        <translation>Ansicht {screen}</translation>
    </message>
    <message>
        <source>Quick key {position} (the grid under the sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Diese Tasten</translation>
    </message>
    <message>
        <source>About OmniPOS: versions, data folder, log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish what the screen is for: pay, an order&apos;s next step, review and approve a count, sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: clear the field, close a message, leave the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer, drawer and scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift and cash</source>
        <translation>Schicht und Kasse</translation>
    </message>
    <message>
        <source>Sign out (lock the till)</source>
        <translation>Abmelden (Kasse sperren)</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Produkt suchen</translation>
    </message>
    <message>
        <source>Quantity of the selected line</source>
        <translation>Menge der gewählten Position</translation>
    </message>
    <message>
        <source>Discount on the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished">Rabatt auf den ganzen Verkauf</translation>
    </message>
    <message>
        <source>Change the price of the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected line</source>
        <translation>Gewählte Position löschen</translation>
    </message>
    <message>
        <source>Select the line above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-price item (unlabelled goods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the quick keys (a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer of the sale: find by phone, email or name, or add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an order: a name, the order number or the pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the customer by an ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected line (not found, damaged, mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pick list (or the packing slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the order (or line) above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the order (or line) below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous queue tab (all, new, picking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next queue tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return without a receipt (store credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the selected line come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition of the selected line (new, opened…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes (restock, damaged, inspection…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or add the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: scan the new goods (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected line off the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel with no RMA: set it aside with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match a parcel with no RMA to its receipt or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the selected item goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the item above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the item below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the selected line&apos;s stock (Stock screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an item to count by hand (no barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many the last scan counts (a case); in review: the line&apos;s variance reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one area of the selected count; in review: recount the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a count (a manager); in review: match an unknown code to an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the variances as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the count (or line) above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the count (or line) below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an item by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust this item&apos;s stock, with a reason (a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a delivery or a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order this item for the customer: pickup at another store or delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the store (or delivery line) above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the store (or delivery line) below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>Bar zahlen</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Mit Karte zahlen</translation>
    </message>
    <message>
        <source>Pay with the customer&apos;s store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is a percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is an amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a web order&apos;s refund in cash (a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as store credit instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last tender taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the receipt (the address, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt (Esc too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is for no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, do it (Enter and Esc go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this step and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step (do it later from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation type="unfinished">Mit einem Hub verbinden</translation>
    </message>
    <message>
        <source>Set up a standalone store</source>
        <translation type="unfinished">Eigenständige Filiale einrichten</translation>
    </message>
    <message>
        <source>Choose the catalog&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the till without them: sample products, or receipts to a file instead of a printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Shift open with a float of {amount}.</source>
        <translation>Schicht mit einem Wechselgeld von {amount} geöffnet.</translation>
    </message>
    <message>
        <source>Unusual float</source>
        <translation>Ungewöhnliches Wechselgeld</translation>
    </message>
    <message>
        <source>The float counted is {amount}, more than the usual {amount2}. Open the shift with it?</source>
        <translation>Das gezählte Wechselgeld beträgt {amount}, mehr als die üblichen {amount2}. Die Schicht damit öffnen?</translation>
    </message>
    <message>
        <source>Open with this float  F12</source>
        <translation>Mit diesem Wechselgeld öffnen  F12</translation>
    </message>
    <message>
        <source>Count again  Enter</source>
        <translation>Neu zählen  Enter</translation>
    </message>
    <message>
        <source>No receipt printer is set up</source>
        <translation>Kein Bondrucker eingerichtet</translation>
    </message>
    <message>
        <source>Drawer opened (no sale, journalled).</source>
        <translation>Lade geöffnet (ohne Verkauf, protokolliert).</translation>
    </message>
    <message>
        <source>Shift closed. Z report ready.</source>
        <translation>Schicht geschlossen. Z-Bericht bereit.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Scheine</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Gezählt: {amount}</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>No shift is open on this till, and every sale belongs to one. </source>
        <translation>Auf dieser Kasse ist keine Schicht geöffnet, und jeder Verkauf gehört zu einer. </translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note and coin by coin.</source>
        <translation>Zählen Sie das Wechselgeld in der Lade, Schein für Schein und Münze für Münze.</translation>
    </message>
    <message>
        <source>Open shift  Enter</source>
        <translation>Schicht öffnen  Enter</translation>
    </message>
    <message>
        <source>Open shift: count the float</source>
        <translation>Schicht öffnen: Wechselgeld zählen</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer. The amount the till expects is shown only after you submit your count.</source>
        <translation>Zählen Sie das ganze Bargeld in der Lade. Den erwarteten Betrag zeigt die Kasse erst, nachdem Sie Ihre Zählung abgegeben haben.</translation>
    </message>
    <message>
        <source>Submit count  Enter</source>
        <translation>Zählung abgeben  Enter</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: {difference} over.</source>
        <translation>Erwartet {expected}, gezählt {counted}: {difference} zu viel.</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: {difference} short.</source>
        <translation>Erwartet {expected}, gezählt {counted}: {difference} zu wenig.</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: even.</source>
        <translation>Erwartet {expected}, gezählt {counted}: stimmt.</translation>
    </message>
    <message>
        <source>A manager must approve: </source>
        <translation>Die Filialleitung muss freigeben: </translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Bareinlage / -entnahme</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Safe drop</source>
        <translation>Abschöpfung in den Tresor</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Betrag, z. B. 12,50</translation>
    </message>
    <message>
        <source>Reason (required for paid in / out)</source>
        <translation>Grund (Pflicht bei Ein- und Auszahlung)</translation>
    </message>
    <message>
        <source>Shift and cash</source>
        <translation>Schicht und Kasse</translation>
    </message>
    <message>
        <source>Signed in: {signed_in_as}</source>
        <translation>Angemeldet: {signed_in_as}</translation>
    </message>
    <message>
        <source>No sign-in (store without staff)</source>
        <translation>Keine Anmeldung (Filiale ohne Personal)</translation>
    </message>
    <message>
        <source>A shift is open on this till.</source>
        <translation>Auf dieser Kasse ist eine Schicht geöffnet.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>Auf dieser Kasse ist keine Schicht geöffnet.</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>Lade ohne Verkauf öffnen</translation>
    </message>
    <message>
        <source>Close shift (Z)</source>
        <translation>Schicht schließen (Z)</translation>
    </message>
    <message>
        <source>Sign out  F9</source>
        <translation>Abmelden  F9</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter anlegen</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Zurück  Esc</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Schließen  Esc</translation>
    </message>
    <message>
        <source>Add  Enter</source>
        <translation>Anlegen  Enter</translation>
    </message>
    <message>
        <source>optional: scan the badge</source>
        <translation>optional: Ausweis scannen</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 bis 8 Ziffern)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>die beiden PINs stimmen nicht überein</translation>
    </message>
    <message>
        <source>{name} (#{number}) can now sign in.</source>
        <translation>{name} (Nr. {number}) kann sich jetzt anmelden.</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>type something first (Esc goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} stays open: scan its label again to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open: {parcels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: scan each item in the parcel, then F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RMA for {reference}: scan what is in the parcel; the hub matches it to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on the RMA: kept as an exception for customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: found (new, restock). F5/F6 change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item of the parcel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: in what condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: what becomes of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel without an RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the parcel aside: who sent it, what is in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a parcel without an RMA is matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sale or web order does it return?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web order {order_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned {scanned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {qty} expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing so far: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the RMA: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s RMA label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, missing </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The hub decides the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the RMA label, or type the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the RMA label on the parcel (or type the order or receipt number inside it), then scan each item in the parcel.

Each item is taken as new and restocked unless F5 and F6 say otherwise. F12 completes: what was not scanned is recorded as missing.

No label and nothing to go by? F2 sets the parcel aside with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match to order
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scan
Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete  F12</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Card  {amount}   ****{card_last4}   approval {approval_code}</source>
        <translation>Karte  {amount}   ****{card_last4}   Genehmigung {approval_code}</translation>
    </message>
    <message>
        <source>Store credit  {amount}</source>
        <translation>Guthaben  {amount}</translation>
    </message>
    <message>
        <source>Goods returned  {amount}</source>
        <translation>Ware zurück  {amount}</translation>
    </message>
    <message>
        <source>Deposit paid  {amount}</source>
        <translation>Anzahlung  {amount}</translation>
    </message>
    <message>
        <source>Cash  {amount}</source>
        <translation>Bar  {amount}</translation>
    </message>
    <message>
        <source>   change {amount}</source>
        <translation>   Rückgeld {amount}</translation>
    </message>
    <message>
        <source>   rounding {amount}</source>
        <translation>   Rundung {amount}</translation>
    </message>
    <message>
        <source>Remove last tender  {remove_key}</source>
        <translation>Letzte Zahlung entfernen  {remove_key}</translation>
    </message>
    <message>
        <source>Sale total {total}</source>
        <translation>Verkaufssumme {total}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cash due</source>
        <translation>Bar zu zahlen</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Change due  {amount}</source>
        <translation>Rückgeld  {amount}</translation>
    </message>
    <message>
        <source>Change  {amount}</source>
        <translation>Rückgeld  {amount}</translation>
    </message>
    <message>
        <source>Find the customer whose store credit pays (Ctrl+3 again).</source>
        <translation>Den Kunden suchen, dessen Guthaben zahlt (noch einmal Strg+3).</translation>
    </message>
    <message>
        <source>{name} can spend {amount} of store credit now.</source>
        <translation>{name} kann jetzt {amount} Guthaben ausgeben.</translation>
    </message>
    <message>
        <source>find the customer whose store credit pays first</source>
        <translation>zuerst den Kunden suchen, dessen Guthaben zahlt</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Verkauf wird gespeichert…</translation>
    </message>
    <message>
        <source>The sale was not saved: {message}. Press Enter to try again.</source>
        <translation>Der Verkauf wurde nicht gespeichert: {message}. Eingabe versucht es erneut.</translation>
    </message>
    <message>
        <source>Remove the tenders taken (Remove last tender, {key}) before going back.</source>
        <translation>Vor dem Zurückgehen die erhaltenen Zahlungen entfernen (Letzte Zahlung entfernen, {key}).</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Cash (Ctrl+1)</source>
        <translation>Bar (Strg+1)</translation>
    </message>
    <message>
        <source>Card paid on the terminal (Ctrl+2)</source>
        <translation>Karte am Terminal bezahlt (Strg+2)</translation>
    </message>
    <message>
        <source>The customer&apos;s store credit (Ctrl+3)</source>
        <translation>Guthaben des Kunden (Strg+3)</translation>
    </message>
    <message>
        <source>from the card terminal</source>
        <translation>vom Kartenterminal</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 Ziffern</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Genehmigungscode</translation>
    </message>
    <message>
        <source>Card last four</source>
        <translation>Letzte vier Ziffern</translation>
    </message>
    <message>
        <source>Take payment  Enter</source>
        <translation>Kassieren  Eingabe</translation>
    </message>
    <message>
        <source>Remove last tender</source>
        <translation>Letzte Zahlung entfernen</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Zurück  Esc</translation>
    </message>
    <message>
        <source>Card amount</source>
        <translation>Kartenbetrag</translation>
    </message>
</context>
<context>
    <name>Pickups</name>
    <message>
        <source>Order {order_number} is ready: the hub tells the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number} is packed: the packing slip prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number}: goods put back, the task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel from another store is on its way: scan its label when it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number}: deposit of {amount} paid back in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} of {order_number} printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pick of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} rejected: the hub sends it from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID recorded: F12 hands the order over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number} shipped with {tracking}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the customer first: scan their pickup code, or F4 for an ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number}: balance {balance} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number} total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Change {money}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order_number} handed over to {customer_name}.{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (the store&apos;s stock of it goes to 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or worn (held back from sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than the system says (stock lowered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID check for order {order_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is for {customer}. Look at an ID and record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 4 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} left to pick. The hub sends the rejected quantity from another store or warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is a number, e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject between 1 and {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship order {order_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {ship_to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the parcel&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS, DHL, the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished">Pakete</translation>
    </message>
    <message>
        <source>scan or type the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The queue&apos;s tabs (the services&apos; QueueFilter), in the till&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Fertig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pick</source>
        <extracomment>The queue&apos;s short words for each step (the order&apos;s card says it in full).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} rejected ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} coming by parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} arrived by parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped…  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick: scan each item. F5 rejects a line you cannot pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked here. A parcel from another store is on its way: scan its label when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the customer: scan their pickup code (or F4 for an ID check), then F12 hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed: F12 when the carrier takes it (scan the tracking number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at the hub: put its goods back on the shelf, then F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do with this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All picked: F12 marks it ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All picked: F12 when it is packed (the packing slip prints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {qty} of {qty2} picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel for order {order_number} taken in: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code matches: F12 hands the order over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an order first: scan its pickup code or order number, or type the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order, parcel or item for “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected order  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship to {ship_to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance {due} (deposit {deposit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay at pickup: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the deposit  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slip
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the pickup code matches ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: {words} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet: scan the customer&apos;s pickup code, or F4 for an ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the hub since {time}. Work on: nothing is lost offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For customer service: {exception}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a pickup code or an order number, or type the customer&apos;s name and press Enter.
The order opens at its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a pickup code, order or item, or type a name</source>
        <translation>Code scannen oder Namen eingeben</translation>
    </message>
    <message>
        <source>Reject line
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID check
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>{amount} in cash from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paid with approval {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} back to the card ****{card_last4}{ref}: refund it on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} as store credit to the customer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} back to the web order&apos;s payment: the hub pays it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} towards the new goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the terminal&apos;s refund approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card refund reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash instead  Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit instead  Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer pays {amount} more for the new goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the web payment  Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original tenders  Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this return? Nothing was refunded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the new goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {qty} coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up {text}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: scan each item that comes back, then F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt: find or add the customer, then scan each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item that comes back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: in what condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: what becomes of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt first (or F2 for a return without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who returns it? Find or add the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what comes back first, then Ctrl+E for the new goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit only, at the lowest price of the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub cannot be reached: this till&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer pays {amount} for the new goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans now go to the NEW GOODS (Ctrl+E: back to the return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt and what comes back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return policy refuses this: {refusal_words}. A manager can override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goods {amount}, less the returned goods {amount2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details are in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refunded: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {return_no} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Give back {amount} in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Change due {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (No printer set up: no receipt.)</source>
        <translation type="unfinished">  (Kein Drucker eingerichtet: kein Beleg.)</translation>
    </message>
    <message>
        <source>restocking fee {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt, or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goods (exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode on the customer&apos;s receipt (or type its number, or a web order&apos;s number), then scan each item that comes back.

No receipt? F2 takes the return as store credit, with a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation type="unfinished">Menge
F4</translation>
    </message>
    <message>
        <source>Condition
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange
Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>Sell</name>
    <message>
        <source>Customer changed their mind</source>
        <translation>Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Customer cannot pay</source>
        <translation>Kunde kann nicht zahlen</translation>
    </message>
    <message>
        <source>Wrong items scanned</source>
        <translation>Falsche Artikel gescannt</translation>
    </message>
    <message>
        <source>Price disagreement</source>
        <translation>Preis strittig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Why? Choose a reason (its digit, or a touch):</source>
        <translation>Warum? Einen Grund wählen (Ziffer oder antippen):</translation>
    </message>
    <message>
        <source>Choose a reason first (1 to {count}).</source>
        <translation>Zuerst einen Grund wählen (1 bis {count}).</translation>
    </message>
    <message>
        <source>{name}
SKU {sku}</source>
        <translation>{name}
Art.-Nr. {sku}</translation>
    </message>
    <message>
        <source>{name}  (price changed)</source>
        <translation>{name}  (Preis geändert)</translation>
    </message>
    <message>
        <source>The sale is empty: scan an item first.</source>
        <extracomment>The store credit tender&apos;s customer look-up (None: no store credit tender here).</extracomment>
        <translation>Der Verkauf ist leer: zuerst einen Artikel scannen.</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Email receipt</source>
        <translation>Beleg per E-Mail</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Kein Beleg</translation>
    </message>
    <message>
        <source>Receipt</source>
        <extracomment>Sends the email request (on the database worker): address, then what to call when it is queued (with the address as it will be used) or refused (with the reason).</extracomment>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Sale {receipt_no} is paid: {amount}</source>
        <translation>Verkauf {receipt_no} bezahlt: {amount}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Kein Rückgeld</translation>
    </message>
    <message>
        <source>Which receipt does the customer take?</source>
        <translation>Welchen Beleg möchte der Kunde?</translation>
    </message>
    <message>
        <source>Enter or {keys}</source>
        <translation>Eingabe oder {keys}</translation>
    </message>
    <message>
        <source>No receipt printer is set up (F3)</source>
        <translation>Kein Bondrucker eingerichtet (F3)</translation>
    </message>
    <message>
        <source>Email the receipt to:</source>
        <translation>Beleg senden an:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send  Enter</source>
        <translation>Senden  Eingabe</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Zurück  Esc</translation>
    </message>
    <message>
        <source>The email receipt could not be queued; the details are in the log. Print it, or try again.</source>
        <translation>Der E-Mail-Beleg konnte nicht eingereiht werden; die Einzelheiten stehen im Protokoll. Drucken Sie ihn, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sale {receipt_no} done.</source>
        <translation>Verkauf {receipt_no} abgeschlossen.</translation>
    </message>
    <message>
        <source>  Change due {amount}.</source>
        <translation>  Rückgeld {amount}.</translation>
    </message>
    <message>
        <source>  The receipt goes to {address} (the hub sends it).</source>
        <translation>  Der Beleg geht an {address} (der Hub versendet ihn).</translation>
    </message>
    <message>
        <source>  (No printer set up: no receipt.)</source>
        <translation>  (Kein Drucker eingerichtet: kein Beleg.)</translation>
    </message>
    <message>
        <source>No sale to reprint yet.</source>
        <translation>Noch kein Verkauf zum Nachdrucken.</translation>
    </message>
    <message>
        <source>Reprinting receipt {receipt_no}.</source>
        <translation>Beleg {receipt_no} wird nachgedruckt.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Summe {currency}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Paid {paid}   Change {change}</source>
        <translation>Bezahlt {paid}   Rückgeld {change}</translation>
    </message>
    <message>
        <source>Paid {paid}</source>
        <translation>Bezahlt {paid}</translation>
    </message>
    <message>
        <source>Price match</source>
        <translation>Preisangleichung</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Beschädigter Artikel</translation>
    </message>
    <message>
        <source>Shelf label differs</source>
        <translation>Regaletikett abweichend</translation>
    </message>
    <message>
        <source>Staff error</source>
        <translation>Personalfehler</translation>
    </message>
    <message>
        <source>Percent  %</source>
        <translation>Prozent  %</translation>
    </message>
    <message>
        <source>Amount  {currency}</source>
        <translation>Betrag  {currency}</translation>
    </message>
    <message>
        <source>10  or  10%  or  2.50</source>
        <translation>10  oder  10%  oder  2.50</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <source>type the discount, for example 10 for 10 %</source>
        <translation>Rabatt eingeben, zum Beispiel 10 für 10 %</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>Change price  Enter</source>
        <translation>Preis ändern  Eingabe</translation>
    </message>
    <message>
        <source>Price now {amount}</source>
        <translation>Preis jetzt {amount}</translation>
    </message>
    <message>
        <source>why the price changes (required)</source>
        <translation>warum sich der Preis ändert (Pflicht)</translation>
    </message>
    <message>
        <source>New price ({currency})</source>
        <translation>Neuer Preis ({currency})</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <source>say why the price changes (choose or type a reason)</source>
        <translation>angeben, warum sich der Preis ändert (Grund wählen oder eingeben)</translation>
    </message>
    <message>
        <source>{first} +{more} more, {total}</source>
        <translation>{first} +{more} weitere, {total}</translation>
    </message>
    <message>
        <source>The sale is empty: nothing to park.</source>
        <translation>Der Verkauf ist leer: nichts zu parken.</translation>
    </message>
    <message>
        <source>Sale parked ({label}). Resume it with Resume sale.</source>
        <translation>Verkauf geparkt ({label}). Mit „Verkauf fortsetzen“ wieder aufnehmen.</translation>
    </message>
    <message>
        <source>You continue the sale {started_by} started: {paid} is paid already. F12 to finish the payment.</source>
        <translation>Sie setzen den Verkauf fort, den {started_by} begonnen hat: {paid} sind schon bezahlt. F12 schließt die Zahlung ab.</translation>
    </message>
    <message>
        <source>Open sale</source>
        <translation>Offener Verkauf</translation>
    </message>
    <message>
        <source>{started_by} started this sale ({lines}, {total}). Continue the sale started by {started_by}, or park it for them?</source>
        <translation>{started_by} hat diesen Verkauf begonnen ({lines}, {total}). Den Verkauf von {started_by} fortsetzen oder für diese Person parken?</translation>
    </message>
    <message>
        <source>Park it for {started_by}  {key}</source>
        <translation>Für {started_by} parken  {key}</translation>
    </message>
    <message>
        <source>Continue the sale  Enter</source>
        <translation>Verkauf fortsetzen  Eingabe</translation>
    </message>
    <message>
        <source>You continue the sale {started_by} started.</source>
        <translation>Sie setzen den Verkauf fort, den {started_by} begonnen hat.</translation>
    </message>
    <message>
        <source>{owner}&apos;s sale is parked ({label}): Resume sale brings it back.</source>
        <translation>Der Verkauf von {owner} ist geparkt ({label}): „Verkauf fortsetzen“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Finish, park or cancel the current sale before resuming another.</source>
        <translation>Den aktuellen Verkauf abschließen, parken oder stornieren, bevor ein anderer fortgesetzt wird.</translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <source>finish, park or cancel the current sale before resuming another</source>
        <translation>den aktuellen Verkauf abschließen, parken oder stornieren, bevor ein anderer fortgesetzt wird</translation>
    </message>
    <message>
        <source>Open-price item</source>
        <translation>Artikel mit freiem Preis</translation>
    </message>
    <message>
        <source>An unlabelled item: type its price</source>
        <translation>Ein Artikel ohne Etikett: Preis eingeben</translation>
    </message>
    <message>
        <source>Add  Enter</source>
        <translation>Hinzufügen  Eingabe</translation>
    </message>
    <message>
        <source>Unlabelled item (what it is, for the receipt)</source>
        <translation>Artikel ohne Etikett (was es ist, für den Beleg)</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Preis ({currency})</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>type the price of the item (above 0)</source>
        <translation>Preis des Artikels eingeben (über 0)</translation>
    </message>
    <message>
        <source>the store has no tax class to sell under</source>
        <translation>die Filiale hat keinen Steuersatz zum Verkaufen</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message>
        <source>New weight in kg:</source>
        <translation>Neues Gewicht in kg:</translation>
    </message>
    <message>
        <source>New quantity (1 to {most}):</source>
        <translation>Neue Menge (1 bis {most}):</translation>
    </message>
    <message>
        <source>Quick key {position} is not set.</source>
        <translation>Schnelltaste {position} ist nicht belegt.</translation>
    </message>
    <message>
        <source>Quick key {position} sells {sku}, which is not in the catalog.</source>
        <translation>Schnelltaste {position} verkauft {sku}, das nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>Quick keys saved; the store&apos;s other tills get them from the hub.</source>
        <translation>Schnelltasten gespeichert; die anderen Kassen der Filiale erhalten sie vom Hub.</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Schnelltasten</translation>
    </message>
    <message>
        <source>Quick keys: the SKU each key sells and its label (empty: the product&apos;s name)</source>
        <translation>Schnelltasten: die Artikelnummer jeder Taste und ihre Beschriftung (leer: der Produktname)</translation>
    </message>
    <message>
        <source>Save  Enter</source>
        <translation>Speichern  Eingabe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Resume a parked sale</source>
        <translation>Geparkten Verkauf fortsetzen</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <source>Resume  Enter</source>
        <translation>Fortsetzen  Eingabe</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Schließen  Esc</translation>
    </message>
    <message>
        <source>Voided: {name}</source>
        <translation>Gelöscht: {name}</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Positionsrabatt</translation>
    </message>
    <message>
        <source>Discount on {name}.</source>
        <translation>Rabatt auf {name}.</translation>
    </message>
    <message>
        <source>Discount removed from {name}.</source>
        <translation>Rabatt von {name} entfernt.</translation>
    </message>
    <message>
        <source>Price of {name} now {amount} ({reason}).</source>
        <translation>Preis von {name} jetzt {amount} ({reason}).</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Verkauf</translation>
    </message>
    <message>
        <source>Sale discount given.</source>
        <translation>Bonrabatt gewährt.</translation>
    </message>
    <message>
        <source>Sale discount removed.</source>
        <translation>Bonrabatt entfernt.</translation>
    </message>
    <message>
        <source>The sale is for {name}: find another</source>
        <translation>Der Verkauf ist für {name}: anderen suchen</translation>
    </message>
    <message>
        <source>Find the customer of this sale</source>
        <translation>Kunden dieses Verkaufs suchen</translation>
    </message>
    <message>
        <source>No customer  {key_text}</source>
        <translation>Kein Kunde  {key_text}</translation>
    </message>
    <message>
        <source>Cancel this sale ({lines}, {total})?</source>
        <translation>Diesen Verkauf stornieren ({lines}, {total})?</translation>
    </message>
    <message>
        <source>Cancel the sale  {key_text}</source>
        <translation>Verkauf stornieren  {key_text}</translation>
    </message>
    <message>
        <source>Sale cancelled.</source>
        <translation>Verkauf storniert.</translation>
    </message>
    <message>
        <source>The sale open when the till stopped is back: {lines}, {amount}.</source>
        <translation>Der beim Anhalten der Kasse offene Verkauf ist zurück: {lines}, {amount}.</translation>
    </message>
    <message>
        <source>{amount} is paid already: F12 to finish the payment (or to remove the tender).</source>
        <translation>{amount} sind schon bezahlt: F12 schließt die Zahlung ab (oder entfernt die Zahlung).</translation>
    </message>
    <message>
        <source>Last sale {receipt_no}: paid</source>
        <translation>Letzter Verkauf {receipt_no}: bezahlt</translation>
    </message>
    <message>
        <source>Select a line first (Up/Down).</source>
        <translation>Zuerst eine Position wählen (Auf/Ab).</translation>
    </message>
    <message>
        <source>Scanned {code}: it is added to the sale once the float is counted.</source>
        <translation>{code} gescannt: wird dem Verkauf hinzugefügt, sobald das Wechselgeld gezählt ist.</translation>
    </message>
    <message>
        <source>Scan of {code} ignored: finish &quot;{dialog}&quot; first.</source>
        <translation>Scan von {code} ignoriert: zuerst „{dialog}“ abschließen.</translation>
    </message>
    <message>
        <source>Large quantity</source>
        <translation>Große Menge</translation>
    </message>
    <message>
        <source>Sell {qty} of {what}? That is more than {limit} at once.</source>
        <translation>{qty} von {what} verkaufen? Das sind mehr als {limit} auf einmal.</translation>
    </message>
    <message>
        <source>Sell {qty}  {key}</source>
        <translation>{qty} verkaufen  {key}</translation>
    </message>
    <message>
        <source>Not added: {qty} of {what}.</source>
        <translation>Nicht hinzugefügt: {qty} von {what}.</translation>
    </message>
    <message>
        <source>Not sold: every sale needs an open shift. Scan again to count the float, or open one with F7.</source>
        <translation>Nicht verkauft: jeder Verkauf braucht eine offene Schicht. Erneut scannen, um den Wechselgeldbestand zu zählen, oder mit F7 eine öffnen.</translation>
    </message>
    <message>
        <source>{message} (code read: {code})</source>
        <translation>{message} (gelesener Code: {code})</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Nicht hinzugefügt: {message}</translation>
    </message>
    <message>
        <source>{count} found (first 50)</source>
        <translation>{count} gefunden (die ersten 50)</translation>
    </message>
    <message>
        <source>No match as typed — {found} for “{read_as}”</source>
        <translation>Kein Treffer wie eingegeben — {found} für „{read_as}“</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Produkt suchen</translation>
    </message>
    <message>
        <source>Type words of the name, brand or SKU</source>
        <translation>Wörter aus Name, Marke oder Artikelnummer eingeben</translation>
    </message>
    <message>
        <source>This till has no Stock screen.</source>
        <translation>Diese Kasse hat keine Bestandsansicht.</translation>
    </message>
    <message>
        <source>Device settings saved. Receipts now go to {uri}.</source>
        <translation>Geräteeinstellungen gespeichert. Belege gehen jetzt an {uri}.</translation>
    </message>
    <message>
        <source>Device settings saved. No receipt printer is set up.</source>
        <translation>Geräteeinstellungen gespeichert. Kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Barcode oder Art.-Nr. scannen, dann Eingabe</translation>
    </message>
    <message>
        <source>Search
F2</source>
        <translation>Suchen
F2</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Menge
F4</translation>
    </message>
    <message>
        <source>Void line
Del</source>
        <translation>Löschen
Entf</translation>
    </message>
    <message>
        <source>Line discount
F5</source>
        <translation>Positionsrabatt
F5</translation>
    </message>
    <message>
        <source>Sale discount
F6</source>
        <translation>Bonrabatt
F6</translation>
    </message>
    <message>
        <source>Change price
F8</source>
        <translation>Preis ändern
F8</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Resume sale</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reprint
receipt</source>
        <translation>Beleg
nachdrucken</translation>
    </message>
    <message>
        <source>Devices
F3</source>
        <translation>Geräte
F3</translation>
    </message>
    <message>
        <source>Clear
Esc</source>
        <translation>Leeren
Esc</translation>
    </message>
    <message>
        <source>Open price
Ctrl+O</source>
        <translation>Freier Preis
Strg+O</translation>
    </message>
    <message>
        <source>Customer
Ctrl+M</source>
        <translation>Kunde
Strg+M</translation>
    </message>
    <message>
        <source>Pay  F12</source>
        <translation>Kassieren  F12</translation>
    </message>
    <message>
        <source>The sale is for {name}</source>
        <translation>Der Verkauf ist für {name}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Current sale</source>
        <translation>Aktueller Verkauf</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>inkl. MwSt.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The till speaks its new language from its next start.</source>
        <translation>Die Kasse spricht ihre neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are journalled with who made them. Printer and scanner: F3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {code} ignored on the settings screen (Alt+1 sells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. S001 (letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed at the top of every receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code: USD, EUR, GBP …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusive: tax is added at the till (sales tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inclusive: shelf prices include tax (VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard=8.25%, reduced=2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per line (each line&apos;s tax rounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per document (the sale&apos;s tax rounded once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.05; empty: cash is not rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, phone, tax number …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Returns within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one tax class, e.g. standard=8.25%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>{code} {name} · Till {till}</source>
        <translation>{code} {name} · Kasse {till}</translation>
    </message>
    <message>
        <source>(signed out)</source>
        <translation>(abgemeldet)</translation>
    </message>
    <message>
        <source>Shift and cash  F7</source>
        <translation>Schicht und Kasse  F7</translation>
    </message>
    <message>
        <source>Welcome to {store}</source>
        <translation>Willkommen bei {store}</translation>
    </message>
    <message>
        <source>Starting the demo hub…</source>
        <translation>Demo-Hub wird gestartet…</translation>
    </message>
    <message>
        <source>{screen}   Alt+{number}</source>
        <translation>{screen} Alt+{number}</translation>
    </message>
    <message>
        <source>OmniPOS till</source>
        <translation>OmniPOS Kasse</translation>
    </message>
    <message>
        <source>Keys on the {screen} screen</source>
        <translation>Tasten der Ansicht {screen}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>PIN eingeben oder Ausweis scannen</translation>
    </message>
    <message>
        <source>Staff number (optional)</source>
        <translation>Personalnummer (optional)</translation>
    </message>
    <message>
        <source>This store has no staff, so there is no sign-in and nothing to lock. Add staff with &apos;omnipos staff add&apos; to sign in by PIN.</source>
        <translation>Diese Filiale hat kein Personal, also gibt es keine Anmeldung und nichts zu sperren. Personal mit &apos;omnipos staff add&apos; anlegen, um sich per PIN anzumelden.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Store: {store}</source>
        <translation>Filiale: {store}</translation>
    </message>
    <message>
        <source>Till: {till}</source>
        <translation>Kasse: {till}</translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation>Kassierer: {name}</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Order for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {distance_km:.0f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect at {code} {name} ({qty} available{far})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to the customer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street and number (a delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay now, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit now, the balance when collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay when collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit: empty is {default_percent}% (at least {minimum_percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Zahlung</translation>
    </message>
    <message>
        <source>The order goes to the hub with the next sync; the receipt of the payment is the customer&apos;s proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delivery is paid now, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for {customer_name}: {what} {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pay when collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit {amount} paid, the balance of {amount2} when collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} for {customer_name}: {where}, {paid}. It goes to the hub with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book in  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item (or type its SKU or barcode), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each item of the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries to receive: Enter opens the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not from the hub yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stores (nearest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stores: nothing heard from the hub about this item yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look an item up first (scan it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {qty} {reason}, on hand now {on_hand}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving {number} from {source}: {lines}, {discrepancies} over or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery {number} booked in: {lines}, {discrepancies} over or short reported to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Scan each item; F12 books it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code {code}: kept and reported with the delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: more than expected ({qty} of {qty2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand now: {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened; from or to where for a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub&apos;s figure as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item, or type its SKU or barcode and press Enter, to see its stock here and at the other stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find item
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for customer
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreForm</name>
    <message>
        <source>the operating system&apos;s</source>
        <translation>die des Betriebssystems</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Sprache dieser Kasse</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This till has no store yet. To enroll it with your OmniPOS hub, enter the hub&apos;s address and a one-time code from an administrator (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;, valid 15 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this till&apos;s token (it was revoked or replaced). Enter a new one-time code from an administrator (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;): the till keeps its number, its sales and its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub? Close this window and run &lt;code&gt;omnipos setup&lt;/code&gt; to set up a standalone store, or &lt;code&gt;omnipos --demo&lt;/code&gt; to try the demo store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this till again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this till with a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://hub.example:8700</source>
        <translation type="unfinished">http://hub.example:8700</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation type="unfinished">Einmalcode</translation>
    </message>
    <message>
        <source>optional, e.g. Till by the door</source>
        <translation type="unfinished">optional, z. B. Kasse am Eingang</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished">Hub-Adresse</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished">Anmeldecode</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation type="unfinished">Kassenname</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, starting with http:// or https://</source>
        <translation type="unfinished">Geben Sie die Adresse des Hubs ein, beginnend mit http:// oder https://</translation>
    </message>
    <message>
        <source>Enter the one-time enrollment code.</source>
        <translation type="unfinished">Geben Sie den Einmal-Anmeldecode ein.</translation>
    </message>
    <message>
        <source>Enrolling with {hub_url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of {code} not used here: Alt+1 goes back to Sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>The hub is missing events of this till (None: it is not). What keeps this till&apos;s secrets less safe: (a few words, the full sentence) each. The hub showed another certificate than the pinned one (or an untrusted one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}
Click, Alt+8 or F10 for the Sync screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not enrolled with a hub; sales stay on this till.
Enroll with &apos;omnipos enroll --hub URL --code CODE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} wartend</translation>
    </message>
    <message>
        <source> · oldest {age_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {quarantined} quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · events missing at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: {hub_url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {last_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, Alt+8 or F10 for the Sync screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not start: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every event reached the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Sell  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (oldest {age_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} quarantined</source>
        <translation>{count} in Quarantäne</translation>
    </message>
    <message>
        <source>showing the first {shown}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>What does the store sell? Import its catalog from a CSV file (sku,name,gtin,price,tax_class (brand, category and sold_by may follow); one product a line, several barcodes separated by |), or start with a few sample products to try the till and import the catalog later.</source>
        <translation>Was verkauft die Filiale? Importieren Sie ihren Katalog aus einer CSV-Datei (sku,name,gtin,price,tax_class (brand, category und sold_by können folgen); ein Artikel pro Zeile, mehrere Barcodes durch | getrennt), oder beginnen Sie mit einigen Beispielartikeln, um die Kasse auszuprobieren, und importieren Sie den Katalog später.</translation>
    </message>
    <message>
        <source>the CSV file, e.g. /home/store/products.csv</source>
        <translation>die CSV-Datei, z. B. /home/filiale/artikel.csv</translation>
    </message>
    <message>
        <source>Choose a file  F4</source>
        <translation>Datei wählen  F4</translation>
    </message>
    <message>
        <source>Sample products  F5</source>
        <translation>Beispielartikel  F5</translation>
    </message>
    <message>
        <source>Type the CSV file&apos;s path (F4 chooses it), F5 adds sample products, F8 skips: the catalog can be imported later (omnipos catalog import).</source>
        <translation>Geben Sie den Pfad der CSV-Datei ein (F4 wählt sie), F5 legt Beispielartikel an, F8 überspringt: der Katalog kann später importiert werden (omnipos catalog import).</translation>
    </message>
    <message>
        <source>The catalog&apos;s CSV file</source>
        <translation>Die CSV-Datei des Katalogs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type the CSV file&apos;s path, or press F4 to choose it.</source>
        <translation>Geben Sie den Pfad der CSV-Datei ein oder wählen Sie sie mit F4.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importiere {file}…</translation>
    </message>
    <message>
        <source>Adding the sample products…</source>
        <translation>Beispielartikel werden angelegt…</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problem: {error}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Save the store  F12</source>
        <translation>Filiale speichern  F12</translation>
    </message>
    <message>
        <source>Printer settings  F12</source>
        <translation>Druckereinstellungen  F12</translation>
    </message>
    <message>
        <source>Enroll  F12</source>
        <translation>Anmelden  F12</translation>
    </message>
    <message>
        <source>Start selling  F12</source>
        <translation>Verkauf starten  F12</translation>
    </message>
    <message>
        <source>Close OmniPOS  F12</source>
        <translation>OmniPOS schließen  F12</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, starting with http:// or https://</source>
        <translation>Geben Sie die Adresse des Hubs ein, beginnend mit http:// oder https://</translation>
    </message>
    <message>
        <source>Enter the one-time enrollment code.</source>
        <translation>Geben Sie den Einmal-Anmeldecode ein.</translation>
    </message>
    <message>
        <source>Asking the hub at {hub_url}…</source>
        <translation>Frage den Hub unter {hub_url}…</translation>
    </message>
    <message>
        <source>The hub answered: this till is {till} of store {store}. It sent {changes} changes (catalog, prices, staff, settings).</source>
        <translation>Der Hub hat geantwortet: diese Kasse ist {till} der Filiale {store}. Er hat {changes} Änderungen gesendet (Katalog, Preise, Personal, Einstellungen).</translation>
    </message>
    <message>
        <source>enrolled with {hub_url} as till {till}</source>
        <translation>bei {hub_url} als Kasse {till} angemeldet</translation>
    </message>
    <message>
        <source>enrollment failed: {error}</source>
        <translation>Anmeldung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The hub did not enroll this till: {reason}</source>
        <translation>Der Hub hat diese Kasse nicht angemeldet: {reason}</translation>
    </message>
    <message>
        <source>Saving the store…</source>
        <translation>Filiale wird gespeichert…</translation>
    </message>
    <message>
        <source>standalone store {code} {name}</source>
        <translation>die eigenständige Filiale {code} {name}</translation>
    </message>
    <message>
        <source>Receipts: written to the file {path}, as a printer would get them (F3 sets a printer later).</source>
        <translation>Bons: werden in die Datei {path} geschrieben, so wie ein Drucker sie erhielte (F3 richtet später einen Drucker ein).</translation>
    </message>
    <message>
        <source>Printer: {uri} ({model})</source>
        <translation>Drucker: {uri} ({model})</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>No printer set yet.</source>
        <translation>Noch kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <source>The printer can be set once the till has a store (F8 skips).</source>
        <translation>Der Drucker lässt sich einrichten, sobald die Kasse eine Filiale hat (F8 überspringt).</translation>
    </message>
    <message>
        <source>Saving the printer…</source>
        <translation>Drucker wird gespeichert…</translation>
    </message>
    <message>
        <source>Read {code}: not a code the till can use ({error}).</source>
        <translation>{code} gelesen: kein Code, den die Kasse verwenden kann ({error}).</translation>
    </message>
    <message>
        <source>a product code, check digit correct</source>
        <translation>ein Artikelcode, Prüfziffer korrekt</translation>
    </message>
    <message>
        <source>read, but not a product code (no GTIN)</source>
        <translation>gelesen, aber kein Artikelcode (keine GTIN)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Read {code}: {symbology}; {kind}. The scanner works.</source>
        <translation>{code} gelesen: {symbology}; {kind}. Der Scanner funktioniert.</translation>
    </message>
    <message>
        <source>This till has no store yet, so it cannot sell. Esc goes back to connect it to a hub or set up a store; F12 closes OmniPOS (the next start asks again).</source>
        <translation>Diese Kasse hat noch keine Filiale und kann daher nicht verkaufen. Esc geht zurück, um sie mit einem Hub zu verbinden oder eine Filiale einzurichten; F12 schließt OmniPOS (der nächste Start fragt erneut).</translation>
    </message>
    <message>
        <source>This till is {how}.</source>
        <translation>Diese Kasse ist {how}.</translation>
    </message>
    <message>
        <source>Products: {how}.</source>
        <translation>Artikel: {how}.</translation>
    </message>
    <message>
        <source>Type {code} and Enter at the Sell screen to sell {name}.</source>
        <translation>Geben Sie im Verkauf {code} und Enter ein, um {name} zu verkaufen.</translation>
    </message>
    <message>
        <source>Products: none yet; import the catalog with &apos;omnipos catalog import FILE.csv&apos;.</source>
        <translation>Artikel: noch keine; importieren Sie den Katalog mit &apos;omnipos catalog import DATEI.csv&apos;.</translation>
    </message>
    <message>
        <source>Printer: not set (F3 sets it later).</source>
        <translation>Drucker: nicht eingerichtet (F3 richtet ihn später ein).</translation>
    </message>
    <message>
        <source>Scanner: read {code}.</source>
        <translation>Scanner: {code} gelesen.</translation>
    </message>
    <message>
        <source>Scanner: not tested (F3 has a scanner test).</source>
        <translation>Scanner: nicht getestet (F3 hat einen Scannertest).</translation>
    </message>
    <message>
        <source>Change any of it later: the store and the receipt&apos;s header and footer on the Manager screen (Alt+7), the printer and scanner with F3.</source>
        <translation>Alles lässt sich später ändern: die Filiale sowie Kopf- und Fußzeilen des Bons unter Leitung (Alt+7), Drucker und Scanner mit F3.</translation>
    </message>
    <message>
        <source>Welcome to OmniPOS</source>
        <translation>Willkommen bei OmniPOS</translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Mit einem Hub verbinden</translation>
    </message>
    <message>
        <source>Set up a standalone store</source>
        <translation>Eigenständige Filiale einrichten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Barcodescanner</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Zurück  Esc</translation>
    </message>
    <message>
        <source>Skip  F8</source>
        <translation>Überspringen  F8</translation>
    </message>
    <message>
        <source>Next  F12</source>
        <translation>Weiter  F12</translation>
    </message>
    <message>
        <source>This till has no store yet. Is it part of a chain (or a store) that runs an OmniPOS hub, or a store on its own?</source>
        <translation>Diese Kasse hat noch keine Filiale. Gehört sie zu einer Kette (oder Filiale) mit einem OmniPOS-Hub, oder ist es eine eigenständige Filiale?</translation>
    </message>
    <message>
        <source>Connect to a hub  F2</source>
        <translation>Mit einem Hub verbinden  F2</translation>
    </message>
    <message>
        <source>Standalone store  F3</source>
        <translation>Eigenständige Filiale  F3</translation>
    </message>
    <message>
        <source>The hub sends the store, its catalog, prices and staff; sales go back to it.</source>
        <translation>Der Hub sendet die Filiale, ihren Katalog, Preise und Personal; die Verkäufe gehen an ihn zurück.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name, currency and tax rates here, then import its catalog from a CSV file.</source>
        <translation>Geben Sie hier Name, Währung und Steuersätze der Filiale ein und importieren Sie dann ihren Katalog aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address and a one-time code from its administrator (omnipos-hub enroll-code STORE, valid 15 minutes).</source>
        <translation>Geben Sie die Adresse des Hubs und einen Einmalcode von seinem Administrator ein (omnipos-hub enroll-code FILIALE, 15 Minuten gültig).</translation>
    </message>
    <message>
        <source>http://hub.example:8700</source>
        <translation>http://hub.example:8700</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>optional, e.g. Till by the door</source>
        <translation>optional, z. B. Kasse am Eingang</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Kassenname</translation>
    </message>
    <message>
        <source>Give the receipt printer&apos;s address and model, then print a test page (F12 opens the printer settings). A till without a printer sells too; receipts can be reprinted later.</source>
        <translation>Geben Sie Adresse und Modell des Bondruckers an und drucken Sie dann eine Testseite (F12 öffnet die Druckereinstellungen). Eine Kasse ohne Drucker verkauft auch; Bons lassen sich später nachdrucken.</translation>
    </message>
    <message>
        <source>No printer yet: receipts to a file  F5</source>
        <translation>Noch kein Drucker: Bons in eine Datei  F5</translation>
    </message>
    <message>
        <source>Scan any barcode with the scanner now (a product, a coupon, anything): the till shows what it read.</source>
        <translation>Scannen Sie jetzt einen beliebigen Barcode (einen Artikel, einen Gutschein, irgendetwas): die Kasse zeigt, was sie gelesen hat.</translation>
    </message>
    <message>
        <source>scan here (or type a code and press Enter)</source>
        <translation>hier scannen (oder einen Code eingeben und Enter drücken)</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Warte auf einen Scan…</translation>
    </message>
    <message>
        <source>First start · step {number} of {of}</source>
        <translation>Erster Start · Schritt {number} von {of}</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Start</translation>
    </message>
</context>
</TS>
