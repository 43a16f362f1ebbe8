import type { Context } from "../../context";
import type { DeliveryRow } from "../../db/announcements";
import { refuse } from "../../domain/refusal";
import { AnnouncementReceiptRef } from "./refs";
import { ownDeliveryOf } from "./types";

/** What the recipients' mutations share: the viewer's own copy, or NOT_FOUND for any other announcement. */
export async function ownDeliveryOrRefuse(context: Context, announcementId: string): Promise<DeliveryRow> {
  const delivery = await ownDeliveryOf(announcementId, context);
  if (!delivery) {
    refuse(
      "NOT_FOUND",
      {
        vi: "Không có thông báo nào gửi đồng chí có ID này.",
        en: "No announcement sent to you has this ID.",
      },
      ["announcementId"],
    );
  }
  return delivery;
}

/** The viewer's copy as the write left it (the request's loaders keep what they read before it). */
export async function reloadedDelivery(context: Context, delivery: DeliveryRow): Promise<DeliveryRow> {
  const loader = AnnouncementReceiptRef.getDataloader(context);
  loader.clear(`${delivery.announcement_id}:${delivery.person_id}`);
  return loader.load(`${delivery.announcement_id}:${delivery.person_id}`);
}
