-- A listing assigned away (转让, or contributed as equity, 作价入股, which also assigns the patent)
-- is "transferred", a status of its own beside "licensed" (an exclusive licence): the university no
-- longer holds the patent, which an exclusive licensor still does (issue #19). A new enum value
-- cannot be used in the transaction that adds it: 20261207001300 uses it.
alter type public.listing_status add value 'transferred' after 'licensed';
